/** Handlers for the article preview: the stored or the unsaved article as the site's own page. */
import type { previewChannels } from '../../../shared/contract/preview.js';
import type { Core } from '../core.js';
import { previewArticle } from '../render/preview-page.js';
import type { HandlerMap } from './types.js';

export function previewHandlers(core: Core): HandlerMap<typeof previewChannels> {
  return {
    'preview:article': async ({ id, content }) => {
      const { html } = await previewArticle(core, id, content);
      return { html };
    },
  };
}
