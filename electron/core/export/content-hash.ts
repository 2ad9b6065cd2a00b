/** The export's one content hash: every page, every article file and every page key goes through it. */
import { hash } from 'node:crypto';

/** One-shot SHA-256 in hex; hash bytes where you have them (a string is encoded first). */
export function sha256(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
