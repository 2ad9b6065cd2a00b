/** Formatting instants for the desk: in the newsroom's zone, and in the user's own when it differs. */
import { offsetLabel } from '@shared/zoned-time';

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatInZone(instant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

/** True when the user's zone shows a different wall clock than the newsroom's at this instant. */
export function zonesDiffer(instant: string, newsroomZone: string): boolean {
  return offsetLabel(instant, newsroomZone) !== offsetLabel(instant, userTimeZone());
}
