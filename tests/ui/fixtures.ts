/**
 * Playwright fixtures: every test gets its own store in a temp folder and its own
 * browser-mode server (the real core behind the loopback bridge, as `npm run web` runs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface DeskServer {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Calls a contract channel directly, as the UI would (for setting up a test's data). */
  call<T = unknown>(channel: string, payload: unknown): Promise<T>;
}

export async function startDeskServer(
  dataDir: string,
  extraArgs: string[] = [],
): Promise<DeskServer> {
  const child = spawn(
    process.execPath,
    ['dist-electron/web.cjs', '--data', dataDir, '--port', '0', ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start: ${stderr}`)),
      20_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;
  return {
    url,
    origin,
    token,
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    call: async <T>(channel: string, payload: unknown): Promise<T> => {
      const response = await fetch(`${origin}/api/dispatch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
        body: JSON.stringify({ channel, payload }),
      });
      const result = (await response.json()) as {
        ok: boolean;
        value?: T;
        error?: { message: string };
      };
      if (!result.ok) throw new Error(result.error?.message ?? 'call failed');
      return result.value as T;
    },
  };
}

export const test = base.extend<{ desk: DeskServer; deskArgs: string[] }>({
  /** Extra browser-mode options for a file's tests, e.g. `test.use({ deskArgs: ['--test-clock'] })`. */
  deskArgs: [[], { option: true }],
  desk: async ({ deskArgs }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'newsroom-ui-'));
    const server = await startDeskServer(dataDir, deskArgs);
    await use(server);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** Opens the app and waits until the frame is shown. */
export async function openDesk(page: Page, desk: DeskServer, hash = ''): Promise<void> {
  await page.goto(`${desk.url}${hash}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export { expect };
