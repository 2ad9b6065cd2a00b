/**
 * The export's one content hash: every page, every article file and every page key goes
 * through it. SHA-256 cut to its first 128 bits, in hex: far past any chance of two
 * different pages of one bundle meeting, and the manifest, which holds three of them for
 * each article, is read and written at every export.
 */
import { hash, type Hash } from 'node:crypto';

const HEX_LENGTH = 32;

/** One-shot hash in hex; hash bytes where you have them (a string is encoded first). */
export function contentHash(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex').slice(0, HEX_LENGTH);
}

/** The same hash of data fed to a SHA-256 `Hash` in parts. */
export function contentDigest(parts: Hash): string {
  return parts.digest('hex').slice(0, HEX_LENGTH);
}
