/** A zone's name, capacity and rules (or a new zone's), its place among the zones, removal. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneView } from '@shared/board';
import { CategoryOptions } from '../article/CategoryOptions';

export interface ZoneSettingsValue {
  name: string;
  capacity: number;
  autoFill: boolean;
  categoryId: string | null;
  allowDuplicates: boolean;
}

interface ZoneSettingsDialogProps {
  /** Null for a new zone. */
  zone: ZoneView | null;
  index: number;
  count: number;
  onSave: (value: ZoneSettingsValue) => void;
  onMove: (index: number) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function ZoneSettingsDialog({
  zone,
  index,
  count,
  onSave,
  onMove,
  onRemove,
  onClose,
}: ZoneSettingsDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState<ZoneSettingsValue>(() => ({
    name: zone?.name ?? '',
    capacity: zone?.capacity ?? 5,
    autoFill: zone?.autoFill ?? true,
    categoryId: zone?.categoryId ?? null,
    allowDuplicates: zone?.allowDuplicates ?? false,
  }));
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const close = (): void => ref.current?.close();
  const removable = zone !== null && (zone.kind === 'category' || zone.kind === 'custom');
  return (
    <dialog
      ref={ref}
      className="board-dialog"
      aria-labelledby="zone-settings-title"
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ ...value, name: value.name.trim() });
          close();
        }}
      >
        <h2 id="zone-settings-title">
          {zone ? t('board.settings.title', { zone: zone.name }) : t('board.settings.titleNew')}
        </h2>
        <label>
          {t('board.settings.name')}
          <input
            required
            maxLength={80}
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.target.value })}
          />
        </label>
        <label>
          {t('board.settings.capacity')}
          <input
            type="number"
            min={1}
            max={50}
            disabled={zone?.kind === 'top'}
            value={value.capacity}
            onChange={(e) => setValue({ ...value, capacity: Number(e.target.value) })}
          />
        </label>
        {zone?.kind === 'top' && <p className="hint">{t('board.settings.topFixed')}</p>}
        <label className="check">
          <input
            type="checkbox"
            checked={value.autoFill}
            onChange={(e) => setValue({ ...value, autoFill: e.target.checked })}
          />
          {t('board.settings.autoFill')}
        </label>
        <label>
          {t('board.settings.category')}
          <select
            value={value.categoryId ?? ''}
            onChange={(e) => setValue({ ...value, categoryId: e.target.value || null })}
          >
            <CategoryOptions emptyLabel={t('board.settings.anyCategory')} />
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={value.allowDuplicates}
            onChange={(e) => setValue({ ...value, allowDuplicates: e.target.checked })}
          />
          {t('board.settings.allowDuplicates')}
        </label>
        {zone && (
          <div className="dialog-actions start">
            <button
              type="button"
              disabled={index === 0}
              onClick={() => (onMove(index - 1), close())}
            >
              ← {t('board.settings.moveLeft')}
            </button>
            <button
              type="button"
              disabled={index >= count - 1}
              onClick={() => (onMove(index + 1), close())}
            >
              {t('board.settings.moveRight')} →
            </button>
            {removable && (
              <button type="button" className="danger" onClick={() => (onRemove(), close())}>
                {t('board.settings.remove')}
              </button>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('board.settings.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('board.settings.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
