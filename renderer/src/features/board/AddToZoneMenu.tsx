/**
 * "Add to zone": a self-contained control for any screen that shows an article (desk rows,
 * the article screen). Opens a dialog with the zones of the article's language, how full
 * each is and where the article is now; choosing one puts it first in that zone.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '@shared/board';
import type { ArticleSummary } from '@shared/domain';
import { BridgeError, call } from '../../bridge/transport';
import './board.css';

interface AddToZoneMenuProps {
  article: Pick<ArticleSummary, 'id' | 'language' | 'status' | 'headline'>;
  /** Lists with one tab stop per row (the desk) pass -1 for rows that are not active. */
  tabIndex?: number;
}

export function AddToZoneMenu({ article, tabIndex }: AddToZoneMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState<BoardView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (article.status !== 'published') return null;

  const open = (): void => {
    setMessage(null);
    call('board:get', { language: article.language })
      .then((board) => {
        setView(board);
        ref.current?.showModal();
      })
      .catch((caught: Error) => setMessage(caught.message));
  };

  const add = (zoneId: string, zoneName: string): void => {
    if (!view) return;
    setBusy(true);
    call('board:place', { baseVersion: view.version, zoneId, articleId: article.id, position: 0 })
      .then((board) => {
        setView(board);
        setMessage(t('board.addTo.added', { zone: zoneName }));
      })
      .catch(async (caught: unknown) => {
        const reason =
          caught instanceof BridgeError
            ? (caught.details as { reason?: string } | undefined)?.reason
            : undefined;
        setMessage(reason === 'stale' ? t('board.stale') : (caught as Error).message);
        setView(await call('board:get', { language: article.language }).catch(() => view));
      })
      .finally(() => setBusy(false));
  };

  return (
    <>
      <button
        type="button"
        className="add-to-zone"
        tabIndex={tabIndex}
        onClick={open}
        aria-haspopup="dialog"
      >
        {t('board.addTo.button')}
      </button>
      <dialog ref={ref} className="board-dialog" aria-labelledby={`add-to-${article.id}`}>
        <h2 id={`add-to-${article.id}`}>
          {t('board.addTo.title', { headline: article.headline })}
        </h2>
        {view && !view.canEdit && <p className="notice">{t('board.readOnly')}</p>}
        <ul className="zone-choices">
          {view?.zones.map((zone) => {
            const shown = zone.items.find((item) => item.article.id === article.id);
            const placedHere = shown?.source === 'manual';
            return (
              <li key={zone.id}>
                <button
                  type="button"
                  disabled={busy || !view.canEdit || (zone.full && !placedHere)}
                  onClick={() => add(zone.id, zone.name)}
                >
                  {zone.name}{' '}
                  <span className="zone-count">
                    {t('board.zone.count', { count: zone.items.length, capacity: zone.capacity })}
                    {zone.full && ` · ${t('board.addTo.full')}`}
                  </span>
                </button>
                {shown && (
                  <span className="notice">
                    {t('board.addTo.current', { zone: zone.name, position: shown.position + 1 })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {message && <p role="status">{message}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('board.addTo.close')}
          </button>
        </div>
      </dialog>
      {!view && message && (
        <span role="alert" className="notice-error">
          {message}
        </span>
      )}
    </>
  );
}
