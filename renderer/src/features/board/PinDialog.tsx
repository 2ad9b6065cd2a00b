/** Pins an article to a position of a zone, optionally until a time in the newsroom's time zone. */
import { DateTime } from 'luxon';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneItem, ZoneView } from '@shared/board';
import { useDesk } from '../../app/desk-context';

interface PinDialogProps {
  zone: ZoneView;
  item: ZoneItem;
  onPin: (position: number, until: string | null) => void;
  onClose: () => void;
}

export function PinDialog({ zone, item, onPin, onClose }: PinDialogProps) {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const ref = useRef<HTMLDialogElement>(null);
  const [position, setPosition] = useState(item.position + 1);
  const [until, setUntil] = useState(() =>
    item.until
      ? (DateTime.fromISO(item.until, { zone: settings.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm") ??
        '')
      : '',
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="board-dialog" aria-labelledby="pin-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          let instant: string | null = null;
          if (until) {
            const local = DateTime.fromISO(until, { zone: settings.timeZone });
            if (!local.isValid || local.toMillis() <= Date.now()) {
              setError(t('board.pin.past'));
              return;
            }
            instant = local.toUTC().toISO({ suppressMilliseconds: false });
          }
          onPin(position - 1, instant);
          ref.current?.close();
        }}
      >
        <h2 id="pin-title">{t('board.pin.title', { headline: item.article.headline })}</h2>
        <p>
          {t('board.pin.zone')}: <strong>{zone.name}</strong>
        </p>
        <label>
          {t('board.pin.position')}
          <select value={position} onChange={(event) => setPosition(Number(event.target.value))}>
            {Array.from({ length: zone.capacity }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.pin.until', { zone: settings.timeZone })}
          <input
            type="datetime-local"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
        </label>
        <div className="pin-presets" role="group" aria-label={t('board.pin.presets')}>
          {([1, 3, 6] as const).map((hours) => (
            <button
              key={hours}
              type="button"
              onClick={() => setUntil(localIn(settings.timeZone, { hours }))}
            >
              {t('board.pin.forHours', { count: hours })}
            </button>
          ))}
          <button type="button" onClick={() => setUntil(localIn(settings.timeZone, 'endOfDay'))}>
            {t('board.pin.endOfDay')}
          </button>
          <button type="button" onClick={() => setUntil('')}>
            {t('board.pin.noEnd')}
          </button>
        </div>
        <p className="hint">{t('board.pin.untilHint')}</p>
        {error && (
          <p role="alert" className="notice-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('board.pin.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('board.pin.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A wall-clock time in the newsroom's zone, as a datetime-local input wants it. */
function localIn(zone: string, offset: { hours: number } | 'endOfDay'): string {
  const now = DateTime.now().setZone(zone);
  const at =
    offset === 'endOfDay' ? now.endOf('day').startOf('minute') : now.plus(offset).startOf('minute');
  return at.toFormat("yyyy-MM-dd'T'HH:mm");
}
