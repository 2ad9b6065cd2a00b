/**
 * Images copied into the store: `<dataDir>/media/<sha256>.<ext>`. The type is decided by
 * the file's first bytes, never by its name; the content hash names the file, so the same
 * picture imported twice is stored once and a name can never point outside the folder.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_MAX_BYTES } from '../../../shared/contract/media.js';
import { AppError } from '../../../shared/errors.js';
import { writeFileDurable } from '../store/durable-file.js';

export const MEDIA_DIR = 'media';

export const MEDIA_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
} as const;
export type MediaExtension = keyof typeof MEDIA_TYPES;

/** The image type from its magic bytes, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): MediaExtension | null {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (bytes.length >= 3 && starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (bytes.length >= 8 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (bytes.length >= 6) {
    const head = String.fromCharCode(...bytes.subarray(0, 6));
    if (head === 'GIF87a' || head === 'GIF89a') return 'gif';
  }
  if (bytes.length >= 12) {
    const riff = String.fromCharCode(...bytes.subarray(0, 4));
    const webp = String.fromCharCode(...bytes.subarray(8, 12));
    if (riff === 'RIFF' && webp === 'WEBP') return 'webp';
  }
  return null;
}

/** Decodes strict base64 (no URL alphabet, no data: prefix); null when it is not base64. */
export function decodeBase64(text: string): Buffer | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  return Buffer.from(clean, 'base64');
}

export interface ImportedMedia {
  src: string;
  type: (typeof MEDIA_TYPES)[MediaExtension];
  bytes: number;
}

export async function importMedia(
  dataDir: string,
  fileName: string,
  dataBase64: string,
): Promise<ImportedMedia> {
  const bytes = decodeBase64(dataBase64);
  if (!bytes || bytes.length === 0) {
    throw new AppError('invalid_input', `${fileName} could not be read (the data is not base64).`);
  }
  if (bytes.length > MEDIA_MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; images may be at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB.`,
    );
  }
  const ext = sniffImageType(bytes);
  if (!ext) {
    throw new AppError('invalid_input', `${fileName} is not a JPEG, PNG, WebP or GIF image.`, {
      field: 'file',
    });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const name = `${sha}.${ext}`;
  const path = join(dataDir, MEDIA_DIR, name);
  const existing = await stat(path).catch(() => null);
  if (!existing || existing.size !== bytes.length) await writeFileDurable(path, bytes);
  return { src: `${MEDIA_DIR}/${name}`, type: MEDIA_TYPES[ext], bytes: bytes.length };
}

/** The absolute path of a media file named by a request, or null for any other name. */
export function mediaFilePath(dataDir: string, fileName: string): string | null {
  const match = /^([a-f0-9]{64})\.(jpg|png|webp|gif)$/.exec(fileName);
  if (!match) return null;
  return join(dataDir, MEDIA_DIR, fileName);
}

export function mediaContentType(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1) as MediaExtension;
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
