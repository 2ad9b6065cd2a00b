/** The desktop shell's security rules (electron/main/security.ts) and the app:// protocol. */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../electron/main/app-protocol.js';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  decideLink,
  decidePermission,
  focusExistingWindow,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  resolveInsideRoot,
  resolveProtocolRequest,
  secureWebPreferences,
  singleInstanceAction,
} from '../../electron/main/security.js';
import { makeTempDir } from '../helpers/temp-store.js';

const HASH = 'a'.repeat(64);

describe('webPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every window', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

  it('allows scripts from our own origin only', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('names no remote host anywhere', () => {
    for (const values of directives.values()) {
      for (const value of values) expect(value).not.toMatch(/^https?:|\*/);
    }
  });

  it('forbids plugins, base tags, forms and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe("the renderer's own CSP meta tag", () => {
  const html = readFileSync('renderer/index.html', 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const sources = meta
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts.length > 1);

  it('exists and allows scripts from our own origin only', () => {
    expect(sources.find(([name]) => name === 'script-src')?.slice(1)).toEqual(["'self'"]);
  });

  it('names no remote source, so the desktop page loads nothing from the network', () => {
    expect(sources.length).toBeGreaterThan(3);
    for (const [, ...values] of sources) {
      for (const value of values) {
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']).toContain(value);
      }
    }
  });
});

describe('external links', () => {
  it('opens http and https links that parse', () => {
    expect(isSafeExternalUrl('https://example.org/news?id=1')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://newsroom/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'not a url',
    '//example.org',
    'https://user:secret@example.org/',
    ' data:text/html,https://example.org',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('is not fooled by http(s) appearing inside another URL', () => {
    expect(isSafeExternalUrl('file:///https://example.org')).toBe(false);
    expect(isSafeExternalUrl('javascript://https://example.org/%0aalert(1)')).toBe(false);
  });

  it('never navigates the app or opens windows; web links go to the browser', () => {
    expect(decideLink('https://example.org/a')).toEqual({
      allowInApp: false,
      openExternally: 'https://example.org/a',
    });
    expect(decideLink('https:example.org').openExternally).toBe('https://example.org/');
    expect(decideLink('file:///etc/passwd')).toEqual({ allowInApp: false, openExternally: null });
    expect(decideLink('app://newsroom/other.html')).toEqual({
      allowInApp: false,
      openExternally: null,
    });
  });
});

describe('requests and permissions', () => {
  it('lets a page load only from app://newsroom, data: and blob:', () => {
    expect(isAllowedRequest('app://newsroom/assets/index.js', true)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', true)).toBe(true);
    expect(isAllowedRequest('blob:app://newsroom/1234', true)).toBe(true);
    expect(isAllowedRequest('https://tracker.example/pixel.gif', true)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', true)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', true)).toBe(false);
    expect(isAllowedRequest('app://elsewhere/index.html', true)).toBe(false);
    expect(isAllowedRequest('garbage', true)).toBe(false);
  });

  it("leaves Chromium's own requests (no page behind them) alone", () => {
    expect(
      isAllowedRequest('https://redirector.gvt1.com/edgedl/chrome/dict/ru-ru-3-0.bdic', false),
    ).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'refuses the %s permission',
    (permission) => {
      expect(decidePermission(permission, 'app://newsroom')).toBe(false);
    },
  );
});

describe('IPC sender', () => {
  it('accepts our page in its top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(
      isTrustedSender({ url: 'app://newsroom/index.html#/article/a1', isMainFrame: true }),
    ).toBe(true);
  });

  it.each([
    { url: 'app://newsroom/index.html', isMainFrame: false },
    { url: 'https://newsroom/index.html', isMainFrame: true },
    { url: 'app://evil/index.html', isMainFrame: true },
    { url: 'app://newsroom.evil/index.html', isMainFrame: true },
    { url: 'file:///app/dist/renderer/index.html', isMainFrame: true },
    { url: 'about:blank', isMainFrame: true },
    { url: '', isMainFrame: true },
  ])('refuses $url (top frame: $isMainFrame)', (frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('knows our origin', () => {
    expect(isAppUrl('app://newsroom/')).toBe(true);
    // Chromium lower-cases the host of a standard scheme; anything else is not our page.
    expect(isAppUrl('app://NEWSROOM/x')).toBe(false);
    expect(isAppUrl('app://newsroom:8080/')).toBe(false);
  });
});

describe('app:// path resolution', () => {
  const root = '/srv/app/renderer';

  it('serves files inside the root', () => {
    expect(resolveInsideRoot(root, '/index.html')).toBe('/srv/app/renderer/index.html');
    expect(resolveInsideRoot(root, '/assets/index-abc.js')).toBe(
      '/srv/app/renderer/assets/index-abc.js',
    );
    expect(resolveInsideRoot(root, '/assets/%D0%BB%D0%BE%D0%B3%D0%BE.png')).toBe(
      '/srv/app/renderer/assets/лого.png',
    );
  });

  it.each([
    ['plain traversal', '/../../etc/passwd'],
    ['traversal in the middle', '/assets/../../secret'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed encoded dots', '/.%2E/etc/passwd'],
    ['encoded slash', '/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', '/..%5c..%5cetc%5cpasswd'],
    ['backslash', '/..\\..\\etc\\passwd'],
    ['NUL byte', '/index.html%00.png'],
    ['raw NUL byte', '/index.html\0'],
    ['absolute path', '//etc/passwd'],
    ['Windows drive', '/C:/Windows/win.ini'],
    ['encoded Windows drive', '/C%3A%5CWindows%5Cwin.ini'],
    ['UNC path', '/%5C%5Cserver%5Cshare%5Cfile'],
    ['bad encoding', '/%E0%A4%A'],
    ['the root itself', '/'],
    ['a dot segment', '/./index.html'],
  ])('refuses %s', (_label, path) => {
    expect(resolveInsideRoot(root, path)).toBeNull();
  });

  it('serves names that merely start with dots', () => {
    expect(resolveInsideRoot(root, '/..notes.txt')).toBe('/srv/app/renderer/..notes.txt');
  });

  it('decodes once: double-encoded dots stay a literal name inside the root', () => {
    expect(resolveInsideRoot(root, '/%252e%252e/etc')).toBe('/srv/app/renderer/%2e%2e/etc');
  });

  it('keeps Windows roots closed too', () => {
    const windowsRoot = 'C:\\Program Files\\Newsroom Desk\\resources\\renderer';
    expect(resolveInsideRoot(windowsRoot, '/assets/app.js', win32)).toBe(
      'C:\\Program Files\\Newsroom Desk\\resources\\renderer\\assets\\app.js',
    );
    for (const path of [
      '/..%5C..%5CWindows%5Cwin.ini',
      '/D:/secrets.txt',
      '/D:secrets.txt',
      '/%5C%5Cserver%5Cshare',
      '/assets/..%5C..%5C..%5Cx',
      '/file.txt::$DATA',
    ]) {
      expect(resolveInsideRoot(windowsRoot, path, win32)).toBeNull();
    }
  });

  it('routes app:// URLs to the renderer or the media folder', () => {
    const roots = { rendererDir: '/srv/app/renderer', mediaDir: '/home/u/store/media' };
    expect(resolveProtocolRequest('app://newsroom/', roots)).toEqual({
      kind: 'renderer',
      file: '/srv/app/renderer/index.html',
    });
    expect(resolveProtocolRequest(`app://newsroom/media/${HASH}.jpg`, roots)).toEqual({
      kind: 'media',
      file: `/home/u/store/media/${HASH}.jpg`,
    });
    expect(resolveProtocolRequest('app://newsroom/media/../store.json', roots)).toEqual({
      kind: 'renderer',
      file: '/srv/app/renderer/store.json',
    });
    expect(resolveProtocolRequest('app://newsroom/media/%2e%2e%2fstore.json', roots)).toEqual({
      kind: 'refused',
      status: 404,
    });
    expect(resolveProtocolRequest('app://newsroom/media/notes.txt', roots)).toEqual({
      kind: 'refused',
      status: 404,
    });
    expect(resolveProtocolRequest('app://other/index.html', roots)).toEqual({
      kind: 'refused',
      status: 403,
    });
    expect(resolveProtocolRequest('file:///srv/app/renderer/index.html', roots)).toEqual({
      kind: 'refused',
      status: 403,
    });
  });
});

describe('app:// responses', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('newsroom-protocol'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await mkdir(join(dir, 'store', 'media'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Desk</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'store', 'media', `${HASH}.png`), Buffer.from([0x89, 0x50]));
    await writeFile(join(dir, 'store', 'store.json'), '{"secret":true}');
  });
  afterEach(async () => cleanup());

  const roots = (): { rendererDir: string; mediaDir: string } => ({
    rendererDir: join(dir, 'renderer'),
    mediaDir: join(dir, 'store', 'media'),
  });

  it('serves the page with the CSP header and nosniff', async () => {
    const response = await serveAppRequest('app://newsroom/', 'GET', roots());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Desk</title>');
  });

  it('serves scripts and media with their types', async () => {
    const script = await serveAppRequest('app://newsroom/assets/app.js', 'GET', roots());
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const image = await serveAppRequest(`app://newsroom/media/${HASH}.png`, 'GET', roots());
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50]));
  });

  it('refuses to read outside the renderer and media folders', async () => {
    for (const url of [
      'app://newsroom/..%2fstore%2fstore.json',
      'app://newsroom/media/..%2fstore.json',
      'app://newsroom/%2e%2e/store/store.json',
    ]) {
      const response = await serveAppRequest(url, 'GET', roots());
      expect(response.status).toBe(404);
    }
    expect((await serveAppRequest('app://newsroom/missing.js', 'GET', roots())).status).toBe(404);
    expect((await serveAppRequest('app://newsroom/assets', 'GET', roots())).status).toBe(404);
    expect((await serveAppRequest('app://newsroom/', 'POST', roots())).status).toBe(405);
  });
});

describe('single instance', () => {
  it('runs the first instance and quits the second', () => {
    expect(singleInstanceAction(true)).toBe('run');
    expect(singleInstanceAction(false)).toBe('quit');
  });

  it('brings a minimised window back and focuses it', () => {
    const calls: string[] = [];
    const window = {
      minimized: true,
      isMinimized() {
        return this.minimized;
      },
      restore() {
        calls.push('restore');
        this.minimized = false;
      },
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    expect(focusExistingWindow(window)).toBe(true);
    expect(calls).toEqual(['restore', 'show', 'focus']);
    calls.length = 0;
    expect(focusExistingWindow(window)).toBe(true);
    expect(calls).toEqual(['show', 'focus']);
    expect(focusExistingWindow(null)).toBe(false);
  });
});
