/** Worker thread entry: reads and renders articles, then renders and writes their pages (see render-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { PageWriter } from './article-pages.js';
import { readArticles, type RenderedBody } from './article-reader.js';
import type { WorkerReply, WorkerRequest } from './render-pool.js';

const writer = new PageWriter(new Map<string, RenderedBody>());

async function handle(request: WorkerRequest): Promise<WorkerReply['results']> {
  if (request.kind === 'read')
    return readArticles(request.source, request.ids, new Date(request.now), writer.bodies);
  if (request.kind === 'context') {
    writer.useContext(request.context);
    return [];
  }
  return writer.write(request.folder, request.orders);
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (results) => parentPort?.postMessage({ seq: request.seq, results } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({ seq: request.seq, error: String(error) } satisfies WorkerReply),
  );
});
