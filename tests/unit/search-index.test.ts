import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_FILE } from '../../electron/core/core.js';
import { decodeIndexImage, encodeIndexImage } from '../../electron/core/search/index-file.js';
import { InvertedIndex } from '../../electron/core/search/inverted-index.js';
import { CACHE_DIR } from '../../electron/core/store/catalogue.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

const doc = (headline: string, standfirst = '', body = '') => ({ headline, standfirst, body });

function sample(): InvertedIndex {
  const index = new InvertedIndex();
  index.upsert(
    'a1',
    's1',
    doc('Ёлка в Тбилиси', 'Праздник на площади', 'Новогодняя ёлка появилась'),
  );
  index.upsert(
    'a2',
    's1',
    doc('Parliament votes on the budget', 'Tbilisi deputies', 'The vote was close'),
  );
  index.upsert('a3', 's1', doc('Выборы в Азербайджане', '', 'Президент Азербайджана заявил'));
  index.upsert('a4', 's1', doc('Budget of Baku', '', 'Азербайджан parliament'));
  return index;
}

function ids(index: InvertedIndex, query: string): string[] {
  return index
    .search(query.split(' '), 100)
    .map((hit) => hit.id)
    .sort();
}

describe('inverted index', () => {
  it('folds case and ё/е in both directions', () => {
    const index = sample();
    expect(ids(index, 'елка')).toEqual(['a1']);
    expect(ids(index, 'ЁЛКА')).toEqual(['a1']);
    expect(ids(index, 'новогодняя')).toEqual(['a1']);
    expect(ids(index, 'PARLIAMENT')).toEqual(['a2', 'a4']);
  });

  it('matches word prefixes (Russian inflections) and needs every word', () => {
    const index = sample();
    expect(ids(index, 'Азербайджан')).toEqual(['a3', 'a4']);
    expect(ids(index, 'parliament budget')).toEqual(['a2', 'a4']);
    expect(ids(index, 'parliament Азербайджан')).toEqual(['a4']);
    expect(ids(index, 'parliament nothing')).toEqual([]);
    // Two letters match only whole words.
    expect(ids(index, 'ba')).toEqual([]);
  });

  it('ranks a headline match above a body match', () => {
    const index = sample();
    const hits = index.search(['parliament'], 10).map((hit) => hit.id);
    expect(hits).toEqual(['a2', 'a4']);
  });

  it('replaces and removes documents, before and after compaction', () => {
    const index = sample();
    index.upsert('a2', 's2', doc('Culture news'));
    expect(ids(index, 'parliament')).toEqual(['a4']);
    expect(ids(index, 'culture')).toEqual(['a2']);
    index.compact();
    expect(index.churn).toBe(0);
    expect(ids(index, 'culture')).toEqual(['a2']);
    expect(index.stampOf('a2')).toBe('s2');
    index.remove('a4');
    expect(ids(index, 'parliament')).toEqual([]);
    index.compact();
    expect(ids(index, 'budget')).toEqual([]);
    expect(index.size).toBe(3);
  });

  it('round-trips through its file format and refuses damaged files', () => {
    const index = sample();
    const bytes = encodeIndexImage(index.image());
    const image = decodeIndexImage(bytes);
    expect(image).not.toBeNull();
    const loaded = InvertedIndex.fromImage(image!);
    expect(ids(loaded, 'Азербайджан')).toEqual(['a3', 'a4']);
    expect(loaded.stampOf('a1')).toBe('s1');
    expect(decodeIndexImage(bytes.subarray(0, bytes.length - 2))).toBeNull();
    expect(decodeIndexImage(Buffer.alloc(64))).toBeNull();
    const garbled = Buffer.from(bytes);
    // The last document number points past the slots.
    garbled.writeUInt32LE(999_999, garbled.length - image!.docs.length * 2 - 4);
    expect(decodeIndexImage(garbled)).toBeNull();
  });
});

describe('search in the store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('search'));
  });
  afterEach(() => cleanup());

  it('keeps the persisted index up to date and rebuilds a damaged one', async () => {
    let { core } = await openTestCore(dir);
    await core.settled();
    const a = await core.call('articles:create', {
      content: { language: 'ru', headline: 'Концерт оркестра в Ереване' },
    });
    const b = await core.call('articles:create', {
      content: { language: 'en', headline: 'Orchestra tours Yerevan' },
    });
    await core.call('articles:save', {
      id: b.id,
      baseRevision: b.revision,
      content: { ...b, standfirst: 'The orchestra plays Khachaturian' },
    });
    expect(
      (await core.call('articles:list', { text: 'khachaturian' })).items.map((i) => i.id),
    ).toEqual([b.id]);
    await core.close();
    const file = join(dir, CACHE_DIR, SEARCH_INDEX_FILE);
    expect((await readFile(file)).length).toBeGreaterThan(0);

    ({ core } = await openTestCore(dir));
    await core.settled();
    expect(core.search.ready).toBe(true);
    const list = await core.call('articles:list', { text: 'оркестра' });
    expect(list.search).toBe('ready');
    expect(list.items.map((i) => i.id)).toEqual([a.id]);
    await core.close();

    await writeFile(file, 'not an index');
    ({ core } = await openTestCore(dir));
    await core.settled();
    expect(
      (await core.call('articles:list', { text: 'khachaturian' })).items.map((i) => i.id),
    ).toEqual([b.id]);
    await core.close();
  });

  it('reports indexing and searches headlines until the index is loaded', async () => {
    const { core } = await openTestCore(dir);
    // Before the background load has had a turn, search is not ready yet.
    expect(core.search.ready).toBe(false);
    const status = await core.call('app:status', {});
    expect(status.search).toBe('indexing');
    await core.settled();
    expect((await core.call('app:status', {})).search).toBe('ready');
    await core.close();
  });
});
