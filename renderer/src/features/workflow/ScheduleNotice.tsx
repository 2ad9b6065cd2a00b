/**
 * The scheduler's notice to the desk: articles published late because the desk was
 * closed (or the machine slept), overdue ones waiting for confirmation, and due ones
 * held back by a flag. Shown on every screen until dealt with.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleNoticeEntry, ScheduleStatus } from '@shared/contract/index';
import { call, onEvent } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { formatInZone } from './zoned-format';

const NOTICE_VISIBLE = 5;

export function ScheduleNotice() {
  const { t, i18n } = useTranslation();
  const { settings } = useDesk();
  const [status, setStatus] = useState<ScheduleStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers and notices travel apart: an answer to a request older than the latest notice
  // (or than a later request) may predate it, and is dropped rather than shown over it.
  const asked = useRef(0);
  const load = useCallback(() => {
    const ticket = ++asked.current;
    call('schedule:status', {})
      .then((next) => {
        if (asked.current === ticket) setStatus(next);
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    load();
    const offNotice = onEvent('schedule:notice', (next) => {
      asked.current++;
      setStatus(next);
    });
    const offPublished = onEvent('article:published', load);
    return () => {
      offNotice();
      offPublished();
    };
  }, [load]);
  if (!status) return null;
  const chief = settings.profile.role === 'desk_chief';
  const item = (entry: ScheduleNoticeEntry) => (
    <li key={entry.id}>
      <a href={`#/article/${encodeURIComponent(entry.id)}`} lang={entry.language}>
        {entry.headline || t('desk.untitled')}
      </a>{' '}
      <span className="notice">
        {t('workflow.notice.due', {
          time: formatInZone(entry.dueAt, i18n.language, settings.timeZone),
        })}
      </span>
    </li>
  );
  // A long catch-up (a desk closed over a holiday) must not push the screen away: the first
  // few are listed, the rest fold away.
  const list = (entries: ScheduleNoticeEntry[]) => (
    <>
      <ul>{entries.slice(0, NOTICE_VISIBLE).map(item)}</ul>
      {entries.length > NOTICE_VISIBLE && (
        <details>
          <summary>{t('workflow.notice.more', { count: entries.length - NOTICE_VISIBLE })}</summary>
          <ul>{entries.slice(NOTICE_VISIBLE).map(item)}</ul>
        </details>
      )}
    </>
  );
  const act = (work: Promise<unknown>): void => {
    setError(null);
    work.then(load).catch((caught: Error) => setError(caught.message));
  };
  if (!status.caughtUp.length && !status.waiting.length && !status.blocked.length) return null;
  return (
    <div
      className="banner banner-warning schedule-notice"
      role="region"
      aria-label={t('workflow.title')}
    >
      {status.caughtUp.length > 0 && (
        <div role="status">
          <p>{t('workflow.notice.caughtUp', { count: status.caughtUp.length })}</p>
          {list(status.caughtUp)}
          <button type="button" onClick={() => act(call('schedule:dismiss', {}))}>
            {t('workflow.notice.dismiss')}
          </button>
        </div>
      )}
      {status.waiting.length > 0 && (
        <div role="alert">
          <p>{t('workflow.notice.waiting', { count: status.waiting.length })}</p>
          {list(status.waiting)}
          {chief && (
            <button
              type="button"
              className="primary"
              onClick={() =>
                act(call('schedule:confirm', { ids: status.waiting.map((w) => w.id) }))
              }
            >
              {t('workflow.notice.publishAll')}
            </button>
          )}
        </div>
      )}
      {status.blocked.length > 0 && (
        <div>
          <p>{t('workflow.notice.blocked', { count: status.blocked.length })}</p>
          {list(status.blocked)}
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
