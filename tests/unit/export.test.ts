import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { MANIFEST_FILE } from '../../electron/core/export/manifest.js';
import { runCli } from '../../electron/cli/run.js';
import { loadSampleNewsroom } from '../../electron/core/sample/sample-newsroom.js';
import type { ExportReport } from '../../shared/contract/export.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';
import {
  paragraph,
  publish,
  seedNewsroom,
  treeHashes,
  type Newsroom,
} from '../helpers/export-fixtures.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'export');

async function golden(name: string, actual: string): Promise<void> {
  const path = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN']) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(path, actual);
  }
  expect(actual).toBe(await readFile(path, 'utf8'));
}

describe('export of a bilingual newsroom', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let core: Core;
  let room: Newsroom;
  let dataDir: string;
  let now: () => Date;
  let advance: (ms: number) => void;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('newsroom-export'));
    dataDir = join(dir, 'store');
    const opened = await openTestCore(dataDir);
    core = opened.core;
    now = opened.clock.now;
    advance = opened.clock.advance;
    room = await seedNewsroom(core, dataDir);
  });
  afterEach(async () => {
    await core.close();
    await cleanup();
  });

  const run = (
    target: string,
    mode: 'full' | 'incremental' = 'full',
    zip: string | null = null,
  ): Promise<ExportReport> =>
    exportBundle({ dataDir, target: join(dir, target), mode, zip, now: now(), workers: 0 });

  it('exports only published, past-embargo, publishable articles, with the layout of the design', async () => {
    const report = await run('site');
    expect(report.articles).toBe(8);
    const files = await treeHashes(join(dir, 'site'));
    const pages = [...files.keys()];
    expect(pages).toContain('index.html');
    expect(pages).toContain('en/index.html');
    expect(pages).toContain('ru/index.html');
    expect(pages).toContain(
      'en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/index.html',
    );
    expect(pages).toContain(
      'ru/2025/12/parom-mezhdu-baku-i-aktau-budet-khodit-dvazhdy-v-nedelyu/index.html',
    );
    expect(pages).toContain('en/economy/index.html');
    expect(pages).toContain('ru/tag/ferries/index.html');
    for (const name of [
      'sitemap.xml',
      'robots.txt',
      '404.html',
      'assets/site.css',
      'en/feed.xml',
      'en/atom.xml',
      'en/feed.json',
      MANIFEST_FILE,
    ]) {
      expect(pages).toContain(name);
    }
    const all = (await Promise.all(pages.map((p) => readFile(join(dir, 'site', p), 'utf8')))).join(
      '\n',
    );
    expect(all).not.toContain('Unfinished draft');
    expect(all).not.toContain('Embargoed report');
    expect(all).not.toContain('Held back');
    expect(all).toContain('Caspian ferry line');
  });

  it('renders article pages in both languages as the golden files show', async () => {
    await run('site');
    const site = join(dir, 'site');
    const en = await readFile(
      join(site, 'en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/index.html'),
      'utf8',
    );
    const ru = await readFile(
      join(site, 'ru/2025/12/parom-mezhdu-baku-i-aktau-budet-khodit-dvazhdy-v-nedelyu/index.html'),
      'utf8',
    );
    // The parts a reader sees, spelled out, before the byte-for-byte comparison.
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<time datetime="2025-12-09T08:30:00.000Z">9 December 2025</time>');
    expect(ru).toContain('<time datetime="2025-12-09T09:00:00.000Z">9 декабря 2025</time>');
    expect(ru).toContain('<h2 id="latest-news">Последние новости</h2>');
    expect(en).toContain('<h2 id="latest-news">Latest news</h2>');
    expect(en).toContain('hreflang="ru" lang="ru">Читать на русском: Паром между Баку и Актау');
    expect(en).toContain('An earlier version gave the wrong day');
    expect(en).toMatch(
      /<figcaption><span class="caption">The terminal at dawn\.<\/span> <span class="credit">Photo: Desk archive<\/span><\/figcaption>/,
    );
    expect(en).toContain('"@type":"NewsArticle"');
    expect(en).toContain(
      '<link rel="canonical" href="https://news.example.org/en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/">',
    );
    expect(en).toContain('<meta property="og:image" content="https://news.example.org/media/');
    expect(en).toMatch(/srcset="[^"]*-480w\.webp 480w, [^"]*-960w\.webp 960w, [^"]*\.png 1200w"/);
    await golden('article.en.html', en);
    await golden('article.ru.html', ru);
    await golden('category.ru.html', await readFile(join(site, 'ru/economy/index.html'), 'utf8'));
    await golden('home.html', await readFile(join(site, 'index.html'), 'utf8'));
  });

  it('writes feeds that parse back with their required fields, and a sitemap with hreflang pairs', async () => {
    await run('site');
    const site = join(dir, 'site');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    const rssText = await readFile(join(site, 'ru/feed.xml'), 'utf8');
    const atomText = await readFile(join(site, 'en/atom.xml'), 'utf8');
    const jsonText = await readFile(join(site, 'en/feed.json'), 'utf8');
    await golden('feed.ru.xml', rssText);
    await golden('atom.en.xml', atomText);
    await golden('feed.en.json', jsonText);
    const sitemapText = await readFile(join(site, 'sitemap.xml'), 'utf8');
    // Well-formed as a strict XML reader sees it (no attribute without a value, say).
    for (const text of [rssText, atomText, sitemapText])
      expect(XMLValidator.validate(text, { allowBooleanAttributes: false })).toBe(true);
    const rss = parser.parse(rssText) as {
      rss: {
        '@_version': string;
        channel: {
          title: string;
          link: string;
          description: string;
          item: { title: string; link: string; guid: unknown; pubDate: string }[];
        };
      };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.title).toBeTruthy();
    expect(rss.rss.channel.link).toBe('https://news.example.org/ru/');
    expect(rss.rss.channel.item).toHaveLength(4);
    expect(rss.rss.channel.item[0]?.title).toBe(
      'Паром между Баку и Актау будет ходить дважды в неделю',
    );
    expect(new Date(rss.rss.channel.item[0]?.pubDate ?? '').toISOString()).toBe(
      '2025-12-09T09:00:00.000Z',
    );
    const atom = parser.parse(atomText) as {
      feed: {
        id: string;
        title: string;
        updated: string;
        entry: { id: string; title: string; updated: string; link: { '@_href': string } }[];
      };
    };
    expect(atom.feed.id).toBeTruthy();
    expect(atom.feed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(atom.feed.entry).toHaveLength(4);
    for (const entry of atom.feed.entry) {
      expect(entry.id && entry.title && entry.updated && entry.link['@_href']).toBeTruthy();
    }
    const json = JSON.parse(jsonText) as {
      version: string;
      title: string;
      items: { id: string; content_text?: string; content_html?: string; url: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBeTruthy();
    expect(json.items.length).toBe(4);
    for (const item of json.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_text ?? item.content_html).toBeTruthy();
    }
    const map = parser.parse(sitemapText) as {
      urlset: {
        url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
      };
    };
    const lead = map.urlset.url.find((u) =>
      u.loc.endsWith('/en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/'),
    );
    expect(lead?.['xhtml:link']?.map((l) => l['@_hreflang'])).toEqual(['en', 'ru']);
    expect(map.urlset.url.filter((u) => u.loc.includes('/2025/12/'))).toHaveLength(8);
    expect(await readFile(join(site, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://news.example.org/sitemap.xml',
    );
  });

  it('gives byte-identical bundles for the same store', async () => {
    await run('a');
    await run('b');
    expect(await treeHashes(join(dir, 'a'))).toEqual(await treeHashes(join(dir, 'b')));
  });

  it('re-exports incrementally: one body edit rewrites its page and what lists it, and matches a full export', async () => {
    await run('site');
    const before = await treeHashes(join(dir, 'site'));
    const article = await core.articles.get(room.others[1]?.id as string);
    advance(3_600_000);
    await core.call('articles:save', {
      id: article.id,
      baseRevision: article.revision,
      content: { ...article, body: { type: 'doc', content: [paragraph('A rewritten body.')] } },
    });
    const report = await run('site', 'incremental');
    expect(report.mode).toBe('incremental');
    const after = await treeHashes(join(dir, 'site'));
    const changed = [...after.keys()].filter((path) => after.get(path) !== before.get(path)).sort();
    // Its page, the feeds that carry its modification time, the sitemap, and the manifest.
    expect(changed).toEqual([
      MANIFEST_FILE,
      'en/2025/12/almaty-opens-a-library-without-walls/index.html',
      'en/atom.xml',
      'en/feed.json',
      'en/feed.xml',
      'sitemap.xml',
    ]);
    expect(report.written).toBe(5);
    await run('fresh');
    const fresh = await treeHashes(join(dir, 'fresh'));
    for (const [path, hash] of fresh)
      if (path !== MANIFEST_FILE) expect([path, after.get(path)]).toEqual([path, hash]);
  });

  it('exports everything, and says why, when the previous manifest cannot be used', async () => {
    await run('site');
    const full = await treeHashes(join(dir, 'site'));
    const manifestPath = join(dir, 'site', MANIFEST_FILE);
    // A manifest of an older format: a bundle written by an earlier version.
    const older = (await readFile(manifestPath, 'utf8')).replace(/^\{"format":\d+/, '{"format":3');
    await writeFile(manifestPath, older);
    const report = await run('site', 'incremental');
    expect(report.mode).toBe('full');
    expect(report.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'no_previous_bundle',
        'The previous bundle’s manifest could not be used (damaged, or written by another version), so everything was exported.',
      ],
    ]);
    expect(await treeHashes(join(dir, 'site'))).toEqual(full);
  });

  it('gives the same bundle, manifest included, from a full export as from a full export, edits and an incremental one', async () => {
    await run('site');
    advance(3_600_000);
    // A body edit, a new headline on the newest story (every page of its language lists it
    // under "Latest news"), an article taken off the site and a new one published.
    const body = await core.articles.get(room.others[0]?.id as string);
    await core.call('articles:save', {
      id: body.id,
      baseRevision: body.revision,
      content: { ...body, body: { type: 'doc', content: [paragraph('Rewritten.')] } },
    });
    const lead = await core.articles.get(room.enLead.id);
    await core.call('articles:save', {
      id: lead.id,
      baseRevision: lead.revision,
      content: { ...lead, headline: 'Caspian ferry line adds a third weekly crossing' },
    });
    await core.articles.update(room.others[2]?.id as string, (a) => ({ ...a, status: 'edited' }));
    await publish(
      core,
      { language: 'ru', headline: 'Новая линия метро в Баку', categoryId: 'society' },
      '2025-12-10T07:00:00.000Z',
    );
    const report = await run('site', 'incremental');
    expect(report.mode).toBe('incremental');
    expect(report.written).toBeGreaterThan(5);
    expect(report.removed).toBe(1);
    await run('fresh');
    expect(await treeHashes(join(dir, 'site'))).toEqual(await treeHashes(join(dir, 'fresh')));
  });

  it('re-renders the lists a lede or a tag shows in, and the home page after a move on the board, as a full export would', async () => {
    await run('site');
    let round = 0;
    const matchesFull = async (): Promise<void> => {
      const report = await run('site', 'incremental');
      expect(report.mode).toBe('incremental');
      await run(`fresh-${++round}`);
      expect(await treeHashes(join(dir, 'site'))).toEqual(
        await treeHashes(join(dir, `fresh-${round}`)),
      );
    };
    advance(3_600_000);
    const id = room.others[3]?.id as string;
    let article = await core.articles.get(id);
    await core.call('articles:save', {
      id,
      baseRevision: article.revision,
      content: { ...article, standfirst: 'A new lede, and nothing else.' },
    });
    await matchesFull();
    article = await core.articles.get(id);
    await core.call('articles:save', {
      id,
      baseRevision: article.revision,
      content: { ...article, tagIds: [...article.tagIds, 'tbilisi'] },
    });
    await matchesFull();
    const language = article.language;
    const view = await core.call('board:get', { language });
    await core.call('board:place', {
      baseVersion: view.version,
      zoneId: `${language}-top`,
      articleId: id,
      position: 0,
    });
    await matchesFull();
  });

  it('moves an article to its own address once the article that had it is unpublished, as a full export would', async () => {
    const older = await publish(
      core,
      { language: 'en', headline: 'Ferry news', slug: 'ferry-news', categoryId: 'economy' },
      '2025-12-08T08:30:00.000Z',
    );
    // Two articles with one slug (the desk refuses that; a store written by other means may not).
    const newer = await publish(
      core,
      { language: 'en', headline: 'More ferry news', categoryId: 'economy' },
      '2025-12-08T09:30:00.000Z',
    );
    await core.articles.update(newer.id, (a) => ({ ...a, slug: 'ferry-news' }));
    await run('site');
    const pages = (): Promise<string[]> =>
      treeHashes(join(dir, 'site')).then((tree) =>
        [...tree.keys()].filter((p) => p.includes('/ferry-news')),
      );
    // The newer article took a suffixed address: the older one had the slug's.
    expect(await pages()).toHaveLength(2);
    await core.articles.update(older.id, (a) => ({ ...a, status: 'edited' }));
    await run('site', 'incremental');
    await run('fresh');
    expect(await pages()).toEqual(['en/2025/12/ferry-news/index.html']);
    expect(await treeHashes(join(dir, 'site'))).toEqual(await treeHashes(join(dir, 'fresh')));
  });

  it('moves an article to another month folder when the time zone changes, as a full export would', async () => {
    // 22:30 UTC on 30 November is already 1 December in Baku.
    await publish(
      core,
      { language: 'en', headline: 'Night session of parliament', categoryId: 'politics' },
      '2025-11-30T22:30:00.000Z',
    );
    await run('site');
    expect([...(await treeHashes(join(dir, 'site'))).keys()]).toContain(
      'en/2025/12/night-session-of-parliament/index.html',
    );
    await core.call('settings:update', { timeZone: 'UTC' });
    await run('site', 'incremental');
    await run('fresh');
    const site = await treeHashes(join(dir, 'site'));
    expect(site.has('en/2025/11/night-session-of-parliament/index.html')).toBe(true);
    expect(site).toEqual(await treeHashes(join(dir, 'fresh')));
  });

  it('publishes an article once its embargo passes, and removes one that is unpublished', async () => {
    await run('site');
    core.meta.data.settings = { ...core.meta.data.settings };
    const late = await exportBundle({
      dataDir,
      target: join(dir, 'site'),
      mode: 'incremental',
      now: new Date('2026-07-01T00:00:00Z'),
      workers: 0,
    });
    expect(late.articles).toBe(9);
    const pages = [...(await treeHashes(join(dir, 'site'))).keys()];
    expect(pages).toContain('en/2025/12/embargoed-report-on-inflation/index.html');
    const gone = room.others[2]?.id as string;
    await core.articles.update(gone, (a) => ({ ...a, status: 'edited' }));
    const report = await exportBundle({
      dataDir,
      target: join(dir, 'site'),
      mode: 'incremental',
      now: new Date('2026-07-01T00:00:00Z'),
      workers: 0,
    });
    expect(report.removed).toBe(1);
    const remaining = [...(await treeHashes(join(dir, 'site'))).keys()];
    expect(remaining.some((p) => p.includes('wrestlers-from-ganja'))).toBe(false);
    await expect(
      readdir(join(dir, 'site', 'en', '2025', '12', 'wrestlers-from-ganja-take-three-medals')),
    ).rejects.toThrow();
  });

  it('warns about a missing image and still exports the article', async () => {
    const missing = `media/${'0'.repeat(64)}.jpg`;
    const article = await publish(
      core,
      {
        language: 'en',
        headline: 'A story whose photo went missing',
        categoryId: 'society',
        featuredImage: { src: missing, alt: 'Gone', caption: '', credit: '' },
        body: {
          type: 'doc',
          content: [
            paragraph('Text stays.'),
            { type: 'image', attrs: { src: missing, alt: 'Gone too' } },
          ],
        },
      },
      '2025-12-01T10:00:00.000Z',
    );
    const report = await run('site');
    const warnings = report.warnings.filter((w) => w.articleId === article.id);
    expect(warnings.map((w) => w.code)).toContain('media_missing');
    const page = await readFile(
      join(dir, 'site', 'en/2025/12/a-story-whose-photo-went-missing/index.html'),
      'utf8',
    );
    expect(page).toContain('Text stays.');
    expect(page).not.toContain(missing);
  });

  it('writes a zip of the bundle', async () => {
    const report = await run('site', 'full', join(dir, 'site.zip'));
    expect(report.zip).toBe(join(dir, 'site.zip'));
    const zip = await readFile(join(dir, 'site.zip'));
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(
      zip.includes(
        Buffer.from('en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/index.html'),
      ),
    ).toBe(true);
    await run('again', 'full', join(dir, 'again.zip'));
    expect((await readFile(join(dir, 'again.zip'))).equals(zip)).toBe(true);
  });

  it('refuses a folder that holds something other than a bundle, and the store folder', async () => {
    await mkdir(join(dir, 'documents'));
    await writeFile(join(dir, 'documents', 'thesis.docx'), 'precious');
    await expect(run('documents')).rejects.toThrow(
      /not empty and does not hold an exported bundle/,
    );
    expect(await readFile(join(dir, 'documents', 'thesis.docx'), 'utf8')).toBe('precious');
    await expect(
      exportBundle({
        dataDir,
        target: join(dataDir, 'site'),
        mode: 'full',
        now: now(),
        workers: 0,
      }),
    ).rejects.toThrow(/store folder/);
  });

  it('previews one article page with the export templates and an inline, hashed stylesheet', async () => {
    const preview = await core.call('export:preview', { id: room.draft.id });
    expect(preview.exportable).toBe(false);
    expect(preview.html).toContain('<h1>Unfinished draft about the budget</h1>');
    expect(preview.html).toContain('Latest news');
    expect(preview.html).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(preview.html).not.toContain('rel="stylesheet"');
  });

  it('renders the same pages with worker threads as in-process', async () => {
    await run('inline');
    await exportBundle({
      dataDir,
      target: join(dir, 'threads'),
      mode: 'full',
      now: now(),
      workers: 2,
    });
    expect(await treeHashes(join(dir, 'threads'))).toEqual(await treeHashes(join(dir, 'inline')));
  });
});

describe('export of the sample newsroom', () => {
  it('gives pages that pass html-validate with zero errors', async () => {
    const { dir, cleanup } = await makeTempDir('newsroom-export-valid');
    const { core, clock } = await openTestCore(join(dir, 'store'));
    try {
      await loadSampleNewsroom(core);
      await seedNewsroom(core, join(dir, 'store'));
      await exportBundle({
        dataDir: join(dir, 'store'),
        target: join(dir, 'site'),
        mode: 'full',
        now: clock.now(),
        workers: 0,
      });
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const pages = [...(await treeHashes(join(dir, 'site'))).keys()].filter((p) =>
        p.endsWith('.html'),
      );
      expect(pages.length).toBeGreaterThan(20);
      for (const page of pages) {
        const report = await validator.validateString(
          await readFile(join(dir, 'site', page), 'utf8'),
          page,
        );
        const errors = report.results.flatMap((r) =>
          r.messages
            .filter((m) => m.severity === 2)
            .map((m) => `${page}:${m.line} ${m.ruleId} ${m.message}`),
        );
        expect(errors).toEqual([]);
      }
    } finally {
      await core.close();
      await cleanup();
    }
  });
});

describe('newsroom export (CLI)', () => {
  it('prints a JSON report, and exits non-zero on a folder that is not a store', async () => {
    const { dir, cleanup } = await makeTempDir('newsroom-export-cli');
    const { core } = await openTestCore(join(dir, 'store'));
    try {
      await loadSampleNewsroom(core);
      const published = (await core.call('articles:list', { status: 'published', limit: 500 }))
        .total;
      let out = '';
      let err = '';
      const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
      expect(
        await runCli(
          ['export', '--data', join(dir, 'store'), '--out', join(dir, 'site'), '--json'],
          io,
        ),
      ).toBe(0);
      const report = JSON.parse(out) as ExportReport;
      expect(report.articles).toBe(published);
      expect(published).toBeGreaterThan(10);
      expect(report.pages).toBeGreaterThan(5);
      expect(
        await runCli(['export', '--data', join(dir, 'nothing'), '--out', join(dir, 'site2')], io),
      ).toBe(1);
      expect(err).toMatch(/is not a newsroom store/);
      expect(await runCli(['export', '--data', join(dir, 'store')], io)).toBe(2);
      expect(err).toMatch(/--out DIR is required/);
    } finally {
      await core.close();
      await cleanup();
    }
  });
});

describe('dates of the exported site', () => {
  it('match Intl in time zones with DST changes and odd offsets', async () => {
    const { formatSiteDate } = await import('../../electron/core/export/site-text.js');
    const zones = [
      'Asia/Baku',
      'Europe/London',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'UTC',
    ];
    const start = Date.parse('2025-03-28T00:00:00Z');
    for (const zone of zones) {
      const intl = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      // Every 37 minutes across the spring and autumn changes.
      for (
        let ms = start;
        ms < start + 220 * 86_400_000;
        ms += 37 * 60_000 * (ms < start + 5 * 86_400_000 || ms > start + 210 * 86_400_000 ? 1 : 40)
      ) {
        const iso = new Date(ms).toISOString();
        expect([zone, iso, formatSiteDate(iso, 'en', zone)]).toEqual([
          zone,
          iso,
          intl.format(new Date(ms)),
        ]);
      }
    }
    expect(formatSiteDate('2025-12-08T20:30:00.000Z', 'ru', 'Asia/Baku')).toBe('9 декабря 2025');
  });

  it('match Intl over centuries and leap days', async () => {
    const { formatSiteDate } = await import('../../electron/core/export/site-text.js');
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Almaty',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const days = [
      '1900-02-28T23:00:00Z',
      '1900-03-01T12:00:00Z',
      '2000-02-29T12:00:00Z',
      '2024-02-29T19:30:00Z',
      '2100-02-28T20:00:00Z',
      '2100-03-01T00:00:00Z',
    ].map(Date.parse);
    for (
      let ms = Date.parse('1890-01-01T05:00:00Z');
      ms < Date.parse('2110-01-01Z');
      ms += 11.3 * 86_400_000
    )
      days.push(Math.round(ms));
    for (const ms of days) {
      const iso = new Date(ms).toISOString();
      expect([iso, formatSiteDate(iso, 'en', 'Asia/Almaty')]).toEqual([iso, intl.format(ms)]);
    }
  });
});
