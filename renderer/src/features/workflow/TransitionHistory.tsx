/** The article's status history: who moved it, when, from what to what. */
import { useTranslation } from 'react-i18next';
import type { Transition } from '@shared/domain';
import { ZonedTime } from './ZonedTime';

export function TransitionHistory({ transitions }: { transitions: Transition[] }) {
  const { t } = useTranslation();
  return (
    <section className="workflow-history" aria-label={t('workflow.history.title')}>
      <h3>{t('workflow.history.title')}</h3>
      {transitions.length === 0 ? (
        <p className="notice">{t('workflow.history.empty')}</p>
      ) : (
        <ol>
          {[...transitions].reverse().map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <strong>
                {t('workflow.history.entry', {
                  from: t(`status.${entry.from}`),
                  to: t(`status.${entry.to}`),
                })}
              </strong>{' '}
              <span>{t('workflow.history.by', { name: entry.by })}</span>{' '}
              <ZonedTime instant={entry.at} />
              {entry.publishAt && (
                <span className="history-note">
                  {' · '}
                  {t('workflow.schedule.at', { time: '' })}
                  <ZonedTime instant={entry.publishAt} />
                </span>
              )}
              {entry.note && <span className="history-note"> · {entry.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
