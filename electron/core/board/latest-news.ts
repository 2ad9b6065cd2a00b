/**
 * What the site's "Latest news" block lists: the board's Latest news zone of a language.
 * The export calls this for every article page and the home page, so the block always
 * shows what the desk arranged (pins, hidden articles, auto-fill) at the time given.
 */
import type { ZoneView } from '../../../shared/board.js';
import type { ArticleSummary, Language } from '../../../shared/domain.js';
import type { Core } from '../core.js';

/** The Latest news zone of `language` at `now`, in order; `exclude` drops the page's own article. */
export function latestNewsFor(
  core: Core,
  language: Language,
  now: Date = core.deps.now(),
  exclude: string | null = null,
): ArticleSummary[] {
  const zone = latestZone(core.board.compute(language, now));
  return (zone?.items ?? [])
    .map((item) => item.article)
    .filter((article) => article.id !== exclude);
}

export function latestZone(zones: readonly ZoneView[]): ZoneView | undefined {
  return zones.find((zone) => zone.kind === 'latest');
}
