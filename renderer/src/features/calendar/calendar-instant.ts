/** Where an article sits on the calendar: its due time while scheduled, its publication once out. */
import type { ArticleSummary } from '@shared/domain';
import { dueAt } from '@shared/workflow';

/** Same rule as the core's calendar: a scheduled article sits where it really goes live (after any embargo). */
export function calendarInstantOf(article: ArticleSummary): string | null {
  if (article.status === 'scheduled') return dueAt(article);
  if (article.status === 'published') return article.publishedAt;
  return null;
}
