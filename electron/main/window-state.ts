/**
 * Where the main window reopens: its last size, position and maximised state, kept in
 * window-state.json in the user data folder. A saved position that no longer lies on any
 * screen (a monitor was unplugged) is dropped, and the size is kept within the screen.
 */
import { renameSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** A saved state read back from disk, or the default when it is missing or malformed. */
export function parseWindowState(raw: unknown): WindowState {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
}

/** How much of `window` lies on `area`, in square pixels. */
function overlap(window: Area, area: Area): number {
  const width = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const height =
    Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The state to open with on these screens (their work areas): the position only if at least
 * a 200 x 100 pixel piece of the title bar region would be visible, the size at most the
 * largest screen's.
 */
export function fitToScreens(state: WindowState, workAreas: readonly Area[]): WindowState {
  const largest = workAreas.reduce<Area | null>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    null,
  );
  const width = largest ? Math.max(MIN_WIDTH, Math.min(state.width, largest.width)) : state.width;
  const height = largest
    ? Math.max(MIN_HEIGHT, Math.min(state.height, largest.height))
    : state.height;
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const titleBar = { x: state.x, y: state.y, width, height: 100 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= 200 * 100);
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Written whole through a temp file, so a crash leaves the old state or the new one. */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`);
  renameSync(temp, file);
}
