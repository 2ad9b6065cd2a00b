/** Shown on an empty store: open the sample newsroom or start with a clean desk. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/transport';

export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            call('sample:load', {})
              .then(onDone)
              .catch((caught: Error) => setError(caught.message))
              .finally(() => setBusy(false));
          }}
        >
          {t('firstRun.sample')}
        </button>
        <button type="button" disabled={busy} onClick={onDone}>
          {t('firstRun.empty')}
        </button>
      </div>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
    </section>
  );
}
