/**
 * The board for readers without an open core: the export reads the store's files itself
 * (without the store lock, so it runs while the app is open) and can compute what each
 * zone shows from the stored zones and the articles it read, with the same pure function,
 * and turn the zones into the site's curated places (home page, category leads, Latest news).
 */
import type { Zone, ZoneItem, ZoneView } from '../../../shared/board.js';
import type { Article, ArticleSummary, Language } from '../../../shared/domain.js';
import { summarize } from '../store/article-store.js';
import type { SitePlaces, SiteZonesSource } from '../export/site-model.js';
import { computeZones } from './compute-zones.js';
import { PublishedIndex } from './published-index.js';

/** Every zone of `language` at `now`, from stored zones and a set of articles. */
export function computeBoardFromArticles(
  zones: readonly Zone[],
  articles: Iterable<Article>,
  language: Language,
  now: Date,
): ZoneView[] {
  const summaries = new Map<string, ArticleSummary>();
  for (const article of articles) summaries.set(article.id, summarize(article));
  const index = new PublishedIndex((id) => summaries.get(id));
  index.rebuild(summaries.values());
  return computeZones(
    zones.filter((zone) => zone.language === language),
    index,
    now,
  );
}

/** The ids the "Latest news" block lists, in order (for a `LatestNewsSource` in the export). */
export function latestNewsIds(zones: readonly ZoneView[]): string[] {
  return (zones.find((zone) => zone.kind === 'latest')?.items ?? []).map((item) => item.article.id);
}

/** What the export knows of an exportable article (published, past embargo, not held back). */
export interface ExportedArticle {
  id: string;
  language: Language;
  headline: string;
  categoryId: string | null;
  publishedAt: string;
}

/**
 * The site's curated places from computed zones: the Latest news zone, the first Top story
 * and Featured zones, the category and custom zones as home-page sections, and per category
 * the articles placed by hand in its zones (the category page's lead). `entryOf` gives the
 * page's entry for a shown article; articles it does not know are left out.
 */
export function placesFromViews<E>(
  views: readonly ZoneView[],
  entryOf: (id: string) => E | undefined,
): SitePlaces<E> {
  const entries = (items: readonly ZoneItem[]): E[] =>
    items.flatMap((item) => {
      const entry = entryOf(item.article.id);
      return entry === undefined ? [] : [entry];
    });
  const top = views.find((zone) => zone.kind === 'top');
  const featured = views.find((zone) => zone.kind === 'featured');
  const latest = views.find((zone) => zone.kind === 'latest');
  const leads = new Map<string, E[]>();
  const led = new Set<string>();
  for (const zone of views) {
    if (zone.kind !== 'category' || !zone.categoryId) continue;
    const placed = zone.items.filter(
      (item) => item.source === 'manual' && !led.has(item.article.id),
    );
    for (const item of placed) led.add(item.article.id);
    const list = entries(placed);
    if (list.length) leads.set(zone.categoryId, [...(leads.get(zone.categoryId) ?? []), ...list]);
  }
  return {
    latest: entries(latest?.items ?? []),
    top: entries(top?.items ?? [])[0] ?? null,
    featured: entries(featured?.items ?? []),
    headings: {
      ...(top ? { top: top.name } : {}),
      ...(featured ? { featured: featured.name } : {}),
      ...(latest ? { latest: latest.name } : {}),
    },
    sections: views
      .filter((zone) => zone.kind === 'category' || zone.kind === 'custom')
      .map((zone) => ({
        name: zone.name,
        categoryId: zone.categoryId,
        entries: entries(zone.items),
      })),
    categoryLeads: leads,
  };
}

function exportedSummary(entry: ExportedArticle): ArticleSummary {
  return {
    id: entry.id,
    language: entry.language,
    headline: entry.headline,
    standfirst: '',
    byline: '',
    categoryId: entry.categoryId,
    tagIds: [],
    slug: '',
    status: 'published',
    twinId: null,
    createdAt: entry.publishedAt,
    updatedAt: entry.publishedAt,
    publishAt: entry.publishedAt,
    publishedAt: entry.publishedAt,
    embargoUntil: null,
    revision: 1,
    wordCount: 0,
    twinState: 'none',
    notForPublication: false,
  };
}

/**
 * The export's source for every curated place of the site, read from the board: each
 * language's zones computed over the articles being exported (all of them publishable),
 * at the export's time. (Named for its first use, the "Latest news" block.)
 */
export function boardLatestNews(zones: readonly Zone[], now: Date): SiteZonesSource {
  return {
    places: (language, newest) => {
      const byId = new Map(newest.map((entry) => [entry.id, entry]));
      const summaries = new Map<string, ArticleSummary>();
      for (const entry of newest) summaries.set(entry.id, exportedSummary(entry));
      const index = new PublishedIndex((id) => summaries.get(id));
      index.rebuild(summaries.values());
      const views = computeZones(
        zones.filter((zone) => zone.language === language),
        index,
        now,
      );
      return placesFromViews(views, (id) => byId.get(id));
    },
  };
}
