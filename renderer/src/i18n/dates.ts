/**
 * Dates as a newsroom reads them, in the newsroom's time zone: "today, 14:05",
 * "yesterday, 09:30", "27 November, 18:00", with the year only when it is not this one.
 */
import type { TFunction } from 'i18next';

const locale = (language: string): string => (language === 'ru' ? 'ru-RU' : 'en-GB');

/** Building an Intl formatter costs far more than using one; a list row needs three. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(localeName: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${localeName}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(localeName, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The calendar day of `date` in `timeZone`, as YYYY-MM-DD (for comparing days). */
export function dayInZone(date: Date, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
}

function dayOffset(date: Date, now: Date, timeZone: string): number {
  const a = Date.parse(`${dayInZone(date, timeZone)}T00:00:00Z`);
  const b = Date.parse(`${dayInZone(now, timeZone)}T00:00:00Z`);
  return Math.round((a - b) / 86_400_000);
}

export function formatWhen(
  iso: string,
  language: string,
  timeZone: string,
  t: TFunction,
  now: Date = new Date(),
): string {
  const date = new Date(iso);
  const time = formatter(locale(language), { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
  const offset = dayOffset(date, now, timeZone);
  if (offset === 0) return t('dates.today', { time });
  if (offset === -1) return t('dates.yesterday', { time });
  if (offset === 1) return t('dates.tomorrow', { time });
  const sameYear = dayInZone(date, timeZone).slice(0, 4) === dayInZone(now, timeZone).slice(0, 4);
  return formatter(locale(language), {
    timeZone,
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
