/**
 * Slots other features fill in the editor: panels in the side column (tag suggestions,
 * workflow) and controls in the top bar (status, schedule, "Add to zone"). A feature adds
 * an entry here; the editor renders each with the open article.
 */
import { createElement, type ReactNode } from 'react';
import type { Article, ArticleContent } from '@shared/domain';
import { AddToZoneMenu } from '../board/AddToZoneMenu';
import { WorkflowPanel } from '../workflow/WorkflowPanel';

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

export const EDITOR_SIDE_PANELS: EditorSlot[] = [
  {
    id: 'workflow',
    // Pending text is saved before any workflow action, then the stored result is loaded.
    render: ({ article, flush, load }) =>
      createElement(WorkflowPanel, { article, onChange: load, prepare: flush }),
  },
];
export const EDITOR_TOOLBAR_ITEMS: EditorSlot[] = [
  { id: 'add-to-zone', render: ({ article }) => createElement(AddToZoneMenu, { article }) },
];
