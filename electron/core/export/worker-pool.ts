/**
 * Spreads article reading and rendering over worker threads. On the bundled app and CLI
 * the worker is `export-worker.cjs` beside the bundle; from sources (tests, benchmarks)
 * it is the TypeScript entry run through tsx. When no worker can start, the work runs
 * in this thread: slower, same result.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readArticles, resetMediaProbes, type ReadResult } from './article-reader.js';

const BATCH = 200;

function startWorker(): (() => Worker) | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs') || here.endsWith('.js')) {
    const bundled = join(dirname(here), 'export-worker.cjs');
    return existsSync(bundled) ? () => new Worker(bundled) : null;
  }
  const source = join(dirname(here), 'render-worker.ts');
  if (!existsSync(source)) return null;
  // From sources: the worker registers tsx first, then loads the TypeScript entry.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
  return () => new Worker(boot, { eval: true });
}

/** Worker threads worth starting for `count` articles on this machine. */
export function defaultWorkerCount(count: number): number {
  if (count < 400) return 0;
  return Math.max(0, Math.min(4, availableParallelism()));
}

export async function readArticlesParallel(
  dataDir: string,
  ids: string[],
  now: Date,
  render: boolean,
  workers: number,
  onBatch: (done: number) => void,
): Promise<ReadResult[]> {
  const batches: string[][] = [];
  // Small enough batches that every thread gets several (the last ones even out the load).
  const size = Math.max(1, Math.min(BATCH, Math.ceil(ids.length / Math.max(1, workers * 4))));
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  const results: ReadResult[][] = new Array<ReadResult[]>(batches.length);
  let done = 0;
  const entry = workers > 0 && batches.length > 0 ? startWorker() : null;
  if (!entry) {
    resetMediaProbes();
    for (let i = 0; i < batches.length; i++) {
      results[i] = await readArticles({ dataDir, ids: batches[i] as string[], now: now.toISOString(), render });
      done += (batches[i] as string[]).length;
      onBatch(done);
    }
    return results.flat();
  }
  const threads = Array.from({ length: Math.min(workers, batches.length) }, entry);
  let next = 0;
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const seq = next++;
              thread.postMessage({ seq, request: { dataDir, ids: batches[seq], now: now.toISOString(), render } });
            };
            thread.on('message', (message: { seq: number; results?: ReadResult[]; error?: string }) => {
              if (message.error !== undefined || !message.results) {
                reject(new Error(`export worker failed: ${message.error ?? 'no result'}`));
                return;
              }
              results[message.seq] = message.results;
              done += message.results.length;
              onBatch(done);
              send();
            });
            thread.once('error', reject);
            thread.once('exit', (code) => {
              if (next < batches.length || code !== 0) reject(new Error(`export worker exited with ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return results.flat();
}
