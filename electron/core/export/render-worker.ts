/** Worker thread entry: reads and renders articles, then renders and writes their pages (see render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { planFromData, writeArticlePages, type RenderedBody } from './article-pages.js';
import { readArticles } from './article-reader.js';
import { keepBodies, type WorkerReply, type WorkerRequest } from './render-pool.js';
import type { SitePlan } from './site-model.js';

const bodies = new Map<string, RenderedBody>();
let plan: SitePlan | null = null;

async function handle(request: WorkerRequest): Promise<WorkerReply['results']> {
  if (request.kind === 'read') {
    const results = await readArticles({ dataDir: request.dataDir, ids: request.ids, now: request.now, render: true });
    return keepBodies(results, bodies);
  }
  if (request.kind === 'plan') {
    plan = planFromData(request.plan);
    return [];
  }
  if (!plan) throw new Error('pages requested before the plan');
  return writeArticlePages(plan, bodies, { folder: request.folder, ids: request.ids, previous: request.previous });
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (results) => parentPort?.postMessage({ seq: request.seq, results } satisfies WorkerReply),
    (error: unknown) => parentPort?.postMessage({ seq: request.seq, error: String(error) } satisfies WorkerReply),
  );
});
