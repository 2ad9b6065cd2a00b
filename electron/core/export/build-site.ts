/**
 * The pure heart of the export: a planned site and its rendered article bodies in, a map
 * of bundle path to page contents out. The pipeline calls the same functions page by
 * page (so it can skip unchanged pages); tests call {@link buildSite} for the whole map.
 */
import type { Language } from '../../../shared/domain.js';
import { articlePageKey } from './article-pages.js';
import { contentHash } from './content-hash.js';
import { atomFeed, jsonFeed, robotsTxt, rssFeed, sitemapFiles } from './feeds.js';
import type { ResolvedImage } from './rich-text.js';
import { SITE_CSS } from './site-css.js';
import { PAGE_SIZE, type SiteEntry, type SitePlan } from './site-model.js';
import { SITE_TEXT } from './site-text.js';
import { teaserKey } from './stored-entry.js';
import {
  CSS_PATH,
  articlePage,
  categoryListing,
  homeContent,
  homePage,
  listPage,
  listPagePath,
  notFoundPage,
} from './templates.js';

/** Bumped whenever templates change, so an incremental export re-renders every page. */
export const TEMPLATE_VERSION = 3;

export interface RenderedArticle {
  entry: SiteEntry;
  bodyHtml: string;
  featured: ResolvedImage | null;
}

export function renderArticlePage(plan: SitePlan, article: RenderedArticle): [string, string] {
  const path = plan.articlePath.get(article.entry.id);
  if (!path) throw new Error(`article ${article.entry.id} has no page`);
  return [
    path,
    articlePage({
      plan,
      entry: article.entry,
      bodyHtml: article.bodyHtml,
      featured: article.featured,
    }),
  ];
}

/**
 * Lets an incremental export skip list pages whose inputs did not change: each page gets
 * a key from what it shows, and a page whose key matches the previous bundle's is not
 * rendered at all (rendering every list page was most of an incremental export's time).
 */
export interface ListPageReuse {
  siteKey: string;
  /** Filled with the key of every list page. */
  keys: Map<string, string>;
  unchanged: (path: string, key: string) => boolean;
  /**
   * Set when the caller knows every list page shows what it showed last time (the same
   * articles, teasers, paths, places and site): the previous keys, taken as they are, and
   * no list page is looked at.
   */
  asBefore?: Record<string, string>;
}

/** What a teaser shows of each entry (its words by their key, so no text is read for it). */
const teaserFacts = (plan: SitePlan, entries: readonly SiteEntry[]): unknown[] =>
  entries.map((e) => [e.id, teaserKey(e), e.categoryId, e.publishedAt, plan.articlePath.get(e.id)]);

function keyed(
  out: Map<string, string>,
  reuse: ListPageReuse | undefined,
  path: string,
  facts: () => unknown,
  render: () => string,
): void {
  if (reuse) {
    const key = contentHash(JSON.stringify([reuse.siteKey, path, facts()]));
    reuse.keys.set(path, key);
    if (reuse.unchanged(path, key)) return;
  }
  out.set(path, render());
}

function paginate(
  out: Map<string, string>,
  plan: SitePlan,
  language: Language,
  firstPath: string,
  title: string,
  entries: SiteEntry[],
  reuse: ListPageReuse | undefined,
  lead: SiteEntry[] = [],
): void {
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  for (let page = 1; page <= pages; page++) {
    const path = listPagePath(firstPath, page);
    const slice = entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const led = page === 1 ? lead : [];
    keyed(
      out,
      reuse,
      path,
      () => [title, page, pages, teaserFacts(plan, slice), teaserFacts(plan, led)],
      () =>
        listPage({
          plan,
          path,
          language,
          title,
          entries: slice,
          page,
          pages,
          firstPath,
          lead: led,
        }),
    );
  }
}

/** Every page that is not an article page: fronts, categories, tags, feeds, sitemap, robots, 404, CSS. */
export function renderSitePages(plan: SitePlan, reuse?: ListPageReuse): Map<string, string> {
  const out = new Map<string, string>();
  const settings = plan.meta.settings;
  const sectionPaths: string[] = [];
  for (const language of settings.languages) {
    sectionPaths.push(`${language}/index.html`);
    for (const category of plan.meta.categories) {
      const folder = plan.categoryPath.get(category.id);
      if (folder) sectionPaths.push(`${language}/${folder}/index.html`);
    }
  }
  if (reuse?.asBefore)
    for (const [path, key] of Object.entries(reuse.asBefore)) reuse.keys.set(path, key);
  else listPages(out, plan, reuse);
  for (const language of settings.languages) {
    out.set(`${language}/feed.xml`, rssFeed(plan, language));
    out.set(`${language}/atom.xml`, atomFeed(plan, language));
    out.set(`${language}/feed.json`, jsonFeed(plan, language));
  }
  for (const [path, text] of sitemapFiles(plan, sectionPaths)) out.set(path, text);
  out.set('robots.txt', robotsTxt(plan));
  out.set('404.html', notFoundPage(plan));
  out.set(CSS_PATH, SITE_CSS);
  return out;
}

/** Home pages, category pages and tag pages, each skipped when its key says it is unchanged. */
function listPages(out: Map<string, string>, plan: SitePlan, reuse?: ListPageReuse): void {
  const settings = plan.meta.settings;
  // A front page shows what the board arranges for its language.
  const frontFacts = (language: Language) => (): unknown => {
    const home = homeContent(plan, language);
    return [
      home.headings,
      teaserFacts(plan, home.top ? [home.top] : []),
      teaserFacts(plan, home.featured),
      teaserFacts(plan, home.latest),
      home.sections.map((s) => [s.name, s.categoryId, teaserFacts(plan, s.entries)]),
    ];
  };
  keyed(out, reuse, 'index.html', frontFacts(settings.defaultLanguage), () =>
    homePage(plan, 'index.html', settings.defaultLanguage),
  );
  for (const language of settings.languages) {
    const entries = plan.byLanguage.get(language) ?? [];
    keyed(out, reuse, `${language}/index.html`, frontFacts(language), () =>
      homePage(plan, `${language}/index.html`, language),
    );
    for (const category of plan.meta.categories) {
      const folder = plan.categoryPath.get(category.id);
      if (!folder) continue;
      const first = `${language}/${folder}/index.html`;
      const { lead, rest } = categoryListing(plan, language, category.id);
      paginate(out, plan, language, first, category.name[language], rest, reuse, lead);
    }
    for (const tag of plan.meta.tags) {
      const folder = plan.tagPath.get(tag.id);
      const tagged = entries.filter((e) => e.tagIds.includes(tag.id));
      if (!folder || tagged.length === 0) continue;
      paginate(
        out,
        plan,
        language,
        `${language}/tag/${folder}/index.html`,
        SITE_TEXT[language].tagTitle.replace('{name}', tag.name[language]),
        tagged,
        reuse,
      );
    }
  }
}

/** The whole bundle's pages (media files aside) for a plan whose every article is rendered. */
export function buildSite(
  plan: SitePlan,
  rendered: ReadonlyMap<string, RenderedArticle>,
): Map<string, string> {
  const out = renderSitePages(plan);
  for (const [id] of plan.articlePath) {
    const article = rendered.get(id);
    if (!article) throw new Error(`article ${id} was not rendered`);
    const [path, html] = renderArticlePage(plan, article);
    out.set(path, html);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export { articlePageKey };

/** Identifies the latest-news list of a language as the pages show it. */
export function latestKey(plan: SitePlan, language: Language): string {
  return contentHash(JSON.stringify(teaserFacts(plan, plan.latest.get(language) ?? [])));
}

/**
 * Identifies which articles the curated places of a language show, and under which
 * headings: with the same articles and teasers, the same home page and category leads.
 */
export function placesKey(plan: SitePlan, language: Language): string {
  const places = plan.places?.get(language);
  const ids = (list: readonly SiteEntry[]): string[] => list.map((e) => e.id);
  return contentHash(
    JSON.stringify(
      places
        ? [
            places.headings,
            places.top?.id ?? null,
            ids(places.featured),
            ids(places.latest),
            places.sections.map((s) => [s.name, s.categoryId, ids(s.entries)]),
            [...places.categoryLeads].map(([id, list]) => [id, ids(list)]),
          ]
        : null,
    ),
  );
}

/** Identifies everything site-wide a page shows: settings, taxonomy and their folders, templates. */
export function siteKey(plan: SitePlan): string {
  const { newsroomName, baseUrl, languages, defaultLanguage, timeZone } = plan.meta.settings;
  return contentHash(
    JSON.stringify([
      TEMPLATE_VERSION,
      [newsroomName, baseUrl, languages, defaultLanguage, timeZone],
      plan.meta.categories,
      plan.meta.tags,
      [...plan.categoryPath],
      [...plan.tagPath],
    ]),
  );
}
