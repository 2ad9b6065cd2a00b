/**
 * `npm run bench:board`: the curation board over a seeded store of 50,000 published
 * articles. compute_ms: every zone of both languages (median of 50 runs); move_ms: from a
 * drop (board:place through dispatch) to the stored, re-computed board (median of 30).
 */
import { performance } from 'node:perf_hooks';
import { Core } from '../../electron/core/core.js';
import { makeTempDir, countingIds } from '../helpers/temp-store.js';
import { generateArticles, writeCorpusStore } from './corpus.js';
import type { BoardView } from '../../shared/board.js';

const ARTICLES = 50_000;
const NOW = new Date('2026-11-01T13:00:00.000Z');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const median = (values: number[]): number => percentile(values, 0.5);

async function main(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('board-bench');
  try {
    process.stdout.write(`Seeding ${ARTICLES} articles…\n`);
    await writeCorpusStore(dir, generateArticles({ count: ARTICLES, seed: 7, words: [40, 80] }));
    const openStart = performance.now();
    const core = await Core.open({ dataDir: dir, now: () => NOW, newId: countingIds('z') });
    const openMs = performance.now() - openStart;

    const indexed = core.board.feed.size;
    // Warm-up: the first calls pay for JIT compilation, not for the zone function.
    for (let i = 0; i < 5; i++) core.board.compute('en', NOW);
    const computeRuns: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      core.board.compute('en', NOW);
      core.board.compute('ru', NOW);
      computeRuns.push(performance.now() - start);
    }

    let view: BoardView = await core.call('board:get', { language: 'en' });
    const moveRuns: number[] = [];
    for (let i = 0; i < 30; i++) {
      const latest = view.zones.find((z) => z.id === 'en-latest');
      const card = latest?.items[(i % 5) + 3];
      if (!card) throw new Error('Latest news is empty');
      const start = performance.now();
      // Alternate: a card from Latest news to Featured's top, then one pinned within Latest news.
      view =
        i % 2 === 0
          ? await core.call('board:place', {
              baseVersion: view.version,
              zoneId: 'en-featured',
              articleId: card.article.id,
              position: 0,
              fromZoneId: 'en-latest',
            })
          : await core.call('board:place', {
              baseVersion: view.version,
              zoneId: 'en-latest',
              articleId: card.article.id,
              position: 0,
            });
      moveRuns.push(performance.now() - start);
      if (i % 2 === 0 && view.zones.find((z) => z.id === 'en-featured')?.full) {
        view = await core.call('board:undo', { baseVersion: view.version, language: 'en' });
      }
    }
    await core.close();

    const result = {
      articles: ARTICLES,
      compute_ms: Number(median(computeRuns).toFixed(3)),
      move_ms: Number(median(moveRuns).toFixed(3)),
    };
    const rows: [string, string][] = [
      ['articles', String(ARTICLES)],
      ['store open (s)', (openMs / 1000).toFixed(2)],
      ['published articles indexed', String(indexed)],
      ['compute both languages, median (ms)', result.compute_ms.toFixed(3)],
      ['compute, p95 of 50 (ms)', percentile(computeRuns, 0.95).toFixed(3)],
      ['drop to stored board, median (ms)', result.move_ms.toFixed(3)],
      ['drop to stored board, p95 of 30 (ms)', percentile(moveRuns, 0.95).toFixed(3)],
    ];
    for (const [name, value] of rows)
      process.stdout.write(`${name.padEnd(42)} ${value.padStart(10)}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await cleanup();
  }
}

await main();
