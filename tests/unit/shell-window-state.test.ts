/** Where the desktop window reopens (electron/main/window-state.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToScreens,
  parseWindowState,
  readWindowState,
  writeWindowState,
} from '../../electron/main/window-state.js';
import { makeTempDir } from '../helpers/temp-store.js';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('reopens where it was on a screen that is still there', () => {
    const state = { x: 1600, y: 120, width: 1500, height: 1000, maximized: false };
    expect(fitToScreens(state, [laptop, monitor])).toEqual(state);
  });

  it('drops a position whose screen is gone, and shrinks to the screen left', () => {
    const state = { x: 1600, y: 120, width: 2200, height: 1300, maximized: true };
    expect(fitToScreens(state, [laptop])).toEqual({ width: 1440, height: 875, maximized: true });
  });

  it('drops a position that leaves only a sliver of title bar visible', () => {
    const state = { x: 1400, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToScreens(state, [laptop])).not.toHaveProperty('x');
  });

  it('never goes below the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(fitToScreens(DEFAULT_WINDOW_STATE, [tiny])).toMatchObject({ width: 900, height: 600 });
  });

  it('reads a malformed or missing file as the default', async () => {
    expect(parseWindowState({ width: 'wide' })).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: 100, height: 100, maximized: false })).toEqual(
      DEFAULT_WINDOW_STATE,
    );
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
    const { dir, cleanup } = await makeTempDir('newsroom-window');
    try {
      expect(readWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE);
      await writeFile(join(dir, 'torn.json'), '{"width": 14');
      expect(readWindowState(join(dir, 'torn.json'))).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      await cleanup();
    }
  });

  it('writes and reads back a state', async () => {
    const { dir, cleanup } = await makeTempDir('newsroom-window');
    try {
      const file = join(dir, 'window-state.json');
      const state = { x: -1200, y: 40, width: 1100, height: 700, maximized: false };
      writeWindowState(file, state);
      expect(readWindowState(file)).toEqual(state);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    } finally {
      await cleanup();
    }
  });
});
