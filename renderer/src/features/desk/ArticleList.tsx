/**
 * The virtualised article list (an ARIA feed): only the rows in view are in the page, so
 * 50,000 articles scroll like fifty. Keyboard: ↑/↓ move between rows, Page Up/Down by a
 * screenful, Home/End to the ends, Enter opens the focused row. Rows not fetched yet show
 * as quiet placeholders of the same height, so nothing jumps when they arrive.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/use-route';
import { ArticleRow, type RowActions } from './ArticleRow';
import type { ArticleListState } from './use-article-list';

export const ROW_HEIGHT = 100;

interface ArticleListProps {
  list: ArticleListState;
  actions: RowActions;
  label: string;
  /** Where the list was scrolled to when the user last left it. */
  initialOffset: number;
  /** Changes with the query: a new query starts at the top. */
  queryKey: string;
  onScrolled: (offset: number) => void;
}

export function ArticleList({
  list,
  label,
  initialOffset,
  onScrolled,
  actions,
  queryKey,
}: ArticleListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusWanted = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange, total } = list;

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  const shownQuery = useRef(queryKey);
  useEffect(() => {
    if (shownQuery.current === queryKey) return;
    shownQuery.current = queryKey;
    virtualizer.scrollToOffset(0);
    setActive(0);
  }, [queryKey, virtualizer]);

  // Keep the active row inside the list when it shrinks.
  const current = Math.min(active, Math.max(total - 1, 0));

  const focusRow = useCallback(
    (index: number) => {
      focusWanted.current = index;
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );

  // After a keyboard move the row may only exist once the virtualiser has rendered it,
  // and its data only once its page has arrived: a placeholder holds the focus meanwhile
  // and hands it to the real row when that replaces it.
  useEffect(() => {
    const index = focusWanted.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] > *`);
    if (!row) return;
    // Never take the focus back from somewhere the user has since gone (the search box, say).
    const focused = document.activeElement;
    if (focused && focused !== document.body && !scrollRef.current?.contains(focused)) {
      focusWanted.current = null;
      return;
    }
    row.focus({ preventScroll: true });
    if (!row.classList.contains('placeholder')) focusWanted.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (total === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 500) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(Math.max(0, Math.min(total - 1, target)));
      return;
    }
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'ARTICLE') {
      const article = list.rows.get(current);
      if (article) {
        event.preventDefault();
        navigate(`article/${encodeURIComponent(article.id)}`);
      }
    }
  };

  return (
    <>
      <p id="desk-keyboard-hint" className="visually-hidden">
        {t('desk.keyboardHint')}
      </p>
      <div
        ref={scrollRef}
        className="article-list"
        role="feed"
        aria-label={label}
        aria-busy={list.loading}
        aria-describedby="desk-keyboard-hint"
        onKeyDown={onKeyDown}
        onScroll={(event) => onScrolled(event.currentTarget.scrollTop)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const article = list.rows.get(item.index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                className="virtual-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {article ? (
                  <ArticleRow
                    article={article}
                    highlight={list.highlight}
                    index={item.index}
                    setSize={total}
                    active={item.index === current}
                    actions={actions}
                    onFocusRow={setActive}
                  />
                ) : (
                  <div
                    className="article-row placeholder"
                    role="article"
                    aria-busy="true"
                    aria-label={t('desk.loading')}
                    aria-posinset={item.index + 1}
                    aria-setsize={total}
                    tabIndex={item.index === current ? 0 : -1}
                  >
                    <span className="placeholder-line wide" />
                    <span className="placeholder-line" />
                    <span className="placeholder-line short" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
