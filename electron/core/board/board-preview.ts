/**
 * The board's live preview, rendered by the export's own templates: the home page of a
 * language from its zones as they are now, and the page of its newest article with the
 * Latest news block beneath it, each a self-contained page for a sandboxed frame.
 */
import type { ArticleSummary, Language } from '../../../shared/domain.js';
import type { Core } from '../core.js';
import { renderHomePreview } from '../export/preview.js';
import { summaryEntry, type SiteEntry } from '../export/site-model.js';
import { previewArticle, siteMetaOf } from '../render/preview-page.js';
import { placesFromViews } from './board-reader.js';
import { isShowable } from './compute-zones.js';

/** How many of the newest articles the home preview knows besides the zones' (the export leads with the newest when Top story is empty). */
const NEWEST_KNOWN = 20;

function newestShowable(
  core: Core,
  language: Language,
  now: string,
  count: number,
): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  for (const article of core.board.feed.newest(language, null)) {
    if (out.length >= count) break;
    if (isShowable(article, now)) out.push(article);
  }
  return out;
}

export async function boardPreview(
  core: Core,
  language: Language,
): Promise<{ home: string; articlePage: string }> {
  const now = core.deps.now();
  const views = core.board.compute(language, now);
  const newest = newestShowable(core, language, now.toISOString(), NEWEST_KNOWN);
  const entries = new Map<string, SiteEntry>();
  for (const article of [
    ...views.flatMap((zone) => zone.items.map((item) => item.article)),
    ...newest,
  ]) {
    entries.set(article.id, summaryEntry(article));
  }
  const home = renderHomePreview({
    meta: siteMetaOf(core),
    language,
    entries: [...entries.values()],
    places: placesFromViews(views, (id) => entries.get(id)),
  });
  const [page] = newest;
  return { home, articlePage: page ? (await previewArticle(core, page.id)).html : home };
}
