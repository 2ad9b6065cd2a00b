/**
 * `npm run bench:store`: seeded stores of 1,000, 10,000 and 50,000 articles (both
 * languages, 300-900 words each). For each, a fresh child process opens the store cold and
 * measures: time to the first list page, time until search is ready (and until the tagger has
 * read every article in the background), word searches in both
 * languages (an `articles:list` page with a text filter), durable single-article saves, and
 * its own peak resident memory. Then, in this process, the same save through lowdb's stock
 * JSONFile adapter with all 50,000 articles in one file. Prints a table, then one JSON line.
 *
 * `--child DIR` is the child's entry point; `--keep` keeps the generated stores;
 * `--sizes=1000,10000` measures other sizes (the JSON line describes the largest).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { Core } from '../../electron/core/core.js';
import { realDeps } from '../../electron/core/deps.js';
import type { Article } from '../../shared/domain.js';
import { generateArticles, seededRandom } from './corpus.js';

const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
/** `--sizes=1000,10000` for a quick run; the JSON line needs the 50,000 store. */
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [1_000, 10_000, 50_000];
const SAVES = 200;
const SEARCH_ROUNDS = 8;
/** Word queries in both languages: single words, inflected forms, ё/е, and two-word ANDs. */
const QUERIES = [
  'parliament',
  'inflation',
  'festival',
  'earthquake',
  'Tbilisi',
  'election Baku',
  'парламент',
  'инфляция',
  'фестиваль',
  'Азербайджан',
  'волонтеры',
  'выборы Баку',
];

interface ChildResult {
  articles: number;
  open_ms: number;
  search_ready_ms: number;
  tagger_learned_ms: number;
  search_p50_ms: number;
  search_p95_ms: number;
  save_p50_ms: number;
  save_p95_ms: number;
  rss_mb: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, at)] ?? 0;
}

const round = (n: number): number => Math.round(n * 100) / 100;

async function child(dir: string): Promise<void> {
  const started = performance.now();
  const core = await Core.open(realDeps(dir));
  const first = await core.call('articles:list', { limit: 100 });
  const openMs = performance.now() - started;
  if (first.items.length === 0) throw new Error('the store opened empty');
  await core.articles.verified;
  await core.search.loaded;
  const readyMs = performance.now() - started;
  if (!core.search.ready) throw new Error(`search did not load: ${core.search.failure ?? '?'}`);
  // The tagger reads every full text in the background after an open; measured separately,
  // and waited for, so saves and searches below are measured in the steady state.
  await core.settled();
  const settledMs = performance.now() - started;

  const searchTimes: number[] = [];
  for (let r = 0; r < SEARCH_ROUNDS; r++) {
    for (const text of QUERIES) {
      const t = performance.now();
      const page = await core.call('articles:list', { text, limit: 100 });
      searchTimes.push(performance.now() - t);
      if (r === 0 && page.total === 0) throw new Error(`no hits for "${text}"`);
    }
  }

  const random = seededRandom(7);
  const ids = [...core.articles.ids()];
  const saveTimes: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const id = ids[Math.floor(random() * ids.length)] as string;
    const article = await core.call('articles:get', { id });
    if (article.status === 'spiked') continue;
    const t = performance.now();
    await core.call('articles:save', {
      id,
      baseRevision: article.revision,
      content: { ...article, headline: `${article.headline.slice(0, 200)} ${i}` },
    });
    saveTimes.push(performance.now() - t);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  await core.close();
  const result: ChildResult = {
    articles: core.articles.count,
    open_ms: round(openMs),
    search_ready_ms: round(readyMs),
    tagger_learned_ms: round(settledMs),
    search_p50_ms: round(percentile(searchTimes, 50)),
    search_p95_ms: round(percentile(searchTimes, 95)),
    save_p50_ms: round(percentile(saveTimes, 50)),
    save_p95_ms: round(percentile(saveTimes, 95)),
    rss_mb: Math.round(rssMb),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(dir: string): ChildResult {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/store.bench.ts', '--child', dir],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as ChildResult;
}

/** The first open of a store laid out by the generator builds catalogue and search index. */
async function prepare(dir: string): Promise<number> {
  const t = performance.now();
  const core = await Core.open(realDeps(dir));
  await core.settled();
  await core.close();
  return performance.now() - t;
}

async function lowdbSingleFileSave(dir: string, articles: Article[]): Promise<number> {
  const db = new Low<{ articles: Article[] }>(new JSONFile(join(dir, 'lowdb.json')), {
    articles: [],
  });
  db.data.articles = articles;
  await db.write();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const target = db.data.articles[i * 1000] as Article;
    const t = performance.now();
    db.data.articles[i * 1000] = {
      ...target,
      headline: `${target.headline} ${i}`,
      revision: target.revision + 1,
    };
    await db.write();
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

async function main(): Promise<void> {
  const { writeCorpusStore } = await import('./corpus.js');
  const root = await mkdtemp(join(tmpdir(), 'bench-store-'));
  const keep = process.argv.includes('--keep');
  const rows: (ChildResult & { build_s: number; first_open_s: number })[] = [];
  let lowdbMs = 0;
  try {
    for (const size of SIZES) {
      const dir = join(root, `store-${size}`);
      const t = performance.now();
      const articles = generateArticles({ count: size, seed: 2026, statuses: 'mixed' });
      await writeCorpusStore(dir, articles);
      const buildS = (performance.now() - t) / 1000;
      const firstOpenS = (await prepare(dir)) / 1000;
      const result = runChild(dir);
      rows.push({ ...result, build_s: round(buildS), first_open_s: round(firstOpenS) });
      if (size === 50_000) lowdbMs = await lowdbSingleFileSave(root, articles);
      console.error(`  ${size} articles measured`);
    }
  } finally {
    if (keep) console.error(`stores kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  }

  const header = [
    'articles',
    'layout s',
    '1st open s',
    'open ms',
    'search ready ms',
    'tagger learned ms',
    'search p50',
    'search p95',
    'save p50',
    'save p95',
    'rss MB',
  ];
  const table = rows.map((r) => [
    r.articles,
    r.build_s,
    r.first_open_s,
    r.open_ms,
    r.search_ready_ms,
    r.tagger_learned_ms,
    r.search_p50_ms,
    r.search_p95_ms,
    r.save_p50_ms,
    r.save_p95_ms,
    r.rss_mb,
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((row) => String(row[i]).length)),
  );
  const line = (cells: (string | number)[]): string =>
    cells.map((cell, i) => String(cell).padStart(widths[i] as number)).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log(
    `lowdb stock JSONFile, one save with 50,000 articles in one file: ${round(lowdbMs)} ms`,
  );
  // Wall-clock figures on a shared machine: the load says how shared it was.
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(`load average at the end: ${load} (${cpus().length} cores)`);
  const big = rows.at(-1);
  if (!big) throw new Error('nothing was measured');
  console.log(
    JSON.stringify({
      articles: big.articles,
      save_p50_ms: big.save_p50_ms,
      save_p95_ms: big.save_p95_ms,
      open_ms: big.open_ms,
      search_p95_ms: big.search_p95_ms,
      rss_mb: big.rss_mb,
      lowdb_single_file_save_ms: round(lowdbMs),
    }),
  );
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const dir = process.argv[childAt + 1];
  if (!dir) throw new Error('--child needs a store folder');
  await child(dir);
} else {
  await main();
}
