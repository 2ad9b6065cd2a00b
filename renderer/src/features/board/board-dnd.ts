/**
 * Drag-and-drop identities and the drop rule of the board. A drag carries the article and
 * the zone it comes from (none for the search panel); a drop target is a card (insert
 * before it), a column (append) or the search panel (take the card out of its zone).
 * A zone whose places are all taken by hand refuses.
 */
import type { ZoneView } from '@shared/board';

export interface DragData {
  kind: 'article';
  articleId: string;
  headline: string;
  fromZoneId: string | null;
}

export type DropData =
  | { kind: 'card'; zoneId: string; index: number }
  | { kind: 'column'; zoneId: string }
  /** The search panel: a card dropped there is taken out of its zone. */
  | { kind: 'takeout' };

export const TAKEOUT_ID = 'takeout';

export const cardId = (zoneId: string, articleId: string): string => `card:${zoneId}:${articleId}`;
export const columnId = (zoneId: string): string => `column:${zoneId}`;
export const searchId = (articleId: string): string => `search:${articleId}`;

export interface DropTarget {
  zone: ZoneView;
  /** 0-based place in the zone as shown. */
  position: number;
  refused: boolean;
}

/** Where a drag would land, and whether the zone takes it. */
export function dropTarget(
  zones: readonly ZoneView[],
  drag: DragData,
  over: DropData | undefined,
): DropTarget | null {
  if (!over || over.kind === 'takeout') return null;
  const zone = zones.find((z) => z.id === over.zoneId);
  if (!zone) return null;
  const shownAt = zone.items.findIndex((item) => item.article.id === drag.articleId);
  const position =
    over.kind === 'card'
      ? over.index
      : Math.min(shownAt >= 0 ? zone.items.length - 1 : zone.items.length, zone.capacity - 1);
  const alreadyPlaced = shownAt >= 0 && zone.items[shownAt]?.source === 'manual';
  return { zone, position: Math.max(0, position), refused: zone.full && !alreadyPlaced };
}
