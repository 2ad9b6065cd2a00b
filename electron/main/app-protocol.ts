/**
 * Serves app://newsroom: the built renderer, and the store's media/ folder at
 * app://newsroom/media/ for article images. Which file a URL may reach is decided by
 * {@link resolveProtocolRequest} in the security module; this only reads and answers.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentSecurityPolicy, resolveProtocolRequest, type ProtocolRoots } from './security.js';

/** Sent with every media file: an image opened on its own must not run anything. */
const MEDIA_RESPONSE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** Answers one app:// request (GET or HEAD); refusals are bare 403/404/405 responses. */
export async function serveAppRequest(
  url: string,
  method: string,
  roots: ProtocolRoots,
): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405 });
  const target = resolveProtocolRequest(url, roots);
  if (target.kind === 'refused') return new Response(null, { status: target.status });
  const info = await stat(target.file).catch(() => null);
  if (!info?.isFile()) return new Response(null, { status: 404 });
  const type = CONTENT_TYPES[extname(target.file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': target.kind === 'media' ? 'private, max-age=31536000, immutable' : 'no-cache',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = contentSecurityPolicy();
  if (target.kind === 'media') headers['content-security-policy'] = MEDIA_RESPONSE_CSP;
  const body = method === 'HEAD' ? null : await readFile(target.file);
  return new Response(body, { status: 200, headers });
}
