/** Checks for values read back from the export manifest's rows (JSON parsed from disk). */
import type { ImageRef } from '../../../shared/domain.js';

export const str = (v: unknown): v is string => typeof v === 'string';
export const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An image reference as the manifest stores it; null for none, undefined when it is off. */
export function imageRef(v: unknown): ImageRef | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !str(v['src']) || !str(v['alt']) || !str(v['caption']) || !str(v['credit']))
    return undefined;
  return { src: v['src'], alt: v['alt'], caption: v['caption'], credit: v['credit'] };
}
