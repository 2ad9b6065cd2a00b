/**
 * The one allow-list sanitiser, for article HTML that was not built by the body renderer
 * (rich-text.ts builds its HTML from the same allow-list by construction, and a test holds
 * its output to be a fixed point of this function). Known tags and attributes only, links
 * with http, https, mailto or a relative address, images from the bundle only.
 */
import sanitizeHtml from 'sanitize-html';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_CLASSES,
  ALLOWED_TAGS,
  EXTERNAL_REL,
  LINK_SCHEMES,
} from './allow-list.js';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedClasses: Object.fromEntries(
    Object.entries(ALLOWED_CLASSES).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedSchemes: [...LINK_SCHEMES],
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
        ? { ...attribs, rel: EXTERNAL_REL }
        : attribs,
    }),
  },
};

/** Article HTML reduced to the allow-list, void elements written the HTML way (`<br>`, not `<br />`). */
export function sanitizeArticleHtml(html: string): string {
  // Text never contains a raw "/>" after sanitising (">" is escaped), so this touches tags only.
  return sanitizeHtml(html, OPTIONS).replace(/ \/>/g, '>');
}
