/**
 * Tagger benchmark: SIB-200 English and Russian (official split: train+dev to train, test
 * to score), then a seeded store of 10,000 articles: training from scratch, learning from
 * one saved article, suggestions for an 800-word article, and opening the store without
 * and with the model persisted. Last line: one JSON object.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Core, TAGGER_MODEL_FILE } from '../../electron/core/core.js';
import { CACHE_DIR } from '../../electron/core/store/catalogue.js';
import {
  evaluate,
  labelledTextSchema,
  splitRows,
  type EvalResult,
} from '../../electron/core/tagger/evaluate.js';
import { TaggerService } from '../../electron/core/tagger/tagger-service.js';
import { GAZETTEER } from '../../electron/core/taxonomy/gazetteer.js';
import type { Article, Tag } from '../../shared/domain.js';
import { CATEGORY_IDS, generateArticles, writeCorpusStore } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const SIB_DIR = resolve(here, '../../../shared/data/sib200');

function sib(language: 'eng' | 'rus'): EvalResult | null {
  const file = join(SIB_DIR, `${language}.jsonl`);
  if (!existsSync(file)) {
    console.log(`(${file} is missing: SIB-200 ${language} skipped)`);
    return null;
  }
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => labelledTextSchema.parse(JSON.parse(line)));
  const { train, test } = splitRows(rows, 0.8, 42);
  return evaluate(train, test);
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};
const round = (value: number, digits = 3): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

const tags: Tag[] = [
  ...GAZETTEER.map((p) => ({
    id: p.key,
    kind: 'place' as const,
    name: { en: p.en, ru: p.ru },
    aliases: p.aliases,
    slug: p.key,
  })),
  ...['Leyla Hasanova|Лейла Гасанова', 'Nino Beridze|Нино Беридзе', 'Timur Bekov|Тимур Беков'].map(
    (pair, i) => {
      const [en, ru] = pair.split('|') as [string, string];
      return {
        id: `person-${i}`,
        kind: 'person' as const,
        name: { en, ru },
        aliases: [],
        slug: `person-${i}`,
      };
    },
  ),
];

async function main(): Promise<void> {
  const eng = sib('eng');
  const rus = sib('rus');
  const rows: [string, string][] = [];
  for (const [name, result] of [
    ['SIB-200 eng', eng],
    ['SIB-200 rus', rus],
  ] as const) {
    if (result) {
      rows.push([
        `${name} accuracy / macro F1 / top-3`,
        `${result.accuracy.toFixed(3)} / ${result.macro_f1.toFixed(3)} / ${result.top3_accuracy.toFixed(3)}`,
      ]);
    }
  }

  const articles = generateArticles({ count: 10_000, seed: 7 });
  // Tag each article with the places it mentions, so co-occurrence has something to count.
  const withTags: Article[] = articles.map((a, i) => ({
    ...a,
    tagIds: [tags[i % 12]?.id ?? 'baku'],
  }));
  const host = {
    categoryIds: () => [...CATEGORY_IDS],
    tags: () => tags,
    summaries: () => withTags,
  };
  const service = new TaggerService(host);
  const t0 = performance.now();
  for (const article of withTags) service.observe(article, null);
  const trainSeconds = (performance.now() - t0) / 1000;
  rows.push(['train 10,000 articles from scratch (s)', trainSeconds.toFixed(3)]);

  // Learning from one saved article: forget its previous version, learn the new one.
  const updates: number[] = [];
  for (let i = 0; i < 300; i++) {
    const previous = withTags[i] as Article;
    const next: Article = {
      ...previous,
      categoryId: CATEGORY_IDS[(i + 1) % CATEGORY_IDS.length] as string,
      revision: previous.revision + 1,
    };
    const t = performance.now();
    service.observe(next, previous);
    updates.push(performance.now() - t);
    service.observe(previous, next);
  }
  const updateMs = percentile(updates, 0.5);
  rows.push([
    'learn one saved article, median / p95 (ms)',
    `${updateMs.toFixed(2)} / ${percentile(updates, 0.95).toFixed(2)}`,
  ]);

  const long = generateArticles({ count: 200, seed: 99, words: [800, 800] });
  const suggestTimes: number[] = [];
  let right = 0;
  for (const article of long) {
    const t = performance.now();
    const result = service.suggest(
      {
        headline: article.headline,
        standfirst: article.standfirst,
        body: article.body.content.map((p) => p.content?.[0]?.text ?? '').join('\n\n'),
      },
      { tagIds: [], categoryId: null },
      new Set(),
    );
    suggestTimes.push(performance.now() - t);
    if (result.category.suggestions[0]?.categoryId === article.categoryId) right++;
  }
  const suggestP95 = percentile(suggestTimes, 0.95);
  rows.push([
    'suggest for an 800-word article, median / p95 (ms)',
    `${percentile(suggestTimes, 0.5).toFixed(2)} / ${suggestP95.toFixed(2)}`,
  ]);
  rows.push(['synthetic corpus accuracy (held-out 200)', (right / long.length).toFixed(3)]);

  // Opening a store: the first open reads every file (no catalogue yet); then an open that
  // has to learn every article again (no model file, as before the model was persisted); then
  // an open with the model persisted, which reads only what changed.
  const dir = await mkdtemp(join(tmpdir(), 'tagger-bench-'));
  const openStore = async (): Promise<{ core: Core; openS: number; readyS: number }> => {
    const t = performance.now();
    const core = await Core.open({
      dataDir: dir,
      now: () => new Date('2026-11-02T00:00:00Z'),
      newId: () => 'x1',
    });
    const openS = (performance.now() - t) / 1000;
    await core.taggerLearned;
    await core.tagger.idle();
    return { core, openS, readyS: (performance.now() - t) / 1000 };
  };
  try {
    await writeCorpusStore(dir, articles);
    const first = await openStore();
    rows.push(['first open of a 10,000-article store, tagger ready (s)', first.readyS.toFixed(3)]);
    await first.core.close();
    await rm(join(dir, CACHE_DIR, TAGGER_MODEL_FILE), { force: true });
    const relearn = await openStore();
    rows.push([
      'open a 10,000-article store, no model file: open / tagger ready (s)',
      `${relearn.openS.toFixed(3)} / ${relearn.readyS.toFixed(3)}`,
    ]);
    rows.push(['  articles read to learn', String(relearn.core.tagger.report.read)]);
    const closing = performance.now();
    await relearn.core.close();
    rows.push(['  close, model written (s)', ((performance.now() - closing) / 1000).toFixed(3)]);
    const size = statSync(join(dir, CACHE_DIR, TAGGER_MODEL_FILE)).size;
    rows.push(['  model file (MB)', (size / 1e6).toFixed(1)]);
    const persisted = await openStore();
    rows.push([
      'open a 10,000-article store with the model persisted: open / tagger ready (s)',
      `${persisted.openS.toFixed(3)} / ${persisted.readyS.toFixed(3)}`,
    ]);
    rows.push([
      '  articles read to learn, model file',
      `${persisted.core.tagger.report.read}, ${persisted.core.tagger.report.file}`,
    ]);
    await persisted.core.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  console.log('tagger benchmark');
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}${value}`);
  console.log(
    JSON.stringify({
      sib_eng_accuracy: eng?.accuracy ?? null,
      sib_rus_accuracy: rus?.accuracy ?? null,
      train_10k_s: round(trainSeconds),
      update_ms: round(updateMs),
      suggest_p95_ms: round(suggestP95),
    }),
  );
}

await main();
