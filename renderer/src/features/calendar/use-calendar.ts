/**
 * Loads the calendar's range from the core and reloads when an article or the schedule
 * changes. While `hold` is set (a card is being dragged) nothing new is shown: a reload
 * asked for then runs, and a range that arrives then is shown, once the hold ends, so a
 * late event from the previous move cannot re-render the grid under a drag and cancel it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CalendarQuery, CalendarResult } from '@shared/contract/index';
import { call, onEvent } from '../../bridge/transport';

export function useCalendar(
  query: CalendarQuery,
  hold = false,
): {
  data: CalendarResult | null;
  error: string | null;
  reload: () => void;
} {
  const [data, setData] = useState<CalendarResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const held = useRef({ hold, reload: false, result: null as CalendarResult | null });
  const reload = useCallback(() => {
    if (held.current.hold) held.current.reload = true;
    else setGeneration((g) => g + 1);
  }, []);
  const { from, days, language, categoryId, author } = query;
  useEffect(() => {
    let live = true;
    call('calendar:range', {
      from,
      days,
      ...(language ? { language } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(author ? { author } : {}),
    })
      .then((result) => {
        if (!live) return;
        if (held.current.hold) held.current.result = result;
        else setData(result);
        setError(null);
      })
      .catch((caught: Error) => live && setError(caught.message));
    return () => {
      live = false;
    };
  }, [from, days, language, categoryId, author, generation]);
  useLayoutEffect(() => {
    const waiting = held.current;
    waiting.hold = hold;
    if (hold) return;
    if (waiting.result) setData(waiting.result);
    waiting.result = null;
    if (waiting.reload) setGeneration((g) => g + 1);
    waiting.reload = false;
  }, [hold]);
  useEffect(() => {
    const offChanged = onEvent('article:changed', reload);
    const offPublished = onEvent('article:published', reload);
    return () => {
      offChanged();
      offPublished();
    };
  }, [reload]);
  return { data, error, reload };
}
