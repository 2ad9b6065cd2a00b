/** Handlers for the article desk: create, read, list, save, spike, restore, purge, revisions. */
import type { articleChannels } from '../../../shared/contract/articles.js';
import { articleContentSchema, type Article, type ArticleSummary } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { twinDraftContent, twinState } from '../../../shared/twins.js';
import { SearchIndex } from '../search/search-index.js';
import { contentOf } from '../store/article-store.js';
import type { HandlerMap } from './types.js';

const SORTS: Record<string, (a: ArticleSummary, b: ArticleSummary) => number> = {
  updated_desc: (a, b) => compare(b.updatedAt, a.updatedAt) || compare(a.id, b.id),
  updated_asc: (a, b) => compare(a.updatedAt, b.updatedAt) || compare(a.id, b.id),
  created_desc: (a, b) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id),
  headline_asc: (a, b) => a.headline.localeCompare(b.headline) || compare(a.id, b.id),
  published_desc: (a, b) =>
    compare(b.publishedAt ?? '', a.publishedAt ?? '') || compare(a.id, b.id),
};

function first(articles: Article[]): Article {
  const [article] = articles;
  if (!article) throw new AppError('internal', 'The workflow returned no article.');
  return article;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function articleHandlers(core: Core): HandlerMap<typeof articleChannels> {
  const author = (): string => core.settings.profile.name;
  return {
    'articles:create': async ({ content }) => {
      const now = core.deps.now().toISOString();
      const article: Article = {
        ...articleContentSchema.parse(content),
        id: core.deps.newId(),
        status: 'draft',
        statusBeforeSpike: null,
        createdAt: now,
        updatedAt: now,
        createdBy: author(),
        updatedBy: author(),
        embargoUntil: null,
        publishAt: null,
        publishedAt: null,
        spikedAt: null,
        revision: 1,
        transitions: [],
      };
      return core.articles.create(article, author());
    },
    'articles:get': async ({ id }) => core.articles.get(id),
    'articles:list': async (query) => {
      let items = [...core.articles.allSummaries()];
      if (query.status === 'active') items = items.filter((a) => a.status !== 'spiked');
      else if (query.status !== 'all') items = items.filter((a) => a.status === query.status);
      if (query.language) items = items.filter((a) => a.language === query.language);
      if (query.categoryId) items = items.filter((a) => a.categoryId === query.categoryId);
      if (query.tagId) {
        const tagId = query.tagId;
        items = items.filter((a) => a.tagIds.includes(tagId));
      }
      const text = query.text?.trim();
      if (text) {
        const hits = new Set(core.search.search(text).map((hit) => hit.id));
        items = items.filter((a) => hits.has(a.id));
      }
      items.sort(SORTS[query.sort]);
      return {
        total: items.length,
        items: items.slice(query.offset, query.offset + query.limit).map((item) => ({
          ...item,
          twinState: twinState(item, item.twinId ? core.articles.summary(item.twinId) : undefined),
        })),
        search: core.search.ready ? 'ready' : 'indexing',
        highlight: text ? SearchIndex.highlightTerms(text) : [],
      };
    },
    'articles:save': async ({ id, baseRevision, content, autosave }) =>
      core.articles.save({ id, baseRevision, content, autosave, author: author() }),
    // Spike and restore follow the workflow's rules (who may, from which status).
    'articles:spike': async ({ id }) => first(await core.workflow.transition(id, 'spike')),
    'articles:restore': async ({ id }) => first(await core.workflow.transition(id, 'restore')),
    'articles:purge': async ({ id }) => {
      await core.articles.purge(id);
      return { id };
    },
    'articles:createTwin': async ({ id }) => {
      const original = await core.articles.get(id);
      if (original.twinId && core.articles.has(original.twinId)) {
        throw new AppError('conflict', 'This article already has a twin in the other language.', {
          twinId: original.twinId,
        });
      }
      // Link first, then create: the twin's times are then never older than the original's
      // linking save, so a fresh pair does not show as out of date.
      const twinId = core.deps.newId();
      const linked = await core.articles.update(original.id, (article) => ({
        ...article,
        twinId,
        updatedBy: author(),
      }));
      const now = core.deps.now().toISOString();
      const twin = await core.articles.create(
        {
          ...twinDraftContent(contentOf(linked), linked.id),
          id: twinId,
          status: 'draft',
          statusBeforeSpike: null,
          createdAt: now,
          updatedAt: now,
          createdBy: author(),
          updatedBy: author(),
          embargoUntil: null,
          publishAt: null,
          publishedAt: null,
          spikedAt: null,
          revision: 1,
          transitions: [],
        },
        author(),
      );
      return { original: linked, twin };
    },
    'revisions:list': async ({ articleId }) => core.articles.listRevisions(articleId),
    'revisions:get': async ({ articleId, number }) => core.articles.readRevision(articleId, number),
  };
}
