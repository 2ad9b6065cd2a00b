/**
 * The slug: made from the headline until edited by hand, validated as typed, fixed once
 * the article is published (the store keeps it so too).
 */
import { useTranslation } from 'react-i18next';
import { isValidSlug, slugify } from '@shared/slug';

interface SlugFieldProps {
  headline: string;
  /** '' while automatic. */
  slug: string;
  stored: string;
  published: boolean;
  serverError: string | null;
  onChange: (slug: string) => void;
}

export function SlugField({
  headline,
  slug,
  stored,
  published,
  serverError,
  onChange,
}: SlugFieldProps) {
  const { t } = useTranslation();
  const manual = slug !== '';
  const shown = published ? stored : manual ? slug : slugify(headline) || stored;
  const invalid = manual && !isValidSlug(slug);
  return (
    <div className="field">
      <label>
        {t('editor.slug')}
        <input
          value={shown}
          readOnly={published}
          aria-invalid={invalid || Boolean(serverError)}
          aria-describedby="slug-help"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value.toLowerCase())}
        />
      </label>
      <p id="slug-help" className={invalid || serverError ? 'field-error' : 'field-hint'}>
        {published
          ? t('editor.slugLocked')
          : invalid
            ? t('editor.slugInvalid')
            : (serverError ?? (manual ? t('editor.slugManual') : t('editor.slugAuto')))}
        {manual && !published && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => onChange('')}>
              {t('editor.slugReset')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
