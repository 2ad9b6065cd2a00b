/**
 * `npm run web`: browser mode. Opens the store, starts the loopback bridge and prints the
 * URL with its session token. Options: --port N, --data DIR, --test-clock (a settable core
 * clock for UI tests). A session token can be handed over in NEWSROOM_WEB_TOKEN (not on
 * the command line, where other users could read it), so a restarted server on the same
 * port keeps the open tabs' sessions.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Core } from '../core/core.js';
import { realDeps } from '../core/deps.js';
import { defaultStoreDir } from '../core/user-data-dir.js';
import { AppError } from '../../shared/errors.js';
import { startBridge } from './bridge-server.js';
import { settableClock, testClockRoute } from './test-clock.js';
import { parseWebArgs } from './web-args.js';

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const rendererDir = resolve(__dirname, '..', 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}). Run "npm run build" first.`);
  }
  const token = tokenFromEnv();
  const dataDir = resolve(args.data ?? defaultStoreDir());
  const clock = args.testClock ? settableClock() : null;
  const core = await Core.open({ ...realDeps(dataDir), ...(clock ? { now: clock.now } : {}) });
  core.scheduler.start();
  const bridge = await startBridge({
    core,
    rendererDir,
    port: args.port,
    token,
    routes: clock ? [testClockRoute(clock, () => core)] : [],
  });
  process.stdout.write(`Newsroom Desk (browser mode), store ${dataDir}\nOpen ${bridge.url}\n`);
  const stop = async (): Promise<void> => {
    await bridge.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function tokenFromEnv(): string | undefined {
  const token = process.env['NEWSROOM_WEB_TOKEN'];
  if (token === undefined || token === '') return undefined;
  if (!/^[A-Za-z0-9_-]{32,128}$/.test(token)) {
    throw new Error('NEWSROOM_WEB_TOKEN must be 32 to 128 letters, digits, "-" or "_"');
  }
  return token;
}

main().catch((error: unknown) => {
  const message =
    error instanceof AppError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsroom web: ${message}\n`);
  process.exit(error instanceof AppError && error.code === 'locked' ? 3 : 1);
});
