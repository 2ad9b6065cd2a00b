/** Channels of the curation board: read the computed zones, change them, undo, preview. */
import { z } from 'zod';
import { boardViewSchema, zoneNameSchema, MAX_ZONE_CAPACITY } from '../board.js';
import { idSchema, instantSchema, languageSchema } from '../domain.js';
import { channels } from './define.js';

const versioned = z.object({ baseVersion: z.number().int().min(0) });
const zoneArticle = versioned.extend({ zoneId: idSchema, articleId: idSchema });
const capacitySchema = z.number().int().min(1).max(MAX_ZONE_CAPACITY);

/** Every change answers with the board of the changed zone's language, as it now is. */
export const boardChannels = channels({
  'board:get': { request: z.object({ language: languageSchema }), response: boardViewSchema },
  'board:place': {
    request: zoneArticle.extend({
      /** 0-based slot in the zone as shown. */
      position: z.number().int().min(0).max(MAX_ZONE_CAPACITY),
      /** The pin ends then (the article falls back to the zone's rule); null: no end. */
      until: instantSchema.nullable().default(null),
      fromZoneId: idSchema.nullable().default(null),
    }),
    response: boardViewSchema,
  },
  'board:remove': { request: zoneArticle, response: boardViewSchema },
  'board:hide': {
    request: zoneArticle.extend({ hidden: z.boolean().default(true) }),
    response: boardViewSchema,
  },
  'board:addZone': {
    request: versioned.extend({
      language: languageSchema,
      name: zoneNameSchema,
      capacity: capacitySchema.default(5),
      autoFill: z.boolean().default(true),
      categoryId: idSchema.nullable().default(null),
      allowDuplicates: z.boolean().default(false),
      index: z.number().int().min(0).nullable().default(null),
    }),
    response: boardViewSchema,
  },
  'board:updateZone': {
    request: versioned.extend({
      zoneId: idSchema,
      name: zoneNameSchema.optional(),
      capacity: capacitySchema.optional(),
      autoFill: z.boolean().optional(),
      categoryId: idSchema.nullable().optional(),
      allowDuplicates: z.boolean().optional(),
    }),
    response: boardViewSchema,
  },
  'board:removeZone': {
    request: versioned.extend({ zoneId: idSchema }),
    response: boardViewSchema,
  },
  'board:moveZone': {
    request: versioned.extend({ zoneId: idSchema, index: z.number().int().min(0) }),
    response: boardViewSchema,
  },
  'board:undo': {
    request: versioned.extend({ language: languageSchema }),
    response: boardViewSchema,
  },
  'board:redo': {
    request: versioned.extend({ language: languageSchema }),
    response: boardViewSchema,
  },
  'board:dismissNotices': {
    request: z.object({
      language: languageSchema,
      ids: z.array(idSchema).max(100).nullable().default(null),
    }),
    response: boardViewSchema,
  },
  'board:preview': {
    request: z.object({ language: languageSchema }),
    response: z.object({ home: z.string(), articlePage: z.string() }),
  },
});
