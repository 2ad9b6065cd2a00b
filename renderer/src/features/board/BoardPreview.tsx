/** The home page and an article page's latest-news block as the site would show them, live. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain';
import { call } from '../../bridge/transport';

export function BoardPreview({ language, version }: { language: Language; version: string }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<{ home: string; articlePage: string } | null>(null);
  useEffect(() => {
    let current = true;
    call('board:preview', { language })
      .then((result) => current && setPages(result))
      .catch(() => current && setPages(null));
    return () => {
      current = false;
    };
  }, [language, version]);
  if (!pages) return null;
  return (
    <div className="board-preview">
      <figure>
        <figcaption>{t('board.previewPanel.home')}</figcaption>
        {/* No scripts, no same-origin: the preview can only be looked at. */}
        <iframe title={t('board.previewPanel.home')} sandbox="" srcDoc={pages.home} />
      </figure>
      <figure>
        <figcaption>{t('board.previewPanel.article')}</figcaption>
        <iframe title={t('board.previewPanel.article')} sandbox="" srcDoc={pages.articlePage} />
      </figure>
    </div>
  );
}
