// `npm start`: opens the desktop app, or browser mode where Electron cannot run.
// If Electron's binary is missing it runs Electron's own installer once; if that fails
// (no internet) it says so in one line and serves browser mode instead. The bundles are
// rebuilt first when any source is newer than them. Decisions live in launch-plan.mjs.
//   npm start -- [--data DIR] [--port N] [--browser]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  hasDisplay,
  installerReason,
  isStale,
  LaunchUsageError,
  nextLaunchAction,
  parseLaunchArgs,
} from './launch-plan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Electron's installer downloads about 100 MB; a stalled connection should not hang `npm start`. */
const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

const log = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

/** Electron's package folder, or null when the package itself is not installed. */
function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable, found the way Electron's own index.js finds it; null if absent. */
function electronBinary() {
  const dir = electronPackageDir();
  if (!dir) return null;
  let relative = '';
  try {
    relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the installer has not run (or failed) yet.
  }
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override
    ? join(override, relative || 'electron')
    : relative
      ? join(dir, 'dist', relative)
      : null;
  return binary && existsSync(binary) ? binary : null;
}

/** Runs Electron's installer once, quietly; returns null on success or a one-line reason. */
function runElectronInstaller() {
  const dir = electronPackageDir();
  if (!dir) return 'the electron package is not installed';
  log('Newsroom Desk: downloading the Electron binary (once)...');
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) return installerReason(String(result.error.message));
  if (result.status !== 0) {
    return (
      installerReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`) ||
      `exit code ${result.status}`
    );
  }
  return null;
}

/** Newest modification time among the sources the bundles are built from. */
function newestSourceMtime() {
  let newest = 0;
  /** @param {string} path */
  const visit = (path) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        visit(join(path, name));
      }
    } else if (info.mtimeMs > newest) {
      newest = info.mtimeMs;
    }
  };
  for (const part of ['electron', 'renderer', 'shared', 'package.json', 'vite.config.ts']) {
    visit(join(root, part));
  }
  return newest;
}

/** @param {readonly string[]} outputs */
function buildIfStale(outputs) {
  const mtimes = outputs.map((file) => {
    try {
      return statSync(join(root, file)).mtimeMs;
    } catch {
      return null;
    }
  });
  if (!isStale(mtimes, newestSourceMtime())) return;
  log('Newsroom Desk: building the app...');
  const npmCli = process.env['npm_execpath'];
  const [command, args] = npmCli
    ? [process.execPath, [npmCli, 'run', 'build']]
    : ['npm', ['run', 'build']];
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: !npmCli && process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('the build failed (output above)');
  }
}

/** Runs a child in the foreground, passing Ctrl+C on, and exits with its code. */
function runForeground(/** @type {string} */ command, /** @type {string[]} */ args) {
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const args = parseLaunchArgs(process.argv.slice(2));
  /** @type {import('./launch-plan.mjs').LaunchState} */
  const state = {
    binary: electronBinary() ? 'present' : 'missing',
    install: 'not-tried',
    display: hasDisplay(process.env, process.platform),
    browserRequested: args.browser,
    downloadDisabled: Boolean(process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']),
  };
  for (;;) {
    const action = nextLaunchAction(state);
    if (action.kind === 'install') {
      const failure = runElectronInstaller();
      state.install = failure === null ? 'succeeded' : 'failed';
      if (failure) state.installError = failure;
      state.binary = electronBinary() ? 'present' : 'missing';
      continue;
    }
    if (action.kind === 'electron') {
      buildIfStale([
        'dist/renderer/index.html',
        'dist-electron/main.cjs',
        'dist-electron/preload.cjs',
      ]);
      const binary = /** @type {string} */ (electronBinary());
      runForeground(binary, ['.', ...(args.data ? ['--data', args.data] : [])]);
      return;
    }
    if (action.reason) log(`Newsroom Desk: ${action.reason}`);
    buildIfStale(['dist/renderer/index.html', 'dist-electron/web.cjs']);
    runForeground(process.execPath, [
      join(root, 'dist-electron', 'web.cjs'),
      ...(args.port ? ['--port', args.port] : []),
      ...(args.data ? ['--data', args.data] : []),
    ]);
    return;
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof LaunchUsageError ? 2 : 1);
}
