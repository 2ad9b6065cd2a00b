/** Loads the calendar's range from the core and reloads when an article or the schedule changes. */
import { useCallback, useEffect, useState } from 'react';
import type { CalendarQuery, CalendarResult } from '@shared/contract/index';
import { call, onEvent } from '../../bridge/transport';

export function useCalendar(query: CalendarQuery): {
  data: CalendarResult | null;
  error: string | null;
  reload: () => void;
} {
  const [data, setData] = useState<CalendarResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
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
        setData(result);
        setError(null);
      })
      .catch((caught: Error) => live && setError(caught.message));
    return () => {
      live = false;
    };
  }, [from, days, language, categoryId, author, generation]);
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
