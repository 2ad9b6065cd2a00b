// The decisions behind `npm start`, as pure functions (electron/launch.mjs does the effects):
// which arguments are valid, whether the Electron binary must be installed, whether to run
// the desktop app or fall back to browser mode, and whether the bundles are out of date.

/** A bad `npm start` argument: printed as is, exit code 2. */
export class LaunchUsageError extends Error {}

/**
 * @typedef {object} LaunchArgs
 * @property {string | undefined} port   --port N (browser mode only)
 * @property {string | undefined} data   --data DIR (both modes)
 * @property {boolean} browser           --browser: skip Electron, serve browser mode
 */

/**
 * Reads `npm start -- [--port N] [--data DIR] [--browser]`; anything else is an error.
 * @param {readonly string[]} argv
 * @returns {LaunchArgs}
 */
export function parseLaunchArgs(argv) {
  /** @type {LaunchArgs} */
  const args = { port: undefined, data: undefined, browser: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--browser') {
      args.browser = true;
      continue;
    }
    if (flag === '--port' || flag === '--data') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new LaunchUsageError(`${flag} needs a value`);
      if (flag === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new LaunchUsageError(
            `--port takes a number from 0 to 65535, not ${JSON.stringify(value)}`,
          );
        }
        args.port = value;
      } else {
        args.data = value;
      }
      i++;
      continue;
    }
    throw new LaunchUsageError(`unknown option ${flag}; use --port N, --data DIR or --browser`);
  }
  return args;
}

/**
 * Can this session show a window? Linux needs an X11 or Wayland display; macOS and
 * Windows always have one.
 * @param {Record<string, string | undefined>} env
 * @param {string} platform
 */
export function hasDisplay(env, platform) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/**
 * @typedef {object} LaunchState
 * @property {'present' | 'missing'} binary              Electron's binary on disk
 * @property {'not-tried' | 'succeeded' | 'failed'} install  Electron's own installer, run at most once
 * @property {string} [installError]                     the installer's reason, one line
 * @property {boolean} display                           a window can be shown
 * @property {boolean} browserRequested                  --browser was given
 * @property {boolean} downloadDisabled                  ELECTRON_SKIP_BINARY_DOWNLOAD is set
 *
 * @typedef {{ kind: 'electron' } | { kind: 'install' } | { kind: 'browser', reason: string | null }} LaunchAction
 */

/**
 * What to do next. `reason` is the one line printed before browser mode starts (null when
 * the user asked for browser mode).
 * @param {LaunchState} state
 * @returns {LaunchAction}
 */
export function nextLaunchAction(state) {
  if (state.browserRequested) return { kind: 'browser', reason: null };
  if (!state.display) {
    return {
      kind: 'browser',
      reason:
        'No display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset): starting browser mode instead.',
    };
  }
  if (state.binary === 'present') return { kind: 'electron' };
  if (state.install === 'not-tried') {
    if (state.downloadDisabled) {
      return {
        kind: 'browser',
        reason:
          'The Electron binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD is set: starting browser mode instead.',
      };
    }
    return { kind: 'install' };
  }
  if (state.install === 'failed') {
    const why = state.installError ? ` (${state.installError})` : '';
    return {
      kind: 'browser',
      reason: `The Electron binary could not be downloaded${why}; no internet? Starting browser mode instead.`,
    };
  }
  return {
    kind: 'browser',
    reason:
      "Electron's installer finished but its binary is still missing: starting browser mode instead.",
  };
}

/**
 * The one line worth showing from a failed installer's output: the first line that names
 * an error, else the last non-empty line; trimmed to fit a terminal.
 * @param {string} output
 */
export function installerReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const line =
    lines.find((text) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|timed? ?out/i.test(text)) ??
    lines.at(-1) ??
    '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/**
 * Whether the bundles must be rebuilt: an output is missing or older than the newest source.
 * @param {readonly (number | null)[]} outputMtimes  null for a missing output
 * @param {number} newestSourceMtime
 */
export function isStale(outputMtimes, newestSourceMtime) {
  if (outputMtimes.length === 0) return true;
  return outputMtimes.some((mtime) => mtime === null || mtime < newestSourceMtime);
}
