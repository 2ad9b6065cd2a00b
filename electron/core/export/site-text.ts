/** Words the exported pages show, in each language, and dates in the newsroom's time zone. */
import type { Language } from '../../../shared/domain.js';

export const SITE_TEXT = {
  en: {
    skip: 'Skip to content',
    sections: 'Sections',
    languages: 'Languages',
    latestNews: 'Latest news',
    topStory: 'Top story',
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

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/** "9 December 2025" / "9 декабря 2025" in the newsroom's time zone. */
export function formatSiteDate(iso: string, language: Language, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  const memo = `${key}|${iso}`;
  const known = formatted.get(memo);
  if (known !== undefined) return known;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    formatters.set(key, formatter);
  }
  // Built from parts: Russian's default form ends in "г.", which news sites leave out.
  const parts = formatter.formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${get('day')} ${get('month')} ${get('year')}`;
  if (formatted.size > 200_000) formatted.clear();
  formatted.set(memo, text);
  return text;
}
