/**
 * The scheduler's publication reaches the site: once the desk has exported to a folder,
 * an article the scheduler publishes at its due minute is exported there incrementally.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { makeTempDir, openTestCore, testClock, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
let clock: TestClock;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('export-after-publication'));
  clock = testClock('2026-03-01T09:00:00.000Z');
  ({ core } = await openTestCore(join(dir, 'store'), { now: clock.now }));
  await core.call('settings:update', {
    timeZone: 'Asia/Baku',
    profile: { name: 'Leyla', role: 'desk_chief' },
  });
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

it('exports incrementally to the last target when the scheduler publishes', async () => {
  const site = join(dir, 'site');
  await core.call('export:run', { target: site, mode: 'full' });
  const { id } = await core.call('articles:create', {
    content: {
      language: 'en',
      headline: 'Ferry timetable doubles at Aktau',
      categoryId: 'economy',
    },
  });
  await core.call('workflow:transition', { id, action: 'submit' });
  await core.call('workflow:transition', { id, action: 'markEdited' });
  await core.call('workflow:schedule', { id, local: '2026-03-01T14:00' });

  const exported = new Promise<void>((resolve) => {
    const off = core.events.subscribe((name, payload) => {
      if (name === 'export:progress' && (payload as { phase: string }).phase === 'done') {
        off();
        resolve();
      }
    });
  });
  clock.set('2026-03-01T10:00:30.000Z');
  expect(await core.scheduler.tick()).toEqual([id]);
  await exported;

  const pages = await filesUnder(join(site, 'en', '2026', '03'));
  const page = pages.find(
    (file) => file.endsWith('index.html') && file.includes('ferry-timetable-doubles-at-aktau'),
  );
  expect(page).toBeDefined();
  expect(await readFile(page as string, 'utf8')).toContain('Ferry timetable doubles at Aktau');
  expect((await core.call('export:status', {})).lastReport?.mode).toBe('incremental');
});
