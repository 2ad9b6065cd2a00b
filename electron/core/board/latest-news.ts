/**
 * The board's "Latest news" block of a language for readers inside the core (the in-app
 * previews): the Latest news zone at the time given, pins, hidden articles and auto-fill
 * applied. The export reads the same zone through board-reader.ts.
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
