import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { makeTempDir } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('tagger-eval'));
});
afterEach(() => cleanup());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const SPORT = ['match', 'goal', 'coach', 'league', 'striker', 'stadium', 'medal', 'tournament'];
const POLITICS = [
  'parliament',
  'vote',
  'minister',
  'election',
  'president',
  'treaty',
  'coalition',
  'senate',
];

function line(label: string, words: string[], i: number, split?: string): string {
  const text = `The ${words[i % words.length]} and the ${words[(i + 3) % words.length]} were news on day ${i}.`;
  return JSON.stringify({ text, label, ...(split ? { split } : {}) });
}

describe('newsroom tagger eval', () => {
  it('trains on the training split, tests on the test split, ends with one JSON line', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      const split = i < 8 ? 'train' : i < 9 ? 'dev' : 'test';
      lines.push(line('sport', SPORT, i, split), line('politics', POLITICS, i, split));
    }
    const file = join(dir, 'data.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const { code, out } = await run(['tagger', 'eval', '--data', file]);
    expect(code).toBe(0);
    expect(out).toContain('confusion');
    const last = JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
    expect(Object.keys(last)).toEqual([
      'docs',
      'labels',
      'accuracy',
      'macro_f1',
      'top3_accuracy',
      'train_s',
      'suggest_p95_ms',
    ]);
    expect(last.docs).toBe(24);
    expect(last.labels).toBe(2);
    expect(last.accuracy).toBe(1);
    expect(last.top3_accuracy).toBe(1);
  });

  it('makes a seeded split when lines carry none, the same for the same seed', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20; i++) lines.push(line('sport', SPORT, i), line('politics', POLITICS, i));
    const file = join(dir, 'nosplit.jsonl');
    await writeFile(file, lines.join('\n'));
    const a = await run([
      'tagger',
      'eval',
      '--data',
      file,
      '--train-fraction',
      '0.75',
      '--seed',
      '7',
    ]);
    const b = await run([
      'tagger',
      'eval',
      '--data',
      file,
      '--train-fraction',
      '0.75',
      '--seed',
      '7',
    ]);
    const parse = (out: string) =>
      JSON.parse(out.trim().split('\n').pop() as string) as { accuracy: number; docs: number };
    expect(a.code).toBe(0);
    expect(parse(a.out).accuracy).toBe(parse(b.out).accuracy);
    expect(a.out).toContain('trained on 30, tested on 10');
  });

  it('refuses bad arguments and bad lines with a clear message', async () => {
    expect((await run(['tagger', 'eval'])).code).toBe(2);
    expect((await run(['tagger', 'eval', '--data', 'x', '--train-fraction', '2'])).code).toBe(2);
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, `${JSON.stringify({ text: 'ok', label: 'a' })}\n{"text": "no label"}\n`);
    const bad = await run(['tagger', 'eval', '--data', file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad.jsonl:2');
    expect(bad.err).toContain('label');
  });
});
