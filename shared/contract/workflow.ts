/**
 * Channels of the workflow and the calendar: status transitions, scheduling in the
 * newsroom's time zone, publishing, flags, embargo, the scheduler's notices, the
 * calendar's range query and its day notes.
 */
import { z } from 'zod';
import {
  articleFlagsSchema,
  articleSchema,
  articleSummarySchema,
  idSchema,
  instantSchema,
  languageSchema,
} from '../domain.js';
import { LOCAL_DATE_PATTERN, LOCAL_MINUTE_PATTERN } from '../local-time-format.js';
import { channels } from './define.js';

export const localMinuteSchema = z
  .string()
  .regex(LOCAL_MINUTE_PATTERN, 'a local time is written YYYY-MM-DDTHH:mm');
export const localDateSchema = z.string().regex(LOCAL_DATE_PATTERN, 'a date is written YYYY-MM-DD');
export const foldChoiceSchema = z.enum(['earlier', 'later']);

/** Actions taken with `workflow:transition`; schedule and publish have channels of their own. */
export const simpleActionSchema = z.enum([
  'submit',
  'markEdited',
  'returnToDraft',
  'unschedule',
  'unpublish',
  'spike',
  'restore',
]);

const articlesResult = z.object({ articles: z.array(articleSchema) });

export const scheduleNoticeEntrySchema = z.object({
  id: idSchema,
  headline: z.string(),
  language: languageSchema,
  dueAt: instantSchema,
});
export type ScheduleNoticeEntry = z.infer<typeof scheduleNoticeEntrySchema>;

export const scheduleStatusSchema = z.object({
  /** Articles published late because the app was closed or the machine slept. */
  caughtUp: z.array(scheduleNoticeEntrySchema),
  /** Overdue articles held for the desk chief's confirmation (setting `catchUp: confirm`). */
  waiting: z.array(scheduleNoticeEntrySchema),
  /** Scheduled articles past due that cannot go out: flagged. */
  blocked: z.array(scheduleNoticeEntrySchema.extend({ reason: z.string() })),
});
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>;

export const calendarQuerySchema = z.object({
  /** First newsroom day shown, and how many days. */
  from: localDateSchema,
  days: z.number().int().min(1).max(42).default(7),
  language: languageSchema.optional(),
  categoryId: idSchema.optional(),
  /** Matches the byline. */
  author: z.string().max(200).optional(),
});
export type CalendarQuery = z.input<typeof calendarQuerySchema>;

export const slotConflictSchema = z.object({
  slot: instantSchema,
  language: languageSchema,
  ids: z.array(idSchema),
  /** A story pinned to the top story that still holds it then (its id is among `ids`). */
  pinned: z
    .object({ id: idSchema, headline: z.string(), until: instantSchema.nullable() })
    .nullable()
    .default(null),
});
export type SlotConflict = z.infer<typeof slotConflictSchema>;

export const calendarResultSchema = z.object({
  timeZone: z.string(),
  /** Scheduled (by publish time) and published (by publication time) articles in the range. */
  placed: z.array(articleSummarySchema),
  /** Edited articles without a slot: the unscheduled lane. */
  unscheduled: z.array(articleSummarySchema),
  notes: z.array(z.object({ date: localDateSchema, text: z.string() })),
  conflicts: z.array(slotConflictSchema),
  /** Bylines seen on the desk, for the author filter. */
  authors: z.array(z.string()),
});
export type CalendarResult = z.infer<typeof calendarResultSchema>;

export const workflowChannels = channels({
  'workflow:transition': {
    request: z.object({
      id: idSchema,
      action: simpleActionSchema,
      withTwin: z.boolean().default(false),
    }),
    response: articlesResult,
  },
  'workflow:schedule': {
    request: z.object({
      id: idSchema,
      /** Wall-clock minute in the newsroom's time zone. */
      local: localMinuteSchema,
      /** Which of the two instants when the clocks go back and the minute happens twice. */
      choice: foldChoiceSchema.optional(),
      /** Schedules the twin (the same story in the other language) for the same instant. */
      withTwin: z.boolean().default(false),
    }),
    response: articlesResult,
  },
  'workflow:publish': {
    request: z.object({ id: idSchema, withTwin: z.boolean().default(false) }),
    response: articlesResult,
  },
  'workflow:flags': {
    request: z.object({ id: idSchema, flags: articleFlagsSchema }),
    response: articleSchema,
  },
  'workflow:embargo': {
    request: z.object({
      id: idSchema,
      /** Newsroom wall-clock minute, or null to lift the embargo. */
      local: localMinuteSchema.nullable(),
      choice: foldChoiceSchema.optional(),
    }),
    response: articleSchema,
  },
  'schedule:status': { request: z.object({}), response: scheduleStatusSchema },
  'schedule:confirm': {
    request: z.object({ ids: z.array(idSchema).min(1).max(500) }),
    response: articlesResult,
  },
  'schedule:dismiss': { request: z.object({}), response: scheduleStatusSchema },
  'calendar:range': { request: calendarQuerySchema, response: calendarResultSchema },
  'calendar:note': {
    request: z.object({ date: localDateSchema, text: z.string().max(300) }),
    response: z.object({ date: localDateSchema, text: z.string() }),
  },
});
