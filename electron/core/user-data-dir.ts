/**
 * Where the store lives by default: the same folder Electron's `app.getPath('userData')`
 * gives for "Newsroom Desk", so the desktop app, browser mode and the CLI share one store.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Newsroom Desk';

export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = homedir();
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_FOLDER_NAME);
}

/** The store folder inside the user data folder (Electron keeps caches beside it). */
export function defaultStoreDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  return join(defaultUserDataDir(env, platform), 'store');
}
