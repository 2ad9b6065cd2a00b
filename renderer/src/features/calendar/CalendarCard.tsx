/** One article on the calendar or in the lane: headline link to open it, a handle to drag it. */
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';

export interface CardData {
  article: ArticleSummary;
  /** Minutes past the hour it is scheduled at (kept when moved to another hour). */
  minute: string;
  time: string | null;
}

export function CalendarCard({
  article,
  time,
  minute,
  canMove,
  conflict,
}: {
  article: ArticleSummary;
  time: string | null;
  minute: string;
  canMove: boolean;
  conflict: boolean;
}) {
  const { t } = useTranslation();
  const headline = article.headline || t('desk.untitled');
  const movable = canMove && article.status !== 'published';
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `article:${article.id}`,
    data: { article, minute, time } satisfies CardData,
    disabled: !movable,
  });
  const style = transform
    ? { transform: `translate(${transform.x}px, ${transform.y}px)` }
    : undefined;
  return (
    <div
      ref={setNodeRef}
      style={style}
      className={`calendar-card card-${article.status}${isDragging ? ' dragging' : ''}${conflict ? ' card-conflict' : ''}`}
      data-article-id={article.id}
    >
      {movable && (
        <button
          type="button"
          className="drag-handle"
          aria-label={t('calendar.move', { headline })}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
      )}
      <a href={`#/article/${encodeURIComponent(article.id)}`} lang={article.language}>
        {time && <span className="card-time">{time}</span>}{' '}
        <span className="lang-badge">{article.language.toUpperCase()}</span> {headline}
      </a>
      {article.embargoUntil && <span className="card-embargo">{t('calendar.embargo')}</span>}
    </div>
  );
}
