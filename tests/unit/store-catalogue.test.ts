import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { ARTICLES_DIR } from '../../electron/core/store/article-store.js';
import { CACHE_DIR, SNAPSHOT_FILE } from '../../electron/core/store/catalogue.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import type { Article } from '../../shared/domain.js';
import { countingIds, makeTempDir, openTestCore, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;
let clock: TestClock;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('catalogue'));
  ({ core, clock } = await openTestCore(dir));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

async function reopen(options: { compactEvery?: number } = {}): Promise<void> {
  await core.close();
  ({ core, clock } = await openTestCore(dir, { store: options }));
}

async function create(headline: string, language: 'en' | 'ru' = 'en'): Promise<Article> {
  clock.advance(1_000);
  return core.call('articles:create', { content: { language, headline } });
}

const articleFile = (id: string) => join(dir, ARTICLES_DIR, `${id}.json`);
const journals = async () =>
  (await readdir(join(dir, CACHE_DIR))).filter((name) => name.startsWith('journal-'));

describe('catalogue', () => {
  it('reopens from the catalogue with every summary as saved', async () => {
    const a = await create('Tariffs on freight');
    const b = await create('Тарифы на грузы', 'ru');
    clock.advance(1_000);
    await core.call('articles:save', {
      id: a.id,
      baseRevision: 1,
      content: { ...a, headline: 'Tariffs cut' },
    });
    const before = await core.call('articles:list', {});
    await reopen();
    const after = await core.call('articles:list', {});
    expect(after.items).toEqual(before.items);
    expect(after.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(after.items[0]?.headline).toBe('Tariffs cut');
  });

  it('sees files added and removed behind its back before the first page', async () => {
    const a = await create('Kept');
    const b = await create('Removed by git');
    await core.close();
    const copy: Article = {
      ...a,
      id: 'zz-added',
      slug: 'added-by-git',
      headline: 'Added by git',
    };
    await writeFile(articleFile('zz-added'), encodeDocument(copy));
    await rm(articleFile(b.id));
    ({ core, clock } = await openTestCore(dir));
    const ids = (await core.call('articles:list', {})).items.map((i) => i.id).sort();
    expect(ids).toEqual([a.id, 'zz-added'].sort());
  });

  it('finds files rewritten in place and re-reads them in the background', async () => {
    const a = await create('Before the pull');
    await core.close();
    const text = await readFile(articleFile(a.id), 'utf8');
    await writeFile(
      articleFile(a.id),
      text.replace('Before the pull', 'After the pull from the other desk'),
    );
    ({ core, clock } = await openTestCore(dir));
    await core.settled();
    expect(core.articles.summary(a.id)?.headline).toBe('After the pull from the other desk');
    const found = await core.call('articles:list', { text: 'desk' });
    expect(found.items.map((i) => i.id)).toEqual([a.id]);
  });

  it('re-reads an article whose save began but never reached the journal', async () => {
    const a = await create('Old headline');
    await core.close();
    // What a crash leaves: the begin record is on disk, the new file too, the put is not.
    const journal = (await journals()).sort().at(-1) as string;
    await appendFile(
      join(dir, CACHE_DIR, journal),
      `${JSON.stringify({ op: 'begin', id: a.id })}\n`,
    );
    const text = await readFile(articleFile(a.id), 'utf8');
    await writeFile(articleFile(a.id), text.replace('Old headline', 'New headline'));
    ({ core, clock } = await openTestCore(dir));
    // Before any background check has run:
    expect(core.articles.summary(a.id)?.headline).toBe('New headline');
  });

  it('cuts a torn journal tail and keeps the records before it', async () => {
    const a = await create('Whole record');
    await core.close();
    const journal = join(dir, CACHE_DIR, (await journals()).sort().at(-1) as string);
    const whole = (await readFile(journal)).length;
    await appendFile(journal, '{"op":"put","s":{"id":"x');
    ({ core, clock } = await openTestCore(dir, { newId: countingIds('b') }));
    expect(core.articles.summary(a.id)?.headline).toBe('Whole record');
    expect((await readFile(journal)).length).toBe(whole);
    const b = await create('After the tear');
    await reopen();
    expect(core.articles.summary(b.id)?.headline).toBe('After the tear');
  });

  it('compacts the journal into a new snapshot and replays the same state', async () => {
    await reopen({ compactEvery: 6 });
    let article = await create('Compacted');
    for (let i = 0; i < 10; i++) {
      clock.advance(1_000);
      article = await core.call('articles:save', {
        id: article.id,
        baseRevision: article.revision,
        content: { ...article, headline: `Compacted ${i}` },
      });
    }
    await core.articles.compactCatalogue();
    const snapshot = JSON.parse(await readFile(join(dir, CACHE_DIR, SNAPSHOT_FILE), 'utf8')) as {
      generation: number;
    };
    expect(snapshot.generation).toBeGreaterThan(2);
    expect(await journals()).toEqual([`journal-${snapshot.generation}.ndjson`]);
    await reopen();
    expect(core.articles.summary(article.id)?.headline).toBe('Compacted 9');
    expect(core.articles.summary(article.id)?.revision).toBe(11);
  });

  it('lets the tagger learn every article after an open from the catalogue', async () => {
    for (const [headline, categoryId] of [
      ['Parliament passes the budget', 'politics'],
      ['Orchestra opens the festival', 'culture'],
      ['Draft without a category', null],
    ] as const) {
      const made = await create(headline);
      await core.call('articles:save', {
        id: made.id,
        baseRevision: made.revision,
        content: { ...made, categoryId },
      });
    }
    expect((await core.call('tagger:status', {})).trainedOn).toBe(2);
    await reopen();
    // The open read no article file; the tagger channel waits for the background reading.
    expect((await core.call('tagger:status', {})).trainedOn).toBe(2);
  });

  it('rebuilds from the article files when the snapshot is unreadable', async () => {
    const a = await create('Survives a broken cache');
    await core.close();
    await writeFile(join(dir, CACHE_DIR, SNAPSHOT_FILE), '{"format":1,"generation":3,"entr');
    ({ core, clock } = await openTestCore(dir));
    expect(core.articles.summary(a.id)?.headline).toBe('Survives a broken cache');
    expect(core.quarantine.list).toEqual([]);
  });
});

describe('lists over the catalogue', () => {
  it('keeps every sort order right while articles change', async () => {
    const made: Article[] = [];
    for (const headline of ['Delta', 'alpha', 'Чай', 'Bravo', 'Арбуз'])
      made.push(await create(headline));
    // Build the orders, then change articles and compare with a fresh sort.
    await core.call('articles:list', { sort: 'headline_asc' });
    await core.call('articles:list', { sort: 'updated_asc' });
    clock.advance(1_000);
    const first = made[0] as Article;
    await core.call('articles:save', {
      id: first.id,
      baseRevision: 1,
      content: { ...first, headline: 'Echo' },
    });
    await core.call('articles:spike', { id: (made[1] as Article).id });
    const byHeadline = await core.call('articles:list', { sort: 'headline_asc', status: 'all' });
    expect(byHeadline.items.map((i) => i.headline)).toEqual([
      'alpha',
      'Bravo',
      'Echo',
      'Арбуз',
      'Чай',
    ]);
    const byUpdate = await core.call('articles:list', { sort: 'updated_asc' });
    expect(byUpdate.items.map((i) => i.headline)).toEqual(['Чай', 'Bravo', 'Арбуз', 'Echo']);
    const page = await core.call('articles:list', { sort: 'updated_desc', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.headline)).toEqual(['Арбуз', 'Bravo']);
    const ru = await core.call('articles:list', {
      language: 'en',
      sort: 'headline_asc',
      status: 'all',
    });
    expect(ru.items.map((i) => i.headline)).toEqual(['alpha', 'Bravo', 'Echo', 'Арбуз', 'Чай']);
  });
});
