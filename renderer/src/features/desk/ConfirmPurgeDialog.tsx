/** Asks before an article leaves the store for good: a modal dialog, Cancel focused first. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';

interface ConfirmPurgeDialogProps {
  article: ArticleSummary;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmPurgeDialog({ article, onConfirm, onCancel }: ConfirmPurgeDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="purge-title"
      aria-describedby="purge-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="purge-title">{t('desk.confirmPurge.title')}</h2>
      <p id="purge-body">
        {t('desk.confirmPurge.body', { headline: article.headline || t('desk.untitled') })}
      </p>
      <div className="dialog-actions">
        {/* Cancel first and focused: the safe choice is the one Enter takes. */}
        <button type="button" autoFocus onClick={onCancel}>
          {t('desk.confirmPurge.cancel')}
        </button>
        <button type="button" className="danger-solid" onClick={onConfirm}>
          {t('desk.confirmPurge.confirm')}
        </button>
      </div>
    </dialog>
  );
}
