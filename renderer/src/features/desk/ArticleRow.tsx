/**
 * One row of the desk list: headline and standfirst with search matches marked, status,
 * language, category, byline, length and the date that matters for its status. The row
 * is an ARIA feed article: focusable, and Enter opens it (see ArticleList).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { useDesk } from '../../app/desk-context';
import { formatWhen } from '../../i18n/dates';
import { AddToZoneMenu } from '../board/AddToZoneMenu';
import { TwinBadge } from '../editor/TwinBadge';
import { Highlight } from './Highlight';

export interface RowActions {
  onSpike: (article: ArticleSummary) => void;
  onRestore: (article: ArticleSummary) => void;
  onPurge: (article: ArticleSummary) => void;
}

interface ArticleRowProps {
  article: ArticleSummary;
  highlight: string[];
  index: number;
  setSize: number;
  active: boolean;
  /** Stable across renders, so a row only re-renders when its own data changes. */
  actions: RowActions;
  onFocusRow: (index: number) => void;
}

export const ArticleRow = memo(function ArticleRow({
  article,
  highlight,
  index,
  setSize,
  active,
  actions,
  onFocusRow,
}: ArticleRowProps) {
  const { t, i18n } = useTranslation();
  const { categories, settings } = useDesk();
  const category = categories.find((c) => c.id === article.categoryId);
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const headline = article.headline || t('desk.untitled');
  const when = (iso: string): string => formatWhen(iso, lang, settings.timeZone, t);
  const headlineId = `row-${article.id}-headline`;
  const date =
    article.status === 'published' && article.publishedAt
      ? t('desk.published', { date: when(article.publishedAt) })
      : article.status === 'scheduled' && article.publishAt
        ? t('desk.scheduled', { date: when(article.publishAt) })
        : t('desk.updated', { date: when(article.updatedAt) });
  return (
    <article
      className="article-row"
      aria-labelledby={headlineId}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      tabIndex={active ? 0 : -1}
      data-id={article.id}
      onFocus={() => onFocusRow(index)}
    >
      <div className="row-main">
        <a
          id={headlineId}
          className="row-headline"
          href={`#/article/${encodeURIComponent(article.id)}`}
          lang={article.language}
          tabIndex={-1}
        >
          <Highlight text={headline} terms={highlight} />
        </a>
        <p className="row-standfirst" lang={article.language}>
          <Highlight text={article.standfirst} terms={highlight} />
        </p>
        <p className="row-meta">
          <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
          <span className="lang-badge" title={t(`language.${article.language}`)}>
            {article.language.toUpperCase()}
          </span>
          <TwinBadge article={article} />
          {category && <span className="category">{category.name[lang]}</span>}
          {article.byline && <span>{article.byline}</span>}
          <span>{t('desk.words', { count: article.wordCount })}</span>
          <span className="row-date">{date}</span>
        </p>
      </div>
      <div className="row-actions">
        <AddToZoneMenu key={article.id} article={article} tabIndex={active ? 0 : -1} />
        {article.status === 'spiked' ? (
          <>
            <button
              type="button"
              tabIndex={active ? 0 : -1}
              aria-label={t('desk.restoreLabel', { headline })}
              onClick={() => actions.onRestore(article)}
            >
              {t('desk.restore')}
            </button>
            <button
              type="button"
              className="danger"
              tabIndex={active ? 0 : -1}
              aria-label={t('desk.purgeLabel', { headline })}
              onClick={() => actions.onPurge(article)}
            >
              {t('desk.purge')}
            </button>
          </>
        ) : (
          article.status !== 'published' && (
            <button
              type="button"
              className="quiet"
              tabIndex={active ? 0 : -1}
              aria-label={t('desk.spikeLabel', { headline })}
              onClick={() => actions.onSpike(article)}
            >
              {t('desk.spike')}
            </button>
          )
        )}
      </div>
    </article>
  );
});
