/**
 * The board of one language as the UI holds it: loaded, refreshed when the board or an
 * article changes (and each half minute, so expired pins fall back without a click), and
 * changed through `run`, which sends the version the desk saw and turns a stale or
 * refused change into a message while showing the board as it now is.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardView } from '@shared/board';
import type { Language } from '@shared/domain';
import { BridgeError, call, onEvent } from '../../bridge/transport';

export interface BoardState {
  view: BoardView | null;
  error: string | null;
  /** A refusal or conflict to show; cleared by the next successful change. */
  problem: string | null;
  setProblem: (message: string | null) => void;
  refresh: () => Promise<void>;
  /** Runs a change with the current version; resolves true when it was applied. */
  run: (change: (baseVersion: number) => Promise<BoardView>) => Promise<boolean>;
}

export function useBoard(language: Language, messages: { stale: string }): BoardState {
  const [view, setView] = useState<BoardView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const versionRef = useRef<number | null>(null);
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);

  // Answers travel apart from the desk chief's changes: an answer to a request made before
  // a later request, or before a change made here, may show the board as it was (a move
  // would seem undone), and is dropped.
  const asked = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++asked.current;
    try {
      const next = await call('board:get', { language });
      if (languageRef.current !== language || asked.current !== ticket) return;
      versionRef.current = next.version;
      setView(next);
      setError(null);
    } catch (caught) {
      if (asked.current === ticket) setError((caught as Error).message);
    }
  }, [language]);

  useEffect(() => {
    setView(null);
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 150);
    };
    const offBoard = onEvent('board:changed', (payload) => {
      if (payload.version !== versionRef.current) soon();
    });
    const offNotice = onEvent('board:notice', soon);
    const offArticle = onEvent('article:changed', soon);
    const interval = setInterval(() => void refresh(), 30_000);
    return () => {
      clearTimeout(timer);
      clearInterval(interval);
      offBoard();
      offNotice();
      offArticle();
    };
  }, [refresh]);

  const run = useCallback(
    async (change: (baseVersion: number) => Promise<BoardView>) => {
      const baseVersion = versionRef.current;
      if (baseVersion === null) return false;
      try {
        const next = await change(baseVersion);
        asked.current++;
        versionRef.current = next.version;
        setView(next);
        setProblem(null);
        return true;
      } catch (caught) {
        const details =
          caught instanceof BridgeError
            ? (caught.details as { reason?: string } | undefined)
            : undefined;
        if (
          caught instanceof BridgeError &&
          caught.code === 'conflict' &&
          details?.reason === 'stale'
        ) {
          setProblem(messages.stale);
        } else {
          setProblem((caught as Error).message);
        }
        await refresh();
        return false;
      }
    },
    [refresh, messages.stale],
  );

  return { view, error, problem, setProblem, refresh, run };
}
