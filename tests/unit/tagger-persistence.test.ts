import { existsSync } from 'node:fs';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TAGGER_MODEL_FILE, type Core } from '../../electron/core/core.js';
import { CACHE_DIR, SNAPSHOT_FILE } from '../../electron/core/store/catalogue.js';
import { ARTICLES_DIR, REVISIONS_DIR } from '../../electron/core/store/article-store.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import { CategoryModel } from '../../electron/core/tagger/category-model.js';
import { decodeModel, encodeModel, hashText } from '../../electron/core/tagger/model-file.js';
import { TaggerService } from '../../electron/core/tagger/tagger-service.js';
import { extractFeatures } from '../../electron/core/tagger/text-features.js';
import type { Article } from '../../shared/domain.js';
import { generateArticles } from '../bench/corpus.js';
import { TAGGER_FIXTURES } from '../helpers/tagger-fixtures.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

/** The English sentences of the shared fixtures, by category. */
const TEXTS: Record<string, string[]> = Object.fromEntries(
  TAGGER_FIXTURES.map(({ label, en }) => [label, en]),
);
const PROBE = 'The central bank said inflation and prices would rise with new tariffs';

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let dir: string;
let cleanup: () => Promise<void>;
let core: Core | null = null;
const modelFile = (): string => join(dir, CACHE_DIR, TAGGER_MODEL_FILE);

async function open(): Promise<Core> {
  ({ core } = await openTestCore(dir));
  await core.settled();
  return core;
}

async function close(): Promise<void> {
  await core?.close();
  core = null;
}

/** A store with three categories of six articles each; returns the articles by category. */
async function seed(): Promise<Record<string, Article[]>> {
  const c = await open();
  const out: Record<string, Article[]> = {};
  for (const [name, texts] of Object.entries(TEXTS)) {
    const category = await c.call('categories:create', { name: { en: name, ru: name } });
    out[name] = [];
    for (const text of texts) {
      out[name].push(
        await c.call('articles:create', {
          content: { language: 'en', headline: text, categoryId: category.id, body: doc(text) },
        }),
      );
    }
  }
  return out;
}

const examples = (c: Core): Record<string, number> =>
  Object.fromEntries([...c.tagger.model.examples()].sort());

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('tagger-model'));
});
afterEach(async () => {
  await close();
  await cleanup();
});

describe('the persisted category model', () => {
  it('is read back at open: nothing is learned again, and saves keep it current', async () => {
    const articles = await seed();
    const c1 = core as Core;
    const before = c1.tagger.model.rank(extractFeatures(PROBE));
    const counts = examples(c1);
    await close();

    const decoded = decodeModel(await readFile(modelFile()));
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') expect(decoded.learned.size).toBe(18);

    const c2 = await open();
    expect(c2.tagger.report).toEqual({ file: 'loaded', read: 0, forgotten: 0, rebuilt: false });
    expect(examples(c2)).toEqual(counts);
    const after = c2.tagger.model.rank(extractFeatures(PROBE));
    expect(after.map((s) => s.label)).toEqual(before.map((s) => s.label));
    after.forEach((s, i) => expect(s.score).toBeCloseTo(before[i]?.score ?? 0, 4));

    // A save moves one article to another category, learned incrementally and persisted.
    const moved = articles.sport?.[0] as Article;
    const politics = articles.politics?.[0]?.categoryId as string;
    const current = await c2.call('articles:get', { id: moved.id });
    await c2.call('articles:save', {
      id: moved.id,
      baseRevision: current.revision,
      content: { ...current, categoryId: politics },
    });
    const afterSave = examples(c2);
    expect(afterSave[politics]).toBe(7);
    await close();

    const c3 = await open();
    expect(c3.tagger.report).toEqual({ file: 'loaded', read: 0, forgotten: 0, rebuilt: false });
    expect(examples(c3)).toEqual(afterSave);
  });

  it('agrees with the articles read at open when the catalogue is rebuilt', async () => {
    await seed();
    const counts = examples(core as Core);
    await close();
    await rm(join(dir, CACHE_DIR, SNAPSHOT_FILE));

    const c = await open();
    expect(c.tagger.report).toMatchObject({ file: 'loaded', forgotten: 0, rebuilt: false });
    expect(examples(c)).toEqual(counts);
  });

  it('sets a corrupt model file aside and learns from the articles again', async () => {
    await seed();
    const counts = examples(core as Core);
    await close();
    await truncate(modelFile(), 5000);

    const c = await open();
    expect(c.tagger.report.file).toBe('corrupt');
    expect(c.tagger.report.read).toBe(18);
    expect(existsSync(`${modelFile()}.corrupt`)).toBe(true);
    expect(examples(c)).toEqual(counts);
    await close();
    expect(decodeModel(await readFile(modelFile())).status).toBe('ok');
  });

  it('rebuilds a model file of an older format without setting it aside', async () => {
    await seed();
    const counts = examples(core as Core);
    await close();
    const bytes = await readFile(modelFile());
    const length = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + length)) as { format: number };
    const older = Buffer.from(JSON.stringify({ ...header, format: 0 }).padEnd(length), 'utf8');
    older.copy(bytes, 8);
    await writeFile(modelFile(), bytes);

    const c = await open();
    expect(c.tagger.report).toMatchObject({ file: 'outdated', read: 18 });
    expect(existsSync(`${modelFile()}.corrupt`)).toBe(false);
    expect(examples(c)).toEqual(counts);
  });

  it('notices articles changed, added and removed by another path while the store was closed', async () => {
    const articles = await seed();
    const counts = examples(core as Core);
    await close();
    const [sport, economy, politics] = ['sport', 'economy', 'politics'].map(
      (name) => articles[name]?.[0] as Article,
    ) as [Article, Article, Article];

    // Another desk (through git, say) recategorises and rewrites one sport article…
    const path = join(dir, ARTICLES_DIR, `${sport.id}.json`);
    const changed: Article = {
      ...sport,
      categoryId: economy.categoryId,
      headline: 'Ticket prices and sponsorship money lift the football club budget',
      body: doc('Ticket prices and sponsorship money lift the football club budget'),
      revision: sport.revision + 1,
      updatedAt: '2026-03-02T10:00:00.000Z',
    };
    await writeFile(path, encodeDocument(changed));
    // …and adds a politics article.
    const added: Article = {
      ...politics,
      id: 'added000001',
      slug: 'added-politics',
      headline: 'The cabinet resigned after the vote of no confidence',
      body: doc('The cabinet resigned after the vote of no confidence'),
    };
    await writeFile(join(dir, ARTICLES_DIR, `${added.id}.json`), encodeDocument(added));

    const c = await open();
    expect(c.tagger.report).toMatchObject({ file: 'loaded', forgotten: 1, rebuilt: false });
    const sportId = sport.categoryId as string;
    const economyId = economy.categoryId as string;
    const politicsId = politics.categoryId as string;
    expect(examples(c)).toEqual({
      ...counts,
      [sportId]: (counts[sportId] ?? 0) - 1,
      [economyId]: (counts[economyId] ?? 0) + 1,
      [politicsId]: (counts[politicsId] ?? 0) + 1,
    });
    // The model forgot the old text exactly: the same as a model learned from scratch.
    const probe = c.tagger.model.rank(extractFeatures(PROBE));
    await close();
    await rm(modelFile());
    const fresh = await open();
    expect(fresh.tagger.report).toMatchObject({ file: 'missing', read: 19 });
    const expected = fresh.tagger.model.rank(extractFeatures(PROBE));
    expect(probe.map((s) => s.label)).toEqual(expected.map((s) => s.label));
    probe.forEach((s, i) => expect(s.score).toBeCloseTo(expected[i]?.score ?? 0, 3));
  });

  it('rebuilds when a removed article left no revision to forget it by', async () => {
    const articles = await seed();
    const counts = examples(core as Core);
    await close();
    const gone = articles.economy?.[1] as Article;
    await rm(join(dir, ARTICLES_DIR, `${gone.id}.json`));
    await rm(join(dir, REVISIONS_DIR, gone.id), { recursive: true });

    const c = await open();
    expect(c.tagger.report).toMatchObject({ file: 'loaded', rebuilt: true, read: 17 });
    const economyId = gone.categoryId as string;
    expect(examples(c)).toEqual({ ...counts, [economyId]: (counts[economyId] ?? 0) - 1 });
  });
});

describe('the model file', () => {
  const model = new CategoryModel();
  const learned = new Map<
    string,
    { label: string; revision: number; updatedAt: string; hash: string }
  >();
  for (const [label, texts] of Object.entries(TEXTS)) {
    texts.forEach((text, i) => {
      model.learn(label, extractFeatures(text));
      learned.set(`${label}-${i}`, { label, revision: 1, updatedAt: 'x', hash: hashText(text) });
    });
  }

  it('refuses a ledger that does not match the weights, and weights that are not numbers', () => {
    const good = encodeModel(model, learned);
    expect(decodeModel(good).status).toBe('ok');
    const fewer = new Map(learned);
    fewer.delete('sport-0');
    const mismatched = encodeModel(model, fewer);
    expect(decodeModel(mismatched)).toMatchObject({ status: 'corrupt' });
    const poisoned = Buffer.from(good);
    poisoned.writeFloatLE(Number.NaN, poisoned.length - 4);
    expect(decodeModel(poisoned)).toMatchObject({ status: 'corrupt' });
    expect(decodeModel(Buffer.from('not a model at all'))).toMatchObject({ status: 'corrupt' });
  });

  it('is written a moment after the last save, not at every save', async () => {
    const articles = generateArticles({ count: 30, seed: 3, words: [60, 120] });
    const file = join(dir, 'tagger.bin');
    const service = new TaggerService(
      { categoryIds: () => [], tags: () => [], summaries: () => [] },
      { file, persistDelayMs: 100 },
    );
    for (const article of articles) service.observe(article, null);
    expect(existsSync(file)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const decoded = decodeModel(await readFile(file));
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') expect(decoded.learned.size).toBe(30);
    await service.close();
  });
});
