/** The featured image: chosen from a file (copied into the store), with caption, credit, alt. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageRef } from '@shared/domain';
import { mediaUrl } from '../../bridge/media-url';
import { importImageFile } from './import-image';

interface FeaturedImageFieldProps {
  image: ImageRef | null;
  onChange: (image: ImageRef | null) => void;
}

export function FeaturedImageField({ image, onChange }: FeaturedImageFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const src = await importImageFile(file);
      onChange({
        src,
        alt: image?.alt ?? '',
        caption: image?.caption ?? '',
        credit: image?.credit ?? '',
      });
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="field featured-image">
      <legend>{t('editor.featured')}</legend>
      {image && <img className="featured-thumb" src={mediaUrl(image.src)} alt={image.alt} />}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {image ? t('editor.replaceImage') : t('editor.chooseImage')}
        </button>
        {image && (
          <button type="button" onClick={() => onChange(null)}>
            {t('editor.removeImage')}
          </button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        hidden
        accept="image/jpeg,image/png,image/webp,image/gif"
        aria-label={t('editor.featured')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      {busy && <p role="status">{t('editor.importing')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {image && (
        <>
          <label>
            {t('editor.caption')}
            <input
              value={image.caption}
              onChange={(e) => onChange({ ...image, caption: e.target.value })}
            />
          </label>
          <label>
            {t('editor.credit')}
            <input
              value={image.credit}
              onChange={(e) => onChange({ ...image, credit: e.target.value })}
            />
          </label>
          <label>
            {t('editor.alt')}
            <input
              value={image.alt}
              onChange={(e) => onChange({ ...image, alt: e.target.value })}
            />
          </label>
        </>
      )}
    </fieldset>
  );
}
