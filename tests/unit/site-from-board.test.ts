/** The exported site follows the curation board: home page zones, category leads, and the sitemap's parts. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { SITEMAP_FILE, robotsTxt, sitemapFiles } from '../../electron/core/export/feeds.js';
import { planSite, toEntry, type SiteMeta } from '../../electron/core/export/site-model.js';
import type { Article } from '../../shared/domain.js';
import { META_FILE } from '../../electron/core/store/meta-store.js';
import { openSiteStore, publish } from '../helpers/export-fixtures.js';
import { openTestCore, type TestClock } from '../helpers/temp-store.js';

let dir: string;
let dataDir: string;
let core: Core;
let clock: TestClock;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ dir, dataDir, core, clock, close } = await openSiteStore('site-board', 'UTC'));
});
// The core open at the end (a test may close and reopen it), then the store's own.
afterEach(async () => {
  await core.close();
  await close();
});

/** A published article, an hour newer than the one before it. */
async function published(
  headline: string,
  categoryId = 'politics',
  language: 'en' | 'ru' = 'en',
): Promise<Article> {
  clock.advance(3_600_000);
  return publish(
    core,
    { language, headline, categoryId, standfirst: `About ${headline}.` },
    clock.now().toISOString(),
  );
}

async function place(zoneId: string, articleId: string, position = 0): Promise<void> {
  const language = zoneId.startsWith('ru-') ? 'ru' : 'en';
  const view = await core.call('board:get', { language });
  await core.call('board:place', {
    baseVersion: view.version,
    zoneId,
    articleId,
    position,
    until: null,
    fromZoneId: null,
  });
}

const exportSite = (mode: 'full' | 'incremental' = 'full') =>
  exportBundle({ dataDir, target: join(dir, 'site'), mode, now: clock.now(), workers: 0 });

const page = (path: string): Promise<string> => readFile(join(dir, 'site', path), 'utf8');

/** The text of one `<section class="…">` of a page. */
function section(html: string, className: string): string {
  const start = html.indexOf(`<section class="${className}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the exported home page', () => {
  it('leads with the article pinned to Top story, not with the newest one', async () => {
    const older = await published('Older story the desk chose');
    await published('Middle story');
    const newest = await published('Newest story');
    await place('en-top', older.id);
    await exportSite();
    for (const path of ['en/index.html', 'index.html']) {
      const html = await page(path);
      const top = section(html, 'top-story');
      expect(top).toContain('Older story the desk chose');
      expect(top).not.toContain('Newest story');
      // The newest is still there, further down, once.
      expect(section(html, 'latest')).toContain('Newest story');
      expect(html.split('Older story the desk chose</a>')).toHaveLength(2);
      expect(html.indexOf('Older story the desk chose')).toBeLessThan(
        html.indexOf(newest.headline),
      );
    }
  });

  it('shows the Featured zone as the featured strip, under the zone names the desk gave', async () => {
    const a = await published('First featured');
    await published('Not featured');
    const c = await published('Second featured');
    await place('en-featured', a.id, 0);
    await place('en-featured', c.id, 1);
    const view = await core.call('board:get', { language: 'en' });
    await core.call('board:updateZone', {
      baseVersion: view.version,
      zoneId: 'en-featured',
      name: 'Editors’ picks',
    });
    await exportSite();
    const html = await page('en/index.html');
    const strip = section(html, 'featured-list');
    expect(strip).toContain('Editors’ picks');
    expect(strip.indexOf('First featured')).toBeGreaterThan(-1);
    expect(strip.indexOf('First featured')).toBeLessThan(strip.indexOf('Second featured'));
    expect(strip).not.toContain('Not featured');
    // Nothing is pinned to Top story: the newest story not featured leads.
    expect(section(html, 'top-story')).toContain('Not featured');
  });

  it('is rewritten by an incremental export after a board change alone', async () => {
    const older = await published('Yesterday’s lead');
    await published('Fresh report');
    await exportSite();
    expect(section(await page('en/index.html'), 'top-story')).toContain('Fresh report');
    await place('en-top', older.id);
    const report = await exportSite('incremental');
    expect(report.mode).toBe('incremental');
    expect(section(await page('en/index.html'), 'top-story')).toContain('Yesterday’s lead');
  });

  it('lets the articles placed in a category zone lead the category page, without repeating them', async () => {
    const chosen = await published('Budget analysis', 'economy');
    const others = [
      await published('Ferry tariffs', 'economy'),
      await published('Port volumes', 'economy'),
    ];
    await place('en-cat-economy', chosen.id);
    await exportSite();
    const html = await page('en/economy/index.html');
    const lead = section(html, 'top-story');
    expect(lead).toContain('Budget analysis');
    // Picked by the desk for this section: not the home page's top story.
    expect(lead).toContain('>Editor’s picks</h2>');
    expect(lead).not.toContain('Top story');
    const list = html.slice(html.indexOf('</section>'));
    expect(list).not.toContain('Budget analysis');
    for (const other of others) expect(list).toContain(other.headline);
    // A category nobody placed anything in keeps its plain newest-first list.
    expect(section(await page('en/politics/index.html'), 'top-story')).toBe('');
  });
});

describe('category zones', () => {
  it('come with a category the desk adds, on the board and on the exported site', async () => {
    const science = await core.call('categories:create', { name: { en: 'Science', ru: 'Наука' } });
    const en = await core.call('board:get', { language: 'en' });
    const ru = await core.call('board:get', { language: 'ru' });
    const zone = en.zones.find((z) => z.categoryId === science.id);
    expect(zone).toMatchObject({ kind: 'category', name: 'Science', autoFill: true });
    expect(ru.zones.find((z) => z.categoryId === science.id)?.name).toBe('Наука');
    // After the other category zones of the language.
    const kinds = en.zones.map((z) => z.kind);
    expect(en.zones.indexOf(zone as (typeof en.zones)[number])).toBe(kinds.lastIndexOf('category'));

    const story = await published('Glacier survey', science.id);
    await place(zone?.id ?? '', story.id);
    await published('A newer story leads the home page');
    await exportSite();
    expect(section(await page('en/science/index.html'), 'top-story')).toContain('Glacier survey');
    const home = await page('en/index.html');
    expect(section(home, 'home-section')).toContain('Glacier survey');
    expect(section(home, 'home-section')).toContain('href="../en/science/">Science</a>');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const path of ['en/index.html', 'en/science/index.html']) {
      const result = await validator.validateString(await page(path), path);
      expect(result.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    }
  });

  it('are given at open to categories added before the board followed them, but not to ones whose zone the desk removed', async () => {
    await core.call('categories:create', { name: { en: 'Science', ru: 'Наука' } });
    const view = await core.call('board:get', { language: 'en' });
    await core.call('board:removeZone', { baseVersion: view.version, zoneId: 'en-cat-sport' });
    await core.close();
    // The store as an older version left it: a new category without zones, and no record.
    const path = join(dataDir, META_FILE);
    const stored = JSON.parse(await readFile(path, 'utf8')) as {
      board: { zones: { categoryId: string | null }[]; zonedCategories?: string[] };
    };
    stored.board.zones = stored.board.zones.filter((z) => z.categoryId !== 'science');
    delete stored.board.zonedCategories;
    await writeFile(path, JSON.stringify(stored));
    ({ core, clock } = await openTestCore(dataDir));
    const en = await core.call('board:get', { language: 'en' });
    expect(en.zones.filter((z) => z.categoryId === 'science').map((z) => z.name)).toEqual([
      'Science',
    ]);
    expect(en.zones.some((z) => z.categoryId === 'sport')).toBe(false);
    await core.queues.idle();
    await core.close();
    ({ core, clock } = await openTestCore(dataDir));
    const again = await core.call('board:get', { language: 'en' });
    expect(again.zones.filter((z) => z.categoryId === 'science')).toHaveLength(1);
    expect(again.zones.some((z) => z.categoryId === 'sport')).toBe(false);
  });
});

describe('category zones follow the categories', () => {
  it('take a renamed category’s name unless the desk named the zone itself', async () => {
    const view = await core.call('board:get', { language: 'ru' });
    await core.call('board:updateZone', {
      baseVersion: view.version,
      zoneId: 'ru-cat-society',
      name: 'Люди и города',
    });
    await core.call('categories:update', { id: 'society', name: { en: 'Life', ru: 'Жизнь' } });
    const en = await core.call('board:get', { language: 'en' });
    const ru = await core.call('board:get', { language: 'ru' });
    expect(en.zones.find((z) => z.id === 'en-cat-society')?.name).toBe('Life');
    expect(ru.zones.find((z) => z.id === 'ru-cat-society')?.name).toBe('Люди и города');
  });

  it('leave with a removed category, keeping by hand what the desk placed in them', async () => {
    const story = await published('Festival opens', 'culture');
    await place('en-cat-culture', story.id);
    await core.call('categories:delete', { id: 'incidents', reassignTo: null });
    await core.call('categories:merge', { sourceId: 'culture', targetId: 'society' });
    const en = await core.call('board:get', { language: 'en' });
    expect(en.zones.some((z) => z.id === 'en-cat-incidents')).toBe(false);
    const kept = en.zones.find((z) => z.id === 'en-cat-culture');
    expect(kept).toMatchObject({ kind: 'custom', categoryId: null, autoFill: false });
    expect(kept?.items.map((i) => i.article.id)).toEqual([story.id]);
    const ru = await core.call('board:get', { language: 'ru' });
    expect(ru.zones.some((z) => z.id === 'ru-cat-culture' || z.id === 'ru-cat-incidents')).toBe(
      false,
    );
  });
});

describe('the sitemap', () => {
  it('becomes an index of parts above the URL cap, keeping every URL once and its hreflang pair', async () => {
    const en = await published('Ferry crossing');
    const ru = await published('Паромная переправа', 'politics', 'ru');
    await core.articles.update(en.id, (a) => ({ ...a, twinId: ru.id }));
    await core.articles.update(ru.id, (a) => ({ ...a, twinId: en.id }));
    for (let i = 0; i < 4; i++) await published(`Story ${i}`);
    const meta: SiteMeta = {
      settings: core.settings,
      categories: core.meta.data.categories,
      tags: [],
    };
    const articles = await Promise.all(
      [...core.articles.allSummaries()].map((s) => core.articles.get(s.id)),
    );
    const plan = planSite(meta, articles.map(toEntry), () => undefined);
    const extra = ['en/index.html', 'ru/index.html'];
    const whole = sitemapFiles(plan, extra);
    expect([...whole.keys()]).toEqual([SITEMAP_FILE]);

    const files = sitemapFiles(plan, extra, { urls: 3, bytes: 50 * 1024 * 1024 });
    expect([...files.keys()].sort()).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      SITEMAP_FILE,
    ]);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    const index = parser.parse(files.get(SITEMAP_FILE) ?? '') as {
      sitemapindex: { sitemap: { loc: string; lastmod?: string }[] };
    };
    expect(index.sitemapindex.sitemap.map((s) => s.loc)).toEqual([
      'https://news.example.org/sitemap-1.xml',
      'https://news.example.org/sitemap-2.xml',
      'https://news.example.org/sitemap-3.xml',
    ]);
    type Url = { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] };
    const urls: Url[] = [];
    for (let n = 1; n <= 3; n++) {
      const part = parser.parse(files.get(`sitemap-${n}.xml`) ?? '') as {
        urlset: { url: Url | Url[] };
      };
      const list = Array.isArray(part.urlset.url) ? part.urlset.url : [part.urlset.url];
      expect(list.length).toBeLessThanOrEqual(3);
      urls.push(...list);
    }
    const single = parser.parse(whole.get(SITEMAP_FILE) ?? '') as { urlset: { url: Url[] } };
    expect(urls.map((u) => u.loc)).toEqual(single.urlset.url.map((u) => u.loc));
    expect(new Set(urls.map((u) => u.loc)).size).toBe(urls.length);
    const paired = urls.filter((u) => u['xhtml:link']);
    expect(paired).toHaveLength(2);
    for (const url of paired) {
      expect(url['xhtml:link']?.map((l) => l['@_hreflang']).sort()).toEqual(['en', 'ru']);
      expect(url['xhtml:link']?.some((l) => l['@_href'] === url.loc)).toBe(true);
    }
    expect(robotsTxt(plan)).toContain('Sitemap: https://news.example.org/sitemap.xml');

    // The size cap splits the same way: no part over it, every URL still there once.
    const bytes = 1200;
    const bySize = sitemapFiles(plan, extra, { urls: 50_000, bytes });
    const parts = [...bySize].filter(([name]) => name !== SITEMAP_FILE);
    expect(parts.length).toBeGreaterThan(1);
    for (const [, text] of parts) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(bytes);
    const locs = parts.flatMap(([, text]) =>
      [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
    );
    expect(locs).toEqual(single.urlset.url.map((u) => u.loc));
  });
});
