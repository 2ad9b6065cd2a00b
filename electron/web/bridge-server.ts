/**
 * The loopback bridge: serves the built renderer and the core's contract over HTTP on
 * 127.0.0.1 only, for browser mode and for the UI tests. Every request must carry the
 * session token (query on first load, then an HttpOnly cookie or a header) and a
 * loopback Host header, so other sites and other machines cannot talk to the store.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { Core } from '../core/core.js';
import { mediaContentType, mediaFilePath } from '../core/media/media-import.js';

export const TOKEN_HEADER = 'x-newsroom-token';
const COOKIE = 'newsroom_token';
const MAX_BODY_BYTES = 25 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface BridgeOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Extra routes (media uploads, test hooks) tried before the static files. */
  routes?: BridgeRoute[];
}

export type BridgeRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface RunningBridge {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/** True for Host headers that name this machine's loopback at our port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(host.toLowerCase());
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return rest.join('=');
  }
  return undefined;
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return target === absoluteRoot || target.startsWith(absoluteRoot + sep) ? target : null;
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const { core } = options;
  const streams = new Set<ServerResponse>();
  const unsubscribe = core.events.subscribe((name, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ name, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  let port = 0;
  let closing = false;
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, port)) {
      sendJson(res, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'Only loopback requests are served.' },
      });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const given =
      (req.headers[TOKEN_HEADER] as string | undefined) ?? cookieToken(req) ?? queryToken;
    if (!tokensMatch(given, token)) {
      sendJson(res, 401, {
        ok: false,
        error: { code: 'forbidden', message: 'Missing or wrong session token.' },
      });
      return;
    }
    if (queryToken) {
      res.setHeader('set-cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (url.pathname === '/api/dispatch' && req.method === 'POST') {
      let body: unknown;
      try {
        body = await readJsonBody(req);
      } catch (error) {
        sendJson(res, 400, {
          ok: false,
          error: {
            code: 'invalid_input',
            message: `Bad request body: ${(error as Error).message}`,
          },
        });
        return;
      }
      const { channel, payload } = (body ?? {}) as { channel?: unknown; payload?: unknown };
      sendJson(res, 200, await core.dispatch(channel, payload));
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (closing) {
        sendJson(res, 503, {
          ok: false,
          error: { code: 'unavailable', message: 'The desk server is stopping.' },
        });
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/media/') && (req.method === 'GET' || req.method === 'HEAD')) {
      await serveMedia(core.deps.dataDir, url.pathname.slice('/media/'.length), res);
      return;
    }
    for (const route of options.routes ?? []) {
      if (await route(req, res, url)) return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, {
        ok: false,
        error: { code: 'invalid_input', message: 'Method not allowed.' },
      });
      return;
    }
    await serveStatic(options.rendererDir, url.pathname, res);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: async () => {
      closing = true;
      unsubscribe();
      for (const stream of streams) stream.end();
      // An open page reconnects its event stream at once; without this, close() waits on it for ever.
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Serves one imported image; only content-hash names are accepted, so no path can escape. */
async function serveMedia(dataDir: string, name: string, res: ServerResponse): Promise<void> {
  const file = mediaFilePath(dataDir, name);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'Not found.' } });
    return;
  }
  res.writeHead(200, {
    'content-type': mediaContentType(name),
    'content-length': info.size,
    // Content-addressed: a name always means the same bytes.
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'",
  });
  createReadStream(file).pipe(res);
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  let file = resolveInside(root, pathname === '/' ? '/index.html' : pathname);
  if (!file) {
    sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'Not found.' } });
    return;
  }
  const info = await stat(file).catch(() => null);
  // Unknown paths without an extension are app routes: serve the single page.
  if (!info?.isFile()) {
    if (extname(pathname)) {
      sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'Not found.' } });
      return;
    }
    file = join(root, 'index.html');
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}
