/** The article preview: the article as the site will render it, as one safe HTML page. */
import { z } from 'zod';
import { articleContentSchema, idSchema } from '../domain.js';
import { channels } from './define.js';

export const previewChannels = channels({
  'preview:article': {
    request: z.object({
      /** The stored article, or the editor's unsaved content when `content` is given. */
      id: idSchema,
      content: articleContentSchema.optional(),
    }),
    response: z.object({ html: z.string() }),
  },
});
