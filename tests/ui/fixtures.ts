/**
 * Playwright fixtures: every test gets its own store in a temp folder and its own
 * browser-mode server (the real core behind the loopback bridge, as `npm run web` runs it).
 * A test can also start more servers on a folder of its own making (a corrupt store), on
 * a port it chooses and with the token of an earlier server (a restart), or watch one
 * refuse to start (a store that is already open).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface DeskServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Calls a contract channel directly, as the UI would (for setting up a test's data). */
  call<T = unknown>(channel: string, payload: unknown): Promise<T>;
}

export interface ServerOptions {
  /** 0 (the default) lets the system choose. */
  port?: number;
  /** Hex; a restarted server given the old token keeps the page's session cookie valid. */
  token?: string;
}

function spawnServer(dataDir: string, extraArgs: string[], options: ServerOptions): ChildProcess {
  return spawn(
    process.execPath,
    ['dist-electron/web.cjs', '--data', dataDir, '--port', String(options.port ?? 0), ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEWSROOM_WEB_TOKEN: options.token ?? randomBytes(24).toString('hex') },
    },
  );
}

export async function startDeskServer(
  dataDir: string,
  extraArgs: string[] = [],
  options: ServerOptions = {},
): Promise<DeskServer> {
  const child = spawnServer(dataDir, extraArgs, options);
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
    port: Number(parsed.port),
    token,
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // A server that does not finish closing in time is ended for good.
        const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
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

/** Starts a server that is expected to refuse; resolves to its exit code and what it said. */
export async function runRefusedDeskServer(
  dataDir: string,
): Promise<{ code: number | null; stderr: string; stdout: string; ms: number }> {
  const started = Date.now();
  const child = spawnServer(dataDir, [], {});
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, stderr, stdout, ms: Date.now() - started };
}

export async function makeStoreDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'newsroom-ui-'));
}

export const test = base.extend<{ desk: DeskServer; deskArgs: string[] }>({
  /** Extra browser-mode options for a file's tests, e.g. `test.use({ deskArgs: ['--test-clock'] })`. */
  deskArgs: [[], { option: true }],
  desk: async ({ deskArgs }, use) => {
    const dataDir = await makeStoreDir();
    const server = await startDeskServer(dataDir, deskArgs);
    await use(server);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** Opens the app and waits until the frame is shown. */
export async function openDesk(page: Page, desk: DeskServer, hash = ''): Promise<void> {
  await page.goto(`${desk.url}${hash}`);
  await expect(page.locator('header nav')).toBeVisible();
}

/** One call the page makes to the desk server, held on its way back (see {@link holdAnswer}). */
export interface HeldAnswer {
  /** Settles once the core has answered the held call (the answer is not delivered yet). */
  answered: Promise<void>;
  /** Lets the held answer go on to the page. */
  release: () => void;
  /** Settles once the page has been handed the held answer. */
  delivered: Promise<void>;
  /** Stops holding; calls still on their way when a test ends are let go. */
  stop: () => Promise<void>;
}

/**
 * Holds the real core's answer to the next call the page makes on `channel` (whose payload
 * `matches`): the call reaches the core at once, its answer reaches the page on `release`.
 * Later calls pass. For tests of answers that arrive out of order.
 */
export async function holdAnswer(
  page: Page,
  channel: string,
  matches: (payload: Record<string, unknown>) => boolean = () => true,
): Promise<HeldAnswer> {
  const signal = (): { promise: Promise<void>; settle: () => void } => {
    let settle: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => {
      settle = resolve;
    });
    return { promise, settle };
  };
  const released = signal();
  const answered = signal();
  const delivered = signal();
  let taken = false;
  const pattern = '**/api/dispatch';
  await page.route(pattern, async (route) => {
    const body = route.request().postDataJSON() as {
      channel?: string;
      payload?: Record<string, unknown>;
    } | null;
    if (taken || body?.channel !== channel || !matches(body.payload ?? {})) return route.continue();
    taken = true;
    const response = await route.fetch();
    answered.settle();
    await released.promise;
    await route.fulfill({ response });
    delivered.settle();
  });
  return {
    answered: answered.promise,
    release: released.settle,
    delivered: delivered.promise,
    stop: () => page.unrouteAll({ behavior: 'ignoreErrors' }),
  };
}

/** Lets the page run a task and draw two frames: an answer it was handed is taken in and shown. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0))',
  );
}

export { expect };
