/** The taxonomy manager: categories, tags and the gazetteer on one screen. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryManager } from './CategoryManager';
import { GazetteerCard } from './GazetteerCard';
import { TagManager } from './TagManager';

export function TaxonomyScreen() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="taxonomy" aria-label={t('taxonomy.title')}>
      <h1>{t('taxonomy.title')}</h1>
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.generic', { message: error })}
        </p>
      )}
      <CategoryManager onError={setError} />
      <TagManager onError={setError} />
      <GazetteerCard onError={setError} />
    </section>
  );
}
