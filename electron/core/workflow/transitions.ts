/**
 * Applying a workflow action to an article, pure: checks the shared status rules, then
 * returns the next article with its status, dates and a recorded transition (who, when,
 * from, to). Callers write the result; nothing here touches the disk or the clock.
 */
import type { Article } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import {
  checkTransition,
  flagBlock,
  isEmbargoed,
  type WorkflowAction,
} from '../../../shared/workflow.js';
import type { Actor } from './permissions.js';

export interface TransitionOptions {
  /** For `schedule`: the instant to publish at. */
  publishAt?: string;
  note?: string;
}

/** Throws the rule's error (`conflict` or `forbidden`) when the action is not allowed. */
export function assertTransition(article: Article, action: WorkflowAction, actor: Actor): void {
  const check = checkTransition(action, article.status, actor.role, article.statusBeforeSpike);
  if (!check.ok) throw new AppError(check.code, check.message, { status: article.status, action });
}

/** Refuses publication of a flagged or embargoed article. */
export function assertPublishable(article: Article, now: Date): void {
  const block = flagBlock(article);
  if (block) throw new AppError('conflict', block, { flags: article.flags });
  if (isEmbargoed(article, now)) {
    throw new AppError(
      'conflict',
      `The article is under embargo until ${article.embargoUntil}; it cannot be published before then.`,
      { embargoUntil: article.embargoUntil },
    );
  }
}

export function applyTransition(
  article: Article,
  action: WorkflowAction,
  actor: Actor,
  now: Date,
  options: TransitionOptions = {},
): Article {
  const at = now.toISOString();
  const check = checkTransition(action, article.status, actor.role, article.statusBeforeSpike);
  if (!check.ok) throw new AppError(check.code, check.message);
  const to = check.to;
  const next: Article = { ...article, status: to, updatedBy: actor.name };
  switch (action) {
    case 'schedule': {
      const block = flagBlock(article);
      if (block) throw new AppError('conflict', block, { flags: article.flags });
      if (!options.publishAt) throw new AppError('invalid_input', 'A schedule needs a time.');
      if (Date.parse(options.publishAt) <= now.getTime()) {
        throw new AppError(
          'invalid_input',
          'That time has already passed. Choose a later time, or publish now.',
          { publishAt: options.publishAt },
        );
      }
      next.publishAt = new Date(options.publishAt).toISOString();
      break;
    }
    case 'publish':
      assertPublishable(article, now);
      // A republished story keeps its first publication date, and with it its URL.
      next.publishedAt = article.publishedAt ?? at;
      break;
    case 'unschedule':
    case 'unpublish':
      next.publishAt = null;
      break;
    case 'spike':
      next.statusBeforeSpike = article.status;
      next.spikedAt = at;
      next.publishAt = null;
      break;
    case 'restore':
      next.statusBeforeSpike = null;
      next.spikedAt = null;
      break;
    default:
      break;
  }
  next.transitions = [
    ...article.transitions,
    {
      from: article.status,
      to,
      at,
      by: actor.name,
      ...(options.note ? { note: options.note } : {}),
      ...(action === 'schedule' && next.publishAt ? { publishAt: next.publishAt } : {}),
    },
  ];
  return next;
}
