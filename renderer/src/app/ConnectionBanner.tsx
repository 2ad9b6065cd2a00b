/** Says so when the core cannot be reached (browser mode server stopped) and goes when it is back. */
import { useTranslation } from 'react-i18next';
import { useConnection } from './use-connection';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  if (connection === 'online') return null;
  return (
    <div className="banner banner-danger" role="alert">
      {connection === 'unreachable' ? (
        <>
          <p className="banner-title">
            <span className="spinner spinner-small" aria-hidden="true" />
            {t('connection.unreachable')}
          </p>
          <p className="banner-hint">{t('connection.unreachableHint')}</p>
        </>
      ) : (
        <p className="banner-title">{t('connection.sessionExpired')}</p>
      )}
    </div>
  );
}
