/** Shown on an empty store: open the sample newsroom or start with a clean desk. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/transport';

export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="first-run" aria-labelledby="first-run-title" aria-busy={busy}>
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p className="lead">{t('firstRun.body')}</p>
      <div className="choices">
        <div className="choice">
          <button
            type="button"
            className="primary"
            disabled={busy}
            aria-describedby="first-run-sample"
            onClick={() => {
              setBusy(true);
              setError(null);
              call('sample:load', {})
                .then(onDone)
                .catch((caught: Error) => setError(caught.message))
                .finally(() => setBusy(false));
            }}
          >
            {t('firstRun.sample')}
          </button>
          <p id="first-run-sample">{t('firstRun.sampleDetails')}</p>
        </div>
        <div className="choice">
          <button type="button" disabled={busy} aria-describedby="first-run-empty" onClick={onDone}>
            {t('firstRun.empty')}
          </button>
          <p id="first-run-empty">{t('firstRun.emptyDetails')}</p>
        </div>
      </div>
      {busy && (
        <p role="status" className="notice">
          <span className="spinner spinner-small" aria-hidden="true" />
          {t('firstRun.loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          {t('errors.generic', { message: error })}
        </p>
      )}
    </section>
  );
}
