/**
 * One article's page as the export will write it, in a sandboxed frame: `sandbox=""`
 * (no scripts, no forms, no navigation of the app) and `srcdoc`, so nothing is fetched
 * to show it; the page's own CSP applies inside as well.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/contract/index';
import { call } from '../../bridge/transport';
import './export.css';

export function PreviewScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ResponseOf<'export:preview'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('export:preview', { id })
      .then(setPreview)
      .catch((caught: Error) => setError(caught.message));
  }, [id]);
  return (
    <section className="preview-screen" aria-labelledby="preview-title">
      <div className="form-toolbar">
        <a href={`#/article/${encodeURIComponent(id)}`}>← {t('export.back')}</a>
        <h1 id="preview-title">{t('export.previewTitle')}</h1>
      </div>
      <p className="notice">{t('export.previewNote')}</p>
      {preview && !preview.exportable && (
        <p className="banner banner-warning">{t('export.previewNotExportable')}</p>
      )}
      {preview && preview.warnings.length > 0 && (
        <ul className="export-warnings">
          {preview.warnings.map((warning, i) => (
            <li key={`${warning.code}-${i}`}>{warning.message}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {preview && (
        <iframe
          className="preview-frame"
          title={t('export.previewFrame')}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={preview.html}
        />
      )}
    </section>
  );
}
