/**
 * The in-app previews, rendered by the export's own templates and sanitiser: one article
 * page (the editor's Preview and the Export screen) and a language's home page (the
 * board). The page is the exported page but for what a frame without a bundle around it
 * needs: the stylesheet inline, allowed by its hash in the page's CSP, and the article's
 * images as `data:` URLs read from the media library. Works for any article, exported or not yet.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Language } from '../../../shared/domain.js';
import type { ExportWarning } from '../../../shared/contract/export.js';
import { ARTICLE_PAGE_PREFIX } from './article-reader.js';
import { mediaName, probeMedia, type MediaInfo } from './media.js';
import { imageSources, renderBody, type BodyProblem, type ResolvedImage } from './rich-text.js';
import { SITE_CSS, SITE_CSS_HASH } from './site-css.js';
import {
  isExportable,
  placesFromLatest,
  planSite,
  toEntry,
  type SiteEntry,
  type SiteMeta,
  type SitePlaces,
} from './site-model.js';
import { articlePage, homePage } from './templates.js';

const INLINE_CSS = { css: SITE_CSS, hash: SITE_CSS_HASH };

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** Languages a plan must lay out so that `language`'s pages exist even if the settings dropped it. */
function withLanguage(meta: SiteMeta, language: Language): SiteMeta {
  const languages = meta.settings.languages;
  return languages.includes(language)
    ? meta
    : { ...meta, settings: { ...meta.settings, languages: [...languages, language] } };
}

export interface ArticlePreviewInput {
  article: Article;
  meta: SiteMeta;
  dataDir: string;
  now: Date;
  /** The "Latest news" block of the article's language, in order (the board's zone). */
  latest: SiteEntry[];
  twin: Article | null;
}

export interface ArticlePreview {
  html: string;
  exportable: boolean;
  warnings: ExportWarning[];
}

export async function renderArticlePreview(input: ArticlePreviewInput): Promise<ArticlePreview> {
  const { article } = input;
  const warnings: ExportWarning[] = [];
  // Not published yet: the page shows the time it is scheduled for, or now.
  const shown: SiteEntry = {
    ...toEntry(article),
    publishedAt: article.publishedAt ?? article.publishAt ?? input.now.toISOString(),
  };
  const latest = input.latest.filter((e) => e.id !== article.id);
  const twin = input.twin && isExportable(input.twin, input.now) ? [toEntry(input.twin)] : [];
  const others = [...latest, ...twin].filter((e) => e.id !== article.id);
  const plan = planSite(
    withLanguage(input.meta, article.language),
    [shown, ...others],
    (code, message, articleId) => {
      if (articleId === article.id) warnings.push({ code, message, articleId });
    },
    (language) => (language === article.language ? latest : []),
  );
  const media = new Map<string, MediaInfo>();
  for (const src of [
    ...imageSources(article.body),
    ...(article.featuredImage ? [article.featuredImage.src] : []),
  ]) {
    const found = await probeMedia(input.dataDir, src);
    if ('name' in found) media.set(src, found);
    else warnings.push({ code: 'media_missing', message: found.problem, articleId: article.id });
  }
  // The original file only: the resized variants of `srcset` exist in a bundle, not in the library.
  const image = (info: MediaInfo): ResolvedImage => ({
    src: `${ARTICLE_PAGE_PREFIX}${info.name}`,
    srcset: '',
    width: info.width,
    height: info.height,
  });
  const problems: BodyProblem[] = [];
  const bodyHtml = renderBody(
    article.body,
    (src) => {
      const found = media.get(src) ?? media.get(mediaName(src) ?? '');
      return found ? image(found) : null;
    },
    problems,
  );
  for (const problem of problems) warnings.push({ ...problem, articleId: article.id });
  const featuredInfo = article.featuredImage ? media.get(article.featuredImage.src) : undefined;
  const html = articlePage({
    plan,
    entry: plan.entries.get(article.id) ?? shown,
    bodyHtml,
    featured: featuredInfo ? image(featuredInfo) : null,
    inlineCss: INLINE_CSS,
  });
  return {
    html: await inlineImages(html, input.dataDir, [...media.values()]),
    exportable: isExportable(article, input.now),
    warnings,
  };
}

/**
 * Swaps each library image's bundle address for its bytes. Only names the media probe
 * accepted are read, and only after the sanitiser ran (it admits bundle addresses only).
 */
async function inlineImages(html: string, dataDir: string, media: MediaInfo[]): Promise<string> {
  let out = html;
  for (const info of new Map(media.map((m) => [m.name, m])).values()) {
    const bytes = await readFile(join(dataDir, info.name)).catch(() => null);
    if (!bytes) continue;
    const type = CONTENT_TYPES[info.name.split('.').pop() ?? ''] ?? 'application/octet-stream';
    out = out.replaceAll(
      `src="${ARTICLE_PAGE_PREFIX}${info.name}"`,
      `src="data:${type};base64,${bytes.toString('base64')}"`,
    );
  }
  return out;
}

export interface HomePreviewInput {
  meta: SiteMeta;
  language: Language;
  /** Every article the places name, and the newest published ones (for the lead when Top story is empty). */
  entries: SiteEntry[];
  places: SitePlaces;
}

/** A language's home page as the export writes it, for the board's live preview. */
export function renderHomePreview(input: HomePreviewInput): string {
  const plan = planSite(withLanguage(input.meta, input.language), input.entries, () => undefined, {
    places: (language) => (language === input.language ? input.places : placesFromLatest([])),
  });
  return homePage(plan, `${input.language}/index.html`, input.language, INLINE_CSS);
}
