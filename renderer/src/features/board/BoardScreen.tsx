/**
 * The curation board: the zones of one language as columns (a tab per language), a search
 * panel of published articles, drag and drop by pointer and keyboard with spoken
 * announcements, undo and redo, notices of articles that left, and a live preview.
 */
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardChangeLabel, ZoneItem, ZoneView } from '@shared/board';
import { LANGUAGES, type Language } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { BoardNotices } from './BoardNotices';
import { BoardPreview } from './BoardPreview';
import { dropTarget, type DragData, type DropData, type DropTarget } from './board-dnd';
import { PinDialog } from './PinDialog';
import { SearchPanel } from './SearchPanel';
import { useBoard } from './use-board';
import { ZoneColumn } from './ZoneColumn';
import { ZoneSettingsDialog, type ZoneSettingsValue } from './ZoneSettingsDialog';
import './board.css';

type Dialog =
  | { kind: 'pin'; zone: ZoneView; item: ZoneItem }
  | { kind: 'settings'; zone: ZoneView | null; index: number }
  | null;

const dragOf = (data: unknown): DragData | undefined =>
  (data as { drag?: DragData } | undefined)?.drag;
const dropOf = (data: unknown): DropData | undefined =>
  (data as { drop?: DropData } | undefined)?.drop;

/** Cards win over the column they sit in; without a pointer (keyboard) the nearest corners decide. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length > 0) {
    const card = within.find((hit) => String(hit.id).startsWith('card:'));
    return card ? [card] : within;
  }
  return closestCorners(args);
};

export function BoardScreen() {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const [language, setLanguage] = useState<Language>(settings.defaultLanguage);
  const board = useBoard(language, { stale: t('board.stale') });
  const { view, run, setProblem } = board;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [showPreview, setShowPreview] = useState(false);
  const [dragging, setDragging] = useState<DragData | null>(null);
  const [over, setOver] = useState<DropTarget | null>(null);
  const [overTakeout, setOverTakeout] = useState(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const zones = useMemo(() => view?.zones ?? [], [view]);
  const onBoard = useMemo(
    () => new Set(zones.flatMap((z) => z.items.map((i) => i.article.id))),
    [zones],
  );

  const targetOf = (drag: DragData | undefined, data: unknown): DropTarget | null =>
    drag ? dropTarget(zones, drag, dropOf(data)) : null;
  /** The zone a card would be taken out of, when it is over the search panel. */
  const takeoutOf = (drag: DragData | undefined, data: unknown): ZoneView | undefined =>
    drag?.fromZoneId && dropOf(data)?.kind === 'takeout'
      ? zones.find((z) => z.id === drag.fromZoneId)
      : undefined;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('board.dnd.start', { headline: dragOf(active.data.current)?.headline ?? '' }),
    onDragOver: ({ active, over: target }) => {
      const drag = dragOf(active.data.current);
      const where = targetOf(drag, target?.data.current);
      const headline = drag?.headline ?? '';
      const from = takeoutOf(drag, target?.data.current);
      if (from) return t('board.dnd.overTakeout', { headline, zone: from.name });
      if (!where) return t('board.dnd.outside', { headline });
      return where.refused
        ? t('board.dnd.overFull', { headline, zone: where.zone.name })
        : t('board.dnd.over', { headline, zone: where.zone.name, position: where.position + 1 });
    },
    onDragEnd: ({ active, over: target }) => {
      const drag = dragOf(active.data.current);
      const where = targetOf(drag, target?.data.current);
      const headline = drag?.headline ?? '';
      const from = takeoutOf(drag, target?.data.current);
      if (from) return t('board.dnd.takenOut', { headline, zone: from.name });
      if (!where) return t('board.dnd.cancel', { headline });
      return where.refused
        ? t('board.dnd.refused', { headline, zone: where.zone.name })
        : t('board.dnd.drop', { headline, zone: where.zone.name, position: where.position + 1 });
    },
    onDragCancel: ({ active }) =>
      t('board.dnd.cancel', { headline: dragOf(active.data.current)?.headline ?? '' }),
  };

  const place = (
    zoneId: string,
    articleId: string,
    position: number,
    until: string | null,
    fromZoneId: string | null,
  ) =>
    run((baseVersion) =>
      call('board:place', { baseVersion, zoneId, articleId, position, until, fromZoneId }),
    );

  const onDragStart = (event: DragStartEvent): void => {
    setDragging(dragOf(event.active.data.current) ?? null);
    setProblem(null);
  };
  const onDragOver = (event: DragOverEvent): void => {
    const drag = dragOf(event.active.data.current);
    setOver(targetOf(drag, event.over?.data.current));
    setOverTakeout(takeoutOf(drag, event.over?.data.current) !== undefined);
  };
  const onDragEnd = (event: DragEndEvent): void => {
    const drag = dragOf(event.active.data.current);
    const where = targetOf(drag, event.over?.data.current);
    const from = takeoutOf(drag, event.over?.data.current);
    setDragging(null);
    setOver(null);
    setOverTakeout(false);
    if (drag && from) {
      // Out of a zone filled by rule means hidden there, or the rule would bring it back.
      void run((baseVersion) =>
        from.autoFill
          ? call('board:hide', {
              baseVersion,
              zoneId: from.id,
              articleId: drag.articleId,
              hidden: true,
            })
          : call('board:remove', { baseVersion, zoneId: from.id, articleId: drag.articleId }),
      );
      return;
    }
    if (!drag || !where) return;
    if (where.refused) {
      setProblem(t('board.zoneFull', { zone: where.zone.name, count: where.zone.capacity }));
      return;
    }
    const current = where.zone.items.find((item) => item.article.id === drag.articleId);
    if (current && current.position === where.position && current.source === 'manual') return;
    void place(
      where.zone.id,
      drag.articleId,
      where.position,
      current?.until ?? null,
      drag.fromZoneId,
    );
  };

  // Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) undo and redo board changes, outside text fields.
  const canUndo = Boolean(view?.canEdit && view.undo);
  const canRedo = Boolean(view?.canEdit && view.redo);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      if (redo ? !canRedo : !canUndo) return;
      event.preventDefault();
      void run((baseVersion) =>
        call(redo ? 'board:redo' : 'board:undo', { baseVersion, language }),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canUndo, canRedo, run, language]);

  const describe = (label: BoardChangeLabel): string =>
    t(`board.actions.${label.action}`, { headline: label.headline, zone: label.zone });

  const saveZone = (zone: ZoneView | null, value: ZoneSettingsValue): void => {
    if (zone) {
      void run((baseVersion) =>
        call('board:updateZone', {
          baseVersion,
          zoneId: zone.id,
          ...value,
          capacity: zone.kind === 'top' ? 1 : value.capacity,
        }),
      );
    } else {
      void run((baseVersion) => call('board:addZone', { baseVersion, language, ...value }));
    }
  };

  return (
    <section className="board" aria-label={t('board.title')}>
      <div className="board-toolbar">
        <div role="tablist" aria-label={t('board.languageTabs')} className="language-tabs">
          {LANGUAGES.filter((lang) => settings.languages.includes(lang)).map((lang) => (
            <button
              key={lang}
              type="button"
              role="tab"
              aria-selected={lang === language}
              onClick={() => setLanguage(lang)}
            >
              {t(`language.${lang}`)}
            </button>
          ))}
        </div>
        {view?.canEdit && (
          <>
            <button
              type="button"
              disabled={!view.undo}
              title={
                view.undo
                  ? `${t('board.undoLabel', { what: describe(view.undo) })} (Ctrl+Z)`
                  : undefined
              }
              onClick={() =>
                void run((baseVersion) => call('board:undo', { baseVersion, language }))
              }
            >
              ↶ {t('board.undo')}
            </button>
            <button
              type="button"
              disabled={!view.redo}
              title={
                view.redo
                  ? `${t('board.redoLabel', { what: describe(view.redo) })} (Ctrl+Shift+Z)`
                  : undefined
              }
              onClick={() =>
                void run((baseVersion) => call('board:redo', { baseVersion, language }))
              }
            >
              ↷ {t('board.redo')}
            </button>
            <button
              type="button"
              onClick={() => setDialog({ kind: 'settings', zone: null, index: zones.length })}
            >
              + {t('board.addZone')}
            </button>
          </>
        )}
        <button
          type="button"
          aria-pressed={showPreview}
          onClick={() => setShowPreview(!showPreview)}
        >
          {showPreview ? t('board.hidePreview') : t('board.preview')}
        </button>
      </div>
      {board.error && (
        <p role="alert" className="notice notice-error">
          {t('errors.generic', { message: board.error })}
        </p>
      )}
      {view && !view.canEdit && <p className="notice">{t('board.readOnly')}</p>}
      {view && (
        <BoardNotices
          notices={view.notices}
          canDismiss={view.canEdit}
          onDismiss={(ids) => void run(() => call('board:dismissNotices', { language, ids }))}
        />
      )}
      {board.problem && (
        <p role="alert" className="notice notice-error board-problem">
          {board.problem}
        </p>
      )}
      {view && (
        <DndContext
          sensors={sensors}
          collisionDetection={collisions}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={() => (setDragging(null), setOver(null), setOverTakeout(false))}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('board.dnd.instructions') },
          }}
        >
          <div className="board-body">
            <SearchPanel
              language={language}
              onBoard={onBoard}
              canEdit={view.canEdit}
              takeout={dragging?.fromZoneId ? (overTakeout ? 'over' : 'possible') : null}
            />
            <div className="board-columns">
              {zones.map((zone, index) => (
                <ZoneColumn
                  key={zone.id}
                  zone={zone}
                  canEdit={view.canEdit}
                  dropState={
                    over?.zone.id === zone.id ? (over.refused ? 'refuse' : 'accept') : null
                  }
                  onPin={(z, item) => setDialog({ kind: 'pin', zone: z, item })}
                  onRemove={(z, item) =>
                    void run((baseVersion) =>
                      call('board:remove', {
                        baseVersion,
                        zoneId: z.id,
                        articleId: item.article.id,
                      }),
                    )
                  }
                  onHide={(z, item) =>
                    void run((baseVersion) =>
                      call('board:hide', {
                        baseVersion,
                        zoneId: z.id,
                        articleId: item.article.id,
                        hidden: true,
                      }),
                    )
                  }
                  onUnhide={(z, articleId) =>
                    void run((baseVersion) =>
                      call('board:hide', { baseVersion, zoneId: z.id, articleId, hidden: false }),
                    )
                  }
                  onSettings={(z) => setDialog({ kind: 'settings', zone: z, index })}
                />
              ))}
            </div>
          </div>
          <DragOverlay dropAnimation={null}>
            {dragging && <div className="board-card drag-overlay">{dragging.headline}</div>}
          </DragOverlay>
        </DndContext>
      )}
      {view && showPreview && (
        <BoardPreview language={language} version={`${view.version}:${view.computedAt}`} />
      )}
      {dialog?.kind === 'pin' && (
        <PinDialog
          zone={dialog.zone}
          item={dialog.item}
          onPin={(position, until) =>
            void place(dialog.zone.id, dialog.item.article.id, position, until, null)
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'settings' && (
        <ZoneSettingsDialog
          zone={dialog.zone}
          index={dialog.index}
          count={zones.length}
          onSave={(value) => saveZone(dialog.zone, value)}
          onMove={(index) =>
            dialog.zone &&
            void run((baseVersion) =>
              call('board:moveZone', { baseVersion, zoneId: dialog.zone?.id ?? '', index }),
            )
          }
          onRemove={() =>
            dialog.zone &&
            void run((baseVersion) =>
              call('board:removeZone', { baseVersion, zoneId: dialog.zone?.id ?? '' }),
            )
          }
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
