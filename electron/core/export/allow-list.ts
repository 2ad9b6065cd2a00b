/**
 * What article HTML may contain on a page: the tags, attributes, classes and link schemes
 * of the allow-list, and the escaping and URL rules that enforce it. The body renderer
 * (rich-text.ts) builds HTML from these by construction; the sanitiser (sanitize.ts)
 * enforces the same list on HTML that was not built here. No dependencies, so worker
 * threads load it in no time.
 */

export const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'u',
  'code',
  'pre',
  'br',
  'hr',
  'a',
  'figure',
  'figcaption',
  'img',
  'span',
] as const;

export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'hreflang', 'rel'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start'],
  span: ['class'],
  figure: ['class'],
};

export const ALLOWED_CLASSES: Readonly<Record<string, readonly string[]>> = {
  span: ['credit', 'caption'],
  figure: ['figure', 'pull-quote'],
};

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, …) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/** What links out of the site carry, so the target page cannot reach back into ours. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** Width hint for the browser's choice among an image's `srcset` variants. */
export const IMAGE_SIZES = '(max-width: 760px) 100vw, 720px';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Control characters HTML does not allow in a document (tab, line feed and carriage return
 * are fine); they are dropped rather than escaped.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Element content: `&`, `<` and `>` escaped, so no text can open a tag. */
export function escapeText(text: string): string {
  // One scan for the common case, text with nothing to escape or drop.
  if (!TEXT_SPECIAL.test(text)) return text;
  const clean = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  return clean.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] as string);
}

/** An attribute value written in double quotes: the quote is escaped too. */
export function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  const clean = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  return clean.replace(/[&<>"]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}

export interface SafeLink {
  href: string;
  /** An absolute http(s) address: the link leaves the site. */
  external: boolean;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]+/g;

/**
 * A link target as a page may carry it, or null. Browsers ignore spaces and control
 * characters inside a scheme ("java\tscript:"), so the scheme is read with those removed;
 * the page gets the address without control characters and with inner spaces encoded.
 * Protocol-relative addresses (`//host`, `\\host`) are refused: they leave the site
 * without saying how.
 */
export function safeLinkHref(href: string): SafeLink | null {
  // eslint-disable-next-line no-control-regex
  const squeezed = href.replace(/[\u0000-\u0020\u007F]+/g, '');
  if (!squeezed) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) return null;
  if (scheme === undefined && /^[/\\]{2}/.test(squeezed)) return null;
  const clean = href.trim().replace(CONTROL_CHARACTERS, '').replace(/ /g, '%20');
  return { href: clean, external: scheme === 'http' || scheme === 'https' };
}
