/** Articles that left the board because they left publication: the desk chief is told here. */
import { useTranslation } from 'react-i18next';
import type { BoardNotice } from '@shared/board';

interface BoardNoticesProps {
  notices: BoardNotice[];
  canDismiss: boolean;
  onDismiss: (ids: string[] | null) => void;
}

export function BoardNotices({ notices, canDismiss, onDismiss }: BoardNoticesProps) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section
      className="banner banner-warning board-notices"
      role="alert"
      aria-label={t('board.notices.title')}
    >
      <ul>
        {notices.map((notice) => (
          <li key={notice.id}>
            {t(`board.notices.${notice.reason}`, {
              headline: notice.headline,
              zones: notice.zones.join(', '),
            })}{' '}
            {canDismiss && (
              <button type="button" onClick={() => onDismiss([notice.id])}>
                {t('board.notices.dismiss')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canDismiss && notices.length > 1 && (
        <button type="button" onClick={() => onDismiss(null)}>
          {t('board.notices.dismissAll')}
        </button>
      )}
    </section>
  );
}
