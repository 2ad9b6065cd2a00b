/**
 * Rich text to safe HTML: the stored editor JSON rendered with the editor's own schema
 * (@tiptap/html), then passed through an allow-list sanitiser, so a hand-edited or hostile
 * article file cannot put a script, an event handler or a javascript: link on a page.
 */
import { generateHTML } from '@tiptap/html';
import sanitizeHtml from 'sanitize-html';
import type { RichTextDoc } from '../../../shared/domain.js';
import { articleExtensions } from '../../../shared/rich-text/extensions.js';

const extensions = articleExtensions();

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'strong',
    'em',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'aside',
    'figure',
    'figcaption',
    'img',
    'span',
    'br',
    'hr',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt'],
    aside: ['class'],
    figure: ['class'],
    span: ['class'],
  },
  allowedClasses: {
    aside: ['pull-quote'],
    figure: ['article-image'],
    span: ['caption', 'credit'],
  },
  // Relative URLs (media/…, site links) have no scheme and are allowed as they are.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** The body of an article as sanitised HTML; nodes the schema does not know are dropped. */
export function renderRichText(doc: RichTextDoc): string {
  let html: string;
  try {
    html = generateHTML(doc, extensions);
  } catch {
    // A document that does not fit the schema (a hand-edited file): keep what fits.
    html = generateHTML(
      {
        type: 'doc',
        content: doc.content.filter((node) => {
          try {
            generateHTML({ type: 'doc', content: [node] }, extensions);
            return true;
          } catch {
            return false;
          }
        }),
      },
      extensions,
    );
  }
  return sanitizeArticleHtml(html);
}
