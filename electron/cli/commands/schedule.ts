/**
 * `newsroom schedule`: the schedule from a terminal. Lists scheduled articles in the
 * newsroom's time zone; with --publish-due, publishes what is due (for a machine that
 * runs the desk headless from cron). Opening the store already catches up on anything
 * overdue, as the app does at start.
 */
import { resolve } from 'node:path';
import { dueAt } from '../../../shared/workflow.js';
import { offsetLabel, toLocalMinute } from '../../../shared/zoned-time.js';
import { Core } from '../../core/core.js';
import { realDeps } from '../../core/deps.js';
import { defaultStoreDir } from '../../core/user-data-dir.js';
import { parseOptions, type CliCommand } from '../command.js';

export const scheduleCommand: CliCommand = {
  path: ['schedule'],
  summary: 'list scheduled articles; --publish-due publishes what is due',
  usage: 'newsroom schedule [--data DIR] [--publish-due]',
  run: async (argv, io) => {
    const options = parseOptions(argv, { data: 'string', 'publish-due': 'boolean' });
    const dataDir = resolve(
      typeof options['data'] === 'string' ? options['data'] : defaultStoreDir(),
    );
    const core = await Core.open(realDeps(dataDir));
    try {
      const opened = core.scheduler.status();
      const published = options['publish-due'] ? await core.scheduler.tick() : [];
      const status = core.scheduler.status();
      for (const entry of opened.caughtUp)
        io.out(`published (overdue): ${entry.id}  ${entry.headline}\n`);
      for (const id of published) io.out(`published: ${id}\n`);
      for (const entry of status.waiting)
        io.out(`waiting for confirmation: ${entry.id}  ${entry.headline}\n`);
      for (const entry of status.blocked) io.out(`blocked: ${entry.id}  ${entry.reason}\n`);
      const zone = core.settings.timeZone;
      const scheduled = [...core.articles.allSummaries()]
        .filter((a) => a.status === 'scheduled')
        .map((a) => ({ article: a, at: dueAt(a) ?? '' }))
        .sort((a, b) => a.at.localeCompare(b.at) || a.article.id.localeCompare(b.article.id));
      io.out(`${scheduled.length} scheduled (times in ${zone})\n`);
      for (const { article, at } of scheduled) {
        io.out(
          `  ${toLocalMinute(at, zone).replace('T', ' ')} ${offsetLabel(at, zone)}  ${article.language}  ${article.id}  ${article.headline}\n`,
        );
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
