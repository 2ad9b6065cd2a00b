/** Handlers for media files: importing an image into the store's media folder. */
import type { mediaChannels } from '../../../shared/contract/media.js';
import type { Core } from '../core.js';
import { importMedia } from '../media/media-import.js';
import type { HandlerMap } from './types.js';

export function mediaHandlers(core: Core): HandlerMap<typeof mediaChannels> {
  return {
    'media:import': async ({ fileName, dataBase64 }) =>
      importMedia(core.deps.dataDir, fileName, dataBase64),
  };
}
