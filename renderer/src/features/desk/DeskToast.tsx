/** A short message after an action, with an optional undo; it leaves by itself after a while. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  id: number;
  text: string;
  undo?: () => void;
}

export function DeskToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, 10_000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                toast.undo?.();
                onClose();
              }}
            >
              {t('desk.undo')}
            </button>
          )}
          <button
            type="button"
            className="toast-close"
            aria-label={t('desk.close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
