/** Events pushed from core to the UI. Payloads only: the UI never sees a transport object. */
import { z } from 'zod';
import { articleStatusSchema, idSchema, quarantineEntrySchema } from '../domain.js';

export const eventSchemas = {
  'article:changed': z.object({
    id: idSchema,
    revision: z.number().int(),
    status: articleStatusSchema,
    deleted: z.boolean().default(false),
  }),
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
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];
