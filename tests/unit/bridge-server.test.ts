/**
 * The loopback bridge's gatekeeping, over real HTTP: the session token (header, query,
 * cookie), the loopback Host check, static paths kept inside the renderer folder, and
 * bad bodies or channels answered with invalid_input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { startBridge, TOKEN_HEADER, type RunningBridge } from '../../electron/web/bridge-server.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

let cleanup: () => Promise<void>;
let core: Core;
let bridge: RunningBridge;
const TOKEN = 'a'.repeat(48);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: node:http sends the path and the Host header exactly as given. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const withToken = { [TOKEN_HEADER]: TOKEN };

function dispatch(body: string): Promise<Reply> {
  return send('/api/dispatch', {
    method: 'POST',
    headers: { ...withToken, 'content-type': 'application/json' },
    body,
  });
}

beforeAll(async () => {
  const temp = await makeTempDir('bridge');
  cleanup = temp.cleanup;
  const rendererDir = join(temp.dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  await writeFile(join(rendererDir, 'app.js'), 'console.log("desk")');
  // A file next to the renderer folder that no URL may reach.
  await writeFile(join(temp.dir, 'secret.txt'), 'not for the browser');
  ({ core } = await openTestCore(join(temp.dir, 'store')));
  bridge = await startBridge({ core, rendererDir, token: TOKEN });
});
afterAll(async () => {
  await bridge.close();
  await core.close();
  await cleanup();
});

describe('the session token', () => {
  it('refuses a request without a token with 401', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('desk');
    const call = await send('/api/dispatch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'app:status', payload: {} }),
    });
    expect(call.status).toBe(401);
    expect(JSON.parse(call.body)).toMatchObject({ ok: false });
  });

  it('refuses a wrong token with 401, in the header, the query and the cookie', async () => {
    const wrong = 'b'.repeat(48);
    expect((await send('/', { headers: { [TOKEN_HEADER]: wrong } })).status).toBe(401);
    expect((await send(`/?token=${wrong}`)).status).toBe(401);
    expect((await send('/', { headers: { cookie: `newsroom_token=${wrong}` } })).status).toBe(401);
    expect((await send('/?token=short')).status).toBe(401);
  });

  it('takes the token from the query once, sets an HttpOnly cookie, and the cookie works', async () => {
    const first = await send(`/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>desk</title>');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`newsroom_token=${TOKEN}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const pair = cookie.split(';')[0] ?? '';
    const next = await send('/api/dispatch', {
      method: 'POST',
      headers: { cookie: pair, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'app:status', payload: {} }),
    });
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body)).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });
});

describe('the Host check', () => {
  it('answers 403 to a non-loopback Host even with the right token', async () => {
    for (const host of [
      `evil.example:${bridge.port}`,
      `127.0.0.1.evil.example:${bridge.port}`,
      `192.168.1.10:${bridge.port}`,
      '127.0.0.1:1',
      '127.0.0.1',
    ]) {
      const reply = await send('/', { headers: { ...withToken, host } });
      expect(reply.status, host).toBe(403);
    }
  });

  it('accepts the loopback names at our port', async () => {
    for (const host of [`127.0.0.1:${bridge.port}`, `localhost:${bridge.port}`]) {
      expect((await send('/', { headers: { ...withToken, host } })).status, host).toBe(200);
    }
  });
});

describe('static files', () => {
  it('serves files inside the renderer folder', async () => {
    const reply = await send('/app.js', { headers: withToken });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/javascript');
  });

  it('answers 404 to paths that try to leave the renderer folder', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/app.js%00.png',
      '/%E0%A4%A.txt',
    ]) {
      const reply = await send(path, { headers: withToken });
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('not for the browser');
    }
  });

  it('never serves the file behind a literal ../ either', async () => {
    const reply = await send('/../secret.txt', { headers: withToken });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('not for the browser');
  });
});

describe('dispatch', () => {
  it('answers a malformed JSON body with invalid_input', async () => {
    const reply = await dispatch('{"channel": "app:status", ');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers an unknown channel with invalid_input', async () => {
    const reply = await dispatch(JSON.stringify({ channel: 'store:dropEverything', payload: {} }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await dispatch(JSON.stringify({ payload: {} }));
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a payload that breaks the contract with invalid_input, and stores nothing', async () => {
    const reply = await dispatch(
      JSON.stringify({ channel: 'articles:create', payload: { content: { language: 'fr' } } }),
    );
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.articles.count).toBe(0);
  });

  it('passes a valid call through to the core', async () => {
    const reply = await dispatch(
      JSON.stringify({
        channel: 'articles:create',
        payload: { content: { language: 'ru', headline: 'Проверка моста' } },
      }),
    );
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { headline: 'Проверка моста', slug: 'proverka-mosta' },
    });
  });
});
