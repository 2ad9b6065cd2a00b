/** Bundles and starts {@link ./store-child.ts} as a real separate Node process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the child once into a temp folder; returns the script's path and a way to remove
 * the folder (a test file calls it when its children are done).
 */
export async function bundleStoreChild(): Promise<{ script: string; remove: () => Promise<void> }> {
  // Inside the repository (.tmp/ is ignored), so the packages left out of the bundle
  // (native ones such as sharp) resolve from node_modules as usual.
  const root = join(import.meta.dirname, '..', '..', '.tmp');
  await mkdir(root, { recursive: true });
  const out = join(await mkdtemp(join(root, 'store-child-')), 'store-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'store-child.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Native and binary-carrying packages stay outside the bundle (as in electron/bundle.mjs).
    external: ['electron', 'sharp'],
    // Bundled packages that still call require() get one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return { script: out, remove: () => rm(dirname(out), { recursive: true, force: true }) };
}

export interface StoreChild {
  process: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves with the first line that matches (or rejects when the child exits first). */
  waitFor(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

export function startStoreChild(script: string, args: string[]): StoreChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let partial = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  const exited = new Promise<number | null>((resolve) => {
    // 'close', not 'exit': by then every line the child wrote has been read.
    child.once('close', (code) => {
      // A line the child finished writing before it died still counts.
      if (partial) lines.push(partial);
      partial = '';
      for (const wake of waiters) wake();
      resolve(code);
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  return {
    process: child,
    lines,
    exited,
    waitFor: (match, timeoutMs = 15_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`child did not print the expected line; stderr: ${stderr}`));
        }, timeoutMs);
        const check = (): void => {
          const found = lines.find(match);
          if (found !== undefined) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(found);
          } else if (done) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`child exited (${child.exitCode}); stderr: ${stderr}`));
          }
        };
        waiters.add(check);
        check();
      }),
  };
}
