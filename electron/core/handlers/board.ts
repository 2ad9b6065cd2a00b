/** Handlers for the curation board: each change is checked, stored, and answered with the new board. */
import type { boardChannels } from '../../../shared/contract/board.js';
import type { Zone } from '../../../shared/board.js';
import { AppError } from '../../../shared/errors.js';
import {
  addZone,
  findZone,
  moveZone,
  placeArticle,
  removeArticle,
  removeZone,
  setHidden,
  updateZone,
} from '../board/board-changes.js';
import { boardPreview } from '../board/board-preview.js';
import type { Core } from '../core.js';
import type { HandlerMap } from './types.js';

export function boardHandlers(core: Core): HandlerMap<typeof boardChannels> {
  const board = core.board;
  const zoneOf = (zoneId: string): Zone => findZone(board.state.zones, zoneId);
  const viewOfZone = (zone: Zone) => {
    const view = board.compute(zone.language).find((z) => z.id === zone.id);
    if (!view) throw new AppError('not_found', `No board zone with id ${zone.id}.`);
    return view;
  };
  const headline = (articleId: string): string => core.articles.summary(articleId)?.headline ?? '';
  return {
    'board:get': async ({ language }) => board.view(language),
    'board:place': async ({ baseVersion, zoneId, articleId, position, until, fromZoneId }) => {
      const zone = zoneOf(zoneId);
      board.requireDeskChief();
      board.requireShowable(articleId, zone.language);
      const now = core.deps.now().toISOString();
      if (until !== null && until <= now) {
        throw new AppError('invalid_input', 'A pin must end in the future.', { field: 'until' });
      }
      await board.change(
        baseVersion,
        { action: 'place', headline: headline(articleId), zone: zone.name },
        (zones) =>
          placeArticle(zones, viewOfZone(zone), {
            zoneId,
            articleId,
            position,
            until,
            fromZoneId,
            now,
          }),
      );
      return board.view(zone.language);
    },
    'board:remove': async ({ baseVersion, zoneId, articleId }) => {
      const zone = zoneOf(zoneId);
      await board.change(
        baseVersion,
        { action: 'remove', headline: headline(articleId), zone: zone.name },
        (zones) => removeArticle(zones, zoneId, articleId),
      );
      return board.view(zone.language);
    },
    'board:hide': async ({ baseVersion, zoneId, articleId, hidden }) => {
      const zone = zoneOf(zoneId);
      await board.change(
        baseVersion,
        { action: hidden ? 'hide' : 'unhide', headline: headline(articleId), zone: zone.name },
        (zones) => setHidden(zones, zoneId, articleId, hidden),
      );
      return board.view(zone.language);
    },
    'board:addZone': async ({ baseVersion, language, index, ...settings }) => {
      if (
        settings.categoryId &&
        !core.meta.data.categories.some((c) => c.id === settings.categoryId)
      ) {
        throw new AppError('invalid_input', `No category with id ${settings.categoryId}.`, {
          field: 'categoryId',
        });
      }
      const zone: Zone = {
        ...settings,
        id: core.deps.newId(),
        language,
        kind: settings.categoryId ? 'category' : 'custom',
        entries: [],
        hidden: [],
      };
      await board.change(
        baseVersion,
        { action: 'addZone', headline: '', zone: zone.name },
        (zones) => addZone(zones, zone, index),
      );
      return board.view(language);
    },
    'board:updateZone': async ({ baseVersion, zoneId, ...change }) => {
      const zone = zoneOf(zoneId);
      if (change.categoryId && !core.meta.data.categories.some((c) => c.id === change.categoryId)) {
        throw new AppError('invalid_input', `No category with id ${change.categoryId}.`, {
          field: 'categoryId',
        });
      }
      await board.change(
        baseVersion,
        { action: 'updateZone', headline: '', zone: change.name ?? zone.name },
        (zones) => updateZone(zones, viewOfZone(zone), zoneId, change),
      );
      return board.view(zone.language);
    },
    'board:removeZone': async ({ baseVersion, zoneId }) => {
      const zone = zoneOf(zoneId);
      await board.change(
        baseVersion,
        { action: 'removeZone', headline: '', zone: zone.name },
        (zones) => removeZone(zones, zoneId),
      );
      return board.view(zone.language);
    },
    'board:moveZone': async ({ baseVersion, zoneId, index }) => {
      const zone = zoneOf(zoneId);
      await board.change(
        baseVersion,
        { action: 'moveZone', headline: '', zone: zone.name },
        (zones) => moveZone(zones, zoneId, index),
      );
      return board.view(zone.language);
    },
    'board:undo': async ({ baseVersion, language }) => {
      await board.step(baseVersion, 'undo');
      return board.view(language);
    },
    'board:redo': async ({ baseVersion, language }) => {
      await board.step(baseVersion, 'redo');
      return board.view(language);
    },
    'board:dismissNotices': async ({ language, ids }) => {
      const chosen =
        ids ?? board.state.notices.filter((n) => n.language === language).map((n) => n.id);
      await board.dismissNotices(chosen);
      return board.view(language);
    },
    'board:preview': async ({ language }) => boardPreview(core, language),
  };
}
