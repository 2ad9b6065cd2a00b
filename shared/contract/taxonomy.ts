/** Channels of the taxonomy: categories and tags (create, rename, reorder, merge, delete, search) and the gazetteer. */
import { z } from 'zod';
import {
  categorySchema,
  idSchema,
  localizedNameSchema,
  slugSchema,
  tagKindSchema,
  tagSchema,
} from '../domain.js';
import { channels } from './define.js';

const aliasesSchema = z.array(z.string().trim().min(1).max(120)).max(50);

export const tagUsageSchema = z.object({ tag: tagSchema, usage: z.number().int().min(0) });
export type TagUsage = z.infer<typeof tagUsageSchema>;

export const gazetteerEntrySchema = z.object({
  key: z.string(),
  name: localizedNameSchema,
  aliases: z.array(z.string()),
  /** country | capital | city */
  type: z.enum(['country', 'capital', 'city']),
  /** The tag that already stands for this place in the store, if any. */
  tagId: idSchema.nullable(),
});
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

export const taxonomyChannels = channels({
  'categories:create': {
    request: z.object({ name: localizedNameSchema, slug: slugSchema.optional() }),
    response: categorySchema,
  },
  'categories:update': {
    request: z.object({
      id: idSchema,
      name: localizedNameSchema.optional(),
      slug: slugSchema.optional(),
    }),
    response: categorySchema,
  },
  'categories:reorder': {
    request: z.object({ ids: z.array(idSchema).min(1).max(500) }),
    response: z.array(categorySchema),
  },
  'categories:merge': {
    request: z.object({ sourceId: idSchema, targetId: idSchema }),
    response: z.object({ category: categorySchema, moved: z.number().int() }),
  },
  'categories:delete': {
    request: z.object({ id: idSchema, reassignTo: idSchema.nullable().optional() }),
    response: z.object({ id: idSchema, moved: z.number().int() }),
  },
  'categories:usage': {
    request: z.object({}),
    response: z.array(z.object({ categoryId: idSchema, usage: z.number().int() })),
  },
  'tags:create': {
    request: z.object({
      kind: tagKindSchema,
      name: localizedNameSchema,
      aliases: aliasesSchema.default([]),
      slug: slugSchema.optional(),
    }),
    response: tagSchema,
  },
  'tags:update': {
    request: z.object({
      id: idSchema,
      kind: tagKindSchema.optional(),
      name: localizedNameSchema.optional(),
      aliases: aliasesSchema.optional(),
      slug: slugSchema.optional(),
    }),
    response: tagSchema,
  },
  'tags:merge': {
    request: z.object({ sourceIds: z.array(idSchema).min(1).max(50), targetId: idSchema }),
    response: z.object({ tag: tagSchema, moved: z.number().int() }),
  },
  'tags:delete': {
    request: z.object({ id: idSchema }),
    response: z.object({ id: idSchema, removedFrom: z.number().int() }),
  },
  'tags:search': {
    request: z.object({
      text: z.string().max(120).default(''),
      kind: tagKindSchema.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    response: z.array(tagUsageSchema),
  },
  'gazetteer:list': { request: z.object({}), response: z.array(gazetteerEntrySchema) },
  'gazetteer:adopt': {
    request: z.object({ keys: z.array(z.string().max(80)).max(500).optional() }),
    response: z.object({ added: z.number().int(), skipped: z.number().int() }),
  },
});
