/**
 * The in-app preview of one article page: the export's own templates and sanitiser,
 * with the stylesheet inlined (the preview frame has no bundle around it) and allowed
 * by its hash in the page's CSP. Works for any article, exported or not yet.
 */
import type { Article, Language } from '../../../shared/domain.js';
import type { ExportWarning } from '../../../shared/contract/export.js';
import { ARTICLE_PAGE_PREFIX } from './article-reader.js';
import { mediaName, probeMedia, resolvedImage, type MediaInfo } from './media.js';
import { imageSources, renderBody, type BodyProblem } from './rich-text.js';
import { SITE_CSS, SITE_CSS_HASH } from './site-css.js';
import { LATEST_NEWS_COUNT, isExportable, planSite, toEntry, type SiteMeta } from './site-model.js';
import { articlePage } from './templates.js';

export interface PreviewInput {
  article: Article;
  meta: SiteMeta;
  dataDir: string;
  now: Date;
  /** Newest exported articles of the article's language (for its "Latest news" block). */
  latest: Article[];
  twin: Article | null;
}

export async function renderPreview(input: PreviewInput): Promise<{ html: string; exportable: boolean; warnings: ExportWarning[] }> {
  const { article, meta } = input;
  const warnings: ExportWarning[] = [];
  const entry = toEntry(article);
  // A draft has no publication date yet; the preview shows it as if published now.
  const shown = { ...entry, publishedAt: article.publishedAt ?? input.now.toISOString() };
  const others = input.latest.filter((a) => a.id !== article.id).slice(0, LATEST_NEWS_COUNT).map(toEntry);
  const twin = input.twin && isExportable(input.twin, input.now) ? [toEntry(input.twin)] : [];
  const languages: Language[] = meta.settings.languages.includes(article.language) ? meta.settings.languages : [...meta.settings.languages, article.language];
  const plan = planSite({ ...meta, settings: { ...meta.settings, languages } }, [shown, ...others, ...twin], (code, message, articleId) => {
    if (articleId === article.id) warnings.push({ code, message, articleId });
  });
  const media = new Map<string, MediaInfo>();
  for (const src of [...imageSources(article.body), ...(article.featuredImage ? [article.featuredImage.src] : [])]) {
    const found = await probeMedia(input.dataDir, src);
    if ('name' in found) media.set(src, found);
    else warnings.push({ code: 'media_missing', message: found.problem, articleId: article.id });
  }
  const problems: BodyProblem[] = [];
  const bodyHtml = renderBody(article.body, (src) => {
    const found = media.get(src) ?? media.get(mediaName(src) ?? '');
    return found ? resolvedImage(found, ARTICLE_PAGE_PREFIX) : null;
  }, problems);
  for (const problem of problems) warnings.push({ ...problem, articleId: article.id });
  const featuredInfo = article.featuredImage ? media.get(article.featuredImage.src) : undefined;
  const html = articlePage({
    plan,
    entry: plan.entries.get(article.id) ?? shown,
    bodyHtml,
    featured: featuredInfo ? resolvedImage(featuredInfo, ARTICLE_PAGE_PREFIX) : null,
    inlineCss: { css: SITE_CSS, hash: SITE_CSS_HASH },
  });
  return { html, exportable: isExportable(article, input.now), warnings };
}
