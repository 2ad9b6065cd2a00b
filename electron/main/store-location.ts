/**
 * Where the desktop app's store lives: `--data DIR` (or `--data=DIR`) on the command line,
 * as in browser mode and `npm start -- --data DIR`; otherwise `store/` in Electron's user
 * data folder, the same folder browser mode and the CLI use by default.
 */
import { join, resolve } from 'node:path';

export function storeDirFromArgv(argv: readonly string[], userDataDir: string): string {
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--data') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error('--data takes a folder');
      chosen = value;
      i++;
    } else if (arg.startsWith('--data=')) {
      chosen = arg.slice('--data='.length);
      if (!chosen) throw new Error('--data takes a folder');
    }
  }
  return chosen ? resolve(chosen) : join(userDataDir, 'store');
}
