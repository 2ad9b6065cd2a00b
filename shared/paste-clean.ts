/**
 * Paste cleaning: HTML from Word, Google Docs and web pages reduced to what an article may
 * hold (paragraphs, H2/H3, bold, italic, links, quotes, lists, rules). Word's mso- styles,
 * o:p tags, conditional comments and file: links go; Google Docs' bold wrapper goes while
 * its real bold and italic spans are kept; fonts, colours and classes go. Pure: a string in,
 * a string out, the same in the renderer and in tests.
 */
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
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
  'br',
  'hr',
];

const tag = (tagName: string, attribs: Record<string, string> = {}): sanitizeHtml.Tag => ({
  tagName,
  attribs,
});

function styleOf(attribs: Record<string, string>): string {
  return (attribs['style'] ?? '').toLowerCase().replace(/\s+/g, '');
}

function isBoldStyle(style: string): boolean {
  return /font-weight:(bold|[6-9]00)/.test(style);
}

function isItalicStyle(style: string): boolean {
  return /font-style:italic/.test(style);
}

/** Word marks list items as paragraphs with `mso-list`, their bullet in a conditional comment. */
function wordListsToItems(html: string): string {
  // Word writes the bullet either as <![if !supportLists]>…<![endif]> or as the same in a comment.
  return html.replace(
    /<p\b[^>]*?mso-list:[^>]*>\s*(?:<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->|<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>)/gi,
    (_all, inComment: string | undefined, bare: string | undefined) => {
      const marker = (inComment ?? bare ?? '').replace(/<[^>]+>/g, '').replace(/&nbsp;|\s/g, '');
      const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(marker);
      return `<p data-word-list="${ordered ? 'ol' : 'ul'}">`;
    },
  );
}

/** Wraps runs of Word list paragraphs (now `<li data-list=…>`) into ul/ol. */
function groupListItems(html: string): string {
  let out = html;
  for (const kind of ['ul', 'ol'] as const) {
    out = out.replace(
      new RegExp(`(?:<li data-list="${kind}">[\\s\\S]*?<\\/li>\\s*)+`, 'g'),
      (run) => `<${kind}>${run.replaceAll(`<li data-list="${kind}">`, '<li>').trim()}</${kind}>`,
    );
  }
  return out;
}

export function cleanPastedHtml(html: string): string {
  const prepared = wordListsToItems(
    html
      // Word's non-list conditional comments (VML images, fallbacks) carry nothing we keep.
      .replace(/<!--\[if [^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, (block) =>
        /supportLists/.test(block) ? block : '',
      )
      .replace(/<!\[if !vml\]>[\s\S]*?<!\[endif\]>/gi, ''),
  );
  const cleaned = sanitizeHtml(prepared, {
    allowedTags: [...ALLOWED_TAGS, 'li'],
    allowedAttributes: { a: ['href'], li: ['data-list'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    nonTextTags: [
      'style',
      'script',
      'textarea',
      'option',
      'noscript',
      'title',
      'head',
      'xml',
      'meta',
      'link',
    ],
    transformTags: {
      h1: 'h2',
      h4: 'h3',
      h5: 'h3',
      h6: 'h3',
      b: (tagName, attribs) =>
        // Google Docs wraps the whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
        /font-weight:(normal|[1-4]00)/.test(styleOf(attribs)) ||
        (attribs['id'] ?? '').startsWith('docs-internal-guid')
          ? tag('span')
          : tag('strong'),
      i: 'em',
      span: (_tagName, attribs) => {
        const style = styleOf(attribs);
        if (isBoldStyle(style)) return tag('strong');
        if (isItalicStyle(style)) return tag('em');
        return tag('span');
      },
      p: (_tagName, attribs) => {
        const list = attribs['data-word-list'];
        if (list === 'ul' || list === 'ol') return tag('li', { 'data-list': list });
        // Google Docs and Word mark headings with a style only sometimes; the tag is what we trust.
        return tag('p');
      },
    },
    exclusiveFilter: (frame) =>
      // Empty paragraphs Word uses for spacing (often just &nbsp;).
      frame.tag === 'p' &&
      !frame.text.replace(/\u00a0/g, ' ').trim() &&
      !frame.mediaChildren.length,
  });
  return (
    groupListItems(cleaned)
      // Links whose scheme was refused (file:, javascript:) lost their href: keep just the words.
      .replace(/<a>([\s\S]*?)<\/a>/g, '$1')
      .replace(/\u00a0/g, ' ')
      .replace(/<p>\s*<\/p>/g, '')
      .trim()
  );
}

/** Plain text to paragraphs: blank lines (or single line breaks) separate paragraphs. */
export function plainTextToParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/) : normalised.split('\n');
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}
