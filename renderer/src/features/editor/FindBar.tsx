/** Find and replace over the article text, with match case and whole word. */
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findState, setFindCurrent, setFindQuery } from './find-extension';

export function FindBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const found = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = findState(e.state);
      return { count: s.matches.length, current: s.current };
    },
  });

  useEffect(() => {
    editor.view.dispatch(setFindQuery(editor.state.tr, { query, matchCase, wholeWord }));
  }, [editor, query, matchCase, wholeWord]);

  useEffect(() => {
    input.current?.focus();
    return () => {
      if (!editor.isDestroyed)
        editor.view.dispatch(setFindQuery(editor.state.tr, { query: '', matchCase, wholeWord }));
    };
    // Clearing on close only; the query effect above keeps the highlights current.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  const go = (delta: number): void => {
    const s = findState(editor.state);
    if (!s.matches.length) return;
    const next = (s.current + delta + s.matches.length) % s.matches.length;
    const match = s.matches[next];
    if (!match) return;
    editor.view.dispatch(setFindCurrent(editor.state.tr, next));
    editor.chain().setTextSelection(match).scrollIntoView().run();
  };

  const replaceOne = (): void => {
    const s = findState(editor.state);
    const match = s.matches[s.current];
    if (!match) return;
    const { tr } = editor.state;
    if (replacement) tr.insertText(replacement, match.from, match.to);
    else tr.delete(match.from, match.to);
    editor.view.dispatch(tr);
  };

  const replaceAll = (): void => {
    const s = findState(editor.state);
    if (!s.matches.length) return;
    const { tr } = editor.state;
    for (const match of [...s.matches].reverse()) {
      if (replacement) tr.insertText(replacement, match.from, match.to);
      else tr.delete(match.from, match.to);
    }
    editor.view.dispatch(tr);
  };

  return (
    <div className="find-bar" role="search" aria-label={t('editor.toolbar.find')}>
      <label>
        {t('editor.find.find')}
        <input
          ref={input}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            }
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <label>
        {t('editor.find.replace')}
        <input
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={matchCase}
          onChange={(e) => setMatchCase(e.target.checked)}
        />
        {t('editor.find.matchCase')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={wholeWord}
          onChange={(e) => setWholeWord(e.target.checked)}
        />
        {t('editor.find.wholeWord')}
      </label>
      <span className="find-count" role="status">
        {query
          ? found.count
            ? t('editor.find.position', { current: found.current + 1, count: found.count })
            : t('editor.find.none')
          : ''}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!found.count}>
        {t('editor.find.previous')}
      </button>
      <button type="button" onClick={() => go(1)} disabled={!found.count}>
        {t('editor.find.next')}
      </button>
      <button type="button" onClick={replaceOne} disabled={!found.count}>
        {t('editor.find.replaceOne')}
      </button>
      <button type="button" onClick={replaceAll} disabled={!found.count}>
        {t('editor.find.replaceAll')}
      </button>
      <button type="button" onClick={onClose} aria-label={t('editor.find.close')}>
        ×
      </button>
    </div>
  );
}
