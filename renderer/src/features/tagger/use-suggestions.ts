/**
 * Suggestions for the text being edited: asks the core a moment after typing stops (so
 * keystrokes never wait on the tagger), drops answers that arrive out of order, and can be
 * refreshed at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Suggestions } from '@shared/contract/tagger';
import type { Language } from '@shared/domain';
import { call } from '../../bridge/transport';

export interface SuggestionSource {
  articleId?: string | undefined;
  language: Language;
  headline: string;
  standfirst: string;
  body: string;
  categoryId: string | null;
  tagIds: readonly string[];
}

export const SUGGEST_DEBOUNCE_MS = 500;

export function useSuggestions(source: SuggestionSource): {
  suggestions: Suggestions | null;
  loading: boolean;
  error: string | null;
  /** The suggestions answer the source as it is now (not a text or article from before). */
  fresh: boolean;
  refresh: () => void;
} {
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const latest = useRef(0);
  const sourceRef = useRef(source);
  const key = JSON.stringify(source);
  useEffect(() => {
    sourceRef.current = source;
  });

  const fetchNow = useCallback(() => {
    const ticket = ++latest.current;
    const s = sourceRef.current;
    const asked = JSON.stringify(s);
    setLoading(true);
    call('tagger:suggest', {
      ...(s.articleId ? { articleId: s.articleId } : {}),
      text: { language: s.language, headline: s.headline, standfirst: s.standfirst, body: s.body },
      tagIds: [...s.tagIds],
      categoryId: s.categoryId,
    })
      .then((result) => {
        if (ticket !== latest.current) return;
        setSuggestions(result);
        setAnswered(asked);
        setError(null);
      })
      .catch((caught: Error) => {
        if (ticket === latest.current) setError(caught.message);
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, []);

  useEffect(() => {
    const timer = setTimeout(fetchNow, SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, fetchNow]);

  return { suggestions, loading, error, fresh: answered === key, refresh: fetchNow };
}
