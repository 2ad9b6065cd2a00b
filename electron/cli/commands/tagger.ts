/** `newsroom tagger eval`: trains the app's category model on part of a labelled file and scores the rest. */
import { readFile } from 'node:fs/promises';
import { UsageError, parseOptions, type CliCommand } from '../command.js';
import {
  evaluate,
  formatReport,
  labelledTextSchema,
  splitRows,
  summaryLine,
  type LabelledText,
} from '../../core/tagger/evaluate.js';

export const taggerEvalCommand: CliCommand = {
  path: ['tagger', 'eval'],
  summary: 'evaluate the category tagger on a labelled JSONL file',
  usage: 'newsroom tagger eval --data FILE.jsonl [--train-fraction 0.8] [--seed 42]',
  run: async (argv, io) => {
    const options = parseOptions(argv, {
      data: 'string',
      'train-fraction': 'string',
      seed: 'string',
    });
    const file = options.data;
    if (typeof file !== 'string') throw new UsageError('--data is required');
    const fraction = Number(options['train-fraction'] ?? '0.8');
    if (!Number.isFinite(fraction) || fraction <= 0 || fraction >= 1) {
      throw new UsageError('--train-fraction must be a number between 0 and 1');
    }
    const seed = Number(options.seed ?? '42');
    if (!Number.isInteger(seed)) throw new UsageError('--seed must be an integer');
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const rows: LabelledText[] = [];
    const lines = raw.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (!line) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        io.err(`${file}:${i + 1}: not JSON\n`);
        return 1;
      }
      const row = labelledTextSchema.safeParse(parsed);
      if (!row.success) {
        io.err(
          `${file}:${i + 1}: ${row.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')}\n`,
        );
        return 1;
      }
      rows.push(row.data);
    }
    const { train, test } = splitRows(rows, fraction, seed);
    if (train.length === 0 || test.length === 0) {
      io.err(
        `${file}: the split left ${train.length} lines to train on and ${test.length} to test on\n`,
      );
      return 1;
    }
    const result = evaluate(train, test);
    io.out(`${formatReport(result)}\n`);
    io.out(`${summaryLine(result)}\n`);
    return 0;
  },
};
