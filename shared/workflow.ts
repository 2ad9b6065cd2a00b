/**
 * The status rules of the desk, pure and shared: which workflow action moves an article
 * from which status to which, and which role may take it. The core enforces these
 * (answering `forbidden` or `conflict`); the UI reads the same table to offer only the
 * buttons that will work.
 */
import type { Article, ArticleStatus, Role } from './domain.js';

export const WORKFLOW_ACTIONS = [
  'submit',
  'markEdited',
  'returnToDraft',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'spike',
  'restore',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const BOTH: readonly Role[] = ['editor', 'desk_chief'];
const CHIEF: readonly Role[] = ['desk_chief'];

interface ActionRule {
  /** Statuses the action starts from, each with the roles allowed to take it from there. */
  from: Partial<Record<ArticleStatus, readonly Role[]>>;
  /** The status it leads to; `restore` returns to the status the article had before the trash. */
  to: ArticleStatus | 'previous';
}

export const ACTION_RULES: Record<WorkflowAction, ActionRule> = {
  submit: { from: { draft: BOTH }, to: 'submitted' },
  markEdited: { from: { submitted: BOTH }, to: 'edited' },
  returnToDraft: { from: { submitted: BOTH, edited: BOTH }, to: 'draft' },
  // Rescheduling is scheduling again from `scheduled`.
  schedule: { from: { edited: CHIEF, scheduled: CHIEF }, to: 'scheduled' },
  unschedule: { from: { scheduled: CHIEF }, to: 'edited' },
  publish: { from: { edited: CHIEF, scheduled: CHIEF }, to: 'published' },
  unpublish: { from: { published: CHIEF }, to: 'edited' },
  // Anything not yet published can go to the trash; taking a scheduled story off the
  // schedule that way is a scheduling decision, so it is the desk chief's.
  spike: { from: { draft: BOTH, submitted: BOTH, edited: BOTH, scheduled: CHIEF }, to: 'spiked' },
  restore: { from: { spiked: BOTH }, to: 'previous' },
};

export type TransitionCheck =
  { ok: true; to: ArticleStatus } | { ok: false; code: 'conflict' | 'forbidden'; message: string };

const ACTION_NAMES: Record<WorkflowAction, string> = {
  submit: 'submit for editing',
  markEdited: 'mark as edited',
  returnToDraft: 'return to draft',
  schedule: 'schedule',
  unschedule: 'take off the schedule',
  publish: 'publish',
  unpublish: 'unpublish',
  spike: 'spike',
  restore: 'restore',
};

/** What to do instead, for the refusals people run into most. */
const HINTS: Partial<Record<`${WorkflowAction}:${ArticleStatus}`, string>> = {
  'spike:published': 'A published article cannot be spiked; unpublish it first.',
  'spike:spiked': 'The article is already in the trash.',
  'restore:draft': 'The article is not in the trash.',
  'schedule:draft': 'Only an edited article can be scheduled: submit it and mark it edited first.',
  'schedule:submitted': 'Only an edited article can be scheduled: mark it edited first.',
  'publish:draft': 'Only an edited article can be published: submit it and mark it edited first.',
  'publish:submitted': 'Only an edited article can be published: mark it edited first.',
  'publish:published': 'The article is already published.',
};

const ROLE_NAMES: Record<Role, string> = { editor: 'an editor', desk_chief: 'the desk chief' };

/**
 * Where a spiked article goes back to. A story spiked while scheduled returns to
 * `edited`: its slot may have passed, so it is scheduled again on purpose, not by accident.
 */
export function restoredStatus(statusBeforeSpike: ArticleStatus | null): ArticleStatus {
  if (!statusBeforeSpike || statusBeforeSpike === 'spiked' || statusBeforeSpike === 'published')
    return 'draft';
  return statusBeforeSpike === 'scheduled' ? 'edited' : statusBeforeSpike;
}

/** Whether `role` may take `action` on an article in `status`, and where it leads. */
export function checkTransition(
  action: WorkflowAction,
  status: ArticleStatus,
  role: Role,
  statusBeforeSpike: ArticleStatus | null = null,
): TransitionCheck {
  const rule = ACTION_RULES[action];
  const roles = rule.from[status];
  // A role that may never take this action is told so, whatever the status.
  const everAllowed = Object.values(rule.from).some((allowed) => allowed.includes(role));
  if (!everAllowed) {
    const chiefOnly = Object.values(rule.from).flat();
    return {
      ok: false,
      code: 'forbidden',
      message: `Only ${[...new Set(chiefOnly)].map((r) => ROLE_NAMES[r]).join(' or ')} can ${ACTION_NAMES[action]} articles.`,
    };
  }
  if (!roles) {
    return {
      ok: false,
      code: 'conflict',
      message:
        HINTS[`${action}:${status}`] ??
        `Cannot ${ACTION_NAMES[action]} an article that is ${status}.`,
    };
  }
  if (!roles.includes(role)) {
    return {
      ok: false,
      code: 'forbidden',
      message: `Only ${roles.map((r) => ROLE_NAMES[r]).join(' or ')} can ${ACTION_NAMES[action]} an article that is ${status}.`,
    };
  }
  return { ok: true, to: rule.to === 'previous' ? restoredStatus(statusBeforeSpike) : rule.to };
}

/** The actions `role` can take on an article in `status` (what the UI offers). */
export function availableActions(status: ArticleStatus, role: Role): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => checkTransition(action, status, role).ok);
}

/** Why an article may not be scheduled or exported right now, or null when nothing blocks it. */
export function flagBlock(article: Pick<Article, 'flags'>): string | null {
  const { legalCheck, notForPublication, reason } = article.flags;
  if (!legalCheck && !notForPublication) return null;
  const what = [legalCheck && 'needs a legal check', notForPublication && 'is not for publication']
    .filter(Boolean)
    .join(' and ');
  return `The article ${what}${reason ? `: ${reason}` : ''}. Clear the flag first.`;
}

/** True while an embargo holds at `now`. */
export function isEmbargoed(article: Pick<Article, 'embargoUntil'>, now: Date): boolean {
  return article.embargoUntil !== null && Date.parse(article.embargoUntil) > now.getTime();
}

/**
 * The instant a scheduled article actually goes live: its publish time, or the end of its
 * embargo if that is later (the embargo wins over the schedule, whatever else says so).
 */
export function dueAt(article: Pick<Article, 'publishAt' | 'embargoUntil'>): string | null {
  if (!article.publishAt) return null;
  if (article.embargoUntil && Date.parse(article.embargoUntil) > Date.parse(article.publishAt))
    return article.embargoUntil;
  return article.publishAt;
}
