/** Handlers for the tagger: suggestions, rejections, the model's state and the bulk queue. */
import type { taggerChannels } from '../../../shared/contract/tagger.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { MIN_EXAMPLES_PER_CATEGORY } from '../tagger/category-model.js';
import type { HandlerMap } from './types.js';

/** Rejections kept per article; the oldest go first beyond this. */
const MAX_REJECTIONS = 1000;

export function taggerHandlers(core: Core): HandlerMap<typeof taggerChannels> {
  return {
    'tagger:suggest': async ({ articleId, text, tagIds, categoryId }) => {
      const rejected = new Set(articleId ? (core.meta.data.taggerRejections[articleId] ?? []) : []);
      return core.tagger.suggest(text, { tagIds, categoryId }, rejected);
    },
    'tagger:reject': async ({ articleId, key }) => {
      if (!core.articles.has(articleId))
        throw new AppError('not_found', `No article with id ${articleId}.`);
      if (!/^(category|tag|new):.+/.test(key)) {
        throw new AppError('invalid_input', `"${key}" is not a suggestion key.`);
      }
      const current = core.meta.data.taggerRejections[articleId] ?? [];
      if (!current.includes(key)) {
        core.meta.data.taggerRejections = {
          ...core.meta.data.taggerRejections,
          [articleId]: [...current, key].slice(-MAX_REJECTIONS),
        };
        await core.meta.write();
      }
      return { rejected: core.meta.data.taggerRejections[articleId] ?? [] };
    },
    'tagger:status': async () => {
      const examples = core.tagger.model.examples();
      return {
        trainedOn: core.tagger.model.size,
        minExamples: MIN_EXAMPLES_PER_CATEGORY,
        categories: core.meta.data.categories.map((c) => ({
          categoryId: c.id,
          examples: examples.get(c.id) ?? 0,
        })),
      };
    },
    'tagger:queue': async ({ language, from, to, limit }) => {
      const items = [...core.articles.allSummaries()]
        .filter(
          (s) =>
            s.status !== 'spiked' &&
            (s.categoryId === null || s.tagIds.length === 0) &&
            (!language || s.language === language) &&
            (!from || s.createdAt.slice(0, 10) >= from) &&
            (!to || s.createdAt.slice(0, 10) <= to),
        )
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
      return { total: items.length, items: items.slice(0, limit) };
    },
  };
}
