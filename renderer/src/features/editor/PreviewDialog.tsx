/** The article as the site will show it, in a frame that runs no script (sandbox=""). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleContent } from '@shared/domain';
import { call } from '../../bridge/transport';

interface PreviewDialogProps {
  articleId: string;
  content: () => ArticleContent | null;
  onClose: () => void;
}

export function PreviewDialog({ articleId, content, onClose }: PreviewDialogProps) {
  const { t } = useTranslation();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const current = content();
    call('preview:article', current ? { id: articleId, content: current } : { id: articleId })
      .then((result) => setHtml(result.html))
      .catch((caught: Error) => setError(caught.message));
    // The preview shows the content at the moment it was opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <section
        className="modal preview-modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('editor.preview.title')}
      >
        <header className="panel-header">
          <h2>{t('editor.preview.title')}</h2>
          <button type="button" onClick={onClose}>
            {t('editor.preview.close')}
          </button>
        </header>
        {error && <p role="alert">{error}</p>}
        {html !== null && (
          <iframe
            className="preview-frame"
            title={t('editor.preview.frame')}
            sandbox=""
            srcDoc={html}
          />
        )}
      </section>
    </div>
  );
}
