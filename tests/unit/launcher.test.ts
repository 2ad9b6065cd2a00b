/** `npm start`'s decisions (electron/launch-plan.mjs): arguments, install, fallback, rebuild. */
import { describe, expect, it } from 'vitest';
import {
  hasDisplay,
  installerReason,
  isStale,
  LaunchUsageError,
  nextLaunchAction,
  parseLaunchArgs,
  type LaunchState,
} from '../../electron/launch-plan.mjs';

const fresh: LaunchState = {
  binary: 'missing',
  install: 'not-tried',
  display: true,
  browserRequested: false,
  downloadDisabled: false,
};

describe('launch decision', () => {
  it('runs Electron when its binary is present', () => {
    expect(nextLaunchAction({ ...fresh, binary: 'present' })).toEqual({ kind: 'electron' });
  });

  it("runs Electron's installer when the binary is missing", () => {
    expect(nextLaunchAction(fresh)).toEqual({ kind: 'install' });
  });

  it('runs Electron after a successful install', () => {
    expect(nextLaunchAction({ ...fresh, binary: 'present', install: 'succeeded' })).toEqual({
      kind: 'electron',
    });
  });

  it('falls back to browser mode with one line when the install failed', () => {
    const action = nextLaunchAction({
      ...fresh,
      install: 'failed',
      installError: 'TypeError: fetch failed',
    });
    expect(action.kind).toBe('browser');
    const reason = action.kind === 'browser' ? (action.reason ?? '') : '';
    expect(reason).toContain('could not be downloaded (TypeError: fetch failed)');
    expect(reason).toContain('browser mode');
    expect(reason).not.toContain('\n');
  });

  it('never installs twice', () => {
    for (const install of ['failed', 'succeeded'] as const) {
      expect(nextLaunchAction({ ...fresh, install }).kind).toBe('browser');
    }
  });

  it('does not download when downloads are switched off, or when no window can be shown', () => {
    expect(nextLaunchAction({ ...fresh, downloadDisabled: true })).toMatchObject({
      kind: 'browser',
      reason: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD'),
    });
    expect(nextLaunchAction({ ...fresh, display: false })).toMatchObject({
      kind: 'browser',
      reason: expect.stringContaining('No display'),
    });
    expect(nextLaunchAction({ ...fresh, binary: 'present', display: false }).kind).toBe('browser');
  });

  it('serves browser mode without comment when asked to', () => {
    expect(nextLaunchAction({ ...fresh, binary: 'present', browserRequested: true })).toEqual({
      kind: 'browser',
      reason: null,
    });
  });
});

describe('launch arguments', () => {
  it('reads --port, --data and --browser', () => {
    expect(parseLaunchArgs([])).toEqual({ port: undefined, data: undefined, browser: false });
    expect(parseLaunchArgs(['--port', '4680', '--data', '/srv/desk', '--browser'])).toEqual({
      port: '4680',
      data: '/srv/desk',
      browser: true,
    });
  });

  it.each([
    [['--port'], /--port needs a value/],
    [['--port', 'eighty'], /--port takes a number/],
    [['--port', '70000'], /--port takes a number/],
    [['--data', '--port', '1'], /--data needs a value/],
    [['--verbose'], /unknown option --verbose/],
    [['serve'], /unknown option serve/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseLaunchArgs(argv)).toThrow(LaunchUsageError);
    expect(() => parseLaunchArgs(argv)).toThrow(message);
  });
});

describe('display', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});

describe('installer output', () => {
  it('keeps the line that names the error', () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(installerReason(output)).toBe('TypeError: fetch failed');
    expect(installerReason('\n\nsomething odd happened\n')).toBe('something odd happened');
    expect(installerReason('')).toBe('');
    expect(installerReason(`Error: ${'x'.repeat(300)}`)).toHaveLength(120);
  });
});

describe('rebuild', () => {
  it('rebuilds when an output is missing or older than a source', () => {
    expect(isStale([2000, 3000], 1000)).toBe(false);
    expect(isStale([2000, null], 1000)).toBe(true);
    expect(isStale([2000, 3000], 2500)).toBe(true);
    expect(isStale([], 0)).toBe(true);
  });
});
