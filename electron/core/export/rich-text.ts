/**
 * Article bodies, from the editor's JSON to HTML: the document is first normalised
 * (unknown nodes unwrapped, unknown marks dropped, images resolved to bundle media or
 * dropped with a warning), then rendered by Tiptap's own schema in plain Node and passed
 * through the allow-list sanitiser.
 *
 * Nodes: StarterKit's (paragraph, heading, lists, blockquote, code, rule, hard break),
 * `image` with `alt`, `caption` and `credit` (a figure), and `pullQuote` (an aside).
 */
import { Node as TiptapNode, getSchema, mergeAttributes } from '@tiptap/core';
import { DOMSerializer, Node as PmNode, type Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { Window, type Document as HappyDocument } from 'happy-dom';
import type { RichTextDoc, RichTextNode } from '../../../shared/domain.js';
import { sanitizeArticleHtml } from './sanitize.js';

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

const FigureImage = TiptapNode.create({
  name: 'image',
  group: 'block',
  atom: true,
  addAttributes() {
    return {
      src: { default: null },
      srcset: { default: null },
      sizes: { default: null },
      width: { default: null },
      height: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },
  renderHTML({ node }) {
    const a = node.attrs as Record<string, string | number | null>;
    const img = [
      'img',
      mergeAttributes({
        src: a['src'],
        srcset: a['srcset'] || null,
        sizes: a['srcset'] ? '(max-width: 760px) 100vw, 720px' : null,
        alt: a['alt'] ?? '',
        width: a['width'],
        height: a['height'],
        loading: 'lazy',
        decoding: 'async',
      }),
    ] as const;
    const caption = String(a['caption'] ?? '');
    const credit = String(a['credit'] ?? '');
    if (!caption && !credit) return ['figure', { class: 'figure' }, img];
    const parts: (string | readonly unknown[])[] = [];
    if (caption) parts.push(['span', { class: 'caption' }, caption]);
    if (caption && credit) parts.push(' ');
    if (credit) parts.push(['span', { class: 'credit' }, credit]);
    return ['figure', { class: 'figure' }, img, ['figcaption', {}, ...parts]] as never;
  },
});

const PullQuote = TiptapNode.create({
  name: 'pullQuote',
  group: 'block',
  content: 'block+',
  renderHTML() {
    // A figure, not an aside: a quote repeated from the text is not a landmark of the page.
    return ['figure', { class: 'pull-quote' }, ['blockquote', 0]];
  },
});

const NODES = new Set([
  'doc', 'paragraph', 'text', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem',
  'hardBreak', 'horizontalRule', 'codeBlock', 'image', 'pullQuote',
]);
const MARKS = new Set(['bold', 'italic', 'strike', 'code', 'underline', 'link']);
const ALIASES: Record<string, string> = { pullquote: 'pullQuote', figure: 'image' };

let schema: Schema | null = null;
let serializer: DOMSerializer | null = null;
let document: HappyDocument | null = null;

function renderer(): { schema: Schema; serializer: DOMSerializer; document: HappyDocument } {
  if (!schema || !serializer || !document) {
    schema = getSchema([StarterKit.configure({ link: { openOnClick: false } }), FigureImage, PullQuote]);
    serializer = DOMSerializer.fromSchema(schema);
    // One quiet DOM for the whole process: no scripts, no loading, nothing but serialising.
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
      },
    });
    document = window.document;
  }
  return { schema, serializer, document };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Image `src` values a body refers to (for media collection). */
export function imageSources(doc: RichTextDoc | RichTextNode): string[] {
  const out: string[] = [];
  const walk = (node: RichTextNode): void => {
    if ((node.type === 'image' || node.type === 'figure') && typeof node.attrs?.['src'] === 'string') {
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
        problems.push({ code: 'media_missing', message: `The image "${src.slice(0, 120)}" is not in the media library; it was left out.` });
        return [];
      }
      const alt = str(node.attrs?.['alt']);
      if (!alt.trim()) problems.push({ code: 'image_alt_missing', message: `An image (${src.slice(0, 80)}) has no alt text.` });
      return [{
        type: 'image',
        attrs: { ...resolved, alt, caption: str(node.attrs?.['caption']), credit: str(node.attrs?.['credit']) },
      }];
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
    return [{ type, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}) }];
  };
  const content = (doc.content ?? []).flatMap((child) => visit(child, 1));
  if (unknown.size) {
    problems.push({ code: 'unknown_content', message: `Unknown content (${[...unknown].sort().join(', ').slice(0, 200)}) was exported as plain text.` });
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

/** Renders a body to sanitised HTML. */
export function renderBody(doc: RichTextDoc, resolveImage: ImageResolver, problems: BodyProblem[]): string {
  const normalised = normaliseBody(doc, resolveImage, problems);
  const { schema, serializer, document } = renderer();
  let html: string;
  try {
    const node = PmNode.fromJSON(schema, normalised);
    const wrap = document.createElement('div');
    // happy-dom's document stands in for the browser's; ProseMirror only creates elements and text.
    serializer.serializeFragment(node.content, { document: document as never }, wrap as never);
    html = wrap.innerHTML;
  } catch (error) {
    problems.push({ code: 'body_unrenderable', message: `The body could not be rendered (${(error as Error).message}); it was left out.` });
    html = '';
  }
  return sanitizeArticleHtml(html);
}
