/** Events pushed from core to the UI. Payloads only: the UI never sees a transport object. */
import { z } from 'zod';
import { boardNoticeSchema } from '../board.js';
import { articleStatusSchema, idSchema, instantSchema, quarantineEntrySchema } from '../domain.js';
import { scheduleStatusSchema } from './workflow.js';

/** Commands of the desktop app's native menu, sent to the page as the `shell:command` event. */
export const SHELL_COMMANDS = ['new-article', 'show-desk', 'show-settings'] as const;
export type ShellCommand = (typeof SHELL_COMMANDS)[number];

export const eventSchemas = {
  'article:changed': z.object({
    id: idSchema,
    revision: z.number().int(),
    status: articleStatusSchema,
    deleted: z.boolean().default(false),
  }),
  /** Articles just went live: the export starts an incremental run from this. */
  'article:published': z.object({
    ids: z.array(idSchema),
    at: instantSchema,
    reason: z.enum(['manual', 'scheduled', 'catch_up']),
  }),
  /** Articles taken off the site: the export removes their pages. */
  'article:unpublished': z.object({ ids: z.array(idSchema), at: instantSchema }),
  /** The scheduler caught up after a restart or sleep, or holds overdue articles for confirmation. */
  'schedule:notice': scheduleStatusSchema,
  'store:problem': z.object({
    kind: z.enum(['quarantine', 'locked', 'write_failed']),
    message: z.string(),
    quarantine: z.array(quarantineEntrySchema).default([]),
  }),
  'export:progress': z.object({
    phase: z.enum(['reading', 'rendering', 'media', 'writing', 'zipping', 'done', 'failed']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /** From the desktop shell, never from core: a native menu item the page should carry out. */
  'shell:command': z.object({ command: z.enum(SHELL_COMMANDS) }),
  /** The stored board changed (a change, undo, redo, or an article leaving it). */
  'board:changed': z.object({ version: z.number().int() }),
  /** An article shown on the board left publication and so left every zone. */
  'board:notice': boardNoticeSchema,
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
