/** One article on the board: headline, category, time, status, pin marker, and its actions. */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneItem, ZoneView } from '@shared/board';
import { useDesk } from '../../app/desk-context';
import { cardId, type DragData, type DropData } from './board-dnd';
import { formatCardTime } from './board-format';

interface BoardCardProps {
  item: ZoneItem;
  zone: ZoneView;
  canEdit: boolean;
  onPin: (item: ZoneItem) => void;
  onRemove: (item: ZoneItem) => void;
  onHide: (item: ZoneItem) => void;
}

export function BoardCard({ item, zone, canEdit, onPin, onRemove, onHide }: BoardCardProps) {
  const { t, i18n } = useTranslation();
  const { categories, settings } = useDesk();
  const [open, setOpen] = useState(false);
  const article = item.article;
  const drag: DragData = {
    kind: 'article',
    articleId: article.id,
    headline: article.headline,
    fromZoneId: zone.id,
  };
  const drop: DropData = { kind: 'card', zoneId: zone.id, index: item.position };
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: cardId(zone.id, article.id),
    data: { drag, drop },
    disabled: !canEdit,
  });
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const category = categories.find((c) => c.id === article.categoryId);
  // In a zone filled by rule, a card placed by hand is a pin; in a hand-made zone it is just placed.
  const pinned = item.source === 'manual' && (zone.autoFill || item.until !== null);
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? ' dragging' : ''}${item.source === 'manual' ? ' manual' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-label={article.headline}
    >
      <div className="card-top">
        {canEdit && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            aria-label={t('board.card.drag', { headline: article.headline })}
            {...attributes}
            {...listeners}
          >
            ⠿
          </button>
        )}
        <a
          className="card-headline"
          href={`#/article/${encodeURIComponent(article.id)}`}
          lang={article.language}
        >
          {article.headline}
        </a>
        {canEdit && (
          <button
            type="button"
            className="card-menu"
            aria-expanded={open}
            aria-label={t('board.card.actions', { headline: article.headline })}
            onClick={() => setOpen(!open)}
          >
            ⋯
          </button>
        )}
      </div>
      <p className="card-meta">
        {category && <span className="card-category">{category.name[lang]}</span>}
        <time dateTime={article.publishedAt ?? ''}>
          {formatCardTime(article.publishedAt, lang, settings.timeZone)}
        </time>
        <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
        {pinned ? (
          <span className="pin-marker">
            <svg className="pin-icon" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M5 1h6l-1 5 3 3H9l-1 6-1-6H3l3-3z" fill="currentColor" />
            </svg>
            {item.until
              ? t('board.card.pinnedUntil', {
                  time: formatCardTime(item.until, lang, settings.timeZone),
                })
              : t('board.card.pinned')}
          </span>
        ) : item.source === 'auto' ? (
          <span className="auto-marker">{t('board.card.auto')}</span>
        ) : null}
      </p>
      {canEdit && open && (
        <div className="card-actions">
          <span className="card-action-row">
            <button type="button" onClick={() => (setOpen(false), onPin(item))}>
              {t('board.card.pin')}
            </button>
            {item.source === 'manual' && (
              <button type="button" onClick={() => (setOpen(false), onRemove(item))}>
                {t('board.card.remove')}
              </button>
            )}
            <button type="button" onClick={() => (setOpen(false), onHide(item))}>
              {t('board.card.hide')}
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
