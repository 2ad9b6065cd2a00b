/** The desk's search box and filters; the query lives in the parent so the list can follow it. */
import { useTranslation } from 'react-i18next';
import { ARTICLE_SORTS, type ArticleListQuery } from '@shared/contract/articles';
import { ARTICLE_STATUSES, LANGUAGES } from '@shared/domain';
import { useDesk } from '../../app/desk-context';

export type DeskQuery = Required<Pick<ArticleListQuery, 'status' | 'sort'>> &
  Pick<ArticleListQuery, 'language' | 'categoryId' | 'tagId' | 'text'>;

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
  const { categories, tags } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const sortedTags = [...tags].sort((a, b) => a.name[lang].localeCompare(b.name[lang]));
  return (
    <div className="filters" role="search">
      <label className="search-field">
        <span className="visually-hidden">{t('desk.searchLabel')}</span>
        <input
          type="search"
          aria-label={t('desk.searchLabel')}
          placeholder={t('desk.searchPlaceholder')}
          value={query.text ?? ''}
          onChange={(event) => onChange({ ...query, text: event.target.value })}
        />
      </label>
      {showStatus && (
        <label>
          {t('desk.filters.status')}
          <select
            value={query.status}
            onChange={(event) =>
              onChange({ ...query, status: event.target.value as DeskQuery['status'] })
            }
          >
            {(['active', ...ARTICLE_STATUSES, 'all'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('desk.filters.language')}
        <select
          value={query.language ?? ''}
          onChange={(event) =>
            onChange({
              ...query,
              language: (event.target.value || undefined) as DeskQuery['language'],
            })
          }
        >
          <option value="">{t('desk.filters.any')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('desk.filters.category')}
        <select
          value={query.categoryId ?? ''}
          onChange={(event) => onChange({ ...query, categoryId: event.target.value || undefined })}
        >
          <option value="">{t('desk.filters.any')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tagger.tags.label')}
        <select
          value={query.tagId ?? ''}
          onChange={(event) => onChange({ ...query, tagId: event.target.value || undefined })}
        >
          <option value="">{t('desk.filters.any')}</option>
          {sortedTags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('desk.filters.sort')}
        <select
          value={query.sort}
          onChange={(event) =>
            onChange({ ...query, sort: event.target.value as DeskQuery['sort'] })
          }
        >
          {ARTICLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`desk.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
