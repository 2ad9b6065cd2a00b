/**
 * Store problems as banners with their details, never a blank screen: documents moved to
 * quarantine (dismissable once read: the files stay in quarantine/), and problems the core
 * announces while running (a write that failed, a lock).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from './desk-context';

export function StoreBanner() {
  const { t } = useTranslation();
  const { status, problem, dismissQuarantine, dismissProblem } = useDesk();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {status.quarantine.length > 0 && (
        <div className="banner banner-warning" role="alert" aria-labelledby="quarantine-title">
          <div className="banner-body">
            <p className="banner-title" id="quarantine-title">
              {t('store.quarantine', { count: status.quarantine.length })}
            </p>
            <p className="banner-hint">{t('store.quarantineHint')}</p>
            <details>
              <summary>{t('store.details')}</summary>
              <ul className="quarantine-list">
                {status.quarantine.map((entry) => (
                  <li key={entry.movedTo}>
                    <code>{entry.file}</code>: {entry.reason} → <code>{entry.movedTo}</code>
                  </li>
                ))}
              </ul>
            </details>
            {error && <p className="notice-error">{t('errors.generic', { message: error })}</p>}
          </div>
          <button
            type="button"
            onClick={() => {
              dismissQuarantine().catch((caught: Error) => setError(caught.message));
            }}
          >
            {t('store.dismiss')}
          </button>
        </div>
      )}
      {problem && (
        <div className="banner banner-danger" role="alert">
          <div className="banner-body">
            <p className="banner-title">
              {problem.kind === 'locked'
                ? t('store.locked')
                : t('store.writeFailed', { message: problem.message })}
            </p>
          </div>
          <button type="button" onClick={dismissProblem}>
            {t('store.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
