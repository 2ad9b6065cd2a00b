/**
 * The curation board's data: zones per language with their rules and manual entries,
 * the stored board (version, undo/redo history, notices) and the computed view the UI
 * and the export read. Pure schemas; the zone computation lives in electron/core/board/.
 */
import { z } from 'zod';
import {
  articleSummarySchema,
  idSchema,
  instantSchema,
  languageSchema,
  type Category,
  type Language,
} from './domain.js';

export const ZONE_KINDS = ['top', 'featured', 'latest', 'category', 'custom'] as const;
export const zoneKindSchema = z.enum(ZONE_KINDS);
export type ZoneKind = z.infer<typeof zoneKindSchema>;

export const MAX_ZONE_CAPACITY = 50;

/** An article placed by hand at a position; `until` ends the pin (null: until taken out). */
export const zoneEntrySchema = z.object({
  articleId: idSchema,
  position: z.number().int().min(0).max(MAX_ZONE_CAPACITY),
  until: instantSchema.nullable().default(null),
  addedAt: instantSchema,
});
export type ZoneEntry = z.infer<typeof zoneEntrySchema>;

export const zoneNameSchema = z.string().trim().min(1).max(80);

export const zoneSchema = z.object({
  id: idSchema,
  language: languageSchema,
  kind: zoneKindSchema,
  name: zoneNameSchema,
  capacity: z.number().int().min(1).max(MAX_ZONE_CAPACITY),
  /** Fill free slots with the newest published articles (of `categoryId` when set). */
  autoFill: z.boolean(),
  categoryId: idSchema.nullable().default(null),
  /** May show articles that another zone already shows. */
  allowDuplicates: z.boolean().default(false),
  entries: z
    .array(zoneEntrySchema)
    .max(MAX_ZONE_CAPACITY * 2)
    .default([]),
  /** Articles the desk has taken out of this zone: auto-fill skips them. */
  hidden: z.array(idSchema).default([]),
});
export type Zone = z.infer<typeof zoneSchema>;

export const NOTICE_REASONS = ['unpublished', 'spiked', 'withdrawn', 'deleted'] as const;
export const boardNoticeSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  headline: z.string().max(300),
  language: languageSchema,
  reason: z.enum(NOTICE_REASONS),
  zones: z.array(z.string().max(80)),
  at: instantSchema,
});
export type BoardNotice = z.infer<typeof boardNoticeSchema>;

export const BOARD_ACTIONS = [
  'place',
  'remove',
  'hide',
  'unhide',
  'addZone',
  'updateZone',
  'removeZone',
  'moveZone',
] as const;
/** What a change did, for "Undo: moved … to …" (the UI words it in its own language). */
export const boardChangeLabelSchema = z.object({
  action: z.enum(BOARD_ACTIONS),
  headline: z.string().max(300).default(''),
  zone: z.string().max(80).default(''),
});
export type BoardChangeLabel = z.infer<typeof boardChangeLabelSchema>;

export const boardHistoryStepSchema = z.object({
  label: boardChangeLabelSchema,
  at: instantSchema,
  zones: z.array(zoneSchema),
});
export type BoardHistoryStep = z.infer<typeof boardHistoryStepSchema>;

export const MAX_BOARD_HISTORY = 30;
export const MAX_BOARD_NOTICES = 50;

/** What the meta document stores. `version` grows with every change, undo and redo included. */
export const boardStateSchema = z.object({
  version: z.number().int().min(0),
  zones: z.array(zoneSchema),
  undo: z.array(boardHistoryStepSchema).default([]),
  redo: z.array(boardHistoryStepSchema).default([]),
  notices: z.array(boardNoticeSchema).default([]),
  /**
   * The categories the board has given zones: a category added later gets its zones once,
   * and a category zone the desk removed stays removed. Absent in stores from before it.
   */
  zonedCategories: z.array(idSchema).optional(),
});
export type BoardState = z.infer<typeof boardStateSchema>;

const DEFAULT_NAMES: Record<Language, Record<'top' | 'featured' | 'latest', string>> = {
  en: { top: 'Top story', featured: 'Featured', latest: 'Latest news' },
  ru: { top: 'Главная новость', featured: 'Выбор редакции', latest: 'Последние новости' },
};

export const DEFAULT_CAPACITY = { top: 1, featured: 4, latest: 10, category: 5 } as const;

/**
 * The zones a new store starts with: per language a top story, a featured strip, the
 * latest news and one zone per category. Names are in the zone's language because the
 * exported home page uses them as headings.
 */
export function defaultZones(categories: readonly Category[]): Zone[] {
  const zones: Zone[] = [];
  for (const language of ['en', 'ru'] as const) {
    const base = { language, categoryId: null, allowDuplicates: false, entries: [], hidden: [] };
    zones.push(
      {
        ...base,
        id: `${language}-top`,
        kind: 'top',
        name: DEFAULT_NAMES[language].top,
        capacity: 1,
        autoFill: false,
      },
      {
        ...base,
        id: `${language}-featured`,
        kind: 'featured',
        name: DEFAULT_NAMES[language].featured,
        capacity: DEFAULT_CAPACITY.featured,
        autoFill: false,
      },
      {
        ...base,
        id: `${language}-latest`,
        kind: 'latest',
        name: DEFAULT_NAMES[language].latest,
        capacity: DEFAULT_CAPACITY.latest,
        autoFill: true,
      },
    );
    for (const category of [...categories].sort((a, b) => a.order - b.order)) {
      zones.push(categoryZone(language, category));
    }
  }
  return zones;
}

/** A category's zone in one language: its newest articles, named as the category. */
export function categoryZone(
  language: Language,
  category: Category,
  id = `${language}-cat-${category.id}`,
): Zone {
  return {
    id,
    language,
    kind: 'category',
    name: category.name[language],
    capacity: DEFAULT_CAPACITY.category,
    autoFill: true,
    categoryId: category.id,
    allowDuplicates: false,
    entries: [],
    hidden: [],
  };
}

export function newBoardState(categories: readonly Category[]): BoardState {
  return {
    version: 0,
    zones: defaultZones(categories),
    undo: [],
    redo: [],
    notices: [],
    zonedCategories: categories.map((c) => c.id),
  };
}

/**
 * Keeps the category zones in step with the categories. Every category the board has not
 * seen yet gets a zone per language (after that language's last category zone), and the
 * categories are recorded as seen; a store from before the record counts as seen its
 * categories that have a zone, and `original` (the ones its board started with: a missing
 * zone of theirs was removed by the desk). A zone whose category is gone is removed, or,
 * when the desk placed articles in it, kept as a custom zone by hand. A zone still named
 * as its category was before `renamed` takes the new name. Null: nothing changed.
 */
export function withCategoryZones(
  state: BoardState,
  categories: readonly Category[],
  original: readonly string[],
  renamed?: { before: Category; after: Category },
): BoardState | null {
  const known = new Set(categories.map((c) => c.id));
  let changedZones = false;
  const kept = state.zones.flatMap((zone): Zone[] => {
    if (zone.kind !== 'category' || !zone.categoryId) return [zone];
    if (!known.has(zone.categoryId)) {
      changedZones = true;
      return zone.entries.length
        ? [{ ...zone, kind: 'custom', categoryId: null, autoFill: false }]
        : [];
    }
    if (
      renamed &&
      zone.categoryId === renamed.after.id &&
      zone.name === renamed.before.name[zone.language] &&
      zone.name !== renamed.after.name[zone.language]
    ) {
      changedZones = true;
      return [{ ...zone, name: renamed.after.name[zone.language] }];
    }
    return [zone];
  });
  const next = addCategoryZones({ ...state, zones: kept }, categories, original);
  if (next)
    return changedZones && next.version === state.version
      ? { ...next, version: state.version + 1 }
      : next;
  return changedZones ? { ...state, version: state.version + 1, zones: kept } : null;
}

function addCategoryZones(
  state: BoardState,
  categories: readonly Category[],
  original: readonly string[],
): BoardState | null {
  const seen = new Set(
    state.zonedCategories ?? [
      ...original,
      ...state.zones.flatMap((z) => (z.kind === 'category' && z.categoryId ? [z.categoryId] : [])),
    ],
  );
  const ids = categories.map((c) => c.id);
  const fresh = [...categories].filter((c) => !seen.has(c.id)).sort((a, b) => a.order - b.order);
  if (fresh.length === 0) {
    const same =
      state.zonedCategories !== undefined &&
      state.zonedCategories.length === ids.length &&
      ids.every((id) => state.zonedCategories?.includes(id));
    return same ? null : { ...state, zonedCategories: ids };
  }
  const zones = [...state.zones];
  const taken = new Set(zones.map((z) => z.id));
  for (const language of ['en', 'ru'] as const) {
    for (const category of fresh) {
      if (zones.some((z) => z.language === language && z.categoryId === category.id)) continue;
      let id = `${language}-cat-${category.id}`;
      for (let n = 2; taken.has(id); n++) id = `${language}-cat-${category.id}-${n}`;
      taken.add(id);
      const last = zones.findLastIndex((z) => z.language === language && z.kind === 'category');
      const fallback = zones.findLastIndex((z) => z.language === language);
      const at = (last >= 0 ? last : fallback) + 1;
      zones.splice(at > 0 ? at : zones.length, 0, categoryZone(language, category, id));
    }
  }
  return { ...state, version: state.version + 1, zones, zonedCategories: ids };
}

/** One card of a computed zone. */
export const zoneItemSchema = z.object({
  article: articleSummarySchema,
  position: z.number().int().min(0),
  /** `manual`: placed (pinned) by the desk; `auto`: chosen by the zone's rule. */
  source: z.enum(['manual', 'auto']),
  until: instantSchema.nullable(),
});
export type ZoneItem = z.infer<typeof zoneItemSchema>;

export const SKIP_REASONS = [
  'expired',
  'not_published',
  'embargoed',
  'withdrawn',
  'missing',
  'wrong_language',
  'hidden',
  'duplicate',
  'over_capacity',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const zoneViewSchema = zoneSchema.omit({ entries: true }).extend({
  items: z.array(zoneItemSchema),
  /** Entries stored but not shown now, and why. */
  skipped: z.array(z.object({ articleId: idSchema, reason: z.enum(SKIP_REASONS) })),
  /** Shown manual entries; when it reaches capacity the zone refuses another article. */
  manualCount: z.number().int().min(0),
  full: z.boolean(),
  hiddenArticles: z.array(z.object({ id: idSchema, headline: z.string() })),
});
export type ZoneView = z.infer<typeof zoneViewSchema>;

export const boardViewSchema = z.object({
  version: z.number().int().min(0),
  language: languageSchema,
  computedAt: instantSchema,
  zones: z.array(zoneViewSchema),
  undo: boardChangeLabelSchema.nullable(),
  redo: boardChangeLabelSchema.nullable(),
  notices: z.array(boardNoticeSchema),
  canEdit: z.boolean(),
});
export type BoardView = z.infer<typeof boardViewSchema>;
