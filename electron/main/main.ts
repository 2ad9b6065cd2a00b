/**
 * The Electron main process: a thin shell around the core. It opens the store, serves the
 * renderer over app://newsroom, registers one IPC handler per contract channel and
 * forwards core events, and wires every rule of ./security.ts to Electron's hooks.
 * It decides nothing about articles; that is the core's job.
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type Session,
  type WebContents,
} from 'electron';
import { AppError } from '../../shared/errors.js';
import type { Language } from '../../shared/domain.js';
import { Core } from '../core/core.js';
import { realDeps } from '../core/deps.js';
import { serveAppRequest } from './app-protocol.js';
import { forwardEvent, registerContractHandlers, type Dispatch } from './ipc.js';
import {
  applicationMenuTemplate,
  contextMenuTemplate,
  spellcheckLanguages,
  startupErrorText,
} from './menus.js';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  decideLink,
  decidePermission,
  focusExistingWindow,
  isAllowedRequest,
  isSafeExternalUrl,
  secureWebPreferences,
  singleInstanceAction,
} from './security.js';
import { storeDirFromArgv } from './store-location.js';
import {
  fitToScreens,
  MIN_HEIGHT,
  MIN_WIDTH,
  readWindowState,
  writeWindowState,
} from './window-state.js';

const RENDERER_DIR = join(__dirname, '..', 'dist', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');

// Both must happen before the app is ready: app:// behaves like a secure web origin
// (fetch, relative URLs, CSP 'self'), and every renderer is sandboxed whatever its options.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
app.enableSandbox();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;

function interfaceLanguage(): Language {
  return core?.settings.interfaceLanguage ?? 'en';
}

function openExternalIfSafe(url: string): void {
  const decision = decideLink(url);
  if (decision.openExternally) void shell.openExternal(decision.openExternally);
}

function showAbout(): void {
  const russian = interfaceLanguage() === 'ru';
  void dialog.showMessageBox({
    type: 'info',
    title: 'Newsroom Desk',
    message: `Newsroom Desk ${app.getVersion()}`,
    detail: russian
      ? 'Редакционный стол для небольших двуязычных редакций.'
      : 'An editorial desk for small bilingual newsrooms.',
  });
}

/** The application menu in the interface language; rebuilt when the language changes. */
let menuLanguage: Language | null = null;
function refreshApplicationMenu(): void {
  const language = interfaceLanguage();
  if (language === menuLanguage) return;
  menuLanguage = language;
  const template = applicationMenuTemplate({
    language,
    platform: process.platform,
    developer: !app.isPackaged,
    actions: {
      showStoreFolder: () => {
        if (core) void shell.openPath(core.deps.dataDir);
      },
      showAbout,
      command: (command) =>
        forwardEvent(mainWindow?.webContents ?? null, 'shell:command', { command }),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Navigation, new windows, webviews and the context menu for every web contents. */
function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfSafe(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      interfaceLanguage(),
      {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
        openLink: openExternalIfSafe,
        copyLink: (url) => clipboard.writeText(url),
      },
      isSafeExternalUrl,
    );
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents) ?? undefined;
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}

function configureSession(ses: Session, mediaDir: string): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, origin) =>
    decidePermission(permission, origin),
  );
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, details.webContentsId !== undefined) }),
  );
  ses.protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(request.url, request.method, { rendererDir: RENDERER_DIR, mediaDir }),
  );
  if (process.platform !== 'darwin') {
    ses.setSpellCheckerLanguages(spellcheckLanguages(ses.availableSpellCheckerLanguages));
  }
}

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function createWindow(): BrowserWindow {
  const saved = fitToScreens(
    readWindowState(windowStateFile()),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    width: saved.width,
    height: saved.height,
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Newsroom Desk',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  window.once('ready-to-show', () => {
    if (saved.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      writeWindowState(windowStateFile(), {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.round(bounds.width),
        height: Math.round(bounds.height),
        maximized: window.isMaximized(),
      });
    } catch {
      // Losing the window's position is no reason to stand in the way of closing.
    }
  });
  // A crashed or killed renderer comes back with the page; the core (and every save it
  // acknowledged) lives in this process and is unaffected.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit' && !window.isDestroyed())
      void window.loadURL(APP_ENTRY_URL);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  mainWindow = window;
  return window;
}

async function start(): Promise<void> {
  try {
    const dataDir = storeDirFromArgv(process.argv, app.getPath('userData'));
    core = await Core.open(realDeps(dataDir));
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'internal';
    const message = error instanceof Error ? error.message : String(error);
    const text = startupErrorText(code, message, app.getLocale());
    dialog.showErrorBox(text.title, text.body);
    app.exit(code === 'locked' ? 3 : 1);
    return;
  }
  const opened = core;
  // Publishes what fell due while the app was closed, then at each due minute.
  opened.scheduler.start();
  configureSession(session.defaultSession, join(opened.deps.dataDir, 'media'));
  const dispatch: Dispatch = async (channel, payload) => {
    const result = await opened.dispatch(channel, payload);
    if (channel === 'settings:update' && result.ok) refreshApplicationMenu();
    return result;
  };
  registerContractHandlers(ipcMain, dispatch);
  opened.events.subscribe((name, payload) =>
    forwardEvent(mainWindow?.webContents ?? null, name, payload),
  );
  refreshApplicationMenu();
  createWindow();
}

// Windows groups the taskbar entry and notifications by this id; it matches build/'s appId.
if (process.platform === 'win32') app.setAppUserModelId('org.newsroomdesk.desk');

if (singleInstanceAction(app.requestSingleInstanceLock()) === 'quit') {
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  // Let queued saves reach the disk and release the store lock before the process ends.
  app.on('before-quit', (event) => {
    if (!core || quitting) return;
    event.preventDefault();
    quitting = true;
    void core.close().finally(() => {
      core = null;
      app.quit();
    });
  });
  void app.whenReady().then(start);
}
