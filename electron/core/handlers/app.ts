/** Handlers for the application channels: store status, settings, taxonomy reads, samples. */
import { settingsSchema } from '../../../shared/domain.js';
import type { appChannels, StoreStatus } from '../../../shared/contract/app.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { loadSampleNewsroom } from '../sample/sample-newsroom.js';
import type { HandlerMap } from './types.js';

function storeStatus(core: Core): StoreStatus {
  return {
    dataDir: core.deps.dataDir,
    schemaVersion: core.meta.data.schemaVersion,
    articleCount: core.articles.count,
    empty: core.articles.count === 0,
    search: core.search.ready ? 'ready' : 'indexing',
    quarantine: [...core.quarantine.list],
  };
}

export function appHandlers(core: Core): HandlerMap<typeof appChannels> {
  return {
    'app:status': async () => storeStatus(core),
    'app:dismissQuarantine': async () => {
      await core.quarantine.dismiss();
      return storeStatus(core);
    },
    'settings:get': async () => core.meta.data.settings,
    'settings:update': async (change) => {
      const next = settingsSchema.parse({ ...core.meta.data.settings, ...change });
      core.meta.data.settings = next;
      await core.meta.write();
      return next;
    },
    'categories:list': async () => [...core.meta.data.categories].sort((a, b) => a.order - b.order),
    'tags:list': async () => core.meta.data.tags,
    'sample:load': async () => {
      if (core.articles.count > 0) {
        throw new AppError('conflict', 'The sample newsroom can only be opened in an empty store.');
      }
      return { created: await loadSampleNewsroom(core) };
    },
  };
}
