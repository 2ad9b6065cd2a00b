/**
 * The desktop shell end to end: the real Electron binary, the bundled main and preload, a
 * temp store. Checks what only Electron can show: the page is served from app://newsroom,
 * has window.newsroom (through the sandboxed preload) and no Node, and remote requests and
 * new windows go nowhere.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsroom-electron-'));
  app = await _electron.launch({ args: ['.', '--data', dataDir] });
  page = await app.firstWindow();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test.afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('the window is served from app://newsroom with its own title', async () => {
  expect(page.url()).toMatch(/^app:\/\/newsroom\//);
  await expect(page).toHaveTitle('Newsroom Desk');
  const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  expect(windows).toBe(1);
});

test('the page has window.newsroom and no Node', async () => {
  const seen = await page.evaluate(async () => {
    const api = (globalThis as unknown as { newsroom: Record<string, unknown> }).newsroom;
    const channels = api['channels'] as Record<string, (request: unknown) => Promise<unknown>>;
    const status = (await channels['app:status']?.({})) as { ok: boolean };
    return {
      keys: Object.keys(api).sort(),
      statusOk: status.ok,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    };
  });
  expect(seen).toEqual({
    keys: ['channels', 'on', 'shell'],
    statusOk: true,
    require: 'undefined',
    process: 'undefined',
  });
});

test('remote requests fail and window.open opens nothing', async () => {
  const result = await page.evaluate(async () => {
    const remote = await fetch('https://example.org/')
      .then(() => 'loaded')
      .catch(() => 'blocked');
    const open = (globalThis as unknown as { open: (url: string) => unknown }).open;
    const opened = open('https://example.org/');
    return { remote, opened: opened === null };
  });
  expect(result).toEqual({ remote: 'blocked', opened: true });
  expect(app.windows()).toHaveLength(1);
});

test('the File menu opens Settings and creates an article in the page', async () => {
  await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.getMenuItemById('show-settings')?.click(),
  );
  await expect(page).toHaveURL(/#\/settings$/);
  await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.getMenuItemById('new-article')?.click(),
  );
  await expect(page).toHaveURL(/#\/article\/[a-z0-9]+$/);
});
