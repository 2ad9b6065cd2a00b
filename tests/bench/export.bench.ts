/**
 * `npm run bench:export`: a seeded store of 10,000 published articles (both languages,
 * six categories), exported to a cold folder three times (median), then re-exported
 * incrementally after one article's body is edited. Last line: the JSON figures.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema } from '../../shared/domain.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import { makeTempDir } from '../helpers/temp-store.js';
import { generateArticles, writeCorpusStore } from './corpus.js';

const COUNT = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
const NOW = new Date('2026-11-02T00:00:00.000Z');

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('newsroom-bench-export');
  try {
    const dataDir = join(dir, 'store');
    // The corpus is made in a child process, so peak_rss_mb is the export's, not the generator's.
    execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--make-store', dataDir], { stdio: 'inherit' });
    const fullTimes: number[] = [];
    let last = { pages: 0, articles: 0, out: '' };
    for (let run = 1; run <= 3; run++) {
      const out = join(dir, `site-${run}`);
      const started = performance.now();
      const report = await exportBundle({ dataDir, target: out, mode: 'full', now: NOW });
      fullTimes.push((performance.now() - started) / 1000);
      last = { pages: report.pages, articles: report.articles, out };
      console.log(`full export ${run}: ${fullTimes.at(-1)?.toFixed(2)} s, ${report.pages} pages, ${report.written} files`);
    }
    const incrementalTimes: number[] = [];
    for (let edit = 0; edit < 3; edit++) {
      const id = `c${String(1234 + edit * 111).padStart(7, '0')}`;
      const path = join(dataDir, 'articles', `${id}.json`);
      const article = articleSchema.parse(JSON.parse(await readFile(path, 'utf8')));
      article.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: `A late paragraph, edit ${edit + 1}.` }] });
      article.revision += 1;
      article.updatedAt = new Date(NOW.getTime() - 60_000 + edit * 1000).toISOString();
      await writeFile(path, encodeDocument(article));
      const started = performance.now();
      const report = await exportBundle({ dataDir, target: last.out, mode: 'incremental', now: NOW });
      incrementalTimes.push((performance.now() - started) / 1000);
      console.log(`incremental after editing ${id}: ${incrementalTimes.at(-1)?.toFixed(3)} s, ${report.written} files written, ${report.unchanged} unchanged`);
    }
    const bundleMb = (await folderBytes(last.out)) / 1024 / 1024;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const result = {
      articles: last.articles,
      pages: last.pages,
      bundle_mb: Number(bundleMb.toFixed(1)),
      full_s: Number(median(fullTimes).toFixed(2)),
      incremental_s: Number(median(incrementalTimes).toFixed(3)),
      peak_rss_mb: Math.round(peakRssMb),
    };
    console.log('\n| figure | value | target |\n|---|---|---|');
    console.log(`| articles | ${result.articles} | 10000 |`);
    console.log(`| pages | ${result.pages} | |`);
    console.log(`| bundle_mb | ${result.bundle_mb} | |`);
    console.log(`| full_s (median of 3) | ${result.full_s} | <= 2.5 |`);
    console.log(`| incremental_s (median of 3) | ${result.incremental_s} | <= 0.3 |`);
    console.log(`| peak_rss_mb | ${result.peak_rss_mb} | <= 600 |`);
    console.log(JSON.stringify(result));
  } finally {
    await cleanup();
  }
}

const makeAt = process.argv.indexOf('--make-store');
if (makeAt > 0) {
  await writeCorpusStore(process.argv[makeAt + 1] as string, generateArticles({ count: COUNT, statuses: 'published' }));
} else {
  await main();
}
