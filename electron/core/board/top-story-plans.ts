/**
 * What the calendar's top-story warning reads from the board: for each scheduled article,
 * whether the home page's top story goes to it when it goes live (the Top story zone
 * auto-fills with it, or the zone is left to the site, which leads with the newest story),
 * and which pinned story would still hold the top story at that moment.
 */
import type { ZoneView } from '../../../shared/board.js';
import type { ArticleSummary, Language } from '../../../shared/domain.js';
import type { Core } from '../core.js';
import { calendarInstant, type TopStoryPlan } from '../workflow/calendar.js';

/** Whether the zone's rule would give `article` the top story (pins aside). */
function takesTopStory(zone: ZoneView, article: ArticleSummary): boolean {
  if (zone.hidden.includes(article.id)) return false;
  if (!zone.autoFill) return true;
  return zone.categoryId === null || zone.categoryId === article.categoryId;
}

export function topStoryPlans(core: Core, placed: readonly ArticleSummary[]): TopStoryPlan[] {
  const now = core.deps.now();
  const tops = new Map<Language, ZoneView | undefined>();
  const topOf = (language: Language): ZoneView | undefined => {
    if (!tops.has(language)) {
      tops.set(
        language,
        core.board.compute(language, now).find((zone) => zone.kind === 'top'),
      );
    }
    return tops.get(language);
  };
  const plans: TopStoryPlan[] = [];
  for (const article of placed) {
    if (article.status !== 'scheduled' || article.notForPublication) continue;
    const at = calendarInstant(article);
    const zone = topOf(article.language);
    if (!at || !zone || !takesTopStory(zone, article)) continue;
    plans.push({ id: article.id, language: article.language, slot: at });
    for (const item of zone.items) {
      if (item.source !== 'manual' || (item.until !== null && item.until <= at)) continue;
      plans.push({
        id: item.article.id,
        language: article.language,
        slot: at,
        pinned: { headline: item.article.headline, until: item.until },
      });
    }
  }
  return plans;
}
