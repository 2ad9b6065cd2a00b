/**
 * Slots other features fill in the editor: panels in the side column (tag suggestions,
 * workflow) and controls in the top bar (status, schedule, "Add to zone"). A feature adds
 * an entry here; the editor renders each with the open article.
 */
import type { ReactNode } from 'react';
import type { Article, ArticleContent } from '@shared/domain';

export interface EditorSlotContext {
  article: Article;
  fields: ArticleContent;
  setFields: (change: Partial<ArticleContent>) => void;
  /** Saves pending edits first; for actions that change the stored article. */
  flush: () => Promise<void>;
  /** Replaces the open article with a stored one returned by another channel. */
  load: (article: Article) => void;
}

export interface EditorSlot {
  id: string;
  render: (context: EditorSlotContext) => ReactNode;
}

export const EDITOR_SIDE_PANELS: EditorSlot[] = [];
export const EDITOR_TOOLBAR_ITEMS: EditorSlot[] = [];
