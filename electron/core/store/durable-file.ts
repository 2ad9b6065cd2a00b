/**
 * Durable file writes: a unique temp file, write, fsync, rename over the target, fsync
 * the folder. A reader then sees either the old or the new document, never a torn or
 * empty one, even after a power cut or a kill -9 in the middle of a save.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

const knownFolders = new Set<string>();

async function ensureFolder(folder: string): Promise<void> {
  if (knownFolders.has(folder)) return;
  const created = await mkdir(folder, { recursive: true });
  if (created !== undefined) {
    // New folders are entries in their parents: those must reach the disk too.
    for (let at = folder; at !== dirname(created); at = dirname(at)) await fsyncFolder(dirname(at));
  }
  knownFolders.add(folder);
}

export async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function tempNameFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

export async function writeFileDurable(path: string, contents: string | Uint8Array): Promise<void> {
  const staged = await stageFileDurable(path, contents);
  await staged.commit();
}

/** A file written and fsynced under a temp name, waiting to be renamed over its target. */
export interface StagedFile {
  /** Renames over the target and fsyncs the folder: from here on readers see it. */
  commit(): Promise<void>;
  /** Removes the temp file (the target keeps its old contents). */
  abort(): Promise<void>;
}

/**
 * The first half of a durable write, so several files can be prepared side by side and
 * made visible in a chosen order.
 */
export async function stageFileDurable(
  path: string,
  contents: string | Uint8Array,
): Promise<StagedFile> {
  const folder = dirname(path);
  await ensureFolder(folder);
  const temp = tempNameFor(path);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // The folder was removed behind our back since we last made sure of it.
    knownFolders.delete(folder);
    await ensureFolder(folder);
    handle = await open(temp, 'wx');
  }
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return {
    commit: async () => {
      await rename(temp, path);
      await fsyncFolder(folder);
    },
    abort: () => rm(temp, { force: true }),
  };
}

/** Reads a file as text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Serialises writes per document: saves to one file never interleave, saves to
 * different files run side by side.
 */
export class WriteQueues {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
