/** Where an article sits on the calendar: its publish time while scheduled, its publication once out. */
import type { ArticleSummary } from '@shared/domain';

export function calendarInstantOf(article: ArticleSummary): string | null {
  if (article.status === 'scheduled') return article.publishAt;
  if (article.status === 'published') return article.publishedAt;
  return null;
}
