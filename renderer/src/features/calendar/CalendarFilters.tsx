/** Filters of the calendar: language, category, author (byline). */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/domain';
import { CategoryOptions } from '../article/CategoryOptions';

export interface CalendarFilterValue {
  language?: Language | undefined;
  categoryId?: string | undefined;
  author?: string | undefined;
}

export function CalendarFilters({
  value,
  authors,
  onChange,
}: {
  value: CalendarFilterValue;
  authors: string[];
  onChange: (value: CalendarFilterValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filters calendar-filters">
      <label>
        {t('calendar.filters.language')}
        <select
          value={value.language ?? ''}
          onChange={(e) =>
            onChange({ ...value, language: (e.target.value || undefined) as Language | undefined })
          }
        >
          <option value="">{t('calendar.filters.any')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calendar.filters.category')}
        <select
          value={value.categoryId ?? ''}
          onChange={(e) => onChange({ ...value, categoryId: e.target.value || undefined })}
        >
          <CategoryOptions emptyLabel={t('calendar.filters.any')} />
        </select>
      </label>
      <label>
        {t('calendar.filters.author')}
        <select
          value={value.author ?? ''}
          onChange={(e) => onChange({ ...value, author: e.target.value || undefined })}
        >
          <option value="">{t('calendar.filters.any')}</option>
          {authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
