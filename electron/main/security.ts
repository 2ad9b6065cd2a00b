/**
 * Every security rule of the desktop shell, each a pure function so it can be tested
 * without an Electron binary: the window's webPreferences, the renderer's CSP, what the
 * app:// protocol may serve, which requests may leave the page, navigation and new
 * windows, external links, permissions, and who may call the core over IPC.
 * main.ts only wires these rules to Electron's hooks; it decides nothing itself.
 */
import path, { type PlatformPath } from 'node:path';
import type { WebPreferences } from 'electron';

/** The renderer's only origin: app://newsroom. Nothing else may talk to the core. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'newsroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** URL prefix under which the store's media/ folder (article images) is served. */
export const MEDIA_PREFIX = '/media/';
/**
 * Media files are content-addressed, `<sha256>.<ext>`, with the extensions the store's
 * image import writes (electron/core/media): any other name is refused.
 */
export const MEDIA_FILE_NAME = /^[a-f0-9]{64}\.(?:jpg|png|webp|gif)$/;

/** webPreferences for every window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/**
 * The renderer's Content-Security-Policy, sent as a header with every app:// page. It
 * matches the meta tag in renderer/index.html (both apply; the stricter wins), adding what
 * only a header can say (frame-ancestors). 'self' is app://newsroom: no remote content.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and Tiptap set inline style attributes; no inline script is allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Export previews render in a blob: frame.
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True for URLs on our own origin, app://newsroom. */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/**
 * Which requests may go out (session.webRequest.onBeforeRequest). A page may reach only our
 * own origin, inline data and blobs, and the developer tools: everything remote is
 * cancelled, so a pasted <img src="https://tracker/..."> cannot phone home. Requests that
 * no page made are Chromium's own (spellchecker dictionaries) and pass.
 */
export function isAllowedRequest(raw: string, fromPage: boolean): boolean {
  if (!fromPage) return true;
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (url.protocol === 'devtools:') return true;
  return isAppUrl(raw);
}

/** True only for absolute http(s) URLs with a host: what shell.openExternal may open. */
export function isSafeExternalUrl(raw: string): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

export interface LinkDecision {
  /** The page itself never navigates away or opens a window. */
  allowInApp: false;
  /** Set when the link should open in the user's browser instead. */
  openExternally: string | null;
}

/**
 * `will-navigate` and `setWindowOpenHandler` both end here: the app never leaves its page
 * and never opens a second window; a web link goes to the user's browser, anything else
 * (file:, javascript:, custom schemes) goes nowhere.
 */
export function decideLink(raw: string): LinkDecision {
  // Hand the browser the parser's own serialisation, not the raw text we were given.
  const openExternally = isSafeExternalUrl(raw) ? new URL(raw).href : null;
  return { allowInApp: false, openExternally };
}

/** Permission requests (camera, notifications, clipboard reads, …) are all refused. */
export function decidePermission(_permission: string, _origin: string): boolean {
  return false;
}

export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top frame (no parent). */
  isMainFrame: boolean;
}

/**
 * An IPC message is served only when it comes from our page's top frame on app://newsroom:
 * not from a subframe, not from a page that somehow got navigated elsewhere, not from a
 * frame that is already gone.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.isMainFrame && isAppUrl(frame.url);
}

export type ProtocolTarget =
  | { kind: 'renderer'; file: string }
  | { kind: 'media'; file: string }
  | { kind: 'refused'; status: 403 | 404 };

export interface ProtocolRoots {
  rendererDir: string;
  mediaDir: string;
}

/**
 * Resolves a path (already split off a URL) to a file inside `root`, or null. Every
 * segment is decoded on its own and refused if it could climb out or name another drive:
 * `..`, `.`, separators of either OS, NUL, a colon (C:, streams). Then the joined path is
 * checked to lie inside the root all the same. `pathApi` is the platform's own path module;
 * tests pass path.win32 to check the Windows rules on any machine.
 */
export function resolveInsideRoot(
  root: string,
  urlPath: string,
  pathApi: PlatformPath = path,
): string | null {
  const rawSegments = urlPath.split('/').filter((segment, i) => !(i === 0 && segment === ''));
  if (rawSegments.length === 0) return null;
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const absoluteRoot = pathApi.resolve(root);
  const target = pathApi.resolve(absoluteRoot, ...segments);
  const relative = pathApi.relative(absoluteRoot, target);
  const outside =
    relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative);
  if (relative === '' || outside) return null;
  return target;
}

/**
 * What an app:// request serves: a renderer file, a media file, or a refusal. Only the
 * app://newsroom host is served; `/` is the renderer's index.html.
 */
export function resolveProtocolRequest(
  raw: string,
  roots: ProtocolRoots,
  pathApi: PlatformPath = path,
): ProtocolTarget {
  const url = parseUrl(raw);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'refused', status: 403 };
  }
  const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
  if (pathname.startsWith(MEDIA_PREFIX)) {
    const name = pathname.slice(MEDIA_PREFIX.length);
    if (!MEDIA_FILE_NAME.test(name)) return { kind: 'refused', status: 404 };
    const file = resolveInsideRoot(roots.mediaDir, name, pathApi);
    return file ? { kind: 'media', file } : { kind: 'refused', status: 404 };
  }
  const file = resolveInsideRoot(roots.rendererDir, pathname, pathApi);
  return file ? { kind: 'renderer', file } : { kind: 'refused', status: 404 };
}

/**
 * What the desktop app does at start given the single-instance lock: the first instance
 * runs; a second one hands over to the first (which focuses its window) and quits.
 */
export function singleInstanceAction(gotLock: boolean): 'run' | 'quit' {
  return gotLock ? 'run' : 'quit';
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** The first instance's answer to a second launch: bring the existing window forward. */
export function focusExistingWindow(window: FocusableWindow | null): boolean {
  if (!window) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}
