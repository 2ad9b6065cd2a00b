/** Word and character counts and reading time, the same in the editor, the list and the export. */
import type { RichTextDoc, RichTextNode } from './domain.js';

/** Plain text of an editor document, blocks separated by blank lines. */
export function docToPlainText(doc: RichTextDoc | RichTextNode): string {
  const blocks: string[] = [];
  const walk = (node: RichTextNode, acc: string[]): void => {
    if (node.text !== undefined) acc.push(node.text);
    if (node.type === 'hardBreak') acc.push('\n');
    for (const child of node.content ?? []) {
      if (isBlock(child)) {
        const inner: string[] = [];
        walk(child, inner);
        const text = inner.join('');
        if (text.trim()) blocks.push(text);
      } else {
        walk(child, acc);
      }
    }
  };
  const top: string[] = [];
  walk(doc, top);
  if (top.join('').trim()) blocks.unshift(top.join(''));
  return blocks.join('\n\n');
}

const INLINE = new Set(['text', 'hardBreak', 'mention']);
function isBlock(node: RichTextNode): boolean {
  return !INLINE.has(node.type);
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function countCharacters(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/** Minutes at 200 words a minute (Russian and English news prose), at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
