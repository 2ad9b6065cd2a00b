/**
 * Browser mode's /media/ route: the store's article images behind the session token,
 * content-addressed names only, never a step outside media/. (The desktop shell's
 * app://newsroom/media/ has the same rules; see shell-security.test.ts.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { startBridge, type RunningBridge } from '../../electron/web/bridge-server.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

const PNG = 'b'.repeat(64) + '.png';
const SVG = 'c'.repeat(64) + '.svg';

describe('bridge /media/', () => {
  let core: Core;
  let bridge: RunningBridge;
  let cleanup: () => Promise<void>;
  let dir: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('newsroom-media'));
    const storeDir = join(dir, 'store');
    ({ core } = await openTestCore(storeDir));
    await mkdir(join(storeDir, 'media'), { recursive: true });
    await mkdir(join(dir, 'renderer'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    await writeFile(join(storeDir, 'media', PNG), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(storeDir, 'media', SVG), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(storeDir, 'secret.txt'), 'not for the web');
    bridge = await startBridge({ core, rendererDir: join(dir, 'renderer') });
  });
  afterEach(async () => {
    await bridge.close();
    await core.close();
    await cleanup();
  });

  const get = (path: string, token: string | null = bridge.token): Promise<Response> =>
    fetch(`http://127.0.0.1:${bridge.port}${path}`, {
      headers: token ? { 'x-newsroom-token': token } : {},
    });

  it('serves a stored image with its type', async () => {
    const response = await get(`/media/${PNG}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    );
  });

  it('refuses SVG, which could carry script into the app origin', async () => {
    const response = await get(`/media/${SVG}`);
    expect(response.status).toBe(404);
    await response.text();
  });

  it('wants the session token', async () => {
    for (const token of [null, 'wrong']) {
      const response = await get(`/media/${PNG}`, token);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).not.toBe('image/png');
      await response.text();
    }
  });

  it.each([
    '/media/..%2fsecret.txt',
    '/media/%2e%2e/secret.txt',
    '/media/..%5csecret.txt',
    '/media/secret.txt',
    `/media/${PNG}%00.png`,
    `/media/sub/${PNG}`,
    `/media/${'d'.repeat(64)}.png`,
    '/media/',
  ])('answers 404 for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the web');
  });
});
