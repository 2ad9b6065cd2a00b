/**
 * The desk list's data: the total for the current query and pages of 200 rows fetched on
 * demand as the virtual list scrolls, refreshed when an article changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleListQuery } from '@shared/contract/index';
import type { ArticleSummary } from '@shared/domain';
import { call, onEvent } from '../../bridge/transport';

export const PAGE_SIZE = 200;

export interface ArticleListState {
  total: number;
  rows: Map<number, ArticleSummary>;
  highlight: string[];
  indexing: boolean;
  error: string | null;
  ensureRange: (start: number, end: number) => void;
  refresh: () => void;
}

export function useArticleList(
  query: Omit<ArticleListQuery, 'offset' | 'limit'>,
): ArticleListState {
  const [total, setTotal] = useState(0);
  const [rows, setRows] = useState(() => new Map<number, ArticleSummary>());
  const [highlight, setHighlight] = useState<string[]>([]);
  const [indexing, setIndexing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const loadedPages = useRef(new Set<number>());
  const generationRef = useRef(0);
  const key = JSON.stringify(query);

  const loadPage = useCallback(
    async (page: number, gen: number) => {
      loadedPages.current.add(page);
      try {
        const result = await call('articles:list', {
          ...query,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        });
        if (gen !== generationRef.current) return;
        setTotal(result.total);
        setHighlight(result.highlight);
        setIndexing(result.search === 'indexing');
        setError(null);
        setRows((previous) => {
          const next = page === 0 ? new Map<number, ArticleSummary>() : new Map(previous);
          result.items.forEach((item, i) => next.set(page * PAGE_SIZE + i, item));
          return next;
        });
      } catch (caught) {
        loadedPages.current.delete(page);
        setError((caught as Error).message);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the query's value
    [key],
  );

  useEffect(() => {
    generationRef.current = generation;
    loadedPages.current = new Set();
    void loadPage(0, generation);
  }, [loadPage, generation]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onEvent('article:changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setGeneration((g) => g + 1), 150);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++) {
        if (!loadedPages.current.has(page)) void loadPage(page, generationRef.current);
      }
    },
    [loadPage],
  );

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { total, rows, highlight, indexing, error, ensureRange, refresh };
}
