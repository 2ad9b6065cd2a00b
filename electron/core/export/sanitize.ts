/**
 * The allow-list sanitiser every piece of article HTML passes through before it reaches
 * a page (the export and the in-app preview alike): known tags and attributes only, URLs
 * with http, https, mailto or a relative address, images from the bundle only.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 's', 'u', 'code',
    'pre', 'br', 'hr', 'a', 'figure', 'figcaption', 'img', 'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'rel'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
    ol: ['start'],
    span: ['class'],
    figure: ['class'],
  },
  allowedClasses: { span: ['credit', 'caption'], figure: ['figure', 'pull-quote'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Images come from the bundle's media folder only: no scheme at all, so no request leaves it.
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  allowedStyles: {},
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    // Links out of the site must not hand the reader's page to the target.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^(https?:)?\/\//i.test(attribs['href'] ?? '')
        ? { ...attribs, rel: 'noopener noreferrer' }
        : attribs,
    }),
  },
};

/** Article HTML reduced to the allow-list, void elements written the HTML way (`<br>`, not `<br />`). */
export function sanitizeArticleHtml(html: string): string {
  // Text never contains a raw "/>" after sanitising (">" is escaped), so this touches tags only.
  return sanitizeHtml(html, OPTIONS).replace(/ \/>/g, '>');
}
