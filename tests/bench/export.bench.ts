/**
 * `npm run bench:export`: a seeded store of 10,000 published articles (both languages,
 * six categories), exported to a cold folder three times (median), then re-exported
 * incrementally after one article's body is edited. Each export runs as cron runs it: the
 * shipped CLI (`dist-electron/cli.cjs`, built first from these sources, with its bundled
 * worker threads) in a fresh process; its time is the export's own (`durationMs` of its
 * report: from reading the store to the swapped-in bundle, not the process start-up), and
 * peak_rss_mb is the largest peak of those processes. Last line: the JSON figures.
 *
 * Run it five minutes or more after deleting many files (a test run, a previous bench):
 * on ext4 without a journal, creating files is then several times slower while the
 * inode allocator steps over the recently freed ones (seen with perf as
 * `recently_deleted` under `ext4_mkdir` and `ext4_create`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportReport } from '../../shared/contract/export.js';
import { articleSchema } from '../../shared/domain.js';
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

interface ChildRun {
  seconds: number;
  rssMb: number;
  report: ExportReport;
}

const ROOT = join(import.meta.dirname, '..', '..');

function runExport(dataDir: string, target: string, mode: 'full' | 'incremental'): ChildRun {
  const child = spawnSync(
    process.execPath,
    [
      '--require',
      join(import.meta.dirname, 'report-rss.cjs'),
      join(ROOT, 'dist-electron', 'cli.cjs'),
      'export',
      '--data',
      dataDir,
      '--out',
      target,
      ...(mode === 'incremental' ? ['--incremental'] : []),
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`export failed (${child.status}): ${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as ExportReport;
  const rssKb = Number(/maxRSS (\d+)\s*$/.exec(child.stderr)?.[1]);
  if (!Number.isFinite(rssKb))
    throw new Error(`the export child did not report its memory: ${child.stderr}`);
  return { seconds: report.durationMs / 1000, rssMb: rssKb / 1024, report };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const { dir, cleanup } = await makeTempDir('newsroom-bench-export');
  try {
    const dataDir = join(dir, 'store');
    // The shipped bundles, built from these sources.
    execFileSync(process.execPath, [join(ROOT, 'electron', 'bundle.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    // The corpus is made in a child process, so peak_rss_mb is the export's, not the generator's.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--make-store', dataDir],
      { stdio: 'inherit' },
    );
    const fullTimes: number[] = [];
    let peakRss = 0;
    let last = { pages: 0, articles: 0, out: '' };
    for (let run = 1; run <= 3; run++) {
      const out = join(dir, `site-${run}`);
      const { seconds, rssMb, report } = runExport(dataDir, out, 'full');
      fullTimes.push(seconds);
      peakRss = Math.max(peakRss, rssMb);
      last = { pages: report.pages, articles: report.articles, out };
      console.log(
        `full export ${run}: ${fullTimes.at(-1)?.toFixed(2)} s, ${report.pages} pages, ${report.written} files`,
      );
    }
    const incrementalTimes: number[] = [];
    for (let edit = 0; edit < 3; edit++) {
      const id = `c${String(Math.floor(COUNT * (0.12 + edit * 0.11))).padStart(7, '0')}`;
      const path = join(dataDir, 'articles', `${id}.json`);
      const article = articleSchema.parse(JSON.parse(await readFile(path, 'utf8')));
      article.body.content.push({
        type: 'paragraph',
        content: [{ type: 'text', text: `A late paragraph, edit ${edit + 1}.` }],
      });
      article.revision += 1;
      article.updatedAt = new Date(NOW.getTime() - 60_000 + edit * 1000).toISOString();
      await writeFile(path, encodeDocument(article));
      const { seconds, rssMb, report } = runExport(dataDir, last.out, 'incremental');
      incrementalTimes.push(seconds);
      peakRss = Math.max(peakRss, rssMb);
      console.log(
        `incremental after editing ${id}: ${incrementalTimes.at(-1)?.toFixed(3)} s, ${report.written} files written, ${report.unchanged} unchanged`,
      );
    }
    const bundleMb = (await folderBytes(last.out)) / 1024 / 1024;
    const peakRssMb = peakRss;
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
  await writeCorpusStore(
    process.argv[makeAt + 1] as string,
    generateArticles({ count: COUNT, statuses: 'published' }),
  );
} else {
  await main();
}
