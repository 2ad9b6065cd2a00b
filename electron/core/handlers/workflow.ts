/** Handlers for the workflow and the calendar: transitions, scheduling, publishing, flags, embargo, notices, day notes. */
import type { workflowChannels } from '../../../shared/contract/workflow.js';
import { addDays, startOfLocalDay } from '../../../shared/zoned-time.js';
import type { Core } from '../core.js';
import { findSlotConflicts, placeArticles } from '../workflow/calendar.js';
import { requireDeskChief } from '../workflow/permissions.js';
import type { HandlerMap } from './types.js';

export function workflowHandlers(core: Core): HandlerMap<typeof workflowChannels> {
  const { workflow, scheduler } = core;
  return {
    'workflow:transition': async ({ id, action, withTwin }) => ({
      articles: await workflow.transition(id, action, withTwin),
    }),
    'workflow:schedule': async ({ id, local, choice, withTwin }) => ({
      articles: await workflow.schedule(id, local, choice, withTwin),
    }),
    'workflow:publish': async ({ id, withTwin }) => ({
      articles: await workflow.publishNow(id, withTwin),
    }),
    'workflow:flags': async ({ id, flags }) => workflow.setFlags(id, flags),
    'workflow:embargo': async ({ id, local, choice }) => workflow.setEmbargo(id, local, choice),
    'schedule:status': async () => scheduler.status(),
    'schedule:confirm': async ({ ids }) => {
      requireDeskChief(core, 'publish overdue articles');
      const published = await scheduler.confirm(ids);
      return { articles: await Promise.all(published.map((id) => core.articles.get(id))) };
    },
    'schedule:dismiss': async () => scheduler.dismiss(),
    'calendar:range': async ({ from, days, language, categoryId, author }) => {
      const zone = core.settings.timeZone;
      const range = {
        start: Date.parse(startOfLocalDay(from, zone)),
        end: Date.parse(startOfLocalDay(addDays(from, days), zone)),
      };
      const summaries = [...core.articles.allSummaries()];
      const { placed, unscheduled } = placeArticles(summaries, range, {
        language,
        categoryId,
        author,
      });
      const notes = Object.entries(core.meta.data.dayNotes)
        .filter(([date]) => date >= from && date < addDays(from, days))
        .map(([date, text]) => ({ date, text }))
        .sort((a, b) => a.date.localeCompare(b.date));
      const authors = [
        ...new Set(summaries.map((a) => a.byline.trim()).filter((name) => name.length > 0)),
      ].sort((a, b) => a.localeCompare(b));
      return {
        timeZone: zone,
        placed,
        unscheduled,
        notes,
        conflicts: findSlotConflicts(workflow.topStoryPlans(placed)),
        authors,
      };
    },
    'calendar:note': async ({ date, text }) => {
      const trimmed = text.trim();
      if (trimmed) core.meta.data.dayNotes[date] = trimmed;
      else delete core.meta.data.dayNotes[date];
      await core.meta.write();
      return { date, text: trimmed };
    },
  };
}
