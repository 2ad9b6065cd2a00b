/**
 * One writer per store. A lock file names the process that holds the store; a second
 * process is refused at once with a clear message, and a lock left by a process that no
 * longer runs on this machine is taken over.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { link, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';

export const LOCK_FILE = 'newsroom.lock';

const lockSchema = z.object({ pid: z.number().int(), host: z.string(), since: z.string() });
type LockInfo = z.infer<typeof lockSchema>;

export interface StoreLock {
  release(): Promise<void>;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Creates the lock file with its content already in it: the content goes to a file of
 * our own, which is then hard-linked to the lock's name (link fails if the name exists).
 * So no other process can ever read a half-written lock and take it for a torn one.
 * Filesystems without hard links (FAT, some network shares) fall back to an exclusive create.
 */
async function createLock(path: string, mine: LockInfo): Promise<boolean> {
  const own = `${path}.${mine.pid}.${randomBytes(4).toString('hex')}`;
  await writeWhole(own, mine);
  try {
    await link(own, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
      throw error;
  } finally {
    await rm(own, { force: true });
  }
  try {
    await writeWhole(path, mine);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Creates `path` (never over an existing file) with the lock's content, flushed to disk. */
async function writeWhole(path: string, info: LockInfo): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(JSON.stringify(info));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const sameLock = (a: LockInfo | null, b: LockInfo | null): boolean =>
  a === null || b === null ? a === b : a.pid === b.pid && a.host === b.host && a.since === b.since;

/** Whether a lock read from disk (null: unreadable) names a process that is gone. */
function isStale(holder: LockInfo | null, mine: LockInfo): boolean {
  // Locks are never half-written (createLock), so one we cannot read was damaged on
  // disk (or torn by a crash of an older version): nobody holds it.
  return (
    holder === null ||
    (holder.host === mine.host && holder.pid !== mine.pid && !isProcessAlive(holder.pid))
  );
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes over a stale lock. Only one process at a time may do so: it holds the takeover
 * file (created like the lock itself), checks that the lock is still the stale one it saw,
 * and replaces it. Without that, two processes that found the same stale lock could each
 * remove the other's fresh one. A takeover file left by a process that died during a
 * takeover is itself stale and removed.
 */
async function takeOver(path: string, stale: LockInfo | null, mine: LockInfo): Promise<boolean> {
  const takeoverPath = `${path}.takeover`;
  if (!(await createLock(takeoverPath, mine))) {
    const other = await readLock(takeoverPath);
    if (isStale(other, mine)) {
      const again = await readLock(takeoverPath);
      if (sameLock(other, again)) await rm(takeoverPath, { force: true });
    } else {
      await pause(10);
    }
    return false;
  }
  try {
    if (!sameLock(await readLock(path), stale)) return false;
    await rm(path, { force: true });
    return await createLock(path, mine);
  } finally {
    await rm(takeoverPath, { force: true });
  }
}

export async function acquireStoreLock(dataDir: string, now: Date): Promise<StoreLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: now.toISOString() };
  // Attempts only repeat while other processes are starting at the same moment.
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await createLock(path, mine)) || (await tryTakeOver(path, mine))) {
      await removeLeftovers(dataDir);
      return {
        release: async () => {
          const current = await readLock(path);
          if (current?.pid === mine.pid && current.since === mine.since)
            await rm(path, { force: true });
        },
      };
    }
  }
  throw new AppError(
    'locked',
    'Could not take the store lock; other processes keep taking it over.',
  );
}

/** Content files (of the lock or of a takeover) of processes killed between writing and linking them. */
async function removeLeftovers(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^newsroom\.lock\.(?:takeover\.)?(\d+)\.[0-9a-f]{8}$/.exec(name);
    if (match && !isProcessAlive(Number(match[1]))) await rm(join(dataDir, name), { force: true });
  }
}

/** Refuses when a live process holds the lock; otherwise tries to take the stale lock over. */
async function tryTakeOver(path: string, mine: LockInfo): Promise<boolean> {
  const holder = await readLock(path);
  if (holder && holder.host === mine.host && holder.pid === mine.pid) {
    throw new AppError('locked', 'This newsroom store is already open in this process.');
  }
  if (holder && !isStale(holder, mine)) {
    throw new AppError(
      'locked',
      `This newsroom store is open in another Newsroom Desk (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it there first.`,
      holder,
    );
  }
  return takeOver(path, holder, mine);
}
