/**
 * Keyboard movement for the calendar grid: an arrow key moves the picked-up card to the
 * nearest hour cell in that direction (dnd-kit's default moves 25 pixels, which is not
 * a cell), so a keyboard user steps hour by hour and day by day.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, { dx: number; dy: number }> = {
  [KeyboardCode.Right]: { dx: 1, dy: 0 },
  [KeyboardCode.Left]: { dx: -1, dy: 0 },
  [KeyboardCode.Down]: { dx: 0, dy: 1 },
  [KeyboardCode.Up]: { dx: 0, dy: -1 },
};

export const gridCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const direction = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, over } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  // Steps are measured from the cell the card is over, so its own cell is never "next".
  const here = over ? droppableRects.get(over.id) : undefined;
  const ox = here ? here.left + here.width / 2 : cx;
  const oy = here ? here.top + here.height / 2 : cy;
  let best: { x: number; y: number; score: number } | null = null;
  for (const [id, rect] of droppableRects) {
    if (over && id === over.id) continue;
    const tx = rect.left + rect.width / 2;
    const ty = rect.top + rect.height / 2;
    const along = (tx - ox) * direction.dx + (ty - oy) * direction.dy;
    if (along <= 2) continue;
    const across = Math.abs((tx - ox) * direction.dy) + Math.abs((ty - oy) * direction.dx);
    const score = along + across * 4;
    if (!best || score < best.score) {
      best = {
        x: currentCoordinates.x + (tx - cx),
        y: currentCoordinates.y + (ty - cy),
        score,
      };
    }
  }
  return best ? { x: best.x, y: best.y } : currentCoordinates;
};
