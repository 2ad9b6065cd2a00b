/**
 * Spreads the export's heavy work over worker threads: reading, validating and rendering
 * articles, then rendering and writing their pages. Work goes out in batches (a message
 * per few hundred articles, not per page), and each body stays in the thread that
 * rendered it until its page is written, so bodies never cross threads. On the bundled
 * app and CLI the worker is `export-worker.cjs` beside the bundle; from sources (tests,
 * benchmarks) it is the TypeScript entry run through tsx. With no workers, the same code
 * runs in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  PageWriter,
  pageContext,
  pageOrder,
  type PageContext,
  type PageOrder,
  type PageResult,
} from './article-pages.js';
import {
  readArticles,
  resetMediaProbes,
  type ArticleFolders,
  type ReadResult,
  type RenderedBody,
} from './article-reader.js';
import type { Language } from '../../../shared/domain.js';
import type { SitePlan } from './site-model.js';

/** Articles per message: large enough that messages cost nothing, small enough to share work out evenly. */
const BATCH = 250;

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

/**
 * Worker threads worth starting for `count` articles on this machine: one per core (more
 * only compete for the same cores), none below a few hundred articles, where starting
 * them costs more than they save.
 */
export function defaultWorkerCount(count: number): number {
  if (count < 400) return 0;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Messages between the pool and a worker (render-worker.ts). */
export type WorkerRequest =
  | { seq: number; kind: 'read'; source: ArticleFolders; ids: string[]; now: string }
  | { seq: number; kind: 'context'; context: PageContext }
  | { seq: number; kind: 'pages'; folder: string; orders: PageOrder[] };
export type WorkerReply = { seq: number; error?: string; results?: ReadResult[] | PageResult[] };

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

/**
 * The orders of each language section in turn, one of each at a time, each section still in
 * folder order. Pages of both languages from the start: the page code the engine compiles
 * for one language's texts is then not thrown away and compiled again at the other's.
 */
export function alternateLanguages(orders: PageOrder[]): PageOrder[] {
  const sections = new Map<string, PageOrder[]>();
  for (const order of orders) {
    const section = order.path.slice(0, order.path.indexOf('/') + 1);
    const list = sections.get(section);
    if (list) list.push(order);
    else sections.set(section, [order]);
  }
  if (sections.size < 2) return orders;
  const lists = [...sections.values()];
  const out: PageOrder[] = [];
  for (let i = 0; out.length < orders.length; i++)
    for (const list of lists) if (i < list.length) out.push(list[i] as PageOrder);
  return out;
}

export class RenderPool {
  private seq = 0;
  private readonly threads: Thread[] = [];
  /** Which thread holds each rendered body (-1: this one). */
  private readonly owner = new Map<string, number>();
  private readonly local = new PageWriter(new Map<string, RenderedBody>());

  private constructor(
    count: number,
    private readonly factory: (() => Worker) | null,
  ) {
    this.grow(count);
  }

  /** Starts threads until there are `count` (never stops any: they hold bodies). */
  grow(count: number): void {
    if (!this.factory) return;
    while (this.threads.length < count) {
      const worker = this.factory();
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
    return new RenderPool(workers, workerFactory());
  }

  get workers(): number {
    return this.threads.length;
  }

  private send<T>(index: number, request: WorkerRequest): Promise<T> {
    const thread = this.threads[index] as Thread;
    return new Promise<T>((resolve, reject) => {
      thread.pending.set(request.seq, { resolve: resolve as (value: unknown) => void, reject });
      thread.worker.postMessage(request);
    });
  }

  /** Reads and renders articles; bodies stay where they were rendered. Results come in the order of `ids`. */
  async read(
    source: ArticleFolders,
    ids: string[],
    now: Date,
    onProgress: (done: number) => void,
  ): Promise<ReadResult[]> {
    const workers = this.threads.length;
    const size = Math.max(1, Math.min(BATCH, Math.ceil(ids.length / Math.max(1, workers * 4))));
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
    const results: ReadResult[][] = new Array<ReadResult[]>(batches.length);
    let done = 0;
    if (workers === 0) {
      for (let i = 0; i < batches.length; i++) {
        const batch = batches[i] as string[];
        results[i] = await readArticles(source, batch, now, this.local.bodies);
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
          results[at] = await this.send<ReadResult[]>(index, {
            seq: ++this.seq,
            kind: 'read',
            source,
            ids: batch,
            now: now.toISOString(),
          });
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
    return owner !== undefined && (owner >= 0 || this.local.bodies.has(id));
  }

  /** Renders and writes the pages of `ids` into `folder`, each in the thread that holds its body. */
  async writePages(
    plan: SitePlan,
    keys: { siteKey: string; latestKeys: ReadonlyMap<Language, string> },
    ids: string[],
    folder: string,
    previous: ReadonlyMap<string, string>,
    onProgress: (done: number) => void,
  ): Promise<PageResult[]> {
    const byThread = new Map<number, PageOrder[]>();
    for (const id of ids) {
      const owner = this.owner.get(id);
      const order = pageOrder(plan, id, previous);
      if (owner === undefined || !order) continue;
      const list = byThread.get(owner) ?? [];
      list.push(order);
      byThread.set(owner, list);
    }
    // Each thread writes its pages in folder order, every other thread from the far end:
    // creating a folder locks its parent, and two threads in one month folder wait on each other.
    for (const [index, list] of byThread) {
      list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      if (index % 2 !== 0) list.reverse();
      byThread.set(index, alternateLanguages(list));
    }
    const out: PageResult[] = [];
    let done = 0;
    const local = byThread.get(-1) ?? [];
    if (local.length) this.local.usePlan(plan, keys.siteKey, keys.latestKeys);
    for (let i = 0; i < local.length; i += BATCH) {
      const batch = local.slice(i, i + BATCH);
      out.push(...this.local.write(folder, batch));
      done += batch.length;
      onProgress(done);
      // Lets progress events out between batches when this thread does the work.
      await nextTurn();
    }
    const context = this.threads.length ? pageContext(plan, keys.siteKey, keys.latestKeys) : null;
    // Every batch is posted at once: a worker takes the next from its queue without waiting
    // for this thread, which meanwhile renders the list pages.
    const replies: Promise<void>[] = [];
    for (const [index, list] of byThread) {
      if (index < 0) continue;
      replies.push(
        this.send(index, {
          seq: ++this.seq,
          kind: 'context',
          context: context as PageContext,
        }).then(() => undefined),
      );
      for (let i = 0; i < list.length; i += BATCH) {
        const batch = list.slice(i, i + BATCH);
        replies.push(
          this.send<PageResult[]>(index, {
            seq: ++this.seq,
            kind: 'pages',
            folder,
            orders: batch,
          }).then((results) => {
            out.push(...results);
            done += batch.length;
            onProgress(done);
          }),
        );
      }
    }
    await Promise.all(replies);
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    this.threads.length = 0;
    this.local.bodies.clear();
  }
}
