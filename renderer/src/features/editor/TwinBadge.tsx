/** How a desk row stands with its twin in the other language: none, missing, out of date, linked. */
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { otherLanguage } from '@shared/twins';

export function TwinBadge({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  const other = otherLanguage(article.language);
  const state = article.twinState;
  const label =
    state === 'outdated' ? t('editor.twin.outdated') : t(`editor.twin.${state}_${other}`);
  const badge = <span className={`twin-badge twin-${state}`}>{label}</span>;
  return article.twinId && state !== 'missing' ? (
    <a href={`#/article/${encodeURIComponent(article.twinId)}`} lang={other}>
      {badge}
    </a>
  ) : (
    badge
  );
}
