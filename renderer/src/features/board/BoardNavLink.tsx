/**
 * The board's link in the main navigation, with the number of notices waiting (articles
 * that left the board), so the desk chief is told wherever they are in the app.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/domain';
import { call, onEvent } from '../../bridge/transport';
import './board.css';

export function BoardNavLink({ current }: { current: boolean }) {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    let alive = true;
    // Only the answer to the latest count is shown: an earlier one may arrive after it.
    let asked = 0;
    const count = (): void => {
      const ticket = ++asked;
      Promise.all(LANGUAGES.map((language) => call('board:get', { language })))
        .then((views) => {
          if (alive && asked === ticket)
            setWaiting(views.reduce((sum, view) => sum + view.notices.length, 0));
        })
        .catch(() => undefined);
    };
    count();
    const offNotice = onEvent('board:notice', count);
    const offChanged = onEvent('board:changed', count);
    return () => {
      alive = false;
      offNotice();
      offChanged();
    };
  }, []);
  return (
    <a href="#/board" aria-current={current ? 'page' : undefined}>
      {t('board.title')}
      {waiting > 0 && (
        <span className="nav-badge" aria-label={t('board.notices.waiting', { count: waiting })}>
          {waiting}
        </span>
      )}
    </a>
  );
}
