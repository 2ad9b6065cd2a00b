/**
 * Newsroom wall-clock time <-> instants, with luxon. A local time can name no instant
 * (the spring-forward gap), one, or two (the fall-back fold); callers must never guess,
 * so {@link resolveLocalTime} says which case it is and the fold returns both candidates.
 */
import { DateTime } from 'luxon';
import { LOCAL_MINUTE_PATTERN } from './local-time-format.js';

export { LOCAL_DATE_PATTERN, LOCAL_MINUTE_PATTERN } from './local-time-format.js';

export type FoldChoice = 'earlier' | 'later';

export type LocalTimeResolution =
  | { kind: 'exact'; instant: string }
  | { kind: 'gap'; message: string }
  | { kind: 'ambiguous'; earlier: string; later: string; message: string }
  | { kind: 'invalid'; message: string };

const MINUTE_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** The wall-clock minute of an instant in a zone. */
export function toLocalMinute(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return DateTime.fromJSDate(date, { zone }).toFormat(MINUTE_FORMAT);
}

/** The offset of `zone` at an instant, as `+04:00`. */
export function offsetLabel(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return DateTime.fromJSDate(date, { zone }).toFormat('ZZ');
}

/**
 * Every instant whose wall clock in `zone` reads `local`. Found by trying the offsets the
 * zone has around that day, rather than trusting any library's choice in a gap or a fold.
 */
export function instantsForLocal(local: string, zone: string): string[] {
  const asUtc = DateTime.fromISO(local, { zone: 'utc' });
  if (!asUtc.isValid) return [];
  const offsets = new Set<number>();
  for (const hours of [-36, -12, -3, 0, 3, 12, 36]) {
    offsets.add(asUtc.plus({ hours }).setZone(zone).offset);
  }
  const found = new Set<number>();
  for (const offset of offsets) {
    const millis = asUtc.toMillis() - offset * 60_000;
    if (DateTime.fromMillis(millis, { zone }).toFormat(MINUTE_FORMAT) === local) found.add(millis);
  }
  return [...found].sort((a, b) => a - b).map((millis) => new Date(millis).toISOString());
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/** Resolves a newsroom wall-clock minute to one instant, or says why it cannot. */
export function resolveLocalTime(
  local: string,
  zone: string,
  choice?: FoldChoice,
): LocalTimeResolution {
  if (!LOCAL_MINUTE_PATTERN.test(local) || !DateTime.fromISO(local, { zone: 'utc' }).isValid) {
    return { kind: 'invalid', message: `"${local}" is not a date and time (YYYY-MM-DDTHH:mm).` };
  }
  if (!isValidZone(zone)) return { kind: 'invalid', message: `"${zone}" is not a time zone.` };
  const candidates = instantsForLocal(local, zone);
  const [first, second] = candidates;
  if (!first) {
    return {
      kind: 'gap',
      message: `${local.replace('T', ' ')} does not exist in ${zone}: the clocks jump forward over it. Choose a time after the change.`,
    };
  }
  if (!second) return { kind: 'exact', instant: first };
  if (choice) return { kind: 'exact', instant: choice === 'earlier' ? first : second };
  return {
    kind: 'ambiguous',
    earlier: first,
    later: second,
    message: `${local.replace('T', ' ')} happens twice in ${zone} (the clocks go back): at ${offsetLabel(first, zone)} and at ${offsetLabel(second, zone)}. Choose which.`,
  };
}

/** The start of a newsroom day (its first existing minute) as an instant. */
export function startOfLocalDay(date: string, zone: string): string {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return start.toUTC().toISO() ?? '';
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toFormat('yyyy-MM-dd');
}

/** Today's date in a zone. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd');
}

/** The Monday of the week holding a date. */
export function weekStart(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toFormat('yyyy-MM-dd');
}
