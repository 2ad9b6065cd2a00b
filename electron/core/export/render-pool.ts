/**
 * Spreads the export's heavy work over worker threads: reading, validating and rendering
 * articles, then rendering and writing their pages. Each body stays in the thread that
 * rendered it until its page is written, so bodies never cross threads. On the bundled
 * app and CLI the worker is `export-worker.cjs` beside the bundle; from sources (tests,
 * benchmarks) it is the TypeScript entry run through tsx. With no workers, the same code
 * runs in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { planFromData, planToData, writeArticlePages, type PageResult, type PlanData, type RenderedBody } from './article-pages.js';
import { readArticles, resetMediaProbes, type ReadResult } from './article-reader.js';
import type { SitePlan } from './site-model.js';

const BATCH = 200;

function workerFactory(): (() => Worker) | null {
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

/** Worker threads worth starting for `count` articles on this machine (measured: below a few hundred, none). */
export function defaultWorkerCount(count: number): number {
  if (count < 400) return 0;
  return Math.max(0, Math.min(4, availableParallelism()));
}

/** Messages between the pool and a worker (render-worker.ts). */
export type WorkerRequest =
  | { seq: number; kind: 'read'; dataDir: string; ids: string[]; now: string }
  | { seq: number; kind: 'plan'; plan: PlanData }
  | { seq: number; kind: 'pages'; folder: string; ids: string[]; previous: Record<string, string> };
export type WorkerReply = { seq: number; error?: string; results?: ReadResult[] | PageResult[] };

/** Strips bodies from read results, keeping them in `bodies` (they stay in the thread). */
export function keepBodies(results: ReadResult[], bodies: Map<string, RenderedBody>): ReadResult[] {
  return results.map((result) => {
    if (result.kind !== 'article' || result.bodyHtml === null) return result;
    bodies.set(result.id, { bodyHtml: result.bodyHtml, featured: result.featured });
    return { ...result, bodyHtml: '' };
  });
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

export class RenderPool {
  private seq = 0;
  private readonly threads: Thread[] = [];
  /** Which thread holds each rendered body (-1: this one). */
  private readonly owner = new Map<string, number>();
  private readonly localBodies = new Map<string, RenderedBody>();

  private constructor(count: number, factory: (() => Worker) | null) {
    if (!factory) return;
    for (let i = 0; i < count; i++) {
      const worker = factory();
      const thread: Thread = { worker, pending: new Map() };
      worker.on('message', (reply: WorkerReply) => {
        const waiting = thread.pending.get(reply.seq);
        if (!waiting) return;
        thread.pending.delete(reply.seq);
        if (reply.error !== undefined) waiting.reject(new Error(`export worker: ${reply.error}`));
        else waiting.resolve(reply.results);
      });
      const fail = (error: Error): void => {
        for (const waiting of thread.pending.values()) waiting.reject(error);
        thread.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`export worker exited with ${code}`)));
      this.threads.push(thread);
    }
  }

  static start(workers: number): RenderPool {
    resetMediaProbes();
    return new RenderPool(workers, workers > 0 ? workerFactory() : null);
  }

  private send<T>(index: number, request: WorkerRequest): Promise<T> {
    const thread = this.threads[index] as Thread;
    return new Promise<T>((resolve, reject) => {
      thread.pending.set(request.seq, { resolve: resolve as (value: unknown) => void, reject });
      thread.worker.postMessage(request);
    });
  }

  /** Reads and renders articles; bodies stay where they were rendered. */
  async read(dataDir: string, ids: string[], now: Date, onProgress: (done: number) => void): Promise<ReadResult[]> {
    const workers = this.threads.length;
    const size = Math.max(1, Math.min(BATCH, Math.ceil(ids.length / Math.max(1, workers * 4))));
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
    const results: ReadResult[][] = new Array<ReadResult[]>(batches.length);
    let done = 0;
    if (workers === 0) {
      for (let i = 0; i < batches.length; i++) {
        const batch = batches[i] as string[];
        const read = await readArticles({ dataDir, ids: batch, now: now.toISOString(), render: true });
        results[i] = keepBodies(read, this.localBodies);
        for (const id of batch) this.owner.set(id, -1);
        done += batch.length;
        onProgress(done);
      }
      return results.flat();
    }
    let next = 0;
    await Promise.all(
      this.threads.map(async (_thread, index) => {
        while (next < batches.length) {
          const at = next++;
          const batch = batches[at] as string[];
          results[at] = await this.send<ReadResult[]>(index, { seq: ++this.seq, kind: 'read', dataDir, ids: batch, now: now.toISOString() });
          for (const id of batch) this.owner.set(id, index);
          done += batch.length;
          onProgress(done);
        }
      }),
    );
    return results.flat();
  }

  hasBody(id: string): boolean {
    const owner = this.owner.get(id);
    return owner !== undefined && (owner >= 0 || this.localBodies.has(id));
  }

  /** Renders and writes the pages of `ids` into `folder`, each in the thread that holds its body. */
  async writePages(plan: SitePlan, ids: string[], folder: string, previous: Record<string, string>, onProgress: (done: number) => void): Promise<PageResult[]> {
    const byThread = new Map<number, string[]>();
    for (const id of ids) {
      const owner = this.owner.get(id);
      if (owner === undefined) continue;
      const list = byThread.get(owner) ?? [];
      list.push(id);
      byThread.set(owner, list);
    }
    const out: PageResult[] = [];
    let done = 0;
    const previousFor = (batch: string[]): Record<string, string> => {
      const subset: Record<string, string> = {};
      for (const id of batch) {
        const path = plan.articlePath.get(id);
        if (path && previous[path] !== undefined) subset[path] = previous[path];
      }
      return subset;
    };
    const local = byThread.get(-1) ?? [];
    for (let i = 0; i < local.length; i += BATCH) {
      const batch = local.slice(i, i + BATCH);
      out.push(...writeArticlePages(plan, this.localBodies, { folder, ids: batch, previous: previousFor(batch) }));
      done += batch.length;
      onProgress(done);
      // Lets progress events out between batches when this thread does the work.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const data = this.threads.length ? planToData(plan) : null;
    await Promise.all(
      [...byThread.entries()]
        .filter(([index]) => index >= 0)
        .map(async ([index, list]) => {
          await this.send(index, { seq: ++this.seq, kind: 'plan', plan: data as PlanData });
          for (let i = 0; i < list.length; i += BATCH) {
            const batch = list.slice(i, i + BATCH);
            out.push(...(await this.send<PageResult[]>(index, { seq: ++this.seq, kind: 'pages', folder, ids: batch, previous: previousFor(batch) })));
            done += batch.length;
            onProgress(done);
          }
        }),
    );
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    this.threads.length = 0;
    this.localBodies.clear();
  }
}

export { planFromData };
