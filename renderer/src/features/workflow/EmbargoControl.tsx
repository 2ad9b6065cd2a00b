/** The article's embargo: shown in both zones, set or extended by anyone, lifted by the desk chief. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain';
import { addDays, localDate, toLocalMinute, type FoldChoice as Choice } from '@shared/zoned-time';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { FoldChoice } from './FoldChoice';
import { LocalTimeFields } from './LocalTimeFields';
import { foldCandidates, type FoldCandidates } from './schedule-error';
import { ZonedTime } from './ZonedTime';

export function EmbargoControl({
  article,
  onChange,
  prepare,
}: {
  article: Article;
  onChange: (article: Article) => void;
  prepare: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const zone = settings.timeZone;
  const [local, setLocal] = useState(() =>
    article.embargoUntil
      ? toLocalMinute(article.embargoUntil, zone)
      : `${addDays(localDate(new Date(), zone), 1)}T06:00`,
  );
  const [fold, setFold] = useState<FoldCandidates | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (value: string | null, choice?: Choice): Promise<void> => {
    setError(null);
    setFold(null);
    try {
      await prepare();
      onChange(
        await call('workflow:embargo', {
          id: article.id,
          local: value,
          ...(choice ? { choice } : {}),
        }),
      );
    } catch (caught) {
      const candidates = foldCandidates(caught);
      if (candidates) setFold(candidates);
      else setError((caught as Error).message);
    }
  };

  return (
    <form
      className="embargo-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(local);
      }}
    >
      <fieldset>
        <legend>{t('workflow.embargo.legend')}</legend>
        <p>
          {article.embargoUntil ? (
            <>
              {t('workflow.embargo.until', { time: '' })}
              <ZonedTime instant={article.embargoUntil} />
            </>
          ) : (
            t('workflow.embargo.none')
          )}
        </p>
        <LocalTimeFields value={local} onChange={setLocal} />
        <button type="submit">{t('workflow.embargo.set')}</button>
        {article.embargoUntil && (
          <button type="button" onClick={() => void save(null)}>
            {t('workflow.embargo.lift')}
          </button>
        )}
        {fold && (
          <FoldChoice
            candidates={fold}
            onChoose={(choice) => void save(local, choice)}
            onCancel={() => setFold(null)}
          />
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
