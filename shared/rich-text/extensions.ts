/**
 * The article document's schema as Tiptap extensions: the same list builds the editor in
 * the renderer and renders stored JSON to HTML in the core, so the two cannot disagree.
 * Paragraphs, H2/H3, bold, italic, links (http, https, mailto), block quotes, pull quotes,
 * lists, images with caption and credit, horizontal rules.
 */
import { Node, mergeAttributes, type AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current block into a pull quote, or back into a paragraph. */
      togglePullQuote: () => ReturnType;
    };
  }
}

/** Link targets an article may carry. */
export function isAllowedLinkHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'aside.pull-quote' }, { tag: 'blockquote.pull-quote' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), 0];
  },
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },
});

/** Reads a string attribute from a parsed element (DOM types are not part of the shared build). */
interface ElementLike {
  getAttribute(name: string): string | null;
  querySelector(
    selector: string,
  ): { textContent: string | null; getAttribute(name: string): string | null } | null;
}

/** An image block: `src` points into the store's media folder; caption and credit go under it. */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure.article-image',
        getAttrs: (node) => {
          const element = node as unknown as ElementLike;
          const img = element.querySelector('img');
          const src = img?.getAttribute('src');
          if (!src || src.startsWith('data:')) return false;
          return {
            src,
            alt: img?.getAttribute('alt') ?? '',
            caption: element.querySelector('.caption')?.textContent ?? '',
            credit: element.querySelector('.credit')?.textContent ?? '',
          };
        },
      },
      { tag: 'img[src]:not([src^="data:"])' },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, credit } = node.attrs as Record<string, string | null>;
    const captionParts: unknown[] = [];
    if (caption) captionParts.push(['span', { class: 'caption' }, caption]);
    if (credit) captionParts.push(['span', { class: 'credit' }, credit]);
    const img = ['img', { src: src ?? '', alt: alt ?? '' }];
    return captionParts.length
      ? ['figure', { class: 'article-image' }, img, ['figcaption', {}, ...captionParts]]
      : ['figure', { class: 'article-image' }, img];
  },
});

export function articleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    PullQuote,
    ArticleImage.configure({ inline: false, allowBase64: false }),
  ];
}
