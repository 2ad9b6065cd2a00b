/** Edited articles without a slot: the lane cards are dragged from onto the calendar. */
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { CalendarCard } from './CalendarCard';

export function UnscheduledLane({
  articles,
  canMove,
}: {
  articles: ArticleSummary[];
  canMove: boolean;
}) {
  const { t } = useTranslation();
  return (
    <aside className="unscheduled-lane" aria-labelledby="unscheduled-lane-title">
      <h2 id="unscheduled-lane-title">{t('calendar.lane.title')}</h2>
      <p className="notice">{canMove ? t('calendar.lane.hint') : t('calendar.chiefOnly')}</p>
      {articles.length === 0 ? (
        <p className="notice">{t('calendar.lane.empty')}</p>
      ) : (
        <ul aria-label={t('calendar.lane.title')}>
          {articles.map((article) => (
            <li key={article.id}>
              <CalendarCard
                article={article}
                time={null}
                minute="00"
                canMove={canMove}
                conflict={false}
              />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
