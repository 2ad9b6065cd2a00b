/**
 * Rich text to safe HTML for the simple preview page (preview-page.ts): the export's own
 * body renderer (export/rich-text.ts), which builds HTML from the allow-list by
 * construction, so the preview and the exported site cannot disagree about what is safe.
 * Images stay `media/<hash>.<ext>` (the preview page inlines them); any other image source
 * is left out. New code should call `renderBody` from export/rich-text.ts directly.
 */
import type { RichTextDoc } from '../../../shared/domain.js';
import { mediaName } from '../export/media.js';
import { renderBody } from '../export/rich-text.js';

export { sanitizeArticleHtml } from '../export/sanitize.js';

/** The body of an article as safe HTML; nodes the schema does not know are unwrapped to their text. */
export function renderRichText(doc: RichTextDoc): string {
  return renderBody(
    doc,
    (src) => {
      const name = mediaName(src);
      return name ? { src: name, srcset: '', width: 0, height: 0 } : null;
    },
    [],
  );
}
