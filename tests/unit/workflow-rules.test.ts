/**
 * Every (action, status, role) triple, allowed and refused, first against the shared
 * rules and then through the real core on disk, against a table written out by hand here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { ARTICLE_STATUSES, ROLES, type ArticleStatus, type Role } from '../../shared/domain.js';
import { AppError } from '../../shared/errors.js';
import {
  WORKFLOW_ACTIONS,
  availableActions,
  checkTransition,
  type WorkflowAction,
} from '../../shared/workflow.js';
import { makeTempDir, openTestCore, type TestClock } from '../helpers/temp-store.js';

const E = 'editor';
const C = 'desk_chief';
/** The expected table: action -> status it may start from -> roles allowed -> result status. */
const EXPECTED: Record<
  WorkflowAction,
  Partial<Record<ArticleStatus, { roles: Role[]; to: ArticleStatus }>>
> = {
  submit: { draft: { roles: [E, C], to: 'submitted' } },
  markEdited: { submitted: { roles: [E, C], to: 'edited' } },
  returnToDraft: {
    submitted: { roles: [E, C], to: 'draft' },
    edited: { roles: [E, C], to: 'draft' },
  },
  schedule: { edited: { roles: [C], to: 'scheduled' }, scheduled: { roles: [C], to: 'scheduled' } },
  unschedule: { scheduled: { roles: [C], to: 'edited' } },
  publish: { edited: { roles: [C], to: 'published' }, scheduled: { roles: [C], to: 'published' } },
  unpublish: { published: { roles: [C], to: 'edited' } },
  spike: {
    draft: { roles: [E, C], to: 'spiked' },
    submitted: { roles: [E, C], to: 'spiked' },
    edited: { roles: [E, C], to: 'spiked' },
    scheduled: { roles: [C], to: 'spiked' },
  },
  // Restored to the status before the trash; the matrix spikes from a draft.
  restore: { spiked: { roles: [E, C], to: 'draft' } },
};

type Expectation = { ok: true; to: ArticleStatus } | { ok: false; code: 'conflict' | 'forbidden' };
function expected(action: WorkflowAction, status: ArticleStatus, role: Role): Expectation {
  const rule = EXPECTED[action][status];
  const everAllowed = Object.values(EXPECTED[action]).some((r) => r.roles.includes(role));
  if (!everAllowed) return { ok: false, code: 'forbidden' };
  if (!rule) return { ok: false, code: 'conflict' };
  if (!rule.roles.includes(role)) return { ok: false, code: 'forbidden' };
  return { ok: true, to: rule.to };
}

const triples = WORKFLOW_ACTIONS.flatMap((action) =>
  ARTICLE_STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
);

describe('shared status rules', () => {
  it.each(triples)('$action from $status as $role', ({ action, status, role }) => {
    const want = expected(action, status, role);
    const got = checkTransition(action, status, role, 'draft');
    expect(got.ok).toBe(want.ok);
    if (want.ok && got.ok) expect(got.to).toBe(want.to);
    if (!want.ok && !got.ok) expect(got.code).toBe(want.code);
  });

  it('offers the UI exactly the allowed actions', () => {
    expect(availableActions('edited', 'editor')).toEqual(['returnToDraft', 'spike']);
    expect(availableActions('edited', 'desk_chief')).toEqual([
      'returnToDraft',
      'schedule',
      'publish',
      'spike',
    ]);
    expect(availableActions('published', 'editor')).toEqual([]);
  });

  it('restores a story spiked while scheduled to edited, not back onto a stale slot', () => {
    expect(checkTransition('restore', 'spiked', 'editor', 'scheduled')).toEqual({
      ok: true,
      to: 'edited',
    });
    expect(checkTransition('restore', 'spiked', 'editor', 'submitted')).toEqual({
      ok: true,
      to: 'submitted',
    });
  });
});

describe('the core enforces the rules', () => {
  let core: Core;
  let clock: TestClock;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const temp = await makeTempDir('workflow-rules');
    cleanup = temp.cleanup;
    ({ core, clock } = await openTestCore(temp.dir));
    await core.call('settings:update', { timeZone: 'UTC' });
  });
  afterAll(async () => {
    await core.close();
    await cleanup();
  });

  const asRole = (role: Role) =>
    core.call('settings:update', {
      profile: { name: role === C ? 'Nino (chief)' : 'Arman', role },
    });

  /** Drives a fresh article to `status` as the desk chief, the way the desk would. */
  async function articleIn(status: ArticleStatus): Promise<string> {
    await asRole(C);
    const { id } = await core.call('articles:create', {
      content: { language: 'en', headline: `In ${status}` },
    });
    const step = (action: 'submit' | 'markEdited' | 'spike') =>
      core.call('workflow:transition', { id, action });
    if (status === 'draft') return id;
    if (status === 'spiked') {
      await step('spike');
      return id;
    }
    await step('submit');
    if (status === 'submitted') return id;
    await step('markEdited');
    if (status === 'edited') return id;
    await core.call('workflow:schedule', { id, local: '2026-03-02T09:00' });
    if (status === 'scheduled') return id;
    await core.call('workflow:publish', { id });
    return id;
  }

  async function attempt(action: WorkflowAction, id: string) {
    if (action === 'schedule')
      return core.call('workflow:schedule', { id, local: '2026-03-03T10:00' });
    if (action === 'publish') return core.call('workflow:publish', { id });
    return core.call('workflow:transition', { id, action });
  }

  it.each(triples)('$action from $status as $role', async ({ action, status, role }) => {
    const id = await articleIn(status);
    await asRole(role);
    const before = await core.call('articles:get', { id });
    const want = expected(action, status, role);
    if (want.ok) {
      const { articles } = await attempt(action, id);
      expect(articles[0]?.status).toBe(want.to);
      const last = articles[0]?.transitions.at(-1);
      expect(last).toMatchObject({
        from: status,
        to: want.to,
        by: role === C ? 'Nino (chief)' : 'Arman',
      });
      expect(last?.at).toBe(clock.now().toISOString());
    } else {
      const error = await attempt(action, id).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(want.code);
      const after = await core.call('articles:get', { id });
      expect(after.revision).toBe(before.revision);
      expect(after.status).toBe(status);
    }
  });

  it('spike and restore through the article channels follow the same rules', async () => {
    const id = await articleIn('scheduled');
    await asRole(E);
    await expect(core.call('articles:spike', { id })).rejects.toMatchObject({ code: 'forbidden' });
    await asRole(C);
    const spiked = await core.call('articles:spike', { id });
    expect(spiked).toMatchObject({
      status: 'spiked',
      statusBeforeSpike: 'scheduled',
      publishAt: null,
    });
    await asRole(E);
    expect((await core.call('articles:restore', { id })).status).toBe('edited');
  });
});
