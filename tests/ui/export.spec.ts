/**
 * The export from the app (Export screen, progress, report, preview) and the exported
 * pages themselves in Chromium: served from a loopback static server, they run no script
 * and fetch nothing from outside the bundle, hostile content included.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Core } from '../../electron/core/core.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { resolveInside } from '../../electron/web/bridge-server.js';
import { countingIds, testClock } from '../helpers/temp-store.js';
import { seedHostile, seedNewsroom } from '../helpers/export-fixtures.js';
import { expect, openDesk, test } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

/** Serves a folder the way a plain web server would: `dir/` gives `dir/index.html`. */
async function serveFolder(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      let file = resolveInside(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (file && (await stat(file).catch(() => null))?.isDirectory())
        file = join(file, 'index.html');
      if (!file || !(await stat(file).catch(() => null))?.isFile()) {
        res.writeHead(404, { 'content-type': TYPES['.html'] as string });
        createReadStream(join(root, '404.html')).pipe(res);
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test('exported pages, hostile ones included, run no script and request nothing outside the bundle', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-ui-export-'));
  const clock = testClock();
  const core = await Core.open({
    dataDir: join(dir, 'store'),
    now: clock.now,
    newId: countingIds(),
  });
  let served: Server | null = null;
  try {
    await seedNewsroom(core, join(dir, 'store'));
    await seedHostile(core, join(dir, 'store'));
    await exportBundle({
      dataDir: join(dir, 'store'),
      target: join(dir, 'site'),
      mode: 'full',
      now: clock.now(),
      workers: 0,
    });
    const { origin, server } = await serveFolder(join(dir, 'site'));
    served = server;
    const requests: string[] = [];
    const dialogs: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const pages = [
      '/en/2025/12/script-alert-headline-script-breaking/',
      '/en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/',
      '/ru/',
      '/',
      '/en/con-x/',
      '/no/such/page/',
    ];
    for (const path of pages) {
      await page.goto(`${origin}${path}`);
      await expect(page.locator('h1').first()).toBeVisible();
      // Only data blocks (JSON-LD) are script elements; the page's world has no trace of a payload.
      const scripts = await page.evaluate<string[]>('[...document.scripts].map((s) => s.type)');
      expect(scripts.every((type) => type === 'application/ld+json')).toBe(true);
    }
    await page.goto(`${origin}/en/2025/12/caspian-ferry-line-adds-a-second-weekly-crossing/`);
    await page.screenshot({ path: 'test-results/exported-article.png', fullPage: true });
    await page.goto(`${origin}/en/2025/12/script-alert-headline-script-breaking/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '<script>alert("headline")</script> Breaking',
    );
    await expect(page.getByRole('img', { name: 'A real photo' })).toBeVisible();
    // Every link, as the browser resolves it, goes to a web page or a mail address.
    const protocols = await page.evaluate<string[]>('[...document.links].map((a) => a.protocol)');
    expect([...new Set(protocols)].sort()).toEqual(['http:', 'https:']);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.length).toBeGreaterThan(pages.length);
    // Nothing was even attempted that the policy had to stop.
    expect(violations).toEqual([]);
  } finally {
    served?.close();
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the Export screen exports, shows progress and a report whose warnings link to the article', async ({
  page,
  desk,
}) => {
  await desk.call('sample:load', {});
  // A published story whose photo is missing, as a cron job on a copied store would find it.
  const list = await desk.call<{ total: number; items: { id: string; status: string }[] }>(
    'articles:list',
    {
      status: 'published',
    },
  );
  const published = list.items[0]?.id as string;
  const article = await desk.call<Record<string, unknown>>('articles:get', { id: published });
  await writeFile(
    join(desk.dataDir, 'articles', 'broken000001.json'),
    JSON.stringify({
      ...article,
      schemaVersion: 1,
      id: 'broken000001',
      slug: 'photo-went-missing',
      headline: 'A story whose photo went missing',
      featuredImage: { src: `media/${'a'.repeat(64)}.jpg`, alt: 'Gone', caption: '', credit: '' },
    }),
  );
  const target = join(desk.dataDir, '..', `${desk.dataDir.split('/').pop() ?? 'x'}-site`);
  await openDesk(page, desk, '#/export');
  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByLabel('Export folder').fill(target);
  await page.getByLabel('Everything (full export)').check();
  await page.getByLabel('Also write a .zip archive').check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Last export' })).toBeVisible();
  // Every published sample article, and the one copied in behind the store's back.
  await expect(page.getByText(`${list.total + 1} articles exported in`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(page.getByText(target, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`${target}.zip`)).toBeVisible();
  await expect(page.getByText('1 warning')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the article' })).toHaveAttribute(
    'href',
    '#/article/broken000001',
  );
  await expect(page.getByRole('link', { name: 'Preview page' })).toHaveAttribute(
    'href',
    '#/preview/broken000001',
  );
  await page.screenshot({ path: 'test-results/export-screen.png', fullPage: true });
  // Again, incrementally: nothing changed, nothing is written.
  await page.getByLabel('Only what changed since the last export').check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    page.locator('.export-counts div').filter({ hasText: 'Files written' }).locator('dd'),
  ).toHaveText('0');
  await rm(target, { recursive: true, force: true });
  await rm(`${target}.zip`, { force: true });
});

test('the preview shows the article page in a sandboxed frame', async ({ page, desk }) => {
  await desk.call('sample:load', {});
  const list = await desk.call<{ items: { id: string; headline: string; status: string }[] }>(
    'articles:list',
    { status: 'all' },
  );
  const draft = list.items.find((item) => item.status === 'draft');
  if (!draft) throw new Error('the sample has a draft');
  await openDesk(page, desk, `#/preview/${draft.id}`);
  const frame = page.frameLocator('iframe[title="Preview of the article page"]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(draft.headline);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(frame.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveAttribute('sandbox', '');
  await expect(page.getByText('This article is not published')).toBeVisible();
  await page.screenshot({ path: 'test-results/export-preview.png', fullPage: true });
});
