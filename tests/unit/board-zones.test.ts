/** The zone function on its own: plain zones, plain summaries, a given time. */
import { describe, expect, it } from 'vitest';
import { defaultZones, type Zone } from '../../shared/board.js';
import type { ArticleSummary, Language } from '../../shared/domain.js';
import { computeZones, type PublishedFeed } from '../../electron/core/board/compute-zones.js';
import { DEFAULT_CATEGORIES } from '../../electron/core/store/meta.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();

function article(id: string, h: number, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    language: 'en',
    headline: `Headline ${id}`,
    standfirst: '',
    byline: '',
    categoryId: 'politics',
    tagIds: [],
    slug: id,
    status: 'published',
    twinId: null,
    createdAt: hoursAgo(h),
    updatedAt: hoursAgo(h),
    publishAt: hoursAgo(h),
    publishedAt: hoursAgo(h),
    embargoUntil: null,
    revision: 1,
    wordCount: 100,
    notForPublication: false,
    twinState: 'none',
    ...extra,
  };
}

/** A feed over a plain array: every article given, sorted newest first on each call. */
function feedOf(articles: ArticleSummary[]): PublishedFeed {
  return {
    newest: (language: Language, categoryId: string | null) =>
      articles
        .filter((a) => a.status === 'published' && a.language === language)
        .filter((a) => categoryId === null || a.categoryId === categoryId)
        .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
    get: (id) => articles.find((a) => a.id === id),
  };
}

const en = (): Zone[] => defaultZones(DEFAULT_CATEGORIES).filter((z) => z.language === 'en');
const ids = (views: ReturnType<typeof computeZones>, zoneId: string): string[] =>
  views.find((z) => z.id === zoneId)?.items.map((i) => i.article.id) ?? [];
const withEntries = (zones: Zone[], zoneId: string, entries: Zone['entries']): Zone[] =>
  zones.map((z) => (z.id === zoneId ? { ...z, entries } : z));
const entry = (articleId: string, position: number, until: string | null = null) => ({
  articleId,
  position,
  until,
  addedAt: hoursAgo(1),
});

describe('the zone function', () => {
  it('auto-fills Latest news with the newest published articles, up to capacity', () => {
    const articles = Array.from({ length: 14 }, (_, i) => article(`a${i}`, i + 1));
    const views = computeZones(en(), feedOf(articles), NOW);
    expect(ids(views, 'en-latest')).toEqual(articles.slice(0, 10).map((a) => a.id));
    expect(ids(views, 'en-top')).toEqual([]);
    expect(views.find((z) => z.id === 'en-latest')?.items.every((i) => i.source === 'auto')).toBe(
      true,
    );
  });

  it('auto-fills a category zone with its category only, after the zones above it', () => {
    const articles = [
      ...Array.from({ length: 12 }, (_, i) => article(`p${i}`, i + 1)),
      article('e1', 0.5, { categoryId: 'economy' }),
      article('e2', 30, { categoryId: 'economy' }),
    ];
    const views = computeZones(en(), feedOf(articles), NOW);
    expect(ids(views, 'en-cat-economy')).toEqual(['e2']);
    // Latest news took the ten newest; politics gets what is left, not duplicates.
    expect(ids(views, 'en-cat-politics')).toEqual(['p9', 'p10', 'p11']);
  });

  it('shows a duplicate only in a zone that allows duplicates', () => {
    const articles = Array.from({ length: 3 }, (_, i) => article(`p${i}`, i + 1));
    const zones = en().map((z) =>
      z.id === 'en-cat-politics' ? { ...z, allowDuplicates: true } : z,
    );
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-latest')).toEqual(['p0', 'p1', 'p2']);
    expect(ids(views, 'en-cat-politics')).toEqual(['p0', 'p1', 'p2']);
  });

  it('a manual entry claims its article before any rule: it leaves Latest news', () => {
    const articles = Array.from({ length: 5 }, (_, i) => article(`a${i}`, i + 1));
    const zones = withEntries(en(), 'en-top', [entry('a2', 0)]);
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-top')).toEqual(['a2']);
    expect(ids(views, 'en-latest')).toEqual(['a0', 'a1', 'a3', 'a4']);
  });

  it('pins an article to a position; auto-fill flows around it', () => {
    const articles = Array.from({ length: 12 }, (_, i) => article(`a${i}`, i + 1));
    const zones = withEntries(en(), 'en-latest', [entry('a11', 0), entry('a10', 3)]);
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-latest')).toEqual([
      'a11',
      'a0',
      'a1',
      'a10',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
    ]);
    const latest = views.find((z) => z.id === 'en-latest');
    expect(latest?.items[0]?.source).toBe('manual');
    expect(latest?.items[1]?.source).toBe('auto');
    expect(latest?.manualCount).toBe(2);
  });

  it('an expired pin falls back to the rule (with an injected time)', () => {
    const articles = Array.from({ length: 12 }, (_, i) => article(`a${i}`, i + 1));
    const until = new Date(NOW.getTime() + 3_600_000).toISOString();
    const zones = withEntries(en(), 'en-latest', [entry('a11', 0, until)]);
    const before = computeZones(zones, feedOf(articles), NOW);
    expect(ids(before, 'en-latest')[0]).toBe('a11');
    expect(before.find((z) => z.id === 'en-latest')?.items[0]?.until).toBe(until);
    const later = new Date(NOW.getTime() + 3_600_000);
    const after = computeZones(zones, feedOf(articles), later);
    // a11 is the oldest: once the pin ends, the rule does not pick it.
    expect(ids(after, 'en-latest')).toEqual(articles.slice(0, 10).map((a) => a.id));
    expect(after.find((z) => z.id === 'en-latest')?.skipped).toEqual([
      { articleId: 'a11', reason: 'expired' },
    ]);
  });

  it('keeps a zone to its capacity: the top story shows one article, the rest are skipped', () => {
    const articles = [article('a', 1), article('b', 2)];
    const zones = withEntries(en(), 'en-top', [entry('a', 0), entry('b', 0)]);
    const views = computeZones(zones, feedOf(articles), NOW);
    const top = views.find((z) => z.id === 'en-top');
    expect(ids(views, 'en-top')).toEqual(['a']);
    expect(top?.full).toBe(true);
    expect(top?.skipped).toEqual([{ articleId: 'b', reason: 'over_capacity' }]);
    expect(ids(views, 'en-latest')).toEqual(['b']);
  });

  it('never shows unpublished, spiked, embargoed, withdrawn or future articles', () => {
    const articles = [
      article('ok', 1),
      article('draft', 2, { status: 'draft', publishedAt: null }),
      article('spiked', 3, { status: 'spiked' }),
      article('embargoed', 4, { embargoUntil: new Date(NOW.getTime() + 60_000).toISOString() }),
      article('withdrawn', 5, { notForPublication: true }),
      article('future', -2),
    ];
    const zones = withEntries(en(), 'en-featured', [
      entry('draft', 0),
      entry('spiked', 1),
      entry('embargoed', 2),
      entry('withdrawn', 3),
    ]);
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-featured')).toEqual([]);
    expect(views.find((z) => z.id === 'en-featured')?.skipped.map((s) => s.reason)).toEqual([
      'not_published',
      'not_published',
      'embargoed',
      'withdrawn',
    ]);
    expect(ids(views, 'en-latest')).toEqual(['ok']);
    // Once the embargo passes, the article is shown where it was placed.
    const later = computeZones(zones, feedOf(articles), new Date(NOW.getTime() + 120_000));
    expect(ids(later, 'en-featured')).toEqual(['embargoed']);
  });

  it('hidden articles are skipped by auto-fill; a manual zone closes its gaps', () => {
    const articles = Array.from({ length: 4 }, (_, i) => article(`a${i}`, i + 1));
    const zones = en().map((z) =>
      z.id === 'en-latest'
        ? { ...z, hidden: ['a0'] }
        : z.id === 'en-featured'
          ? { ...z, entries: [entry('a3', 2)] }
          : z,
    );
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-latest')).toEqual(['a1', 'a2']);
    expect(ids(views, 'en-featured')).toEqual(['a3']);
    expect(views.find((z) => z.id === 'en-featured')?.items[0]?.position).toBe(0);
  });

  it('does not put an article of the other language in a zone', () => {
    const articles = [article('r', 1, { language: 'ru' }), article('e', 2)];
    const zones = withEntries(en(), 'en-top', [entry('r', 0)]);
    const views = computeZones(zones, feedOf(articles), NOW);
    expect(ids(views, 'en-top')).toEqual([]);
    expect(ids(views, 'en-latest')).toEqual(['e']);
  });
});
