/**
 * What the exported site reads from the board: the "Latest news" block of a language (the
 * board's Latest news zone) and the home page's zones. The export calls these, so the site
 * always shows what the desk arranged (pins, hidden articles, auto-fill) at the time given.
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

export interface HomeZones {
  top: ArticleSummary | null;
  featured: ArticleSummary[];
  latest: ArticleSummary[];
  /** Every other zone (category and custom), in board order, with its heading. */
  sections: {
    name: string;
    kind: ZoneView['kind'];
    categoryId: string | null;
    articles: ArticleSummary[];
  }[];
}

/** The home page of `language` as the board arranges it at `now`. */
export function homeZonesFor(
  core: Core,
  language: Language,
  now: Date = core.deps.now(),
): HomeZones {
  const zones = core.board.compute(language, now);
  const articles = (zone: ZoneView | undefined): ArticleSummary[] =>
    (zone?.items ?? []).map((item) => item.article);
  return {
    top: articles(zones.find((zone) => zone.kind === 'top'))[0] ?? null,
    featured: articles(zones.find((zone) => zone.kind === 'featured')),
    latest: articles(latestZone(zones)),
    sections: zones
      .filter((zone) => zone.kind === 'category' || zone.kind === 'custom')
      .map((zone) => ({
        name: zone.name,
        kind: zone.kind,
        categoryId: zone.categoryId,
        articles: articles(zone),
      })),
  };
}
