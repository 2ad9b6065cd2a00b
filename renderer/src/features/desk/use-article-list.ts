/**
 * The desk list's data: the total for the current query and pages of rows fetched by
 * offset as the virtual list scrolls. At most two pages are in flight; while the user
 * drags through thousands of rows only the pages where the view settles are fetched.
 * A change elsewhere (an article saved, the core back after an outage) refetches the
 * visible pages and keeps the rows already on screen until the new ones arrive, so the
 * list never blanks out. A new query (a letter typed in the search box) keeps the old
 * rows on screen, marked busy, until its first page replaces them all at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleListQuery } from '@shared/contract/index';
import type { ArticleSummary } from '@shared/domain';
import { onConnectionChange } from '../../bridge/connection';
import { call, onEvent } from '../../bridge/transport';

export const PAGE_SIZE = 200;
const MAX_IN_FLIGHT = 2;
/** Rows fetched ahead of the visible range, so ordinary scrolling never meets a placeholder. */
const LOOKAHEAD = 60;

export interface ArticleListState {
  total: number;
  rows: Map<number, ArticleSummary>;
  highlight: string[];
  indexing: boolean;
  /** True until the first page of the current query has arrived (rows may be the old query's). */
  loading: boolean;
  error: string | null;
  ensureRange: (start: number, end: number) => void;
  refresh: () => void;
}

export function useArticleList(
  query: Omit<ArticleListQuery, 'offset' | 'limit'>,
): ArticleListState {
  const key = JSON.stringify(query);
  const [total, setTotal] = useState(0);
  const [rows, setRows] = useState(() => new Map<number, ArticleSummary>());
  const [highlight, setHighlight] = useState<string[]>([]);
  const [indexing, setIndexing] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const fresh = useRef(new Set<number>());
  const inFlight = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([0, 0]);
  const generation = useRef(0);
  const totalRef = useRef(0);
  const queryRef = useRef(query);
  /** Set by a new query: the next page to arrive replaces every row instead of merging. */
  const replaceAll = useRef(false);

  // A named function expression: a finished page calls it again for what is still wanted.
  const pump = useCallback(function pump(): void {
    const [start, end] = wanted.current;
    const last = Math.max(0, Math.min(end + LOOKAHEAD, Math.max(totalRef.current - 1, 0)));
    const first = Math.max(0, start - LOOKAHEAD);
    // Visible pages first, then the look-ahead ones.
    const pages: number[] = [];
    for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++)
      pages.push(page);
    for (const page of [Math.floor(first / PAGE_SIZE), Math.floor(last / PAGE_SIZE)])
      if (!pages.includes(page)) pages.push(page);
    for (const page of pages) {
      if (inFlight.current.size >= MAX_IN_FLIGHT) return;
      if (fresh.current.has(page) || inFlight.current.has(page)) continue;
      if (page > 0 && page * PAGE_SIZE >= totalRef.current) continue;
      void load(page);
    }

    async function load(page: number): Promise<void> {
      const gen = generation.current;
      inFlight.current.add(page);
      try {
        const result = await call('articles:list', {
          ...queryRef.current,
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        });
        if (gen !== generation.current) return;
        fresh.current.add(page);
        totalRef.current = result.total;
        setTotal(result.total);
        setHighlight(result.highlight);
        setIndexing(result.search === 'indexing');
        setError(null);
        setLoading(false);
        const replace = replaceAll.current;
        replaceAll.current = false;
        setRows((previous) => {
          const next = replace ? new Map<number, ArticleSummary>() : new Map(previous);
          for (let i = page * PAGE_SIZE; i < (page + 1) * PAGE_SIZE; i++) next.delete(i);
          result.items.forEach((item, i) => next.set(page * PAGE_SIZE + i, item));
          // Rows past a shrunken total are gone for good.
          for (const index of next.keys()) if (index >= result.total) next.delete(index);
          return next;
        });
      } catch (caught) {
        if (gen === generation.current) {
          setError((caught as Error).message);
          setLoading(false);
        }
      } finally {
        if (gen === generation.current) inFlight.current.delete(page);
      }
      if (gen === generation.current) pump();
    }
  }, []);

  /** Marks every page stale and refetches what is on screen; rows stay until replaced. */
  const refresh = useCallback(() => {
    generation.current++;
    fresh.current = new Set();
    inFlight.current = new Set();
    pump();
  }, [pump]);

  // A new query starts from its first page; the old rows stay until that page arrives.
  useEffect(() => {
    queryRef.current = JSON.parse(key) as typeof query;
    generation.current++;
    fresh.current = new Set();
    inFlight.current = new Set();
    totalRef.current = 0;
    wanted.current = [0, 0];
    replaceAll.current = true;
    setLoading(true);
    pump();
  }, [key, pump]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = (): void => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    };
    const offChanged = onEvent('article:changed', soon);
    const offConnection = onConnectionChange((state) => {
      if (state === 'online') soon();
    });
    return () => {
      clearTimeout(timer);
      offChanged();
      offConnection();
    };
  }, [refresh]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      wanted.current = [start, end];
      pump();
    },
    [pump],
  );

  return { total, rows, highlight, indexing, loading, error, ensureRange, refresh };
}
