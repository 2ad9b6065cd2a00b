/** One row of the desk list: headline and standfirst with search matches marked, status, meta. */
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { useDesk } from '../../app/desk-context';
import { formatDateTime } from '../../i18n/index';
import { TwinBadge } from '../editor/TwinBadge';
import { Highlight } from './Highlight';

interface ArticleRowProps {
  article: ArticleSummary;
  highlight: string[];
  onSpike: (id: string) => void;
  onRestore: (id: string) => void;
  onPurge: (id: string) => void;
}

export function ArticleRow({ article, highlight, onSpike, onRestore, onPurge }: ArticleRowProps) {
  const { t, i18n } = useTranslation();
  const { categories, settings } = useDesk();
  const category = categories.find((c) => c.id === article.categoryId);
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <article className="article-row" aria-label={article.headline || t('desk.untitled')}>
      <div className="row-main">
        <a
          className="row-headline"
          href={`#/article/${encodeURIComponent(article.id)}`}
          lang={article.language}
        >
          <Highlight text={article.headline || t('desk.untitled')} terms={highlight} />
        </a>
        <p className="row-standfirst" lang={article.language}>
          <Highlight text={article.standfirst} terms={highlight} />
        </p>
        <p className="row-meta">
          <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
          <span className="lang-badge">{article.language.toUpperCase()}</span>
          <TwinBadge article={article} />
          {category && <span>{category.name[lang]}</span>}
          {article.byline && <span>{article.byline}</span>}
          <span>{t('desk.words', { count: article.wordCount })}</span>
          <span>
            {t('desk.updated', {
              date: formatDateTime(article.updatedAt, lang, settings.timeZone),
            })}
          </span>
        </p>
      </div>
      <div className="row-actions">
        {article.status === 'spiked' ? (
          <>
            <button type="button" onClick={() => onRestore(article.id)}>
              {t('desk.restore')}
            </button>
            <button type="button" className="danger" onClick={() => onPurge(article.id)}>
              {t('desk.purge')}
            </button>
          </>
        ) : (
          article.status !== 'published' && (
            <button type="button" onClick={() => onSpike(article.id)}>
              {t('desk.spike')}
            </button>
          )
        )}
      </div>
    </article>
  );
}
