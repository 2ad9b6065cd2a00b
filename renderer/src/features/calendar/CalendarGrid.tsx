/** Days as columns, hours as rows, in the newsroom's zone; each cell holds the articles of that hour. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { calendarInstantOf } from './calendar-instant';
import { CalendarCard } from './CalendarCard';
import { DayNote } from './DayNote';
import { HOURS, dayLabel, hourLabel, slotOf } from './calendar-days';
import { HourCell } from './HourCell';

export function CalendarGrid({
  days,
  placed,
  notes,
  zone,
  today,
  canMove,
  conflictIds,
}: {
  days: string[];
  placed: ArticleSummary[];
  notes: Map<string, string>;
  zone: string;
  today: string;
  canMove: boolean;
  conflictIds: Set<string>;
}) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Open on the working morning rather than at midnight.
    const row = scroller.current?.querySelector<HTMLElement>('[data-hour="07"]');
    const head = scroller.current?.querySelector<HTMLElement>('.calendar-head');
    if (scroller.current && row)
      scroller.current.scrollTop = row.offsetTop - (head?.offsetHeight ?? 0);
  }, []);
  const byCell = new Map<string, { article: ArticleSummary; time: string; minute: string }[]>();
  for (const article of placed) {
    const instant = calendarInstantOf(article);
    if (!instant) continue;
    const slot = slotOf(instant, zone);
    const key = `${slot.date}:${slot.hour}`;
    byCell.set(key, [
      ...(byCell.get(key) ?? []),
      {
        article,
        time: `${String(slot.hour).padStart(2, '0')}:${slot.minute}`,
        minute: slot.minute,
      },
    ]);
  }
  const columns = `4.5rem repeat(${days.length}, minmax(7.5rem, 1fr))`;
  return (
    <div className="calendar-grid" ref={scroller}>
      <div className="calendar-head" style={{ gridTemplateColumns: columns }}>
        <span />
        {days.map((date) => (
          <div key={date} className={`day-head${date === today ? ' today' : ''}`}>
            <strong>{dayLabel(date, i18n.language, days.length > 1 ? 'short' : 'long')}</strong>
            <DayNote
              date={date}
              text={notes.get(date) ?? ''}
              label={dayLabel(date, i18n.language)}
            />
          </div>
        ))}
      </div>
      <div className="calendar-body" style={{ gridTemplateColumns: columns }}>
        {HOURS.map((hour) => (
          <div key={hour} className="hour-row">
            <span className="hour-label" data-hour={String(hour).padStart(2, '0')}>
              {hourLabel(hour)}
            </span>
            {days.map((date) => (
              <HourCell
                key={date}
                date={date}
                hour={hour}
                label={t('calendar.slot', {
                  day: dayLabel(date, i18n.language),
                  hour: hourLabel(hour),
                })}
              >
                {(byCell.get(`${date}:${hour}`) ?? []).map(({ article, time, minute }) => (
                  <CalendarCard
                    key={article.id}
                    article={article}
                    time={time}
                    minute={minute}
                    canMove={canMove}
                    conflict={conflictIds.has(article.id)}
                  />
                ))}
              </HourCell>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
