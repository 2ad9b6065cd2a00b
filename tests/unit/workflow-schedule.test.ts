/**
 * Scheduling and the scheduler with an injected clock: newsroom wall-clock times (the
 * DST gap refused, the fold chosen), publishing at the due minute, catching up after a
 * restart, holding for confirmation, embargo and flags beating the schedule, twins.
 * Runs once per process time zone (vitest projects `tz-*`): nothing may depend on it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import type { EventName } from '../../shared/contract/index.js';
import { AppError } from '../../shared/errors.js';
import { resolveLocalTime } from '../../shared/zoned-time.js';
import { makeTempDir, openTestCore, testClock, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
let clock: TestClock;
let events: { name: EventName; payload: unknown }[];

async function open(): Promise<void> {
  ({ core } = await openTestCore(dir, { now: clock.now }));
  core.events.subscribe((name, payload) => events.push({ name, payload }));
}

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('workflow-schedule'));
  clock = testClock('2026-03-01T09:00:00.000Z');
  events = [];
  await open();
  await core.call('settings:update', {
    timeZone: 'Asia/Baku',
    profile: { name: 'Leyla', role: 'desk_chief' },
  });
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

async function editedArticle(headline: string, language: 'en' | 'ru' = 'en'): Promise<string> {
  const { id } = await core.call('articles:create', { content: { language, headline } });
  await core.call('workflow:transition', { id, action: 'submit' });
  await core.call('workflow:transition', { id, action: 'markEdited' });
  return id;
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(AppError);
  return caught as AppError;
}

const status = async (id: string) => (await core.call('articles:get', { id })).status;

describe('the test process time zone', () => {
  it('is the one this project asked for', () => {
    const wanted = process.env['EXPECT_TZ'];
    if (wanted) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(wanted);
    else expect(typeof Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('string');
  });
});

describe('newsroom wall-clock times', () => {
  it('turns a local minute into the same instant whatever the machine zone', () => {
    expect(resolveLocalTime('2026-03-02T09:00', 'Asia/Baku')).toEqual({
      kind: 'exact',
      instant: '2026-03-02T05:00:00.000Z',
    });
    expect(resolveLocalTime('2026-03-02T09:00', 'Asia/Almaty')).toEqual({
      kind: 'exact',
      instant: '2026-03-02T04:00:00.000Z',
    });
    expect(resolveLocalTime('2026-03-02T09:00', 'Europe/Moscow')).toEqual({
      kind: 'exact',
      instant: '2026-03-02T06:00:00.000Z',
    });
    expect(resolveLocalTime('2026-07-02T09:00', 'America/New_York')).toEqual({
      kind: 'exact',
      instant: '2026-07-02T13:00:00.000Z',
    });
  });

  it('refuses a time in the spring-forward gap with a clear message', async () => {
    await core.call('settings:update', { timeZone: 'America/New_York' });
    const id = await editedArticle('Gap');
    const error = await errorOf(core.call('workflow:schedule', { id, local: '2026-03-08T02:30' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/does not exist in America\/New_York/);
    expect(error.details).toMatchObject({ reason: 'nonexistent_local_time' });
    expect(await status(id)).toBe('edited');
    const after = await core.call('workflow:schedule', { id, local: '2026-03-08T03:00' });
    expect(after.articles[0]?.publishAt).toBe('2026-03-08T07:00:00.000Z');
  });

  it('asks which when the clocks go back, and takes the chosen one', async () => {
    await core.call('settings:update', { timeZone: 'America/New_York' });
    clock.set('2026-10-30T12:00:00.000Z');
    const id = await editedArticle('Fold');
    const error = await errorOf(core.call('workflow:schedule', { id, local: '2026-11-01T01:30' }));
    expect(error.code).toBe('invalid_input');
    expect(error.details).toMatchObject({
      reason: 'ambiguous_local_time',
      candidates: { earlier: '2026-11-01T05:30:00.000Z', later: '2026-11-01T06:30:00.000Z' },
    });
    const later = await core.call('workflow:schedule', {
      id,
      local: '2026-11-01T01:30',
      choice: 'later',
    });
    expect(later.articles[0]?.publishAt).toBe('2026-11-01T06:30:00.000Z');
    const other = await editedArticle('Fold, earlier');
    await core.call('workflow:schedule', {
      id: other,
      local: '2026-11-01T01:30',
      choice: 'earlier',
    });
    // The scheduler keeps them apart: an hour between two identical wall-clock times.
    clock.set('2026-11-01T05:30:00.000Z');
    expect(await core.scheduler.tick()).toEqual([other]);
    expect(await status(id)).toBe('scheduled');
    clock.set('2026-11-01T06:30:00.000Z');
    expect(await core.scheduler.tick()).toEqual([id]);
  });

  it('refuses a time that has already passed', async () => {
    const id = await editedArticle('Late');
    const error = await errorOf(core.call('workflow:schedule', { id, local: '2026-03-01T12:59' }));
    expect(error.message).toMatch(/already passed/);
  });
});

describe('the scheduler', () => {
  it('publishes at the due minute, once, and tells the export', async () => {
    const id = await editedArticle('Ferry timetable changes');
    const hooked: string[][] = [];
    core.workflow.onPublished((ids) => {
      hooked.push(ids);
    });
    const { articles } = await core.call('workflow:schedule', { id, local: '2026-03-01T14:00' });
    expect(articles[0]?.publishAt).toBe('2026-03-01T10:00:00.000Z');
    clock.set('2026-03-01T09:59:59.000Z');
    expect(await core.scheduler.tick()).toEqual([]);
    clock.set('2026-03-01T10:00:00.000Z');
    // Two calls at once: the second gets the pass after the first, which has nothing left.
    expect(await Promise.all([core.scheduler.tick(), core.scheduler.tick()])).toEqual([[id], []]);
    expect(await core.scheduler.tick()).toEqual([]);
    const published = await core.call('articles:get', { id });
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(published.transitions.filter((t) => t.to === 'published')).toHaveLength(1);
    expect(published.transitions.at(-1)).toMatchObject({ from: 'scheduled', by: 'Scheduler' });
    expect(hooked).toEqual([[id]]);
    expect(events.filter((e) => e.name === 'article:published').map((e) => e.payload)).toEqual([
      { ids: [id], at: '2026-03-01T10:00:00.000Z', reason: 'scheduled' },
    ]);
  });

  it('answers a call that comes during a pass with a pass that reads the clock after it', async () => {
    const id = await editedArticle('Ferry timetable changes');
    await core.call('workflow:schedule', { id, local: '2026-03-01T14:00' });
    clock.set('2026-03-01T09:59:59.000Z');
    // A pass starts with the clock before the article's time; the clock moves on meanwhile.
    const early = core.scheduler.tick();
    clock.set('2026-03-01T10:00:00.000Z');
    const late = core.scheduler.tick();
    const also = core.scheduler.tick();
    expect(await early).toEqual([]);
    expect(await late).toEqual([id]);
    expect(await also).toEqual([id]);
    expect(await status(id)).toBe('published');
    expect(
      (await core.call('articles:get', { id })).transitions.filter((t) => t.to === 'published'),
    ).toHaveLength(1);
  });

  it('catches up after a restart: overdue articles in order, a notice, nothing twice', async () => {
    const second = await editedArticle('Second in the morning');
    const first = await editedArticle('First in the morning');
    await core.call('workflow:schedule', { id: second, local: '2026-03-02T08:05' });
    await core.call('workflow:schedule', { id: first, local: '2026-03-02T08:00' });
    await core.close();
    clock.set('2026-03-02T09:00:00.000Z');
    events = [];
    await open();
    const a = await core.call('articles:get', { id: first });
    const b = await core.call('articles:get', { id: second });
    expect([a.status, b.status]).toEqual(['published', 'published']);
    expect(Date.parse(a.publishedAt ?? '')).toBeLessThan(Date.parse(b.publishedAt ?? ''));
    const notice = await core.call('schedule:status', {});
    expect(notice.caughtUp.map((entry) => entry.id)).toEqual([first, second]);
    expect(notice.caughtUp[0]).toMatchObject({
      headline: 'First in the morning',
      dueAt: '2026-03-02T04:00:00.000Z',
    });
    expect((await core.call('schedule:dismiss', {})).caughtUp).toEqual([]);
    await core.close();
    await open();
    const again = await core.call('articles:get', { id: first });
    expect(again.revision).toBe(a.revision);
    expect(again.transitions.filter((t) => t.to === 'published')).toHaveLength(1);
  });

  it('holds overdue articles for confirmation when the settings say so', async () => {
    await core.call('settings:update', { catchUp: 'confirm' });
    const id = await editedArticle('Held');
    await core.call('workflow:schedule', { id, local: '2026-03-01T15:00' });
    await core.close();
    // Reopened half a minute after its time: at start, anything due counts as overdue.
    clock.set('2026-03-01T11:00:30.000Z');
    await open();
    expect(await status(id)).toBe('scheduled');
    expect((await core.call('schedule:status', {})).waiting.map((w) => w.id)).toEqual([id]);
    // Held means held: later passes of the scheduler do not slip it out.
    clock.advance(15_000);
    expect(await core.scheduler.tick()).toEqual([]);
    expect(await status(id)).toBe('scheduled');
    await core.call('settings:update', { profile: { name: 'Arman', role: 'editor' } });
    expect((await errorOf(core.call('schedule:confirm', { ids: [id] }))).code).toBe('forbidden');
    await core.call('settings:update', { profile: { name: 'Leyla', role: 'desk_chief' } });
    await core.call('schedule:confirm', { ids: [id] });
    expect(await status(id)).toBe('published');
    expect((await core.call('schedule:status', {})).waiting).toEqual([]);
  });

  it('lets the embargo beat the schedule', async () => {
    const id = await editedArticle('Embargoed report');
    await core.call('workflow:schedule', { id, local: '2026-03-01T14:00' });
    await core.call('workflow:embargo', { id, local: '2026-03-01T15:00' });
    clock.set('2026-03-01T10:30:00.000Z');
    expect(await core.scheduler.tick()).toEqual([]);
    expect((await errorOf(core.call('workflow:publish', { id }))).message).toMatch(/embargo/);
    clock.set('2026-03-01T11:00:00.000Z');
    expect(await core.scheduler.tick()).toEqual([id]);
    expect((await core.call('articles:get', { id })).publishedAt).toBe('2026-03-01T11:00:00.000Z');
  });

  it('keeps a flagged article off the schedule and unpublished', async () => {
    const id = await editedArticle('Court case');
    await core.call('workflow:flags', {
      id,
      flags: { legalCheck: true, notForPublication: false, reason: 'names a minor' },
    });
    const refused = await errorOf(
      core.call('workflow:schedule', { id, local: '2026-03-01T14:00' }),
    );
    expect(refused.message).toMatch(/legal check: names a minor/);
    await core.call('workflow:flags', {
      id,
      flags: { legalCheck: false, notForPublication: false, reason: '' },
    });
    await core.call('workflow:schedule', { id, local: '2026-03-01T14:00' });
    await core.call('workflow:flags', {
      id,
      flags: { legalCheck: false, notForPublication: true, reason: 'source withdrew' },
    });
    clock.set('2026-03-01T10:00:00.000Z');
    expect(await core.scheduler.tick()).toEqual([]);
    expect((await core.call('schedule:status', {})).blocked[0]).toMatchObject({
      id,
      reason: expect.stringMatching(/source withdrew/),
    });
    expect(await status(id)).toBe('scheduled');
  });

  it('lets an editor raise a flag but only the desk chief clear it; a content save cannot undo it', async () => {
    const id = await editedArticle('Flagged');
    await core.call('settings:update', { profile: { name: 'Arman', role: 'editor' } });
    const flagged = await core.call('workflow:flags', {
      id,
      flags: { legalCheck: true, notForPublication: false, reason: 'check quotes' },
    });
    await core.call('articles:save', {
      id,
      baseRevision: flagged.revision,
      content: { ...flagged, flags: { legalCheck: false, notForPublication: false, reason: '' } },
    });
    expect((await core.call('articles:get', { id })).flags.legalCheck).toBe(true);
    const error = await errorOf(
      core.call('workflow:flags', {
        id,
        flags: { legalCheck: false, notForPublication: false, reason: '' },
      }),
    );
    expect(error.code).toBe('forbidden');
  });

  it('schedules and publishes twins together', async () => {
    const en = await editedArticle('Border crossing reopens', 'en');
    const ru = await editedArticle('Пограничный переход снова открыт', 'ru');
    const enArticle = await core.call('articles:get', { id: en });
    await core.call('articles:save', {
      id: en,
      baseRevision: enArticle.revision,
      content: { ...enArticle, twinId: ru },
    });
    const { articles } = await core.call('workflow:schedule', {
      id: en,
      local: '2026-03-01T16:00',
      withTwin: true,
    });
    expect(articles.map((a) => [a.id, a.status, a.publishAt])).toEqual([
      [en, 'scheduled', '2026-03-01T12:00:00.000Z'],
      [ru, 'scheduled', '2026-03-01T12:00:00.000Z'],
    ]);
    clock.set('2026-03-01T12:00:30.000Z');
    expect(await core.scheduler.tick()).toEqual([en, ru]);
  });

  it('refuses twins together when one of them cannot go, writing neither', async () => {
    const en = await editedArticle('Twin ready', 'en');
    const { id: ru } = await core.call('articles:create', {
      content: { language: 'ru', headline: 'Черновик' },
    });
    const enArticle = await core.call('articles:get', { id: en });
    await core.call('articles:save', {
      id: en,
      baseRevision: enArticle.revision,
      content: { ...enArticle, twinId: ru },
    });
    const error = await errorOf(
      core.call('workflow:schedule', { id: en, local: '2026-03-01T16:00', withTwin: true }),
    );
    expect(error.code).toBe('conflict');
    expect(await status(en)).toBe('edited');
  });

  it('keeps day notes in the store', async () => {
    await core.call('calendar:note', { date: '2026-03-02', text: 'Election results from 20:00' });
    await core.close();
    await open();
    const range = await core.call('calendar:range', { from: '2026-03-01', days: 7 });
    expect(range.notes).toEqual([{ date: '2026-03-02', text: 'Election results from 20:00' }]);
  });

  it('places scheduled articles by newsroom day and lists edited ones as unscheduled', async () => {
    const placed = await editedArticle('Late evening in Baku');
    const lane = await editedArticle('Waiting for a slot');
    // 23:30 in Baku on 2 March is 19:30 UTC: it belongs to the 2nd, not to the 3rd.
    await core.call('workflow:schedule', { id: placed, local: '2026-03-02T23:30' });
    const day = await core.call('calendar:range', { from: '2026-03-02', days: 1 });
    expect(day.placed.map((a) => a.id)).toEqual([placed]);
    expect(day.unscheduled.map((a) => a.id)).toEqual([lane]);
    expect((await core.call('calendar:range', { from: '2026-03-03', days: 1 })).placed).toEqual([]);
    expect(
      (await core.call('calendar:range', { from: '2026-03-02', days: 1, language: 'ru' })).placed,
    ).toEqual([]);
  });
});
