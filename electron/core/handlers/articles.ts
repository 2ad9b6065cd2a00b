/** Handlers for the article desk: create, read, list, save, spike, restore, purge, revisions. */
import type { articleChannels } from '../../../shared/contract/articles.js';
import {
  articleContentSchema,
  type Article,
  type ArticleContent,
  type ArticleSummary,
} from '../../../shared/domain.js';
import type { TextMatches } from '../store/article-list.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { twinDraftContent, twinState } from '../../../shared/twins.js';
import { foldTerm, SearchIndex } from '../search/search-index.js';
import { contentOf } from '../../../shared/domain.js';
import type { HandlerMap } from './types.js';

function first(articles: Article[]): Article {
  const [article] = articles;
  if (!article) throw new AppError('internal', 'The workflow returned no article.');
  return article;
}

export function articleHandlers(core: Core): HandlerMap<typeof articleChannels> {
  const author = (): string => core.settings.profile.name;
  /** A new draft at revision 1: the store-owned fields every created article starts with. */
  const newDraft = (content: ArticleContent, id: string): Article => {
    const now = core.deps.now().toISOString();
    return {
      ...content,
      id,
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
  };
  return {
    'articles:create': async ({ content }) => {
      return core.articles.create(
        newDraft(articleContentSchema.parse(content), core.deps.newId()),
        author(),
      );
    },
    'articles:get': async ({ id }) => core.articles.get(id),
    'articles:list': async (query) => {
      const text = query.text?.trim();
      const words = text ? SearchIndex.highlightTerms(text) : [];
      let only: TextMatches | undefined;
      if (words.length > 0) {
        // While the index loads, headline and standfirst are searched instead (partial).
        only = core.search.ready ? core.search.matches(text ?? '') : roughMatches(core, words);
      }
      const page = core.articles.list(
        {
          status: query.status,
          language: query.language,
          categoryId: query.categoryId,
          tagId: query.tagId,
          only,
        },
        query.sort,
        query.offset,
        query.limit,
      );
      return {
        total: page.total,
        items: page.items.map((item) => ({
          ...item,
          twinState: twinState(item, item.twinId ? core.articles.summary(item.twinId) : undefined),
        })),
        search: core.search.ready ? 'ready' : 'indexing',
        highlight: words,
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
      const twin = await core.articles.create(
        newDraft(twinDraftContent(contentOf(linked), linked.id), twinId),
        author(),
      );
      return { original: linked, twin };
    },
    'revisions:list': async ({ articleId }) => core.articles.listRevisions(articleId),
    'revisions:get': async ({ articleId, number }) => core.articles.readRevision(articleId, number),
  };
}

/** Substring match of every folded word in headline and standfirst: search while indexing. */
function roughMatches(core: Core, words: string[]): TextMatches {
  const payloads: ArticleSummary[] = [];
  const ids = new Set<string>();
  for (const summary of core.articles.allSummaries()) {
    const text = foldTerm(`${summary.headline} ${summary.standfirst}`);
    if (words.every((word) => text.includes(word))) {
      payloads.push(summary);
      ids.add(summary.id);
    }
  }
  return { payloads, has: (id) => ids.has(id) };
}
