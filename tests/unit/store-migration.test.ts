import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/store/migrations.js';
import { copyFixtureStore, FIXTURE_STORES } from '../helpers/fixture-store.js';
import { openTestCore } from '../helpers/temp-store.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('schema migration', () => {
  it('opens a version 0 store, migrates every document and loses nothing', async () => {
    const store = await copyFixtureStore('v0');
    cleanup = store.cleanup;
    const { core } = await openTestCore(store.dir);
    const status = await core.call('app:status', {});
    expect(status.schemaVersion).toBe(1);
    expect(status.quarantine).toEqual([]);
    expect(status.articleCount).toBe(3);

    const settings = await core.call('settings:get', {});
    expect(settings.newsroomName).toBe('Steppe Wire');
    expect(settings.profile.name).toBe('Айгерим');
    expect(settings.interfaceLanguage).toBe('en');

    const ru = await core.call('articles:get', { id: 'v0-ru-1' });
    expect(ru.headline).toBe('Выборы в Алматы');
    expect(ru.standfirst).toBe('Горожане выбирают маслихат');
    expect(ru.revision).toBe(2);
    const history = await core.call('revisions:list', { articleId: 'v0-ru-1' });
    expect(history.map((r) => r.number)).toEqual([2, 1]);
    const first = await core.call('revisions:get', { articleId: 'v0-ru-1', number: 1 });
    expect(first.content.headline).toBe('Выборы в Алматы (черновик)');

    await core.settled();
    const found = await core.call('articles:list', { text: 'елка' });
    expect(found.items.map((a) => a.id)).toEqual(['v0-ru-2']);

    // Written back in the new form, with the original bytes kept beside.
    const stored = JSON.parse(await readFile(join(store.dir, 'articles', 'v0-en-1.json'), 'utf8'));
    expect(stored.schemaVersion).toBe(1);
    expect(stored.headline).toBe('Harvest in Almaty region');
    expect(stored.title).toBeUndefined();
    const kept = join(store.dir, 'migrations', 'from-v0', 'articles');
    expect((await readdir(kept)).sort()).toEqual(['v0-en-1.json', 'v0-ru-1.json', 'v0-ru-2.json']);
    for (const name of await readdir(kept)) {
      expect(await readFile(join(kept, name), 'utf8')).toBe(
        await readFile(join(FIXTURE_STORES, 'v0', 'articles', name), 'utf8'),
      );
    }
    const meta = JSON.parse(await readFile(join(store.dir, 'store.json'), 'utf8'));
    expect(meta.schemaVersion).toBe(1);

    // Edits go on from the migrated state; a reopen changes nothing.
    const saved = await core.call('articles:save', {
      id: 'v0-ru-1',
      baseRevision: 2,
      content: { ...ru, standfirst: 'Итоги голосования' },
    });
    expect(saved.revision).toBe(3);
    await core.close();
    const again = await openTestCore(store.dir);
    expect((await again.core.call('articles:get', { id: 'v0-ru-1' })).standfirst).toBe(
      'Итоги голосования',
    );
    expect((await again.core.call('app:status', {})).articleCount).toBe(3);
    await again.core.close();
  });

  it('refuses documents from a newer version and versions that are not numbers', () => {
    expect(migrate({ schemaVersion: 9 }, 'article')).toEqual({ kind: 'too_new', version: 9 });
    expect(migrate({ schemaVersion: 'one' }, 'article').kind).toBe('invalid');
    expect(migrate([], 'meta').kind).toBe('invalid');
  });
});
