/**
 * What the core takes from its caller instead of reaching for globals: the clock, the id
 * generator and the data folder. Tests pass a fixed clock and counting ids; the Electron
 * shell, the bridge and the CLI pass the real ones.
 */
import { randomBytes } from 'node:crypto';
import type { ArticleStoreOptions } from './store/article-store.js';

export interface CoreDeps {
  /** The store folder; created if missing. */
  dataDir: string;
  now: () => Date;
  newId: () => string;
  /** Tuning of the article store (tests use a small catalogue compaction interval). */
  store?: ArticleStoreOptions;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Time-ordered ids: 9 characters of milliseconds then 8 random ones (a-z0-9). */
export function timeOrderedId(now: Date = new Date()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  const bytes = randomBytes(8);
  let random = '';
  for (const byte of bytes) random += ID_ALPHABET[byte % 36];
  return `${time}${random}`;
}

export function realDeps(dataDir: string): CoreDeps {
  return { dataDir, now: () => new Date(), newId: () => timeOrderedId() };
}
