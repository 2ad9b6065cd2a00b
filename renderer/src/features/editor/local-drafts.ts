/**
 * Unsaved edits kept on this computer (localStorage), keyed by article id, with the
 * revision they were based on. Written a moment after each change and when the page is
 * hidden or closed; removed once the store has acknowledged the same content.
 */
import { z } from 'zod';
import { articleContentSchema, type ArticleContent } from '@shared/domain';

const PREFIX = 'newsroom.draft.';

const localDraftSchema = z.object({
  articleId: z.string(),
  baseRevision: z.number().int().min(1),
  content: articleContentSchema,
  at: z.string(),
});
export type LocalDraft = z.infer<typeof localDraftSchema>;

export function readLocalDraft(articleId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + articleId);
    if (!raw) return null;
    const parsed = localDraftSchema.safeParse(JSON.parse(raw));
    // A copy that no longer fits the schema is kept under another key rather than lost.
    if (!parsed.success) {
      localStorage.setItem(`${PREFIX}unreadable.${articleId}.${Date.now()}`, raw);
      localStorage.removeItem(PREFIX + articleId);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (storage full or disabled). */
export function writeLocalDraft(
  articleId: string,
  baseRevision: number,
  content: ArticleContent,
): boolean {
  try {
    const draft: LocalDraft = { articleId, baseRevision, content, at: new Date().toISOString() };
    localStorage.setItem(PREFIX + articleId, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(articleId: string): void {
  try {
    localStorage.removeItem(PREFIX + articleId);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** True when two contents are the same article text and fields (an automatic slug matches any). */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  const slug = a.slug && b.slug ? a.slug : '';
  return JSON.stringify(normalise({ ...a, slug })) === JSON.stringify(normalise({ ...b, slug }));
}

function normalise(content: ArticleContent): ArticleContent {
  return articleContentSchema.parse(content);
}
