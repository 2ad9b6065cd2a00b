/** "Legal check needed" and "not for publication", with the reason the desk sees. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain';
import { call } from '../../bridge/transport';

export function FlagsControl({
  article,
  onChange,
  prepare,
}: {
  article: Article;
  onChange: (article: Article) => void;
  prepare: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [flags, setFlags] = useState(article.flags);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flags-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        prepare()
          .then(() => call('workflow:flags', { id: article.id, flags }))
          .then((saved) => {
            setFlags(saved.flags);
            onChange(saved);
          })
          .catch((caught: Error) => setError(caught.message));
      }}
    >
      <fieldset>
        <legend>{t('workflow.flags.legend')}</legend>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={flags.legalCheck}
            onChange={(e) => setFlags({ ...flags, legalCheck: e.target.checked })}
          />
          {t('workflow.flags.legalCheck')}
        </label>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={flags.notForPublication}
            onChange={(e) => setFlags({ ...flags, notForPublication: e.target.checked })}
          />
          {t('workflow.flags.notForPublication')}
        </label>
        <label>
          {t('workflow.flags.reason')}
          <input
            value={flags.reason}
            maxLength={500}
            onChange={(e) => setFlags({ ...flags, reason: e.target.value })}
          />
        </label>
        <button type="submit">{t('workflow.flags.save')}</button>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
