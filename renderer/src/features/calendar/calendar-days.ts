/** The calendar's geometry in the newsroom's zone: which days are shown, and where an instant falls. */
import { addDays, toLocalMinute, weekStart } from '@shared/zoned-time';

export type CalendarView = 'day' | 'week';

export const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function visibleDays(anchor: string, view: CalendarView): string[] {
  if (view === 'day') return [anchor];
  const monday = weekStart(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function stepAnchor(anchor: string, view: CalendarView, direction: 1 | -1): string {
  return addDays(anchor, direction * (view === 'day' ? 1 : 7));
}

/** `YYYY-MM-DD` and hour of an instant in the newsroom zone, plus its minute. */
export function slotOf(
  instant: string,
  zone: string,
): { date: string; hour: number; minute: string } {
  const local = toLocalMinute(instant, zone);
  return {
    date: local.slice(0, 10),
    hour: Number(local.slice(11, 13)),
    minute: local.slice(14, 16),
  };
}

export function slotId(date: string, hour: number): string {
  return `slot:${date}:${String(hour).padStart(2, '0')}`;
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

export function dayLabel(date: string, language: string, style: 'short' | 'long' = 'long'): string {
  // A date at noon UTC names the same calendar day everywhere.
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    weekday: style,
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
