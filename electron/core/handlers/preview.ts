/** Handlers for the article preview: the stored or the unsaved article as one safe page. */
import type { previewChannels } from '../../../shared/contract/preview.js';
import type { Core } from '../core.js';
import { renderPreviewPage } from '../render/preview-page.js';
import { contentOf } from '../store/article-store.js';
import type { HandlerMap } from './types.js';

export function previewHandlers(core: Core): HandlerMap<typeof previewChannels> {
  return {
    'preview:article': async ({ id, content }) => {
      const article = await core.articles.get(id);
      const html = await renderPreviewPage({
        content: content ?? contentOf(article),
        settings: core.settings,
        categories: core.meta.data.categories,
        tags: core.meta.data.tags,
        dataDir: core.deps.dataDir,
        date: article.publishedAt ?? article.publishAt ?? core.deps.now().toISOString(),
      });
      return { html };
    },
  };
}
