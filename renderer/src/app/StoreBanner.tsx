/** Store problems (quarantined documents) as a banner with the details, never a blank screen. */
import { useTranslation } from 'react-i18next';
import { useDesk } from './desk-context';

export function StoreBanner() {
  const { t } = useTranslation();
  const { status } = useDesk();
  if (status.quarantine.length === 0) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>{t('store.quarantine', { count: status.quarantine.length })}</p>
      <details>
        <summary>{t('store.details')}</summary>
        <ul>
          {status.quarantine.map((entry) => (
            <li key={entry.movedTo}>
              <code>{entry.file}</code>: {entry.reason} → <code>{entry.movedTo}</code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
