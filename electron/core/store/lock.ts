/**
 * One writer per store. A lock file names the process that holds the store; a second
 * process is refused at once with a clear message, and a lock left by a process that no
 * longer runs on this machine is taken over.
 */
import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
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

export async function acquireStoreLock(dataDir: string, now: Date): Promise<StoreLock> {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(mine));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return {
        release: async () => {
          const current = await readLock(path);
          if (current?.pid === mine.pid && current.since === mine.since)
            await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(path);
    // A lock we cannot read was torn by a crash while being written: nobody holds it.
    const stale =
      holder === null ||
      (holder.host === mine.host && holder.pid !== process.pid && !isProcessAlive(holder.pid));
    if (holder && holder.host === mine.host && holder.pid === process.pid) {
      throw new AppError('locked', 'This newsroom store is already open in this process.');
    }
    if (!stale) {
      throw new AppError(
        'locked',
        `This newsroom store is open in another Newsroom Desk (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it there first.`,
        holder,
      );
    }
    await rm(path, { force: true });
  }
  throw new AppError(
    'locked',
    'Could not take the store lock; another process keeps re-creating it.',
  );
}
