/**
 * Workflow controls for one article: status actions the current role may take, schedule
 * at a newsroom date and time (asking which when the clocks go back), publish now,
 * unpublish, embargo, flags with their reason, and the status history. Self-contained:
 * give it the article and it reports every updated version through `onChange`; `prepare`
 * runs first (the editor saves pending text, so what goes live is what is on screen).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain';
import { availableActions, flagBlock, type WorkflowAction } from '@shared/workflow';
import { addDays, localDate, toLocalMinute, type FoldChoice as Choice } from '@shared/zoned-time';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { EmbargoControl } from './EmbargoControl';
import { FlagsControl } from './FlagsControl';
import { FoldChoice } from './FoldChoice';
import { LocalTimeFields } from './LocalTimeFields';
import { foldCandidates, type FoldCandidates } from './schedule-error';
import { TransitionHistory } from './TransitionHistory';
import { ZonedTime } from './ZonedTime';

type SimpleAction = Exclude<WorkflowAction, 'schedule' | 'publish'>;

export function WorkflowPanel({
  article,
  onChange,
  prepare = async () => undefined,
}: {
  article: Article;
  onChange: (article: Article) => void;
  prepare?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const role = settings.profile.role;
  const zone = settings.timeZone;
  const actions = availableActions(article.status, role);
  const [withTwin, setWithTwin] = useState(false);
  const [local, setLocal] = useState(() =>
    article.publishAt
      ? toLocalMinute(article.publishAt, zone)
      : `${addDays(localDate(new Date(), zone), 1)}T09:00`,
  );
  const [fold, setFold] = useState<FoldCandidates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<Article | Article[]>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await prepare();
      const result = await work();
      const mine = Array.isArray(result) ? result.find((a) => a.id === article.id) : result;
      if (mine) onChange(mine);
    } catch (caught) {
      const candidates = foldCandidates(caught);
      if (candidates) setFold(candidates);
      else setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const transition = (action: SimpleAction) =>
    run(
      async () =>
        (await call('workflow:transition', { id: article.id, action, withTwin })).articles,
    );
  const schedule = (choice?: Choice) =>
    run(async () => {
      setFold(null);
      return (
        await call('workflow:schedule', {
          id: article.id,
          local,
          withTwin,
          ...(choice ? { choice } : {}),
        })
      ).articles;
    });
  const publish = () =>
    run(async () => (await call('workflow:publish', { id: article.id, withTwin })).articles);

  const simple = actions.filter(
    (action): action is SimpleAction => action !== 'schedule' && action !== 'publish',
  );
  const block = flagBlock(article);

  return (
    <section className="workflow-panel" aria-label={t('workflow.title')}>
      <h2>{t('workflow.title')}</h2>
      <p className="workflow-status">
        <span className={`status status-${article.status}`}>
          {t('workflow.status', { status: t(`status.${article.status}`) })}
        </span>{' '}
        {article.status === 'scheduled' && article.publishAt && (
          <span>
            {t('workflow.schedule.at', { time: '' })}
            <ZonedTime instant={article.publishAt} />
          </span>
        )}
        {article.status === 'published' && article.publishedAt && (
          <span>
            {t('workflow.schedule.published', { time: '' })}
            <ZonedTime instant={article.publishedAt} />
          </span>
        )}
      </p>
      {block && (
        <p className="banner banner-warning" role="note">
          {t('workflow.flags.blocked', { reason: block })}
        </p>
      )}
      {role !== 'desk_chief' && <p className="notice">{t('workflow.chiefOnly')}</p>}
      {article.twinId && (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={withTwin}
            onChange={(e) => setWithTwin(e.target.checked)}
          />
          {t('workflow.withTwin')}
        </label>
      )}
      <div className="workflow-actions">
        {simple.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            className={action === 'spike' || action === 'unpublish' ? 'danger' : undefined}
            onClick={() => void transition(action)}
          >
            {t(`workflow.actions.${action}`)}
          </button>
        ))}
        {actions.includes('publish') && (
          <button
            type="button"
            className="primary"
            disabled={busy || !!block}
            onClick={() => void publish()}
          >
            {t('workflow.actions.publish')}
          </button>
        )}
      </div>
      {actions.includes('schedule') && (
        <form
          className="schedule-form"
          onSubmit={(event) => {
            event.preventDefault();
            void schedule();
          }}
        >
          <fieldset disabled={busy || !!block}>
            <legend>{t('workflow.schedule.legend', { zone })}</legend>
            <LocalTimeFields value={local} onChange={setLocal} />
            <button type="submit">
              {article.status === 'scheduled'
                ? t('workflow.schedule.reschedule')
                : t('workflow.schedule.submit')}
            </button>
          </fieldset>
        </form>
      )}
      {fold && (
        <FoldChoice
          candidates={fold}
          onChoose={(choice) => void schedule(choice)}
          onCancel={() => setFold(null)}
        />
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {article.status !== 'spiked' && article.status !== 'published' && (
        <EmbargoControl article={article} onChange={onChange} prepare={prepare} />
      )}
      {article.status !== 'spiked' && (
        <FlagsControl article={article} onChange={onChange} prepare={prepare} />
      )}
      <TransitionHistory transitions={article.transitions} />
    </section>
  );
}
