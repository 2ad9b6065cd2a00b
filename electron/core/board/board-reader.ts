/**
 * The board for readers without an open core: the export reads the store's files itself
 * (without the store lock, so it runs while the app is open) and can compute what each
 * zone shows from the stored zones and the articles it read, with the same pure function.
 */
import type { Zone, ZoneView } from '../../../shared/board.js';
import type { Article, ArticleSummary, Language } from '../../../shared/domain.js';
import { summarize } from '../store/article-store.js';
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
 * The export's "Latest news" source read from the board: the Latest news zone computed
 * over the articles being exported (all of them publishable), at the export's time.
 */
export function boardLatestNews(
  zones: readonly Zone[],
  now: Date,
): <E extends ExportedArticle>(language: Language, newest: readonly E[]) => E[] {
  return (language, newest) => {
    const byId = new Map(newest.map((entry) => [entry.id, entry]));
    const summaries = new Map<string, ArticleSummary>();
    for (const entry of newest) {
      summaries.set(entry.id, {
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
      });
    }
    const index = new PublishedIndex((id) => summaries.get(id));
    index.rebuild(summaries.values());
    const views = computeZones(
      zones.filter((zone) => zone.language === language),
      index,
      now,
    );
    return latestNewsIds(views).flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [entry] : [];
    });
  };
}
