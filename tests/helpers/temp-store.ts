/** Real temp folders and a controllable clock for core tests: no globals patched. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../../electron/core/core.js';
import type { CoreDeps } from '../../electron/core/deps.js';

export interface TestClock {
  now: () => Date;
  set: (iso: string) => void;
  advance: (ms: number) => void;
}

export function testClock(start = '2026-03-01T09:00:00.000Z'): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export function countingIds(prefix = 'a'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(6, '0')}`;
}

export async function makeTempDir(
  label = 'newsroom',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${label}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function openTestCore(
  dir: string,
  overrides: Partial<CoreDeps> = {},
): Promise<{ core: Core; clock: TestClock }> {
  const clock = testClock();
  const core = await Core.open({
    dataDir: dir,
    now: clock.now,
    newId: countingIds(),
    ...overrides,
  });
  return { core, clock };
}
