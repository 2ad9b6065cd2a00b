import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { Core } from '../../electron/core/core.js';
import { realDeps } from '../../electron/core/deps.js';
import { LOCK_FILE } from '../../electron/core/store/lock.js';
import { AppError } from '../../shared/errors.js';
import { bundleStoreChild, startStoreChild, type StoreChild } from '../helpers/child-process.js';
import { makeTempDir } from '../helpers/temp-store.js';

let script: string;
const children: StoreChild[] = [];
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const bundled = await bundleStoreChild();
  script = bundled.script;
  cleanups.push(bundled.remove);
});
afterAll(async () => {
  for (const child of children) child.process.kill('SIGKILL');
  await Promise.all(children.map((child) => child.exited));
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function tempStore(): Promise<string> {
  const { dir, cleanup } = await makeTempDir('lock');
  cleanups.push(cleanup);
  return dir;
}

describe('store lock', () => {
  it('refuses a second process at once, while the first still holds the store, with a clear message', async () => {
    const dir = await tempStore();
    const holder = startStoreChild(script, ['hold', dir]);
    children.push(holder);
    await holder.waitFor((line) => line === 'ready');

    const error = await Core.open(realDeps(dir)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('locked');
    expect((error as AppError).message).toMatch(
      new RegExp(`open in another Newsroom Desk \\(process ${holder.process.pid}`),
    );
    // Refused without waiting for the holder to let go: the holder is still running.
    expect(holder.process.exitCode).toBeNull();
    expect(holder.process.signalCode).toBeNull();

    // And a second child process is refused the same way.
    const second = startStoreChild(script, ['hold', dir]);
    children.push(second);
    const line = await second.waitFor((l) => l.startsWith('refused'));
    expect(line).toContain('Close it there first');
    expect(await second.exited).toBe(3);
  });

  it('lets exactly one of several processes that start together open the store', async () => {
    for (const staleFirst of [false, true]) {
      const dir = await tempStore();
      if (staleFirst) {
        // A lock left by a crashed process: all of them find it stale at the same moment.
        const crashed = startStoreChild(script, ['hold', dir]);
        children.push(crashed);
        await crashed.waitFor((line) => line === 'ready');
        crashed.process.kill('SIGKILL');
        await crashed.exited;
      }
      const racers = Array.from({ length: 6 }, () =>
        startStoreChild(script, ['hold', dir, '--wait']),
      );
      children.push(...racers);
      // Every racer has loaded the core before the go signal, so they open at one moment.
      await Promise.all(racers.map((racer) => racer.waitFor((line) => line === 'waiting')));
      for (const racer of racers) racer.process.stdin?.write('go\n');
      const outcomes = await Promise.all(
        racers.map((racer) =>
          racer.waitFor((line) => line === 'ready' || line.startsWith('refused')),
        ),
      );
      expect(outcomes.filter((line) => line === 'ready')).toHaveLength(1);
      expect(outcomes.filter((line) => line.includes('Close it there first'))).toHaveLength(5);
    }
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dir = await tempStore();
    const holder = startStoreChild(script, ['hold', dir]);
    children.push(holder);
    await holder.waitFor((line) => line === 'ready');
    holder.process.kill('SIGKILL');
    await holder.exited;

    const core = await Core.open(realDeps(dir));
    const created = await core.call('articles:create', {
      content: { language: 'en', headline: 'After the crash' },
    });
    expect(core.articles.has(created.id)).toBe(true);
    await core.close();
  });

  it('takes over a torn lock file and a lock naming a process that is gone', async () => {
    const dir = await tempStore();
    await writeFile(join(dir, LOCK_FILE), '{"pid": 12');
    const first = await Core.open(realDeps(dir));
    await first.close();
    // pid 2^22 + 1 is above Linux's pid_max default ceiling: no such process can exist.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 4_194_305, host: hostname(), since: '2026-01-01T00:00:00.000Z' }),
    );
    // A lock's content file left by a process killed before it linked it, and a takeover
    // file left by one killed during a takeover: both are cleared, the live one's are not.
    const leftover = `${LOCK_FILE}.4194305.0badc0de`;
    const takeoverLeftover = `${LOCK_FILE}.takeover.4194305.0badc0de`;
    const live = `${LOCK_FILE}.${process.pid}.0badc0de`;
    await writeFile(join(dir, leftover), '{}');
    await writeFile(join(dir, takeoverLeftover), '{}');
    await writeFile(join(dir, live), '{}');
    await writeFile(
      join(dir, `${LOCK_FILE}.takeover`),
      JSON.stringify({ pid: 4_194_305, host: hostname(), since: '2026-01-01T00:00:00.000Z' }),
    );
    const second = await Core.open(realDeps(dir));
    const names = await readdir(dir);
    expect(names).not.toContain(leftover);
    expect(names).not.toContain(takeoverLeftover);
    expect(names).not.toContain(`${LOCK_FILE}.takeover`);
    expect(names).toContain(live);
    await second.close();
  });

  it('refuses a second open in the same process', async () => {
    const dir = await tempStore();
    const core = await Core.open(realDeps(dir));
    await expect(Core.open(realDeps(dir))).rejects.toMatchObject({ code: 'locked' });
    await core.close();
  });
});
