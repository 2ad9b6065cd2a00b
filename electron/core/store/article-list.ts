/**
 * Lists over the in-memory summaries: filter, sort and page 50,000 articles within a few
 * milliseconds. Each sort order is built once on first use and then kept up to date one
 * article at a time (a binary-search insert), so a save never re-sorts the whole store.
 */
import type { ArticleSummary } from '../../../shared/domain.js';

export const LIST_SORTS = [
  'updated_desc',
  'updated_asc',
  'created_desc',
  'headline_asc',
  'published_desc',
] as const;
export type ListSort = (typeof LIST_SORTS)[number];

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One collator for both scripts: Latin and Cyrillic headlines each in their own order.
const collator = new Intl.Collator(['en', 'ru'], { sensitivity: 'base', numeric: true });

export const SORT_ORDERS: Record<ListSort, Compare> = {
  updated_desc: (a, b) => compare(b.updatedAt, a.updatedAt) || compare(a.id, b.id),
  updated_asc: (a, b) => compare(a.updatedAt, b.updatedAt) || compare(a.id, b.id),
  created_desc: (a, b) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id),
  headline_asc: (a, b) => collator.compare(a.headline, b.headline) || compare(a.id, b.id),
  published_desc: (a, b) =>
    compare(b.publishedAt ?? '', a.publishedAt ?? '') || compare(a.id, b.id),
};

export interface ListFilter {
  status: string;
  language?: string | undefined;
  categoryId?: string | undefined;
  tagId?: string | undefined;
  /** Only these articles (a full-text match), when given. */
  only?: TextMatches | undefined;
}

/** Below this many matches a text search sorts its matches instead of scanning an order. */
const SORT_MATCHES_BELOW = 2_000;

/** What a text search matched: the summaries, and a membership test by id. */
export interface TextMatches {
  payloads: readonly ArticleSummary[];
  has(id: string): boolean;
}

export interface ListPage {
  total: number;
  items: ArticleSummary[];
}

/** Where `item` belongs in `sorted` (the first index whose element sorts after it). */
function insertionPoint(sorted: ArticleSummary[], item: ArticleSummary, order: Compare): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(sorted[mid] as ArticleSummary, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SortedViews {
  private readonly views = new Map<ListSort, ArticleSummary[]>();

  constructor(private readonly all: () => Iterable<ArticleSummary>) {}

  /** Keeps the built orders in step with one changed, added or removed summary. */
  change(previous: ArticleSummary | undefined, next: ArticleSummary | undefined): void {
    for (const [sort, view] of this.views) {
      const order = SORT_ORDERS[sort];
      if (previous) {
        const at = this.indexOf(view, previous, order);
        if (at >= 0) view.splice(at, 1);
      }
      if (next) view.splice(insertionPoint(view, next, order), 0, next);
    }
  }

  private indexOf(view: ArticleSummary[], item: ArticleSummary, order: Compare): number {
    // The binary search lands next to it; equal keys are impossible (ids break ties).
    const at = insertionPoint(view, item, order) - 1;
    if (at >= 0 && view[at] === item) return at;
    return view.indexOf(item);
  }

  view(sort: ListSort): ArticleSummary[] {
    let view = this.views.get(sort);
    if (!view) {
      view = [...this.all()].sort(SORT_ORDERS[sort]);
      this.views.set(sort, view);
    }
    return view;
  }

  /** Drops every built order (after a bulk change such as a reconcile). */
  reset(): void {
    this.views.clear();
  }

  list(filter: ListFilter, sort: ListSort, offset: number, limit: number): ListPage {
    const passes = (summary: ArticleSummary): boolean => {
      if (filter.status === 'active') {
        if (summary.status === 'spiked') return false;
      } else if (filter.status !== 'all' && summary.status !== filter.status) return false;
      if (filter.language && summary.language !== filter.language) return false;
      if (filter.categoryId && summary.categoryId !== filter.categoryId) return false;
      if (filter.tagId && !summary.tagIds.includes(filter.tagId)) return false;
      return true;
    };
    const end = offset + limit;
    const only = filter.only;
    if (!only) {
      const items: ArticleSummary[] = [];
      let total = 0;
      for (const summary of this.view(sort)) {
        if (!passes(summary)) continue;
        if (total >= offset && total < end) items.push(summary);
        total++;
      }
      return { total, items };
    }
    // A text search: count over the matches, then take the page either by
    // sorting the few matches or, when there are many, by walking the order until the
    // page is full (many matches means the page fills early).
    const matches: ArticleSummary[] = [];
    for (const summary of only.payloads) if (passes(summary)) matches.push(summary);
    const total = matches.length;
    if (total < SORT_MATCHES_BELOW) {
      return { total, items: matches.sort(SORT_ORDERS[sort]).slice(offset, end) };
    }
    const items: ArticleSummary[] = [];
    let seen = 0;
    for (const summary of this.view(sort)) {
      if (seen >= end) break;
      if (!only.has(summary.id) || !passes(summary)) continue;
      if (seen >= offset) items.push(summary);
      seen++;
    }
    return { total, items };
  }
}
