import { XMLValidator } from 'fast-xml-parser';
import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import {
  isSafeBundlePath,
  isWindowsReserved,
  resolveInsideBundle,
} from '../../electron/core/export/site-paths.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import type { Article } from '../../shared/domain.js';
import { generateArticles, writeCorpusStore } from '../bench/corpus.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';
import { paragraph, publish, seedHostile, treeHashes } from '../helpers/export-fixtures.js';

async function files(folder: string): Promise<string[]> {
  return (await readdir(folder, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

/** Every element and attribute of every page, checked for anything that could run or fetch from elsewhere. */
function executableProblems(path: string, html: string): string[] {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const problems: string[] = [];
  if (!doc.querySelector('meta[http-equiv="Content-Security-Policy"]'))
    problems.push(`${path}: no CSP`);
  for (const element of doc.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      [
        'iframe',
        'object',
        'embed',
        'svg',
        'math',
        'style',
        'base',
        'form',
        'frame',
        'applet',
      ].includes(tag)
    )
      problems.push(`${path}: <${tag}>`);
    if (tag === 'script') {
      if (element.getAttribute('type') !== 'application/ld+json')
        problems.push(`${path}: executable <script>`);
      else JSON.parse(element.textContent ?? '');
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value ?? '';
      if (name.startsWith('on')) problems.push(`${path}: ${tag}[${name}]`);
      if (name === 'style') problems.push(`${path}: ${tag}[style]`);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite'].includes(name)) {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        // eslint-disable-next-line no-control-regex
        const squeezed = value.replace(/[\u0000-\u0020]/g, '');
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
        const allowed = name === 'href' ? ['http', 'https', 'mailto'] : [];
        if (scheme && !allowed.includes(scheme)) problems.push(`${path}: ${tag}[${name}]=${value}`);
      }
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
        problems.push(`${path}: meta refresh`);
    }
  }
  window.happyDOM.abort();
  return problems;
}

describe('hostile content', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let core: Core;
  let dataDir: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('newsroom-hostile'));
    dataDir = join(dir, 'store');
    ({ core } = await openTestCore(dataDir));
  });
  afterEach(async () => {
    await core.close();
    await cleanup();
  });

  it('drops control characters from every text, and puts the body in its place whatever the headline holds', async () => {
    // The page writer stands a marker with NULs in it for the body: a headline that holds
    // the same must neither move the body nor show the NULs.
    const article = await publish(
      core,
      {
        language: 'en',
        headline: 'Ferry\u0000newsroom-body\u0000 line\u0007 returns',
        categoryId: 'politics',
        body: { type: 'doc', content: [paragraph('The only body paragraph.')] },
      },
      '2025-12-08T08:30:00.000Z',
    );
    await exportBundle({
      dataDir,
      target: join(dir, 'site'),
      mode: 'full',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const path = [...(await treeHashes(join(dir, 'site'))).keys()].find((p) =>
      p.includes(article.slug),
    ) as string;
    const html = await readFile(join(dir, 'site', path), 'utf8');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008]/.test(html)).toBe(false);
    expect(html).toContain('<h1>Ferrynewsroom-body line returns</h1>');
    expect(html.split('The only body paragraph.')).toHaveLength(2);
    expect(html).toMatch(/<div class="body"><p>The only body paragraph\.<\/p><\/div>/);
    // The feeds and the sitemap stay well-formed XML: XML 1.0 allows no such characters at all.
    for (const file of ['en/feed.xml', 'en/atom.xml', 'sitemap.xml']) {
      const xml = await readFile(join(dir, 'site', file), 'utf8');
      expect(XMLValidator.validate(xml, { allowBooleanAttributes: false })).toBe(true);
    }
    expect(await readFile(join(dir, 'site', 'en/feed.xml'), 'utf8')).toContain(
      '<title>Ferrynewsroom-body line returns</title>',
    );
  });

  it('exports with nothing executable and nothing outside the output folder', async () => {
    const { hostile, svgName } = await seedHostile(core, dataDir);
    for (const slug of ['con', 'nul', 'aux', 'com1', 'lpt9']) {
      await publish(
        core,
        { language: 'en', headline: `Reserved ${slug}`, slug, categoryId: 'politics' },
        '2025-12-08T08:30:00.000Z',
      );
    }
    // A Cyrillic look-alike headline gets a transliterated (ASCII) slug.
    await publish(
      core,
      { language: 'ru', headline: 'Аррӏе раураӏ', categoryId: 'politics' },
      '2025-12-08T09:30:00.000Z',
    );
    // Files written around the store: slugs the schema refuses, and a duplicated slug.
    const base = (await core.articles.get(hostile.id)) as Article;
    const raw = (id: string, change: Partial<Article>): Promise<void> =>
      writeFile(
        join(dataDir, 'articles', `${id}.json`),
        encodeDocument({ ...base, id, twinId: null, ...change }),
      );
    await raw('rawescape', { slug: '../../../escape' as never, headline: 'Escape' });
    await raw('rawhomoglyph', { slug: 'раураl' as never, headline: 'Homoglyph' });
    await raw('rawdup1', { slug: 'same-slug', headline: 'First of two' });
    await raw('rawdup2', {
      slug: 'same-slug',
      headline: 'Second of two',
      publishedAt: '2025-12-09T09:30:00.000Z',
    });
    await raw('rawmismatch', { id: 'someoneelse' });

    const report = await exportBundle({
      dataDir,
      target: join(dir, 'site'),
      mode: 'full',
      now: new Date('2026-01-01T00:00:00Z'),
      workers: 0,
    });
    const codes = report.warnings.map((w) => w.code);
    expect(codes).toContain('article_unreadable');
    expect(codes).toContain('slug_collision');
    expect(codes).toContain('media_missing');
    expect(report.warnings.filter((w) => w.code === 'article_unreadable')).toHaveLength(3);

    // Nothing outside the output folder: the temp folder holds only the store and the site.
    expect((await readdir(dir)).sort()).toEqual(['site', 'store']);
    const paths = await files(join(dir, 'site'));
    for (const path of paths) {
      if (path === '.newsroom-export.json') continue;
      expect([path, isSafeBundlePath(path)]).toEqual([path, true]);
      for (const segment of path.split('/'))
        expect([path, isWindowsReserved(segment)]).toEqual([path, false]);
    }
    expect(paths.some((p) => /escape|passwd/.test(p))).toBe(false);
    expect(paths).toContain('en/2025/12/con-x/index.html');
    expect(paths).toContain('en/con-x/index.html');
    expect(paths).toContain('en/tag/nul-x/index.html');
    expect(paths.some((p) => /^ru\/2025\/12\/arr[a-z0-9-]*\/index\.html$/.test(p))).toBe(true);
    expect(paths.filter((p) => p.includes('/same-slug')).length).toBe(2);
    expect(paths.some((p) => p.endsWith('.svg') || p.includes(svgName.slice(6, 20)))).toBe(false);

    const problems: string[] = [];
    for (const path of paths.filter((p) => p.endsWith('.html'))) {
      problems.push(...executableProblems(path, await readFile(join(dir, 'site', path), 'utf8')));
    }
    expect(problems).toEqual([]);
    const page = await readFile(
      join(dir, 'site', 'en/2025/12/script-alert-headline-script-breaking/index.html'),
      'utf8',
    );
    // Shown as text, not run: the reader sees the characters.
    expect(page).toContain(
      '<h1>&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt; Breaking</h1>',
    );
    expect(page).toContain('a fine link');
    expect(page).toContain('A real photo');
    for (const feed of ['en/feed.xml', 'en/atom.xml']) {
      expect(await readFile(join(dir, 'site', feed), 'utf8')).not.toMatch(/<script/i);
    }
    const jsonFeed = JSON.parse(await readFile(join(dir, 'site', 'en/feed.json'), 'utf8')) as {
      items: { title: string }[];
    };
    expect(jsonFeed.items.map((i) => i.title)).toContain(
      '<script>alert("headline")</script> Breaking',
    );
  });
});

describe('bundle paths on disk', () => {
  it('resolve inside the folder as the platform resolves them, and unsafe ones are refused', () => {
    const safe = ['index.html', 'en/2026/11/a-b-1/index.html', 'media/x.w640.jpg', 'a..b'];
    for (const root of ['/tmp/site', '/tmp/site/', 'relative/site', '/tmp/a/../site']) {
      for (const path of safe)
        expect([root, path, resolveInsideBundle(root, path)]).toEqual([
          root,
          path,
          resolve(root, path),
        ]);
    }
    const unsafe = ['', '../x', 'a/../../x', '/etc/passwd', 'a//b', './a', 'a/./b', 'en/con.html'];
    for (const path of unsafe)
      expect(() => resolveInsideBundle('/tmp/site', path), path).toThrow(/unsafe/);
  });
});

describe('an export killed midway', () => {
  it('leaves the previous bundle untouched, and the next export cleans up after it', async () => {
    const { dir, cleanup } = await makeTempDir('newsroom-kill');
    try {
      const dataDir = join(dir, 'store');
      const target = join(dir, 'site');
      await writeCorpusStore(
        dataDir,
        generateArticles({ count: 1500, statuses: 'published', words: [100, 200] }),
      );
      await exportBundle({
        dataDir,
        target,
        mode: 'full',
        now: new Date('2026-11-02T00:00:00Z'),
        workers: 0,
      });
      const before = await treeHashes(target);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/cli/main.ts', 'export', '--data', dataDir, '--out', target],
        { stdio: 'ignore' },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once('exit', (_code, signal) => resolve(signal)),
      );
      // Wait until the child has written more than 50 files into its temp folder, then kill
      // it without warning. Looked for often: the pages take a few hundred ms, and an export
      // that ends first is a failure of the test, not a pass.
      let temp: string | undefined;
      for (let i = 0; i < 6000 && !temp && child.exitCode === null; i++) {
        await new Promise((r) => setTimeout(r, 5));
        const candidate = (await readdir(dir)).find((name) =>
          name.startsWith('.site.export-temp-'),
        );
        if (
          candidate &&
          (await readdir(join(dir, candidate), { recursive: true }).catch(() => [])).length > 50
        )
          temp = candidate;
      }
      expect(temp, 'the export was not seen writing pages before it ended').toBeDefined();
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(await treeHashes(target)).toEqual(before);
      expect((await readdir(dir)).some((name) => name.startsWith('.site.export-temp-'))).toBe(true);
      const report = await exportBundle({
        dataDir,
        target,
        mode: 'incremental',
        now: new Date('2026-11-02T00:00:00Z'),
        workers: 0,
      });
      expect(report.written).toBe(0);
      expect((await readdir(dir)).sort()).toEqual(['site', 'store']);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
