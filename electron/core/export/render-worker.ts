/** Worker thread entry: reads, validates and renders batches of articles for the export. */
import { parentPort } from 'node:worker_threads';
import { readArticles, resetMediaProbes, type ReadRequest } from './article-reader.js';

parentPort?.on('message', (message: { seq: number; request: ReadRequest } | { reset: true }) => {
  if ('reset' in message) {
    resetMediaProbes();
    return;
  }
  readArticles(message.request).then(
    (results) => parentPort?.postMessage({ seq: message.seq, results }),
    (error: unknown) => parentPort?.postMessage({ seq: message.seq, error: String(error) }),
  );
});
