/**
 * Article bodies, from the editor's JSON to HTML, for the export and the in-app preview
 * alike. The document is first normalised (unknown nodes unwrapped, unknown marks
 * dropped, images resolved to bundle media or dropped with a warning), then written out
 * by construction: every text escaped, only the tags, attributes and link schemes of the
 * allow-list (allow-list.ts). No DOM and no HTML parser, so ten thousand bodies render in
 * a fraction of a second; the output is what the editor's schema (Tiptap) would render.
 *
 * Nodes: StarterKit's (paragraph, heading, lists, blockquote, code, rule, hard break),
 * `image` with `alt`, `caption` and `credit` (a figure), and `pullQuote` (a figure with a
 * quote: a quote repeated from the text is not a landmark of the page).
 */
import type { RichTextDoc, RichTextNode } from '../../../shared/domain.js';
import {
  EXTERNAL_REL,
  IMAGE_SIZES,
  escapeAttribute,
  escapeText,
  safeLinkHref,
} from './allow-list.js';

/** An image as the page shows it: bundle-relative URLs, known size. */
export interface ResolvedImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

export type ImageResolver = (src: string) => ResolvedImage | null;

export interface BodyProblem {
  code: string;
  message: string;
}

const NODES = new Set([
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'horizontalRule',
  'codeBlock',
  'image',
  'pullQuote',
]);
const MARKS = new Set(['bold', 'italic', 'strike', 'code', 'underline', 'link']);
const ALIASES: Record<string, string> = { pullquote: 'pullQuote', figure: 'image' };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Image `src` values a body refers to (for media collection). */
export function imageSources(doc: RichTextDoc | RichTextNode): string[] {
  const out: string[] = [];
  const walk = (node: RichTextNode): void => {
    if (
      (node.type === 'image' || node.type === 'figure') &&
      typeof node.attrs?.['src'] === 'string'
    ) {
      out.push(node.attrs['src']);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

/** Makes any stored document safe to hand to the schema; problems are reported, not thrown. */
export function normaliseBody(
  doc: RichTextDoc,
  resolveImage: ImageResolver,
  problems: BodyProblem[],
): RichTextNode {
  const unknown = new Set<string>();
  const visit = (node: RichTextNode, depth: number): RichTextNode[] => {
    if (depth > 40) return [];
    const type = ALIASES[node.type] ?? node.type;
    if (type === 'text') {
      const text = typeof node.text === 'string' ? node.text : '';
      if (!text) return [];
      const marks = (node.marks ?? [])
        .filter((mark) => MARKS.has(mark.type))
        .map((mark) =>
          mark.type === 'link'
            ? { type: 'link', attrs: { href: str(mark.attrs?.['href']) } }
            : { type: mark.type },
        );
      return [{ type: 'text', text, ...(marks.length ? { marks } : {}) }];
    }
    if (!NODES.has(type)) {
      unknown.add(node.type);
      return (node.content ?? []).flatMap((child) => visit(child, depth + 1));
    }
    if (type === 'image') {
      const src = str(node.attrs?.['src']);
      const resolved = resolveImage(src);
      if (!resolved) {
        problems.push({
          code: 'media_missing',
          message: `The image "${src.slice(0, 120)}" is not in the media library; it was left out.`,
        });
        return [];
      }
      const alt = str(node.attrs?.['alt']);
      if (!alt.trim())
        problems.push({
          code: 'image_alt_missing',
          message: `An image (${src.slice(0, 80)}) has no alt text.`,
        });
      return [
        {
          type: 'image',
          attrs: {
            ...resolved,
            alt,
            caption: str(node.attrs?.['caption']),
            credit: str(node.attrs?.['credit']),
          },
        },
      ];
    }
    const attrs: Record<string, unknown> = {};
    if (type === 'heading') {
      const level = Number(node.attrs?.['level']);
      // The page's headline is the only h1.
      attrs['level'] = Number.isInteger(level) ? Math.min(4, Math.max(2, level)) : 2;
    }
    if (type === 'orderedList') {
      const start = Number(node.attrs?.['start']);
      if (Number.isInteger(start) && start > 0 && start < 100000) attrs['start'] = start;
    }
    const content = (node.content ?? []).flatMap((child) => visit(child, depth + 1));
    return [
      {
        type,
        ...(Object.keys(attrs).length ? { attrs } : {}),
        ...(content.length ? { content } : {}),
      },
    ];
  };
  const content = (doc.content ?? []).flatMap((child) => visit(child, 1));
  if (unknown.size) {
    problems.push({
      code: 'unknown_content',
      message: `Unknown content (${[...unknown].sort().join(', ').slice(0, 200)}) was exported as plain text.`,
    });
  }
  // Bare text or inline nodes at the top level are wrapped in paragraphs.
  const blocks: RichTextNode[] = [];
  let inline: RichTextNode[] = [];
  for (const node of content) {
    if (node.type === 'text' || node.type === 'hardBreak') inline.push(node);
    else {
      if (inline.length) blocks.push({ type: 'paragraph', content: inline });
      inline = [];
      blocks.push(node);
    }
  }
  if (inline.length) blocks.push({ type: 'paragraph', content: inline });
  return { type: 'doc', content: blocks };
}

/** Elements of the nodes that wrap their children in one tag. */
const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  listItem: 'li',
};

/** Inline marks, outermost first (the editor schema's mark order), and their tags. */
const MARK_ORDER = ['link', 'bold', 'code', 'italic', 'strike', 'underline'];
const MARK_TAGS: Record<string, string> = {
  bold: 'strong',
  code: 'code',
  italic: 'em',
  strike: 's',
  underline: 'u',
};

interface Mark {
  type: string;
  href: string;
}

function marksOf(node: RichTextNode): Mark[] {
  if (!node.marks?.length) return [];
  const marks: Mark[] = [];
  for (const mark of node.marks) {
    // One mark of a kind, as the editor allows: a second link would nest one <a> in another.
    if (!marks.some((m) => m.type === mark.type))
      marks.push({ type: mark.type, href: str(mark.attrs?.['href']) });
  }
  if (marks.length > 1)
    marks.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return marks;
}

function openMark(mark: Mark): { open: string; close: string } {
  if (mark.type !== 'link') {
    const tag = MARK_TAGS[mark.type] as string;
    return { open: `<${tag}>`, close: `</${tag}>` };
  }
  const link = safeLinkHref(mark.href);
  // A link to an address the allow-list refuses is shown as its text.
  if (!link) return { open: '', close: '' };
  const rel = link.external ? ` rel="${EXTERNAL_REL}"` : '';
  return { open: `<a${rel} href="${escapeAttribute(link.href)}">`, close: '</a>' };
}

function renderImage(attrs: Record<string, unknown>): string {
  const srcset = str(attrs['srcset']);
  const width = Number(attrs['width']);
  const height = Number(attrs['height']);
  // The size is left out when unknown (the preview's images are not probed).
  const size =
    width > 0 && height > 0 ? ` width="${Math.round(width)}" height="${Math.round(height)}"` : '';
  const img = `<img src="${escapeAttribute(str(attrs['src']))}"${srcset ? ` srcset="${escapeAttribute(srcset)}" sizes="${IMAGE_SIZES}"` : ''} alt="${escapeAttribute(str(attrs['alt']))}"${size} loading="lazy" decoding="async">`;
  const caption = str(attrs['caption']);
  const credit = str(attrs['credit']);
  if (!caption && !credit) return `<figure class="figure">${img}</figure>`;
  const parts = `${caption ? `<span class="caption">${escapeText(caption)}</span>` : ''}${caption && credit ? ' ' : ''}${credit ? `<span class="credit">${escapeText(credit)}</span>` : ''}`;
  return `<figure class="figure">${img}<figcaption>${parts}</figcaption></figure>`;
}

/**
 * The children of one node. Marks stay open across neighbouring texts that share them
 * (as ProseMirror's serialiser does), so `<strong>a<em>b</em></strong>` is one element.
 */
function renderContent(nodes: readonly RichTextNode[] | undefined): string {
  if (!nodes) return '';
  let out = '';
  const active: { mark: Mark; close: string }[] = [];
  for (const node of nodes) {
    const marks = node.type === 'text' ? marksOf(node) : [];
    if (active.length || marks.length) {
      let keep = 0;
      while (keep < active.length && keep < marks.length) {
        const open = active[keep]?.mark as Mark;
        const next = marks[keep] as Mark;
        if (open.type !== next.type || open.href !== next.href) break;
        keep++;
      }
      while (active.length > keep) out += (active.pop() as { close: string }).close;
      for (let i = keep; i < marks.length; i++) {
        const mark = marks[i] as Mark;
        const { open, close } = openMark(mark);
        out += open;
        active.push({ mark, close });
      }
    }
    out += renderNode(node);
  }
  while (active.length) out += (active.pop() as { close: string }).close;
  return out;
}

function renderNode(node: RichTextNode): string {
  switch (node.type) {
    case 'text':
      return escapeText(str(node.text));
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'heading': {
      const level = Number(node.attrs?.['level']);
      const tag = `h${level >= 2 && level <= 4 ? level : 2}`;
      return `<${tag}>${renderContent(node.content)}</${tag}>`;
    }
    case 'orderedList': {
      const start = Number(node.attrs?.['start']);
      const attribute =
        Number.isInteger(start) && start > 1 && start < 100000 ? ` start="${start}"` : '';
      return `<ol${attribute}>${renderContent(node.content)}</ol>`;
    }
    case 'codeBlock':
      return `<pre><code>${renderContent(node.content)}</code></pre>`;
    case 'image':
      return renderImage(node.attrs ?? {});
    case 'pullQuote':
      return `<figure class="pull-quote"><blockquote>${renderContent(node.content)}</blockquote></figure>`;
    case 'doc':
      return renderContent(node.content);
    default: {
      const tag = BLOCK_TAGS[node.type];
      return tag ? `<${tag}>${renderContent(node.content)}</${tag}>` : renderContent(node.content);
    }
  }
}

/** Renders a body to HTML that holds only what the allow-list allows. */
export function renderBody(
  doc: RichTextDoc,
  resolveImage: ImageResolver,
  problems: BodyProblem[],
): string {
  return renderNode(normaliseBody(doc, resolveImage, problems));
}
