/**
 * `npm start` where Electron's binary is missing and cannot be downloaded: the launcher runs
 * Electron's real installer, which fails (its mirror points at a closed loopback port, so
 * this holds on machines with internet too), prints one line, and serves browser mode.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('npm start without an Electron binary ends up serving browser mode', async ({ page }) => {
  const temp = await mkdtemp(join(tmpdir(), 'newsroom-launch-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A display, so the launcher does try the desktop app first.
    DISPLAY: process.env['DISPLAY'] ?? ':99',
    // Electron's own variables: look for the binary in an empty folder, download from nowhere.
    ELECTRON_OVERRIDE_DIST_PATH: join(temp, 'no-electron'),
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    electron_config_cache: join(temp, 'cache'),
  };
  delete env['ELECTRON_SKIP_BINARY_DOWNLOAD'];
  const child = spawn(
    process.execPath,
    ['electron/launch.mjs', '--port', '0', '--data', join(temp, 'store')],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no URL after 45 s:\n${out}\n${err}`)),
        45_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`launcher exited with ${code}:\n${out}\n${err}`));
      });
    });

    const failureLines = out.split('\n').filter((line) => line.includes('could not be downloaded'));
    expect(failureLines).toHaveLength(1);
    expect(failureLines[0]).toMatch(
      /^Newsroom Desk: The Electron binary could not be downloaded .*browser mode/,
    );
    // The installer's stack trace stays out of the user's terminal.
    expect(`${out}${err}`).not.toMatch(/^\s+at /m);

    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByText('Browser mode', { exact: false })).toBeVisible();
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    await rm(temp, { recursive: true, force: true });
  }
});
