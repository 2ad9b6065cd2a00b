/** Words the exported pages show, in each language, and dates in the newsroom's time zone. */
import type { Language } from '../../../shared/domain.js';

export const SITE_TEXT = {
  en: {
    skip: 'Skip to content',
    sections: 'Sections',
    languages: 'Languages',
    latestNews: 'Latest news',
    topStory: 'Top story',
    picks: 'Editor’s picks',
    featured: 'Featured',
    by: 'By',
    tags: 'Tags',
    correction: 'Correction',
    readIn: 'Read in English',
    page: 'Page {n}',
    pagination: 'Pages',
    previous: 'Newer',
    next: 'Older',
    notFound: 'Page not found',
    notFoundText: 'The page you were looking for is not here. It may have moved or never existed.',
    home: 'Home page',
    feeds: 'Feeds',
    noArticles: 'No articles yet.',
    languageName: 'English',
    tagTitle: 'Tag: {name}',
  },
  ru: {
    skip: 'Перейти к содержанию',
    sections: 'Разделы',
    languages: 'Языки',
    latestNews: 'Последние новости',
    topStory: 'Главная новость',
    picks: 'Выбор редакции',
    featured: 'Избранное',
    by: 'Автор:',
    tags: 'Теги',
    correction: 'Исправление',
    readIn: 'Читать на русском',
    page: 'Страница {n}',
    pagination: 'Страницы',
    previous: 'Новее',
    next: 'Старше',
    notFound: 'Страница не найдена',
    notFoundText: 'Такой страницы здесь нет. Возможно, она переехала или никогда не существовала.',
    home: 'Главная',
    feeds: 'Ленты',
    noArticles: 'Пока нет статей.',
    languageName: 'Русский',
    tagTitle: 'Тег: {name}',
  },
} satisfies Record<Language, Record<string, string>>;

export type SiteText = (typeof SITE_TEXT)['en'];

export const OG_LOCALE: Record<Language, string> = { en: 'en_GB', ru: 'ru_RU' };

const MONTHS: Record<Language, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // Genitive, as a date says it: "9 декабря".
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Per time zone, per UTC day (its first ms): the zone's offset all that day, or null if it changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/** Minutes the zone is ahead of UTC at `ms`, read from Intl. */
function offsetAt(ms: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The calendar date of an instant in a time zone. The zone's offset is read once per UTC
 * day (Intl is slow and an export formats tens of thousands of dates); on a day when the
 * offset changes, every instant is asked about on its own.
 */
export function localDate(
  iso: string,
  timeZone: string,
): { year: number; month: number; day: number } {
  const ms = Date.parse(iso);
  const dayStart = Math.floor(ms / 86_400_000) * 86_400_000;
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  let offset = days.get(dayStart);
  if (offset === undefined) {
    const start = offsetAt(dayStart, timeZone);
    offset = start === offsetAt(dayStart + 86_400_000, timeZone) ? start : null;
    if (days.size > 100_000) days.clear();
    days.set(dayStart, offset);
  }
  const local = ms + (offset ?? offsetAt(ms, timeZone)) * 60_000;
  return civilFromDays(Math.floor(local / 86_400_000));
}

/** "9 December 2025" / "9 декабря 2025" in the newsroom's time zone (no "г." after the year). */
export function formatSiteDate(iso: string, language: Language, timeZone: string): string {
  const { year, month, day } = localDate(iso, timeZone);
  return `${day} ${MONTHS[language][month - 1] ?? ''} ${year}`;
}
