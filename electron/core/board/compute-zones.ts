/**
 * The one pure function that decides what every zone shows, from the zones (rules, manual
 * entries, hidden articles), the published articles and the time. No clock, no store:
 * the same inputs always give the same board.
 *
 * Order of decisions: manual entries of every zone claim their articles first (a pin
 * beats any rule); then zones auto-fill their free slots in board order, newest first,
 * skipping articles another zone already shows unless the zone allows duplicates.
 * An expired pin is simply not a pin any more: the article falls back to the rule.
 */
import type { SkipReason, Zone, ZoneItem, ZoneView } from '../../../shared/board.js';
import type { ArticleSummary, Language } from '../../../shared/domain.js';

/** Published articles as the zone function reads them. */
export interface PublishedFeed {
  /** Published articles of a language (and category when given), newest publication first. */
  newest(language: Language, categoryId: string | null): Iterable<ArticleSummary>;
  /** Any article's summary, published or not (undefined when it does not exist). */
  get(id: string): ArticleSummary | undefined;
}

/** Why an article may not be shown now, or null when it may. */
export function unshowableReason(
  article: ArticleSummary | undefined,
  now: string,
): Extract<SkipReason, 'missing' | 'not_published' | 'embargoed' | 'withdrawn'> | null {
  if (!article) return 'missing';
  if (article.status !== 'published' || !article.publishedAt || article.publishedAt > now)
    return 'not_published';
  if (article.notForPublication) return 'withdrawn';
  if (article.embargoUntil && article.embargoUntil > now) return 'embargoed';
  return null;
}

export function isShowable(article: ArticleSummary | undefined, now: string): boolean {
  return unshowableReason(article, now) === null;
}

export function pinExpired(until: string | null, now: string): boolean {
  return until !== null && until <= now;
}

interface Slot {
  article: ArticleSummary;
  source: 'manual' | 'auto';
  until: string | null;
}

/** Computes every zone given (in board order). Zones keep their order in the result. */
export function computeZones(zones: readonly Zone[], feed: PublishedFeed, at: Date): ZoneView[] {
  const now = at.toISOString();
  const claimed = new Set<string>();
  // Per zone, in the order of `zones`.
  const slotsOf: (Slot | null)[][] = [];
  const skippedOf: { articleId: string; reason: SkipReason }[][] = [];

  // Phase 1: manual entries, in board order, each at its position (or the nearest free slot).
  for (const zone of zones) {
    const slots: (Slot | null)[] = new Array<Slot | null>(zone.capacity).fill(null);
    const skipped: { articleId: string; reason: SkipReason }[] = [];
    const hidden = new Set(zone.hidden);
    const inZone = new Set<string>();
    const entries = zone.entries
      .map((entry, order) => ({ entry, order }))
      .sort((a, b) => a.entry.position - b.entry.position || a.order - b.order);
    for (const { entry } of entries) {
      const article = feed.get(entry.articleId);
      const reason: SkipReason | null = pinExpired(entry.until, now)
        ? 'expired'
        : (unshowableReason(article, now) ??
          (article && article.language !== zone.language
            ? 'wrong_language'
            : hidden.has(entry.articleId)
              ? 'hidden'
              : inZone.has(entry.articleId) ||
                  (!zone.allowDuplicates && claimed.has(entry.articleId))
                ? 'duplicate'
                : null));
      if (reason || !article) {
        skipped.push({ articleId: entry.articleId, reason: reason ?? 'missing' });
        continue;
      }
      const index = freeSlotNear(slots, Math.min(entry.position, zone.capacity - 1));
      if (index < 0) {
        skipped.push({ articleId: entry.articleId, reason: 'over_capacity' });
        continue;
      }
      slots[index] = { article, source: 'manual', until: entry.until };
      inZone.add(article.id);
      claimed.add(article.id);
    }
    slotsOf.push(slots);
    skippedOf.push(skipped);
  }

  // Phase 2: auto-fill free slots, newest first, in board order.
  zones.forEach((zone, zoneIndex) => {
    const slots = slotsOf[zoneIndex] ?? [];
    if (!zone.autoFill) return;
    let free = slots.filter((slot) => slot === null).length;
    if (free === 0) return;
    const hidden = new Set(zone.hidden);
    const inZone = new Set(slots.flatMap((slot) => (slot ? [slot.article.id] : [])));
    let cursor = 0;
    for (const article of feed.newest(zone.language, zone.categoryId)) {
      if (free === 0) break;
      if (hidden.has(article.id) || inZone.has(article.id)) continue;
      if (!zone.allowDuplicates && claimed.has(article.id)) continue;
      if (!isShowable(article, now)) continue;
      while (slots[cursor] !== null) cursor++;
      slots[cursor] = { article, source: 'auto', until: null };
      inZone.add(article.id);
      claimed.add(article.id);
      free--;
    }
  });

  return zones.map((zone, zoneIndex) => {
    const { entries: _entries, ...config } = zone;
    const slots = slotsOf[zoneIndex] ?? [];
    // Gaps close up: a manual zone with an unpublished article shows the rest in order.
    const items: ZoneItem[] = slots
      .filter((slot): slot is Slot => slot !== null)
      .map((slot, position) => ({
        article: slot.article,
        position,
        source: slot.source,
        until: slot.until,
      }));
    const manualCount = items.filter((item) => item.source === 'manual').length;
    return {
      ...config,
      items,
      skipped: skippedOf[zoneIndex] ?? [],
      manualCount,
      full: manualCount >= zone.capacity,
      hiddenArticles: zone.hidden.map((id) => ({ id, headline: feed.get(id)?.headline ?? id })),
    };
  });
}

/** The free slot at `wanted`, else the next one after it, else the nearest before it; -1 if none. */
function freeSlotNear(slots: readonly (Slot | null)[], wanted: number): number {
  for (let i = wanted; i < slots.length; i++) if (slots[i] === null) return i;
  for (let i = wanted - 1; i >= 0; i--) if (slots[i] === null) return i;
  return -1;
}
