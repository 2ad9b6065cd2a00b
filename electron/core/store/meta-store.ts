/** The small lowdb document with settings and taxonomy, read and written through our adapter. */
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { DocumentError } from './document-error.js';
import type { WriteQueues } from './durable-file.js';
import { DurableJsonAdapter } from './json-adapter.js';
import { metaSchema, newMeta, type StoreMeta } from './meta.js';
import type { Quarantine } from './quarantine.js';

export const META_FILE = 'store.json';

export async function openMeta(
  dataDir: string,
  queues: WriteQueues,
  quarantine: Quarantine,
  now: Date,
): Promise<{ db: Low<StoreMeta>; created: boolean }> {
  const path = join(dataDir, META_FILE);
  const adapter = new DurableJsonAdapter(path, 'meta', metaSchema, queues);
  const db = new Low<StoreMeta>(adapter as Adapter<StoreMeta>, newMeta(now));
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    // The unusable document is moved aside untouched; the store opens with defaults.
    await quarantine.add(path, error.message, now);
    db.data = newMeta(now);
    await db.write();
    return { db, created: true };
  }
  const created = adapter.lastRead === 'missing';
  // A new store's document is written at once; one read through a migration is stored in
  // the new form. A current one is left alone (no write on the way to the first page).
  if (adapter.lastRead !== 'current') await db.write();
  return { db, created };
}
