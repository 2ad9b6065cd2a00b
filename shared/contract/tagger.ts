/** Channels of the tagger: category and tag suggestions, rejections, the model's state, the bulk queue. */
import { z } from 'zod';
import { articleSummarySchema, idSchema, languageSchema, tagKindSchema } from '../domain.js';
import { channels } from './define.js';

/** Why a suggestion is offered; the UI turns it into words in the reader's language. */
export const suggestionReasonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('model') }),
  z.object({ type: z.literal('mentioned'), count: z.number().int(), form: z.string() }),
  z.object({ type: z.literal('often_with_tag'), tagId: idSchema, count: z.number().int() }),
  z.object({
    type: z.literal('often_with_category'),
    categoryId: idSchema,
    count: z.number().int(),
  }),
  z.object({ type: z.literal('looks_like'), count: z.number().int() }),
]);
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const suggestionsSchema = z.object({
  category: z.object({
    status: z.enum(['ready', 'insufficient']),
    /** Categories with too few examples to be suggested. */
    undertrained: z.array(z.object({ categoryId: idSchema, examples: z.number().int() })),
    minExamples: z.number().int(),
    suggestions: z.array(
      z.object({
        key: z.string(),
        categoryId: idSchema,
        confidence: z.number(),
        reason: suggestionReasonSchema,
      }),
    ),
  }),
  tags: z.array(
    z.object({
      key: z.string(),
      tagId: idSchema,
      score: z.number(),
      reason: suggestionReasonSchema,
    }),
  ),
  candidates: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      kind: tagKindSchema,
      reason: suggestionReasonSchema,
    }),
  ),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;

export const taggerTextSchema = z.object({
  language: languageSchema,
  headline: z.string().max(300).default(''),
  standfirst: z.string().max(1000).default(''),
  body: z.string().max(500_000).default(''),
});

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

export const taggerChannels = channels({
  'tagger:suggest': {
    request: z.object({
      articleId: idSchema.optional(),
      text: taggerTextSchema,
      /** Tags already on the article: not suggested again, and the seed of "often with". */
      tagIds: z.array(idSchema).max(100).default([]),
      categoryId: idSchema.nullable().default(null),
    }),
    response: suggestionsSchema,
  },
  'tagger:reject': {
    request: z.object({ articleId: idSchema, key: z.string().min(1).max(200) }),
    response: z.object({ rejected: z.array(z.string()) }),
  },
  'tagger:status': {
    request: z.object({}),
    response: z.object({
      trainedOn: z.number().int(),
      minExamples: z.number().int(),
      categories: z.array(z.object({ categoryId: idSchema, examples: z.number().int() })),
    }),
  },
  'tagger:queue': {
    request: z.object({
      language: languageSchema.optional(),
      from: dateSchema.optional(),
      to: dateSchema.optional(),
      limit: z.number().int().min(1).max(1000).default(500),
    }),
    response: z.object({ total: z.number().int(), items: z.array(articleSummarySchema) }),
  },
});
