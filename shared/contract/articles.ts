/** Channels of the article desk: create, read, list, save, spike, restore, purge, twins, revisions. */
import { z } from 'zod';
import {
  ARTICLE_STATUSES,
  articleContentSchema,
  articleSchema,
  articleSummarySchema,
  idSchema,
  languageSchema,
  revisionSchema,
  revisionSummarySchema,
} from '../domain.js';
import { channels } from './define.js';

export const ARTICLE_SORTS = [
  'updated_desc',
  'updated_asc',
  'created_desc',
  'headline_asc',
  'published_desc',
] as const;

export const articleListQuerySchema = z.object({
  status: z.enum([...ARTICLE_STATUSES, 'active', 'all']).default('active'),
  categoryId: idSchema.optional(),
  tagId: idSchema.optional(),
  language: languageSchema.optional(),
  text: z.string().max(200).optional(),
  sort: z.enum(ARTICLE_SORTS).default('updated_desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ArticleListQuery = z.input<typeof articleListQuerySchema>;

export const articleListResultSchema = z.object({
  total: z.number().int(),
  items: z.array(articleSummarySchema),
  /** 'indexing' while the full-text index is still loading: text filters are then partial. */
  search: z.enum(['ready', 'indexing']),
  /** Words to highlight in headlines and standfirsts, as the search understood them. */
  highlight: z.array(z.string()),
});
export type ArticleListResult = z.infer<typeof articleListResultSchema>;

const byId = z.object({ id: idSchema });

export const articleChannels = channels({
  'articles:create': {
    request: z.object({
      content: articleContentSchema.partial().extend({ language: languageSchema }),
    }),
    response: articleSchema,
  },
  'articles:get': { request: byId, response: articleSchema },
  'articles:list': { request: articleListQuerySchema, response: articleListResultSchema },
  'articles:save': {
    request: z.object({
      id: idSchema,
      baseRevision: z.number().int().min(1),
      content: articleContentSchema,
      autosave: z.boolean().default(false),
    }),
    response: articleSchema,
  },
  'articles:spike': { request: byId, response: articleSchema },
  'articles:restore': { request: byId, response: articleSchema },
  'articles:purge': { request: byId, response: z.object({ id: idSchema }) },
  'articles:createTwin': {
    request: byId,
    /** The original (now linked) and its new twin in the other language. */
    response: z.object({ original: articleSchema, twin: articleSchema }),
  },
  'revisions:list': {
    request: z.object({ articleId: idSchema }),
    response: z.array(revisionSummarySchema),
  },
  'revisions:get': {
    request: z.object({ articleId: idSchema, number: z.number().int().min(1) }),
    response: revisionSchema,
  },
});
