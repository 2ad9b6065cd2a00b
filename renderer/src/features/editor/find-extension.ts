/**
 * Find and replace in the editor: matches of the query in every text block, shown as
 * decorations, with the current one marked. The matching rules are shared/find-matches.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type FindOptions } from '@shared/find-matches';

export interface FindQuery extends FindOptions {
  query: string;
}

export interface FindState extends FindQuery {
  matches: { from: number; to: number }[];
  current: number;
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

/** Positions of every match in the document. */
export function searchDocument(doc: PmNode, query: FindQuery): { from: number; to: number }[] {
  if (!query.query) return [];
  const found: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Inline leaves count as one character, so offsets in this text are document positions.
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const match of findMatches(text, query.query, query)) {
      found.push({ from: pos + 1 + match.from, to: pos + 1 + match.to });
    }
    return false;
  });
  return found;
}

function build(doc: PmNode, query: FindQuery, current: number): FindState {
  const matches = searchDocument(doc, query);
  const index = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : 0;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, {
        class: i === index ? 'find-match find-current' : 'find-match',
      }),
    ),
  );
  return { ...query, matches, current: index, decorations };
}

const EMPTY: FindState = {
  query: '',
  matchCase: false,
  wholeWord: false,
  matches: [],
  current: 0,
  decorations: DecorationSet.empty,
};

export function findState(state: EditorState): FindState {
  return findKey.getState(state) ?? EMPTY;
}

type FindMeta = { query: FindQuery } | { current: number };

export function setFindQuery(tr: Transaction, query: FindQuery): Transaction {
  return tr.setMeta(findKey, { query } satisfies FindMeta);
}

export function setFindCurrent(tr: Transaction, current: number): Transaction {
  return tr.setMeta(findKey, { current } satisfies FindMeta);
}

export const Find = Extension.create({
  name: 'find',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => EMPTY,
          apply(tr, previous, _old, next) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined;
            if (meta && 'query' in meta) return build(next.doc, meta.query, 0);
            if (meta && 'current' in meta) return build(next.doc, previous, meta.current);
            if (tr.docChanged && previous.query) return build(next.doc, previous, previous.current);
            return previous;
          },
        },
        props: {
          decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
