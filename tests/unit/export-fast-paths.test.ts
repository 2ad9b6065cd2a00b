import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Zone } from '../../shared/board.js';
import { articleSchema, type Article } from '../../shared/domain.js';
import { boardLatestNews } from '../../electron/core/board/board-reader.js';
import {
  ARTICLE_SCHEMA_VERSION,
  decodeArticle,
  isCurrentArticle,
} from '../../electron/core/export/article-decode.js';
import { CURRENT_SCHEMA_VERSION } from '../../electron/core/store/meta.js';
import { boardCandidates, boardLatestSource } from '../../electron/core/export/board-latest.js';
import {
  MANIFEST_FORMAT,
  decodeManifest,
  encodeManifest,
  parseManifest,
  type Manifest,
  type ManifestArticle,
} from '../../electron/core/export/manifest.js';
import {
  newestFirst,
  toEntry,
  type SiteEntry,
  type SitePlaces,
} from '../../electron/core/export/site-model.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import { StoredEntry, plainEntry } from '../../electron/core/export/stored-entry.js';
import { generateArticles, seededRandom } from '../bench/corpus.js';
import { makeTempDir } from '../helpers/temp-store.js';
import { scanArticles, scanInThread } from '../../electron/core/export/export-bundle.js';
import type { PageOrder } from '../../electron/core/export/article-pages.js';
import { alternateLanguages } from '../../electron/core/export/render-pool.js';

/** What the store writes for an article, parsed back: the shape the fast check accepts. */
const stored = (article: Article): Record<string, unknown> =>
  JSON.parse(encodeDocument(article)) as Record<string, unknown>;

describe('the export’s article check', () => {
  const base = generateArticles({ count: 1, statuses: 'published' })[0] as Article;
  const full: Article = {
    ...base,
    tagIds: ['tbilisi'],
    featuredImage: { src: `media/${'a'.repeat(64)}.png`, alt: 'a', caption: 'c', credit: 'd' },
    embargoUntil: '2026-01-01T00:00:00.000Z',
    transitions: [
      { from: 'draft', to: 'published', at: '2025-12-01T10:00:00.000Z', by: 'desk', note: 'n' },
    ],
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { x: 1 },
          content: [{ type: 'text', text: 't', marks: [{ type: 'bold' }] }],
        },
      ],
    },
  };

  it('accepts what the store writes, exactly as the schema reads it', () => {
    for (const article of [
      base,
      full,
      ...generateArticles({ count: 20, statuses: 'mixed', seed: 5 }),
    ]) {
      const doc = stored(article);
      expect(isCurrentArticle(doc)).toBe(true);
      const { schemaVersion: _version, ...fields } = doc;
      expect(fields).toEqual(articleSchema.parse(doc));
    }
  });

  it('takes an instant as the schema does, leap days and impossible dates included', () => {
    let valid = 0;
    for (const year of [1900, 2000, 2024, 2025, 2100])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 9, 10, 19, 20, 28, 29, 30, 31, 32])
          for (const time of [
            '00:00:00.000',
            '09:05:07.123',
            '23:59:59.999',
            '24:00:00.000',
            '12:60:00.000',
            '12:00:60.000',
          ]) {
            const at = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}Z`;
            const doc = { ...stored(base), createdAt: at };
            const schema = articleSchema.safeParse(doc).success;
            if (schema) valid++;
            expect([at, isCurrentArticle(doc)]).toEqual([at, schema]);
          }
    expect(valid).toBeGreaterThan(500);
  });

  it('accepts nothing the schema refuses, and hands anything unusual to the schema', async () => {
    const random = seededRandom(3);
    const values: unknown[] = [
      null,
      '',
      'x'.repeat(3000),
      7,
      -1,
      1.5,
      true,
      [],
      {},
      ['x'],
      'en',
      'published',
      '2025-02-30T00:00:00.000Z',
      '2024-02-29T00:00:00.000Z',
      '2025-12-01T10:00:00Z',
      'bad id!',
      'Slug With Caps',
      { type: 'doc' },
      { type: 'doc', content: [{ type: '' }] },
    ];
    const keys = Object.keys(stored(full));
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const doc = stored(full);
      const key = keys[Math.floor(random() * keys.length)] as string;
      if (random() < 0.1) delete doc[key];
      else doc[key] = values[Math.floor(random() * values.length)];
      if (isCurrentArticle(doc)) {
        accepted++;
        expect([key, articleSchema.safeParse(doc).success]).toEqual([key, true]);
      }
    }
    // Some mutations are still valid articles (a null where null is allowed, …).
    expect(accepted).toBeGreaterThan(0);
    // An older schema version goes through the store's migrations.
    const old = { ...stored(base), schemaVersion: 0, title: 'Old title' } as Record<
      string,
      unknown
    >;
    delete old['headline'];
    expect(isCurrentArticle(old)).toBe(false);
    expect((await decodeArticle('a.json', JSON.stringify(old))).headline).toBe('Old title');
    await expect(
      decodeArticle('a.json', JSON.stringify({ ...stored(base), revision: 0 })),
    ).rejects.toThrow(/schema/);
    await expect(decodeArticle('a.json', '{"broken')).rejects.toThrow(/not valid JSON/);
    expect(ARTICLE_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('the board’s places over the entries it can reach', () => {
  it('equal the zones computed over every entry, for random boards', () => {
    const random = seededRandom(9);
    const now = new Date('2026-11-02T00:00:00.000Z');
    const entries = generateArticles({ count: 400, statuses: 'published' })
      .map(toEntry)
      .sort(newestFirst);
    // A few entries published "later" than now: the board skips them.
    entries.splice(3, 0, {
      ...(entries[0] as SiteEntry),
      id: 'future',
      publishedAt: '2027-01-01T00:00:00.000Z',
    });
    const categories = ['politics', 'economy', 'sport', null];
    for (let round = 0; round < 60; round++) {
      const zones: Zone[] = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => ({
        id: `z${i}`,
        language: random() < 0.8 ? 'en' : 'ru',
        kind: i === 0 ? 'latest' : 'featured',
        name: `Zone ${i}`,
        capacity: 1 + Math.floor(random() * 12),
        autoFill: random() < 0.85,
        categoryId: categories[Math.floor(random() * categories.length)] ?? null,
        allowDuplicates: random() < 0.3,
        entries: Array.from({ length: Math.floor(random() * 4) }, (_, j) => ({
          articleId: (entries[Math.floor(random() * entries.length)] as SiteEntry).id,
          position: j,
          until: null,
          addedAt: '2026-10-01T00:00:00.000Z',
        })),
        hidden: entries.filter(() => random() < 0.01).map((e) => e.id),
      }));
      for (const language of ['en', 'ru'] as const) {
        const newest = entries.filter((e) => e.language === language);
        // Every place (latest, top story, featured, sections, category leads), ids in order.
        const ids = (places: SitePlaces): unknown => ({
          latest: places.latest.map((e) => e.id),
          top: places.top?.id ?? null,
          featured: places.featured.map((e) => e.id),
          sections: places.sections.map((section) => [
            section.name,
            section.entries.map((e) => e.id),
          ]),
          leads: [...places.categoryLeads].map(([id, list]) => [id, list.map((e) => e.id)]),
        });
        const everything = ids(boardLatestNews(zones, now).places(language, newest));
        expect(ids(boardLatestSource(zones, now).places(language, newest))).toEqual(everything);
        // Told which ids are there, the walk may stop before the end: the places are the same.
        const there = new Set(newest.map((e) => e.id));
        const has = (id: string): boolean => there.has(id);
        expect(ids(boardLatestSource(zones, now).places(language, newest, has))).toEqual(
          everything,
        );
        expect(boardCandidates(zones, language, newest, now).length).toBeLessThan(newest.length);
      }
    }
  });
});

describe('the export manifest', () => {
  const entries = generateArticles({ count: 30, statuses: 'published' }).map(toEntry);
  const files: Record<string, string> = { 'index.html': 'h0', 'media/x.png': 'media:media/x.png' };
  const articles: Manifest['articles'] = new Map();
  entries.forEach((entry, i) => {
    const path = `${entry.language}/2026/11/${entry.slug}/index.html`;
    files[path] = `hash${i}`;
    articles.set(entry.id, {
      path,
      mtimeMs: 1000.5 + i,
      size: 100 + i,
      contentKey: `c${i}`,
      pageKey: `p${i}`,
      entry:
        i === 1
          ? {
              ...entry,
              featuredImage: { src: 'media/x.png', alt: 'a', caption: '', credit: '' },
              tagIds: ['t1', 't2'],
            }
          : entry,
      media: i === 0 ? [{ name: 'media/x.png', width: 10, height: 20 }] : [],
    });
  });
  const manifest = (): Manifest => ({
    format: MANIFEST_FORMAT,
    siteKey: 'k',
    timeZone: 'Asia/Baku',
    latestKeys: { en: 'le', ru: 'lr' },
    placesKeys: { en: 'pe', ru: 'pr' },
    files: new Map(Object.entries(files)),
    listKeys: { 'index.html': 'l0' },
    articles: new Map(articles),
  });

  // Entries come back as StoredEntry, whose text is read on demand: compared as plain data.
  const plain = (m: Manifest | null): unknown =>
    m && {
      ...m,
      articles: new Map(
        [...m.articles].map(([id, a]) => [id, { ...a, entry: plainEntry(a.entry) }]),
      ),
    };

  it('reads back what it wrote, and writes the same bytes again', () => {
    const bytes = encodeManifest(manifest());
    const read = decodeManifest(bytes);
    expect(plain(read)).toEqual(manifest());
    expect(encodeManifest(read as Manifest).equals(bytes)).toBe(true);
    // Plain JSON too: the row-per-line layout is a convenience, not a requirement.
    const parsed = parseManifest(JSON.parse(bytes.toString('utf8')));
    expect(plain(parsed)).toEqual(manifest());
    expect(encodeManifest(parsed as Manifest).equals(bytes)).toBe(true);
  });

  it('keeps articles whose ids are names objects have, such as __proto__', () => {
    const named = manifest();
    for (const [i, id] of ['__proto__', 'constructor', 'toString'].entries()) {
      const entry = { ...(entries[2 + i] as SiteEntry), id };
      const article = named.articles.get(entries[2 + i]?.id as string) as ManifestArticle;
      named.articles.set(id, { ...article, entry });
      named.articles.delete(entries[2 + i]?.id as string);
    }
    const read = decodeManifest(encodeManifest(named)) as Manifest;
    expect([...read.articles.keys()].sort()).toEqual([...named.articles.keys()].sort());
    expect(plain(read)).toEqual(named);
  });

  it("reads no text row until an entry's words are asked for", () => {
    const read = decodeManifest(encodeManifest(manifest())) as Manifest;
    const entry = read.articles.get(entries[1]?.id as string)?.entry as StoredEntry;
    expect(entry).toBeInstanceOf(StoredEntry);
    // The row's bytes in the file are still all it has of the headline.
    expect(Object.values(entry).some((v) => v === entries[1]?.headline)).toBe(false);
    expect(entry.headline).toBe(entries[1]?.headline);
    expect(entry.featuredImage).toEqual({ src: 'media/x.png', alt: 'a', caption: '', credit: '' });
  });

  it('is not trusted when a row or the field list is off', () => {
    const text = encodeManifest(manifest()).toString('utf8');
    const lines = text.split('\n');
    const broken = [
      text.replace('"articleFields":["id"', '"articleFields":["ident"'),
      text.replace(`"format":${MANIFEST_FORMAT}`, '"format":1'),
      [
        ...lines.slice(0, 2),
        (lines[2] as string).replace(/"(en|ru)"/, '"de"'),
        ...lines.slice(3),
      ].join('\n'),
      [...lines.slice(0, 3), '[1,2,3],', ...lines.slice(3)].join('\n'),
      // A word changed in a text row: the block no longer matches its hash.
      text.replace('"texts":[\n["', '"texts":[\n["X'),
      // A text row too few.
      text.replace(/\n[^\n]*\n\]\}\n$/, '\n]}\n'),
    ];
    for (const variant of broken)
      expect([variant.slice(0, 40), decodeManifest(Buffer.from(variant))]).toEqual([
        variant.slice(0, 40),
        null,
      ]);
  });
});

describe('the scan of the article folder', () => {
  it('lists and stats the same in its own thread as in this one', async () => {
    const { dir, cleanup } = await makeTempDir('newsroom-scan');
    try {
      const articles = join(dir, 'articles');
      await mkdir(articles);
      for (const [name, text] of [
        ['b2.json', '{"a":1}'],
        ['a1.json', '{}'],
        ['notes.txt', 'not an article'],
      ] as const)
        await writeFile(join(articles, name), text);
      const here = scanArticles(articles);
      expect(here.names).toEqual(['a1', 'b2']);
      // Time and size of each: a1.json has 2 bytes, b2.json 7.
      expect([here.facts[1], here.facts[3]]).toEqual([2, 7]);
      expect(here.facts[0]).toBeGreaterThan(0);
      expect(await scanInThread(articles)).toEqual(here);
      // No article folder: no articles, in either thread.
      const none = { names: [], facts: new Float64Array(0) };
      expect(await scanInThread(join(dir, 'none'))).toEqual(none);
      expect(scanArticles(join(dir, 'none'))).toEqual(none);
    } finally {
      await cleanup();
    }
  });
});

describe('the order article pages are written in', () => {
  it('takes the language sections in turn, each in the order it was given', () => {
    const order = (path: string): PageOrder => ({ id: path, path, twin: null, previous: null });
    const given = [
      'en/2026/01/a/index.html',
      'en/2026/01/b/index.html',
      'en/2026/02/c/index.html',
      'ru/2026/01/d/index.html',
      'ru/2026/03/e/index.html',
    ].map(order);
    expect(alternateLanguages(given).map((o) => o.path)).toEqual([
      'en/2026/01/a/index.html',
      'ru/2026/01/d/index.html',
      'en/2026/01/b/index.html',
      'ru/2026/03/e/index.html',
      'en/2026/02/c/index.html',
    ]);
    const reversed = [...given].reverse();
    expect(alternateLanguages(reversed).map((o) => o.path)).toEqual([
      'ru/2026/03/e/index.html',
      'en/2026/02/c/index.html',
      'ru/2026/01/d/index.html',
      'en/2026/01/b/index.html',
      'en/2026/01/a/index.html',
    ]);
    expect(alternateLanguages(given.slice(0, 3))).toEqual(given.slice(0, 3));
  });
});
