/**
 * The calendar's view of the desk, pure: which articles fall in a range of newsroom days
 * (scheduled by their publish time, published by their publication time), the
 * unscheduled lane of edited articles, and top-story slot conflicts.
 */
import type { ArticleSummary, Language } from '../../../shared/domain.js';
import type { SlotConflict } from '../../../shared/contract/workflow.js';
import { dueAt } from '../../../shared/workflow.js';

export interface CalendarFilter {
  language?: Language | undefined;
  categoryId?: string | undefined;
  author?: string | undefined;
}

export function matchesFilter(article: ArticleSummary, filter: CalendarFilter): boolean {
  if (filter.language && article.language !== filter.language) return false;
  if (filter.categoryId && article.categoryId !== filter.categoryId) return false;
  if (filter.author && article.byline.trim() !== filter.author.trim()) return false;
  return true;
}

/**
 * The instant an article sits at in the calendar, or null when it has no place there. A
 * scheduled article sits where it will really go live: its embargo's end when that is later.
 */
export function calendarInstant(article: ArticleSummary): string | null {
  if (article.status === 'scheduled') return dueAt(article);
  if (article.status === 'published') return article.publishedAt;
  return null;
}

export function placeArticles(
  articles: Iterable<ArticleSummary>,
  range: { start: number; end: number },
  filter: CalendarFilter,
): { placed: ArticleSummary[]; unscheduled: ArticleSummary[] } {
  const placed: ArticleSummary[] = [];
  const unscheduled: ArticleSummary[] = [];
  for (const article of articles) {
    if (!matchesFilter(article, filter)) continue;
    if (article.status === 'edited') {
      unscheduled.push(article);
      continue;
    }
    const at = calendarInstant(article);
    if (!at) continue;
    const time = Date.parse(at);
    if (time >= range.start && time < range.end) placed.push(article);
  }
  placed.sort(
    (a, b) =>
      Date.parse(calendarInstant(a) ?? '') - Date.parse(calendarInstant(b) ?? '') ||
      a.id.localeCompare(b.id),
  );
  unscheduled.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return { placed, unscheduled };
}

/** One article planned for the home page's top story from an instant on. */
export interface TopStoryPlan {
  id: string;
  language: Language;
  /** Start of the hour slot the article takes the top story in. */
  slot: string;
  /** Set when the article holds the top story by a pin at that time (it is already there). */
  pinned?: { headline: string; until: string | null };
}

/**
 * Two or more articles planned for the same language's top story in the same slot: two
 * scheduled to take it, or one scheduled to take it while a pinned story still holds it.
 */
export function findSlotConflicts(plans: readonly TopStoryPlan[]): SlotConflict[] {
  const groups = new Map<string, TopStoryPlan[]>();
  for (const plan of plans) {
    const slot = new Date(Math.floor(Date.parse(plan.slot) / 3_600_000) * 3_600_000).toISOString();
    const key = `${plan.language}|${slot}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...plan, slot }]);
  }
  return [...groups.values()]
    .filter((group) => new Set(group.map((plan) => plan.id)).size > 1)
    .map((group) => {
      const pin = group.find((plan) => plan.pinned);
      return {
        slot: group[0]?.slot ?? '',
        language: group[0]?.language ?? ('en' as const),
        ids: [...new Set(group.map((plan) => plan.id))].sort(),
        pinned:
          pin?.pinned !== undefined
            ? { id: pin.id, headline: pin.pinned.headline, until: pin.pinned.until }
            : null,
      };
    })
    .sort((a, b) => a.slot.localeCompare(b.slot) || a.language.localeCompare(b.language));
}
