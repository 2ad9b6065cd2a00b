import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { makeTempDir, openTestCore, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
let clock: TestClock;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  ({ core, clock } = await openTestCore(dir));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('articles', () => {
  it('creates, saves and reads back an article after reopening the store', async () => {
    const created = await core.call('articles:create', {
      content: { language: 'ru', headline: 'Ёлка в Тбилиси' },
    });
    expect(created.revision).toBe(1);
    expect(created.slug).toBe('yolka-v-tbilisi');
    const saved = await core.call('articles:save', {
      id: created.id,
      baseRevision: 1,
      content: { ...created, body: paragraph('Новогодняя ёлка появилась на площади Свободы.') },
    });
    expect(saved.revision).toBe(2);
    await core.close();
    ({ core, clock } = await openTestCore(dir));
    const again = await core.call('articles:get', { id: created.id });
    expect(again.body).toEqual(paragraph('Новогодняя ёлка появилась на площади Свободы.'));
    const found = await core.call('articles:list', { text: 'елка' });
    expect(found.items.map((a) => a.id)).toEqual([created.id]);
  });

  it('refuses a save based on a stale revision with conflict', async () => {
    const created = await core.call('articles:create', {
      content: { language: 'en', headline: 'First' },
    });
    await core.call('articles:save', {
      id: created.id,
      baseRevision: 1,
      content: { ...created, headline: 'Second' },
    });
    const stale = await core.dispatch('articles:save', {
      id: created.id,
      baseRevision: 1,
      content: { ...created, headline: 'Third' },
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('conflict');
    expect((await core.call('articles:get', { id: created.id })).headline).toBe('Second');
  });

  it('validates payloads and reports invalid_input', async () => {
    const result = await core.dispatch('articles:create', { content: { language: 'de' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
    const unknown = await core.dispatch('articles:explode', {});
    expect(unknown.ok).toBe(false);
  });

  it('spikes, restores and purges', async () => {
    const created = await core.call('articles:create', {
      content: { language: 'en', headline: 'To the trash' },
    });
    await core.call('articles:spike', { id: created.id });
    expect((await core.call('articles:list', {})).total).toBe(0);
    expect((await core.call('articles:list', { status: 'spiked' })).total).toBe(1);
    const restored = await core.call('articles:restore', { id: created.id });
    expect(restored.status).toBe('draft');
    await core.call('articles:spike', { id: created.id });
    await core.call('articles:purge', { id: created.id });
    expect((await core.call('articles:list', { status: 'all' })).total).toBe(0);
  });

  it('coalesces autosaves within a minute into one revision', async () => {
    let article = await core.call('articles:create', {
      content: { language: 'en', headline: 'Draft' },
    });
    for (let i = 0; i < 3; i++) {
      clock.advance(10_000);
      article = await core.call('articles:save', {
        id: article.id,
        baseRevision: article.revision,
        content: { ...article, headline: `Draft ${i}` },
        autosave: true,
      });
    }
    const revisions = await core.call('revisions:list', { articleId: article.id });
    expect(revisions.map((r) => r.number)).toEqual([4, 1]);
  });
});
