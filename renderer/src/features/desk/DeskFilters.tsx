/** The desk's search box and filters; the query lives in the parent so the list can follow it. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_SORTS, type ArticleListQuery } from '@shared/contract/articles';
import { ARTICLE_STATUSES, LANGUAGES } from '@shared/domain';
import { useDesk } from '../../app/desk-context';
import { CategoryOptions } from '../article/CategoryOptions';

export type DeskQuery = Required<Pick<ArticleListQuery, 'status' | 'sort'>> &
  Pick<ArticleListQuery, 'language' | 'categoryId' | 'tagId' | 'text'>;

/** A labelled select; the label points at the select so its name is the label alone. */
function Field({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

export function DeskFilters({
  query,
  onChange,
  showStatus,
}: {
  query: DeskQuery;
  onChange: (query: DeskQuery) => void;
  /** The trash is fixed to spiked articles, so it has no status filter. */
  showStatus: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { tags } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const sortedTags = [...tags].sort((a, b) => a.name[lang].localeCompare(b.name[lang]));
  return (
    <div className="filters" role="search">
      <div className="field search-field">
        <label htmlFor="desk-search" className="visually-hidden">
          {t('desk.searchLabel')}
        </label>
        <input
          id="desk-search"
          type="search"
          placeholder={t('desk.searchPlaceholder')}
          value={query.text ?? ''}
          onChange={(event) => onChange({ ...query, text: event.target.value })}
        />
      </div>
      {showStatus && (
        <Field
          id="filter-status"
          label={t('desk.filters.status')}
          value={query.status}
          onChange={(value) => onChange({ ...query, status: value as DeskQuery['status'] })}
        >
          {(['active', ...ARTICLE_STATUSES, 'all'] as const).map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Field>
      )}
      <Field
        id="filter-language"
        label={t('desk.filters.language')}
        value={query.language ?? ''}
        onChange={(value) =>
          onChange({ ...query, language: (value || undefined) as DeskQuery['language'] })
        }
      >
        <option value="">{t('desk.filters.any')}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </Field>
      <Field
        id="filter-category"
        label={t('desk.filters.category')}
        value={query.categoryId ?? ''}
        onChange={(value) => onChange({ ...query, categoryId: value || undefined })}
      >
        <CategoryOptions emptyLabel={t('desk.filters.any')} />
      </Field>
      <Field
        id="filter-tag"
        label={t('tagger.tags.label')}
        value={query.tagId ?? ''}
        onChange={(value) => onChange({ ...query, tagId: value || undefined })}
      >
        <option value="">{t('desk.filters.any')}</option>
        {sortedTags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name[lang]}
          </option>
        ))}
      </Field>
      <Field
        id="filter-sort"
        label={t('desk.filters.sort')}
        value={query.sort}
        onChange={(value) => onChange({ ...query, sort: value as DeskQuery['sort'] })}
      >
        {ARTICLE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`desk.sorts.${sort}`)}
          </option>
        ))}
      </Field>
    </div>
  );
}
