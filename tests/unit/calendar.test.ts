/** The calendar's pure parts (placement, filters, top-story conflicts) and the test clock route of browser mode. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { findSlotConflicts, placeArticles } from '../../electron/core/workflow/calendar.js';
import { startBridge, TOKEN_HEADER, type RunningBridge } from '../../electron/web/bridge-server.js';
import { settableClock, testClockRoute, TEST_CLOCK_PATH } from '../../electron/web/test-clock.js';
import { parseWebArgs } from '../../electron/web/web-args.js';
import type { ArticleSummary } from '../../shared/domain.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

function summary(id: string, change: Partial<ArticleSummary>): ArticleSummary {
  return {
    id,
    language: 'en',
    headline: id,
    standfirst: '',
    byline: '',
    categoryId: null,
    tagIds: [],
    slug: id,
    status: 'edited',
    twinId: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    publishAt: null,
    publishedAt: null,
    embargoUntil: null,
    revision: 1,
    wordCount: 0,
    twinState: 'none',
    notForPublication: false,
    ...change,
  };
}

describe('calendar placement', () => {
  const range = {
    start: Date.parse('2026-03-02T00:00:00Z'),
    end: Date.parse('2026-03-03T00:00:00Z'),
  };
  const articles = [
    summary('scheduled-in', {
      status: 'scheduled',
      publishAt: '2026-03-02T10:00:00.000Z',
      byline: 'Leyla',
    }),
    summary('published-in', {
      status: 'published',
      publishedAt: '2026-03-02T08:00:00.000Z',
      language: 'ru',
    }),
    summary('scheduled-out', { status: 'scheduled', publishAt: '2026-03-03T00:00:00.000Z' }),
    summary('draft', { status: 'draft' }),
    // Scheduled for the 2nd but embargoed into the 3rd: it goes live, and sits, on the 3rd.
    summary('embargoed-out', {
      status: 'scheduled',
      publishAt: '2026-03-02T11:00:00.000Z',
      embargoUntil: '2026-03-03T06:00:00.000Z',
    }),
    summary('lane', { status: 'edited', categoryId: 'economy' }),
  ];

  it('places scheduled and published articles of the range in time order, edited ones in the lane', () => {
    const { placed, unscheduled } = placeArticles(articles, range, {});
    expect(placed.map((a) => a.id)).toEqual(['published-in', 'scheduled-in']);
    expect(unscheduled.map((a) => a.id)).toEqual(['lane']);
  });

  it('filters by language, category and author', () => {
    expect(placeArticles(articles, range, { language: 'ru' }).placed.map((a) => a.id)).toEqual([
      'published-in',
    ]);
    expect(
      placeArticles(articles, range, { categoryId: 'economy' }).unscheduled.map((a) => a.id),
    ).toEqual(['lane']);
    expect(placeArticles(articles, range, { categoryId: 'economy' }).placed).toEqual([]);
    expect(placeArticles(articles, range, { author: 'Leyla' }).placed.map((a) => a.id)).toEqual([
      'scheduled-in',
    ]);
  });
});

describe('top-story slot conflicts', () => {
  it('warns when two articles hold the same language top story in the same hour', () => {
    expect(
      findSlotConflicts([
        { id: 'b', language: 'en', slot: '2026-03-02T09:40:00.000Z' },
        { id: 'a', language: 'en', slot: '2026-03-02T09:00:00.000Z' },
        { id: 'c', language: 'ru', slot: '2026-03-02T09:10:00.000Z' },
        { id: 'd', language: 'en', slot: '2026-03-02T10:00:00.000Z' },
      ]),
    ).toEqual([
      { slot: '2026-03-02T09:00:00.000Z', language: 'en', ids: ['a', 'b'], pinned: null },
    ]);
    expect(
      findSlotConflicts([{ id: 'a', language: 'en', slot: '2026-03-02T09:00:00.000Z' }]),
    ).toEqual([]);
  });

  describe('through the real core and board', () => {
    let core: Core;
    let cleanup: () => Promise<void>;
    let advance: (ms: number) => void;

    beforeEach(async () => {
      const temp = await makeTempDir('calendar-top');
      cleanup = temp.cleanup;
      const opened = await openTestCore(temp.dir);
      core = opened.core;
      advance = opened.clock.advance;
      await core.call('settings:update', { timeZone: 'UTC' });
    });
    afterEach(async () => {
      await core.close();
      await cleanup();
    });

    async function scheduled(
      headline: string,
      local: string,
      categoryId = 'politics',
    ): Promise<string> {
      const { id } = await core.call('articles:create', {
        content: { language: 'en', headline, categoryId },
      });
      await core.call('workflow:transition', { id, action: 'submit' });
      await core.call('workflow:transition', { id, action: 'markEdited' });
      await core.call('workflow:schedule', { id, local });
      return id;
    }

    async function pinnedTop(headline: string, until: string | null): Promise<string> {
      const { id } = await core.call('articles:create', { content: { language: 'en', headline } });
      await core.call('workflow:transition', { id, action: 'submit' });
      await core.call('workflow:transition', { id, action: 'markEdited' });
      await core.call('workflow:publish', { id });
      advance(60_000);
      const view = await core.call('board:get', { language: 'en' });
      await core.call('board:place', {
        baseVersion: view.version,
        zoneId: 'en-top',
        articleId: id,
        position: 0,
        until,
        fromZoneId: null,
      });
      return id;
    }

    const conflicts = async () =>
      (await core.call('calendar:range', { from: '2026-03-02', days: 1 })).conflicts;

    it('warns when two articles are scheduled to take the top story in the same hour', async () => {
      const a = await scheduled('One', '2026-03-02T09:15');
      const b = await scheduled('Two', '2026-03-02T09:40');
      await scheduled('Three', '2026-03-02T11:00');
      expect(await conflicts()).toEqual([
        { slot: '2026-03-02T09:00:00.000Z', language: 'en', ids: [a, b].sort(), pinned: null },
      ]);
    });

    it('warns when a pinned top story still holds the top story as a scheduled article goes live', async () => {
      const pin = await pinnedTop('Standing lead', null);
      const due = await scheduled('Big story', '2026-03-02T11:00');
      expect(await conflicts()).toEqual([
        {
          slot: '2026-03-02T11:00:00.000Z',
          language: 'en',
          ids: [pin, due].sort(),
          pinned: { id: pin, headline: 'Standing lead', until: null },
        },
      ]);
    });

    it('stays quiet when the pin ends first, or when the zone fills from another category', async () => {
      await pinnedTop('Morning lead', '2026-03-02T10:00:00.000Z');
      await scheduled('Noon story', '2026-03-02T12:00');
      expect(await conflicts()).toEqual([]);
      const view = await core.call('board:get', { language: 'en' });
      await core.call('board:updateZone', {
        baseVersion: view.version,
        zoneId: 'en-top',
        autoFill: true,
        categoryId: 'economy',
      });
      await scheduled('Politics at noon', '2026-03-02T12:20');
      expect(await conflicts()).toEqual([]);
      const economy = await scheduled('Economy at noon', '2026-03-02T12:30', 'economy');
      // One economy story alone takes the top story without a clash.
      expect(await conflicts()).toEqual([]);
      const other = await scheduled('More economy', '2026-03-02T12:45', 'economy');
      expect((await conflicts()).map((c) => c.ids)).toEqual([[economy, other].sort()]);
    });
  });
});

describe('browser mode --test-clock', () => {
  let core: Core;
  let bridge: RunningBridge;
  let cleanup: () => Promise<void>;
  const clock = settableClock();

  beforeEach(async () => {
    const temp = await makeTempDir('test-clock');
    cleanup = temp.cleanup;
    ({ core } = await openTestCore(temp.dir, { now: clock.now }));
    bridge = await startBridge({
      core,
      rendererDir: temp.dir,
      routes: [testClockRoute(clock, () => core)],
    });
  });
  afterEach(async () => {
    await bridge.close();
    await core.close();
    await cleanup();
  });

  it('is an option only when asked for', () => {
    expect(parseWebArgs(['--port', '0']).testClock).toBe(false);
    expect(parseWebArgs(['--test-clock']).testClock).toBe(true);
    expect(() => parseWebArgs(['--test-clocks'])).toThrow(/unknown option/);
  });

  it('sets the core clock only with the session token, and runs the scheduler', async () => {
    await core.call('settings:update', { timeZone: 'UTC' });
    const { id } = await core.call('articles:create', {
      content: { language: 'en', headline: 'Due' },
    });
    await core.call('workflow:transition', { id, action: 'submit' });
    await core.call('workflow:transition', { id, action: 'markEdited' });
    const local = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    const { articles } = await core.call('workflow:schedule', { id, local });
    const url = `http://127.0.0.1:${bridge.port}${TEST_CLOCK_PATH}`;
    const body = JSON.stringify({ now: articles[0]?.publishAt });
    const refused = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(refused.status).toBe(401);
    expect((await core.call('articles:get', { id })).status).toBe('scheduled');
    const accepted = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
    });
    expect(await accepted.json()).toMatchObject({ ok: true, value: { published: [id] } });
    expect((await core.call('articles:get', { id })).status).toBe('published');
    const bad = await fetch(url, {
      method: 'POST',
      body: '{"now":"tomorrow"}',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
    });
    expect(bad.status).toBe(400);
  });
});
