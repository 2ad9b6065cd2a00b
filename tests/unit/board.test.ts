/** The board service through the core: changes, versions, undo/redo, roles, articles leaving. */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import type { Core } from '../../electron/core/core.js';
import {
  computeBoardFromArticles,
  latestNewsIds,
  placesFromViews,
} from '../../electron/core/board/board-reader.js';
import { latestNewsFor } from '../../electron/core/board/latest-news.js';
import type { BoardView } from '../../shared/board.js';
import type { EventName } from '../../shared/contract/index.js';
import { AppError } from '../../shared/errors.js';
import { publish } from '../helpers/export-fixtures.js';
import { makeTempDir, openTestCore, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
let clock: TestClock;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('board'));
  ({ core, clock } = await openTestCore(dir));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

/** Creates and publishes an article, a minute after the one before (the workflow's publish is not needed to test the board). */
async function published(headline: string, language: 'en' | 'ru' = 'en', categoryId = 'politics') {
  clock.advance(60_000);
  return publish(core, { language, headline, categoryId }, clock.now().toISOString());
}

const zoneIds = (view: BoardView, zoneId: string): string[] =>
  view.zones.find((z) => z.id === zoneId)?.items.map((i) => i.article.id) ?? [];

async function refused(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the board service', () => {
  it('starts with the default zones per language', async () => {
    const en = await core.call('board:get', { language: 'en' });
    expect(en.zones.slice(0, 3).map((z) => z.name)).toEqual([
      'Top story',
      'Featured',
      'Latest news',
    ]);
    expect(en.zones).toHaveLength(9);
    const ru = await core.call('board:get', { language: 'ru' });
    expect(ru.zones[2]?.name).toBe('Последние новости');
  });

  it('moves a card into the top story, stores it, and the board survives a reopen', async () => {
    const a = await published('Ferry line adds a crossing');
    const b = await published('Parliament passes the budget');
    let view = await core.call('board:get', { language: 'en' });
    expect(zoneIds(view, 'en-latest')).toEqual([b.id, a.id]);
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-top',
      articleId: a.id,
      position: 0,
      fromZoneId: 'en-latest',
    });
    expect(zoneIds(view, 'en-top')).toEqual([a.id]);
    expect(zoneIds(view, 'en-latest')).toEqual([b.id]);
    expect(view.undo).toEqual({
      action: 'place',
      headline: 'Ferry line adds a crossing',
      zone: 'Top story',
    });
    await core.close();
    ({ core, clock } = await openTestCore(dir));
    clock.advance(3_600_000);
    const again = await core.call('board:get', { language: 'en' });
    expect(zoneIds(again, 'en-top')).toEqual([a.id]);
    expect(again.version).toBe(view.version);
  });

  it('refuses a drop into a full zone, and says why', async () => {
    const a = await published('One');
    const b = await published('Two');
    const seen = await core.call('board:get', { language: 'en' });
    const view = await core.call('board:place', {
      baseVersion: seen.version,
      zoneId: 'en-top',
      articleId: a.id,
      position: 0,
    });
    const error = await refused(
      core.call('board:place', {
        baseVersion: view.version,
        zoneId: 'en-top',
        articleId: b.id,
        position: 0,
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ reason: 'zone_full', capacity: 1 });
    expect(error.message).toContain('Top story is full');
    expect(zoneIds(await core.call('board:get', { language: 'en' }), 'en-top')).toEqual([a.id]);
  });

  it('refuses a change based on a stale board version with conflict', async () => {
    const a = await published('One');
    const b = await published('Two');
    const seen = await core.call('board:get', { language: 'en' });
    await core.call('board:place', {
      baseVersion: seen.version,
      zoneId: 'en-featured',
      articleId: a.id,
      position: 0,
    });
    const error = await refused(
      core.call('board:place', {
        baseVersion: seen.version,
        zoneId: 'en-featured',
        articleId: b.id,
        position: 0,
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.details).toMatchObject({ reason: 'stale', version: seen.version + 1 });
  });

  it('undoes and redoes board changes', async () => {
    const a = await published('One');
    let view = await core.call('board:get', { language: 'en' });
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-top',
      articleId: a.id,
      position: 0,
    });
    view = await core.call('board:undo', { baseVersion: view.version, language: 'en' });
    expect(zoneIds(view, 'en-top')).toEqual([]);
    expect(view.undo).toBeNull();
    expect(view.redo?.action).toBe('place');
    view = await core.call('board:redo', { baseVersion: view.version, language: 'en' });
    expect(zoneIds(view, 'en-top')).toEqual([a.id]);
    expect(view.redo).toBeNull();
    expect(view.version).toBe(3);
  });

  it('pins until a time; at that time the article falls back to the rule', async () => {
    const old = await published('Old story');
    for (let i = 0; i < 10; i++) await published(`Story ${i}`);
    let view = await core.call('board:get', { language: 'en' });
    expect(zoneIds(view, 'en-latest')).not.toContain(old.id);
    const until = new Date(clock.now().getTime() + 3_600_000).toISOString();
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-latest',
      articleId: old.id,
      position: 0,
      until,
    });
    expect(zoneIds(view, 'en-latest')[0]).toBe(old.id);
    expect(zoneIds(view, 'en-latest')).toHaveLength(10);
    clock.advance(3_600_000);
    view = await core.call('board:get', { language: 'en' });
    expect(zoneIds(view, 'en-latest')).not.toContain(old.id);
  });

  it('only a desk chief may change the board', async () => {
    const a = await published('One');
    await core.call('settings:update', { profile: { name: 'Nino', role: 'editor' } });
    const view = await core.call('board:get', { language: 'en' });
    expect(view.canEdit).toBe(false);
    const error = await refused(
      core.call('board:place', {
        baseVersion: view.version,
        zoneId: 'en-top',
        articleId: a.id,
        position: 0,
      }),
    );
    expect(error.code).toBe('forbidden');
  });

  it('refuses drafts and articles of the other language', async () => {
    const draft = await core.call('articles:create', {
      content: { language: 'en', headline: 'Draft' },
    });
    const ru = await published('Новость', 'ru');
    const view = await core.call('board:get', { language: 'en' });
    expect(
      (
        await refused(
          core.call('board:place', {
            baseVersion: view.version,
            zoneId: 'en-top',
            articleId: draft.id,
            position: 0,
          }),
        )
      ).code,
    ).toBe('invalid_input');
    expect(
      (
        await refused(
          core.call('board:place', {
            baseVersion: view.version,
            zoneId: 'en-top',
            articleId: ru.id,
            position: 0,
          }),
        )
      ).code,
    ).toBe('invalid_input');
  });

  it('an unpublished article leaves every zone and the desk chief is told', async () => {
    const a = await published('Will be withdrawn');
    const b = await published('Stays');
    let view = await core.call('board:get', { language: 'en' });
    await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-top',
      articleId: a.id,
      position: 0,
    });
    const events: { name: EventName; payload: unknown }[] = [];
    core.events.subscribe((name, payload) => events.push({ name, payload }));
    await core.articles.update(a.id, (x) => ({ ...x, status: 'edited', publishedAt: null }));
    await core.queues.idle();
    const notice = events.find((e) => e.name === 'board:notice');
    expect(notice?.payload).toMatchObject({
      articleId: a.id,
      reason: 'unpublished',
      zones: ['Top story'],
    });
    view = await core.call('board:get', { language: 'en' });
    expect(zoneIds(view, 'en-top')).toEqual([]);
    expect(zoneIds(view, 'en-latest')).toEqual([b.id]);
    expect(view.notices.map((n) => n.articleId)).toEqual([a.id]);
    // Republished, it does not jump back into the top story: it left the zone.
    await core.articles.update(a.id, (x) => ({
      ...x,
      status: 'published',
      publishedAt: clock.now().toISOString(),
    }));
    await core.queues.idle();
    view = await core.call('board:get', { language: 'en' });
    expect(zoneIds(view, 'en-top')).toEqual([]);
    view = await core.call('board:dismissNotices', { language: 'en' });
    expect(view.notices).toEqual([]);
  });

  it('adds, renames, resizes, reorders and removes zones', async () => {
    let view = await core.call('board:get', { language: 'en' });
    view = await core.call('board:addZone', {
      baseVersion: view.version,
      language: 'en',
      name: 'Elections 2026',
      capacity: 3,
      categoryId: 'politics',
      index: 3,
    });
    const added = view.zones[3];
    expect(added).toMatchObject({ name: 'Elections 2026', kind: 'category', capacity: 3 });
    view = await core.call('board:updateZone', {
      baseVersion: view.version,
      zoneId: added?.id ?? '',
      name: 'Election watch',
      capacity: 4,
    });
    expect(view.zones[3]).toMatchObject({ name: 'Election watch', capacity: 4 });
    view = await core.call('board:moveZone', {
      baseVersion: view.version,
      zoneId: added?.id ?? '',
      index: 0,
    });
    expect(view.zones[0]?.name).toBe('Election watch');
    expect((await core.call('board:get', { language: 'ru' })).zones[0]?.id).toBe('ru-top');
    const top = await refused(
      core.call('board:updateZone', { baseVersion: view.version, zoneId: 'en-top', capacity: 2 }),
    );
    expect(top.code).toBe('invalid_input');
    const keep = await refused(
      core.call('board:removeZone', { baseVersion: view.version, zoneId: 'en-latest' }),
    );
    expect(keep.code).toBe('invalid_input');
    view = await core.call('board:removeZone', {
      baseVersion: view.version,
      zoneId: added?.id ?? '',
    });
    expect(view.zones.map((z) => z.name)).not.toContain('Election watch');
  });

  it('gives the export the Latest news zone as arranged', async () => {
    const a = await published('First');
    const b = await published('Second');
    const c = await published('Third');
    let view = await core.call('board:get', { language: 'en' });
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-latest',
      articleId: a.id,
      position: 0,
    });
    await core.call('board:hide', {
      baseVersion: view.version,
      zoneId: 'en-latest',
      articleId: c.id,
    });
    expect(latestNewsFor(core, 'en').map((x) => x.id)).toEqual([a.id, b.id]);
    expect(latestNewsFor(core, 'en', clock.now(), a.id).map((x) => x.id)).toEqual([b.id]);
    const home = placesFromViews(core.board.compute('en'), (id) => core.articles.summary(id));
    expect(home.top).toBeNull();
    expect(home.latest.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(home.sections.map((section) => section.name)).toContain('Politics');
    const preview = await core.call('board:preview', { language: 'en' });
    // The export's own templates: the home page, and the newest article's page with its block.
    expect(preview.home).toContain('<h2 id="latest-news">Latest news</h2>');
    expect(preview.articlePage).toContain('<h1>Third</h1>');
    const block = preview.articlePage.slice(preview.articlePage.indexOf('id="latest-news"'));
    expect(block.indexOf('First')).toBeGreaterThan(-1);
    expect(block.indexOf('First')).toBeLessThan(block.indexOf('Second'));
  });

  it('an article placed in one zone leaves it when placed in another (no duplicates)', async () => {
    const a = await published('One');
    let view = await core.call('board:get', { language: 'en' });
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-featured',
      articleId: a.id,
      position: 0,
    });
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-top',
      articleId: a.id,
      position: 0,
    });
    expect(zoneIds(view, 'en-top')).toEqual([a.id]);
    expect(zoneIds(view, 'en-featured')).toEqual([]);
    expect(core.board.state.zones.find((z) => z.id === 'en-featured')?.entries).toEqual([]);
  });

  it('keeps the newest-published index in order as articles are published out of order', async () => {
    const first = await published('First');
    const second = await published('Second');
    const draft = await core.call('articles:create', {
      content: { language: 'en', headline: 'Back-dated', categoryId: 'politics' },
    });
    const between = new Date(new Date(first.publishedAt ?? '').getTime() + 1_000).toISOString();
    await core.articles.update(draft.id, (x) => ({
      ...x,
      status: 'published',
      publishedAt: between,
    }));
    const order = [...core.board.feed.newest('en', null)].map((x) => x.id);
    expect(order).toEqual([second.id, draft.id, first.id]);
    expect([...core.board.feed.newest('en', 'politics')].map((x) => x.id)).toEqual(order);
    await core.articles.update(second.id, (x) => ({
      ...x,
      flags: { ...x.flags, notForPublication: true },
    }));
    await core.queues.idle();
    expect([...core.board.feed.newest('en', null)].map((x) => x.id)).toEqual([draft.id, first.id]);
  });

  it('a store written before the board opens with the default zones', async () => {
    await core.close();
    const path = join(dir, 'store.json');
    const stored = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    delete stored['board'];
    await writeFile(path, JSON.stringify(stored));
    ({ core, clock } = await openTestCore(dir));
    const view = await core.call('board:get', { language: 'ru' });
    expect(view.version).toBe(0);
    expect(view.zones.map((z) => z.id).slice(0, 3)).toEqual(['ru-top', 'ru-featured', 'ru-latest']);
    expect(core.quarantine.list).toEqual([]);
  });

  it('computes the same board from the stored zones and article files, without a core', async () => {
    const a = await published('First');
    const b = await published('Second');
    let view = await core.call('board:get', { language: 'en' });
    view = await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-latest',
      articleId: a.id,
      position: 0,
    });
    const articles = await Promise.all([a.id, b.id].map((id) => core.articles.get(id)));
    const zones = computeBoardFromArticles(core.board.state.zones, articles, 'en', clock.now());
    expect(zones).toEqual(view.zones);
    expect(latestNewsIds(zones)).toEqual([a.id, b.id]);
  });

  it('prints the board from the command line, and refuses bad arguments', async () => {
    const a = await published('Printed from a terminal');
    await core.close();
    let out = '';
    let err = '';
    const io = { out: (text: string) => (out += text), err: (text: string) => (err += text) };
    expect(await runCli(['board', '--data', dir, '--language', 'en'], io)).toBe(0);
    expect(out).toContain('Latest news (1/10, auto-fill)');
    expect(out).toContain(' 1. Printed from a terminal');
    out = '';
    expect(await runCli(['board', '--data', dir, '--json'], io)).toBe(0);
    expect(JSON.parse(out).zones[2].items[0].article.id).toBe(a.id);
    expect(await runCli(['board', '--data', dir, '--language', 'de'], io)).toBe(2);
    expect(err).toContain('--language is en or ru');
    ({ core, clock } = await openTestCore(dir));
  });

  it("the exported site's Latest news block follows the board", async () => {
    const old = await published('Oldest story, pinned');
    const mid = await published('Middle story');
    const fresh = await published('Newest story');
    const view = await core.call('board:get', { language: 'en' });
    await core.call('board:place', {
      baseVersion: view.version,
      zoneId: 'en-latest',
      articleId: old.id,
      position: 0,
    });
    await core.close();
    const out = join(dir, '..', `${basename(dir)}-site`);
    try {
      await exportBundle({ dataDir: dir, target: out, mode: 'full', now: clock.now(), workers: 1 });
      // The newest article's page: its block lists the others, the pinned one first.
      const files = (await readdir(out, { recursive: true })).map(String);
      const pagePath = files.find((f) => f.endsWith(join(fresh.slug, 'index.html')));
      if (!pagePath) throw new Error(`no page for ${fresh.slug}`);
      const page = await readFile(join(out, pagePath), 'utf8');
      const latest = page.slice(page.indexOf('id="latest-news"'));
      const order = [old, mid, fresh]
        .map((a) => ({ headline: a.headline, at: latest.indexOf(a.headline) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at)
        .map((x) => x.headline);
      expect(order).toEqual(['Oldest story, pinned', 'Middle story']);
    } finally {
      await rm(out, { recursive: true, force: true });
      ({ core, clock } = await openTestCore(dir));
    }
  });
});
