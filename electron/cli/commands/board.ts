/**
 * `newsroom board --data DIR [--language en|ru] [--json]`: prints what every zone of the
 * curation board shows now, as a table or as JSON (the board view of the contract).
 */
import { resolve } from 'node:path';
import { languageSchema, type Language } from '../../../shared/domain.js';
import { Core } from '../../core/core.js';
import { realDeps } from '../../core/deps.js';
import { UsageError, parseOptions, type CliCommand } from '../command.js';

export const boardCommand: CliCommand = {
  path: ['board'],
  summary: 'print what each zone of the curation board shows now',
  usage: 'newsroom board --data DIR [--language en|ru] [--json]',
  run: async (argv, io) => {
    const options = parseOptions(argv, { data: 'string', language: 'string', json: 'boolean' });
    if (typeof options['data'] !== 'string') throw new UsageError('--data DIR is required');
    const language = languageSchema.safeParse(options['language'] ?? 'en');
    if (!language.success) throw new UsageError('--language is en or ru');
    const core = await Core.open(realDeps(resolve(options['data'])));
    try {
      const view = await core.call('board:get', { language: language.data satisfies Language });
      if (options['json']) {
        io.out(`${JSON.stringify(view)}\n`);
        return 0;
      }
      io.out(`Board (${view.language}), version ${view.version}, at ${view.computedAt}\n`);
      for (const zone of view.zones) {
        io.out(
          `\n${zone.name} (${zone.items.length}/${zone.capacity}${zone.autoFill ? ', auto-fill' : ''})\n`,
        );
        for (const item of zone.items) {
          const pin =
            item.source === 'manual'
              ? item.until
                ? ` [pinned until ${item.until}]`
                : ' [placed]'
              : '';
          io.out(`  ${String(item.position + 1).padStart(2)}. ${item.article.headline}${pin}\n`);
        }
      }
      for (const notice of view.notices) {
        io.out(
          `\nNotice: "${notice.headline}" left ${notice.zones.join(', ')} (${notice.reason}).\n`,
        );
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};
