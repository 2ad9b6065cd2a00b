/**
 * Evaluation of the category model on labelled texts: trains the same model the app uses
 * on the training part only, then scores the held-out part (accuracy, macro F1, top-3,
 * per-label precision/recall/F1, confusion matrix, timings).
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { CategoryModel } from './category-model.js';
import { articleText } from './suggest.js';
import { extractFeatures } from './text-features.js';

export const labelledTextSchema = z.object({
  text: z.string().min(1),
  title: z.string().optional(),
  label: z.string().min(1).max(200),
  split: z.string().optional(),
});
export type LabelledText = z.infer<typeof labelledTextSchema>;

export interface EvalResult {
  docs: number;
  labels: string[];
  trainDocs: number;
  testDocs: number;
  accuracy: number;
  macro_f1: number;
  top3_accuracy: number;
  train_s: number;
  suggest_p95_ms: number;
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
  /** confusion[actual][predicted] in `labels` order. */
  confusion: number[][];
}

/** mulberry32, so a seeded split is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Official split where lines carry one (train and dev train, test tests); else a seeded split. */
export function splitRows(
  rows: LabelledText[],
  trainFraction: number,
  seed: number,
): { train: LabelledText[]; test: LabelledText[] } {
  if (rows.some((r) => r.split !== undefined)) {
    return {
      train: rows.filter((r) => r.split === 'train' || r.split === 'dev'),
      test: rows.filter((r) => r.split === 'test'),
    };
  }
  const next = random(seed);
  const shuffled = rows.map((row) => ({ row, key: next() })).sort((a, b) => a.key - b.key);
  const cut = Math.round(shuffled.length * trainFraction);
  return {
    train: shuffled.slice(0, cut).map((s) => s.row),
    test: shuffled.slice(cut).map((s) => s.row),
  };
}

const textOf = (row: LabelledText): string =>
  articleText({ headline: row.title ?? '', standfirst: '', body: row.text });

export function evaluate(train: LabelledText[], test: LabelledText[]): EvalResult {
  if (train.length === 0 || test.length === 0) {
    throw new Error('Both the training part and the test part need at least one line.');
  }
  const started = performance.now();
  const model = new CategoryModel();
  for (const row of train) model.learn(row.label, extractFeatures(textOf(row)));
  const trainSeconds = (performance.now() - started) / 1000;
  const labels = [...new Set([...train, ...test].map((r) => r.label))].sort();
  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  const times: number[] = [];
  let correct = 0;
  let top3 = 0;
  for (const row of test) {
    const t0 = performance.now();
    const ranking = model.rank(extractFeatures(textOf(row)));
    times.push(performance.now() - t0);
    const predicted = ranking[0]?.label;
    if (predicted === row.label) correct++;
    if (ranking.slice(0, 3).some((r) => r.label === row.label)) top3++;
    const actualIndex = index.get(row.label) as number;
    const predictedIndex = predicted === undefined ? undefined : index.get(predicted);
    if (predictedIndex !== undefined) {
      const line = confusion[actualIndex] as number[];
      line[predictedIndex] = (line[predictedIndex] as number) + 1;
    }
  }
  const perLabel = labels.map((label, i) => {
    const tp = confusion[i]?.[i] ?? 0;
    const predicted = confusion.reduce((sum, line) => sum + (line[i] ?? 0), 0);
    const support = test.filter((r) => r.label === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  const present = perLabel.filter((p) => p.support > 0);
  times.sort((a, b) => a - b);
  const round = (value: number, digits = 4): number =>
    Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    docs: train.length + test.length,
    labels,
    trainDocs: train.length,
    testDocs: test.length,
    accuracy: round(correct / test.length),
    macro_f1: round(present.reduce((sum, p) => sum + p.f1, 0) / Math.max(present.length, 1)),
    top3_accuracy: round(top3 / test.length),
    train_s: round(trainSeconds, 3),
    suggest_p95_ms: round(
      times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0,
      3,
    ),
    perLabel,
    confusion,
  };
}

/** The people's part of the report: per-label table and confusion matrix. */
export function formatReport(result: EvalResult): string {
  const lines: string[] = [];
  const width = Math.max(8, ...result.labels.map((l) => l.length)) + 2;
  lines.push(`trained on ${result.trainDocs}, tested on ${result.testDocs}`);
  lines.push(
    `${'label'.padEnd(width)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'f1'.padStart(8)}${'support'.padStart(9)}`,
  );
  for (const p of result.perLabel) {
    lines.push(
      `${p.label.padEnd(width)}${p.precision.toFixed(3).padStart(10)}${p.recall.toFixed(3).padStart(10)}${p.f1.toFixed(3).padStart(8)}${String(p.support).padStart(9)}`,
    );
  }
  lines.push('');
  lines.push('confusion (rows: actual, columns: predicted)');
  const short = result.labels.map((l, i) => `${i + 1}`);
  lines.push(`${''.padEnd(width)}${short.map((s) => s.padStart(5)).join('')}`);
  result.labels.forEach((label, i) => {
    lines.push(
      `${`${i + 1} ${label}`.padEnd(width)}${(result.confusion[i] ?? []).map((n) => String(n).padStart(5)).join('')}`,
    );
  });
  lines.push('');
  lines.push(
    `accuracy ${result.accuracy.toFixed(3)}  macro F1 ${result.macro_f1.toFixed(3)}  top-3 ${result.top3_accuracy.toFixed(3)}  train ${result.train_s.toFixed(3)} s  suggest p95 ${result.suggest_p95_ms.toFixed(2)} ms`,
  );
  return lines.join('\n');
}

export function summaryLine(result: EvalResult): string {
  return JSON.stringify({
    docs: result.docs,
    labels: result.labels.length,
    accuracy: result.accuracy,
    macro_f1: result.macro_f1,
    top3_accuracy: result.top3_accuracy,
    train_s: result.train_s,
    suggest_p95_ms: result.suggest_p95_ms,
  });
}
