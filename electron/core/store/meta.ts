/**
 * The store's small document (`store.json`): schema version, settings, taxonomy and board.
 * Articles and revisions live in files of their own (see article-store.ts).
 */
import { z } from 'zod';
import { boardStateSchema, newBoardState } from '../../../shared/board.js';
import {
  DEFAULT_SETTINGS,
  categorySchema,
  settingsSchema,
  tagSchema,
  type Category,
} from '../../../shared/domain.js';

export const CURRENT_SCHEMA_VERSION = 1;

export const metaSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  createdAt: z.string(),
  settings: settingsSchema,
  categories: z.array(categorySchema),
  tags: z.array(tagSchema).default([]),
  /** Per article, the tagger suggestions the desk rejected: never offered again for it. */
  taggerRejections: z.record(z.string(), z.array(z.string().max(200)).max(1000)).default({}),
  /** The desk's plan for a day, a line each, keyed by newsroom date (YYYY-MM-DD). */
  dayNotes: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().max(300)).default({}),
  /** The folder the last export from the app went to, offered again next time. */
  exportTarget: z.string().max(1000).default(''),
  /** The curation board; stores from before the board get the default zones. */
  board: boardStateSchema.default(() => newBoardState(DEFAULT_CATEGORIES)),
});
export type StoreMeta = z.infer<typeof metaSchema>;

export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'politics', slug: 'politics', order: 1, name: { en: 'Politics', ru: 'Политика' } },
  { id: 'economy', slug: 'economy', order: 2, name: { en: 'Economy', ru: 'Экономика' } },
  { id: 'society', slug: 'society', order: 3, name: { en: 'Society', ru: 'Общество' } },
  { id: 'culture', slug: 'culture', order: 4, name: { en: 'Culture', ru: 'Культура' } },
  { id: 'sport', slug: 'sport', order: 5, name: { en: 'Sport', ru: 'Спорт' } },
  { id: 'incidents', slug: 'incidents', order: 6, name: { en: 'Incidents', ru: 'Происшествия' } },
];

export function newMeta(now: Date): StoreMeta {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    settings: structuredClone(DEFAULT_SETTINGS),
    categories: structuredClone(DEFAULT_CATEGORIES),
    tags: [],
    taggerRejections: {},
    dayNotes: {},
    exportTarget: '',
    board: newBoardState(DEFAULT_CATEGORIES),
  };
}
