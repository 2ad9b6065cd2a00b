/** Channels of the application as a whole: store status, settings, taxonomy reads, samples. */
import { z } from 'zod';
import { categorySchema, quarantineEntrySchema, settingsSchema, tagSchema } from '../domain.js';
import { channels } from './define.js';

export const storeStatusSchema = z.object({
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  articleCount: z.number().int(),
  empty: z.boolean(),
  search: z.enum(['ready', 'indexing']),
  quarantine: z.array(quarantineEntrySchema),
});
export type StoreStatus = z.infer<typeof storeStatusSchema>;

export const appChannels = channels({
  'app:status': { request: z.object({}), response: storeStatusSchema },
  /** Clears the quarantine report once someone has read it; the moved files stay where they are. */
  'app:dismissQuarantine': { request: z.object({}), response: storeStatusSchema },
  'settings:get': { request: z.object({}), response: settingsSchema },
  'settings:update': { request: settingsSchema.partial(), response: settingsSchema },
  'categories:list': { request: z.object({}), response: z.array(categorySchema) },
  'tags:list': { request: z.object({}), response: z.array(tagSchema) },
  'sample:load': { request: z.object({}), response: z.object({ created: z.number().int() }) },
});
