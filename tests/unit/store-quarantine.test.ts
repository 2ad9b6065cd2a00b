import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuarantineEntry } from '../../shared/domain.js';
import { copyFixtureStore, FIXTURE_STORES } from '../helpers/fixture-store.js';
import { openTestCore } from '../helpers/temp-store.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const BROKEN = ['empty-file', 'nul-bytes', 'truncated-json', 'wrong-schema', 'newer-version'];

/** Each quarantined file holds exactly the bytes of the fixture it came from. */
async function expectMovedUntouched(dir: string, entry: QuarantineEntry, original: string) {
  const moved = await readFile(join(dir, entry.movedTo));
  expect(moved.equals(await readFile(original)), `${entry.file} was changed`).toBe(true);
}

describe('quarantine', () => {
  it('moves unusable article documents aside, reports them, and opens the rest', async () => {
    const store = await copyFixtureStore('corrupt');
    cleanup = store.cleanup;
    const { core } = await openTestCore(store.dir);
    const status = await core.call('app:status', {});
    expect(status.articleCount).toBe(1);
    const files = status.quarantine.map((entry) => entry.file).sort();
    expect(files).toEqual(BROKEN.map((name) => join('articles', `${name}.json`)).sort());
    const reasons = Object.fromEntries(status.quarantine.map((e) => [e.file, e.reason]));
    expect(reasons['articles/empty-file.json']).toBe('the file is empty');
    expect(reasons['articles/nul-bytes.json']).toBe('the file contains NUL bytes');
    expect(reasons['articles/truncated-json.json']).toMatch(/^not valid JSON/);
    expect(reasons['articles/wrong-schema.json']).toMatch(/^does not match the schema/);
    expect(reasons['articles/newer-version.json']).toMatch(
      /newer Newsroom Desk \(schema version 7\)/,
    );
    for (const entry of status.quarantine) {
      await expectMovedUntouched(store.dir, entry, join(FIXTURE_STORES, 'corrupt', entry.file));
    }
    expect((await readdir(join(store.dir, 'articles'))).sort()).toEqual(['good-story.json']);
    const list = await core.call('articles:list', {});
    expect(list.items.map((a) => a.headline)).toEqual(['Parliament debates the budget']);
    // The report survives a restart, and the quarantined files are not read again.
    await core.close();
    const again = await openTestCore(store.dir);
    expect((await again.core.call('app:status', {})).quarantine).toHaveLength(BROKEN.length);
    await again.core.close();
  });

  it('quarantines unusable revision documents when the history is read', async () => {
    const store = await copyFixtureStore('corrupt');
    cleanup = store.cleanup;
    const { core } = await openTestCore(store.dir);
    const revisions = await core.call('revisions:list', { articleId: 'good-story' });
    expect(revisions.map((r) => r.number)).toEqual([1]);
    const status = await core.call('app:status', {});
    const revisionEntries = status.quarantine.filter((e) => e.file.startsWith('revisions'));
    expect(revisionEntries.map((e) => e.file).sort()).toEqual(
      [2, 3, 4, 5, 6].map((n) => join('revisions', 'good-story', `00000${n}.json`)),
    );
    for (const entry of revisionEntries) {
      await expectMovedUntouched(store.dir, entry, join(FIXTURE_STORES, 'corrupt', entry.file));
    }
    const gone = await core.dispatch('revisions:get', { articleId: 'good-story', number: 3 });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('not_found');
    await core.close();
  });

  it('quarantines a file that goes bad behind its back, and tells the UI', async () => {
    const store = await copyFixtureStore('corrupt');
    cleanup = store.cleanup;
    let { core } = await openTestCore(store.dir);
    await core.close();
    await writeFile(join(store.dir, 'articles', 'good-story.json'), '{"schemaVersion":1,"id":"go');
    ({ core } = await openTestCore(store.dir));
    const problems: string[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'store:problem') problems.push((payload as { message: string }).message);
    });
    await core.settled();
    expect(core.articles.count).toBe(0);
    expect(problems).toEqual([expect.stringMatching(/^good-story\.json: not valid JSON/)]);
    const status = await core.call('app:status', {});
    expect(status.quarantine.map((e) => e.file)).toContain(join('articles', 'good-story.json'));
    await core.close();
  });

  for (const kind of BROKEN) {
    it(`moves a store.json with ${kind.replace('-', ' ')} aside and opens with defaults`, async () => {
      const store = await copyFixtureStore('corrupt');
      cleanup = store.cleanup;
      const bad = join(FIXTURE_STORES, 'bad-meta', `${kind}.json`);
      await copyFile(bad, join(store.dir, 'store.json'));
      const { core } = await openTestCore(store.dir);
      const status = await core.call('app:status', {});
      const entry = status.quarantine.find((e) => e.file === 'store.json');
      expect(entry, 'store.json is reported').toBeDefined();
      await expectMovedUntouched(store.dir, entry!, bad);
      expect((await core.call('settings:get', {})).newsroomName).toBe('Newsroom');
      expect(status.articleCount).toBe(1);
      await core.close();
    });
  }
});
