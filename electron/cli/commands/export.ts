/**
 * `newsroom export --data DIR --out DIR [--zip FILE] [--incremental] [--json]`: exports
 * the store's site from a terminal (desk chiefs run it from cron). The store is read
 * without taking its lock, so it also works while the app has the store open. Prints
 * the report (as JSON with --json); exits non-zero on error.
 */
import { resolve } from 'node:path';
import type { ExportReport } from '../../../shared/contract/export.js';
import { exportBundle } from '../../core/export/export-bundle.js';
import { UsageError, parseOptions, type CliCommand, type CliIo } from '../command.js';

function printReport(report: ExportReport, io: CliIo): void {
  io.out(
    `Exported ${report.articles} articles to ${report.target} (${report.mode}) in ${(report.durationMs / 1000).toFixed(2)} s\n` +
      `  pages: ${report.pages}  written: ${report.written}  unchanged: ${report.unchanged}  removed: ${report.removed}  media: ${report.media}\n`,
  );
  if (report.zip) io.out(`  archive: ${report.zip}\n`);
  if (report.warnings.length) {
    io.out(`  warnings (${report.warnings.length}):\n`);
    for (const warning of report.warnings) {
      io.out(
        `    - [${warning.code}]${warning.articleId ? ` article ${warning.articleId}:` : ''} ${warning.message}\n`,
      );
    }
  }
}

export const exportCommand: CliCommand = {
  path: ['export'],
  summary: 'export the static site of a store',
  usage: 'newsroom export --data DIR --out DIR [--zip FILE] [--incremental] [--json]',
  run: async (argv, io) => {
    const options = parseOptions(argv, {
      data: 'string',
      out: 'string',
      zip: 'string',
      incremental: 'boolean',
      json: 'boolean',
    });
    if (typeof options['data'] !== 'string') throw new UsageError('--data DIR is required');
    if (typeof options['out'] !== 'string') throw new UsageError('--out DIR is required');
    const report = await exportBundle({
      dataDir: resolve(options['data']),
      target: resolve(options['out']),
      mode: options['incremental'] ? 'incremental' : 'full',
      zip: typeof options['zip'] === 'string' ? resolve(options['zip']) : null,
      now: new Date(),
    });
    if (options['json']) io.out(`${JSON.stringify(report)}\n`);
    else printReport(report, io);
    return 0;
  },
};
