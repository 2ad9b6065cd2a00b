/** A zone as a column: its header (name, fill, rule), its cards in order, and its hidden articles. */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { ZoneItem, ZoneView } from '@shared/board';
import { useDesk } from '../../app/desk-context';
import { BoardCard } from './BoardCard';
import { cardId, columnId, type DropData } from './board-dnd';

interface ZoneColumnProps {
  zone: ZoneView;
  canEdit: boolean;
  /** Set while a drag is over this zone: true when it would refuse the drop. */
  dropState: 'accept' | 'refuse' | null;
  onPin: (zone: ZoneView, item: ZoneItem) => void;
  onRemove: (zone: ZoneView, item: ZoneItem) => void;
  onHide: (zone: ZoneView, item: ZoneItem) => void;
  onUnhide: (zone: ZoneView, articleId: string) => void;
  onSettings: (zone: ZoneView) => void;
}

export function ZoneColumn({
  zone,
  canEdit,
  dropState,
  onPin,
  onRemove,
  onHide,
  onUnhide,
  onSettings,
}: ZoneColumnProps) {
  const { t, i18n } = useTranslation();
  const { categories } = useDesk();
  const drop: DropData = { kind: 'column', zoneId: zone.id };
  const { setNodeRef } = useDroppable({
    id: columnId(zone.id),
    data: { drop },
    disabled: !canEdit,
  });
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const category = categories.find((c) => c.id === zone.categoryId);
  const headingId = `zone-${zone.id}`;
  return (
    <section
      ref={setNodeRef}
      className={`zone-column zone-${zone.kind}${dropState ? ` drop-${dropState}` : ''}`}
      aria-labelledby={headingId}
    >
      <header className="zone-header">
        <h2 id={headingId}>{zone.name}</h2>
        <span className={`zone-count${zone.full ? ' full' : ''}`}>
          {t('board.zone.count', { count: zone.items.length, capacity: zone.capacity })}
          {zone.full && ` · ${t('board.zone.full')}`}
        </span>
        {canEdit && (
          <button
            type="button"
            className="zone-settings"
            aria-label={t('board.zone.settings', { zone: zone.name })}
            onClick={() => onSettings(zone)}
          >
            ⚙
          </button>
        )}
        <p className="zone-rule">
          {zone.autoFill
            ? category
              ? t('board.zone.autoCategory', { category: category.name[lang] })
              : t('board.zone.auto')
            : t('board.zone.manual')}
          {zone.allowDuplicates && ` · ${t('board.zone.duplicates')}`}
        </p>
      </header>
      <SortableContext
        items={zone.items.map((item) => cardId(zone.id, item.article.id))}
        strategy={verticalListSortingStrategy}
      >
        <ol className="zone-cards">
          {zone.items.map((item) => (
            <BoardCard
              key={item.article.id}
              item={item}
              zone={zone}
              canEdit={canEdit}
              onPin={(i) => onPin(zone, i)}
              onRemove={(i) => onRemove(zone, i)}
              onHide={(i) => onHide(zone, i)}
            />
          ))}
        </ol>
      </SortableContext>
      {zone.items.length === 0 && <p className="zone-empty">{t('board.zone.empty')}</p>}
      {zone.items.length === 0 && zone.kind === 'top' && (
        <p className="zone-note">{t('board.zone.topFallback')}</p>
      )}
      {zone.hiddenArticles.length > 0 && (
        <details className="zone-hidden">
          <summary>{t('board.zone.hidden', { count: zone.hiddenArticles.length })}</summary>
          <ul>
            {zone.hiddenArticles.map((hidden) => (
              <li key={hidden.id}>
                <span>{hidden.headline}</span>
                {canEdit && (
                  <button type="button" onClick={() => onUnhide(zone, hidden.id)}>
                    {t('board.zone.showAgain')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
