/** The built-in gazetteer of the region's places, adoptable as place tags in one click. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GazetteerEntry } from '@shared/contract/taxonomy';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';

export function GazetteerCard({ onError }: { onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const { tags, reload } = useDesk();
  const [entries, setEntries] = useState<GazetteerEntry[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    call('gazetteer:list', {})
      .then(setEntries)
      .catch((caught: Error) => onError(caught.message));
  }, [tags, onError]);
  const adopted = entries.filter((e) => e.tagId !== null).length;
  return (
    <section className="taxonomy-section" aria-label={t('taxonomy.gazetteer.title')}>
      <h2>{t('taxonomy.gazetteer.title')}</h2>
      <p>{t('taxonomy.gazetteer.body', { total: entries.length, adopted })}</p>
      <button
        type="button"
        disabled={entries.length === 0 || adopted === entries.length}
        onClick={() =>
          call('gazetteer:adopt', {})
            .then(async (result) => {
              setMessage(t('taxonomy.gazetteer.adopted', { added: result.added }));
              await reload();
            })
            .catch((caught: Error) => onError(caught.message))
        }
      >
        {t('taxonomy.gazetteer.adopt')}
      </button>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
