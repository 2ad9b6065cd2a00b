/**
 * Images of the bundle. The editor stores images as `media/<sha256>.<ext>` in the data
 * folder; the export copies each one once under the same content-hash name and adds
 * resized WebP variants for `srcset`. Only raster formats sharp recognises by their
 * bytes are accepted (never SVG, which can carry scripts); anything else is a warning.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Sharp from 'sharp';
import type { ResolvedImage } from './rich-text.js';

/** sharp is loaded on the first image: most export threads never meet one, and it is slow to load. */
async function loadSharp(): Promise<typeof Sharp> {
  return (await import('sharp')).default;
}

export const VARIANT_WIDTHS = [480, 960, 1600] as const;
const MEDIA_NAME = /^media\/([a-f0-9]{64})\.(jpe?g|png|webp|gif|avif)$/;
const FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif']);

export interface MediaInfo {
  /** `media/<hash>.<ext>`, as in the data folder and the bundle. */
  name: string;
  width: number;
  height: number;
}

/** The bundle-relative name of a stored image reference, or null when it is not one of ours. */
export function mediaName(src: string): string | null {
  const name = src.replace(/^\.?\//, '');
  return MEDIA_NAME.test(name) ? name : null;
}

export function variantName(name: string, width: number): string {
  return name.replace(/\.[a-z]+$/, `-${width}w.webp`);
}

export function variantWidths(info: MediaInfo): number[] {
  return VARIANT_WIDTHS.filter((w) => w < info.width);
}

/** Every bundle file one image yields: the original and its variants. */
export function mediaFiles(info: MediaInfo): string[] {
  return [info.name, ...variantWidths(info).map((w) => variantName(info.name, w))];
}

/** The image as a page `prefix` folders deep sees it. */
export function resolvedImage(info: MediaInfo, prefix: string): ResolvedImage {
  const widths = variantWidths(info);
  const srcset = widths.length
    ? [
        ...widths.map((w) => `${prefix}${variantName(info.name, w)} ${w}w`),
        `${prefix}${info.name} ${info.width}w`,
      ].join(', ')
    : '';
  return { src: `${prefix}${info.name}`, srcset, width: info.width, height: info.height };
}

/** Reads an image's header: its size, and whether it is a raster format we publish. */
export async function probeMedia(
  dataDir: string,
  src: string,
): Promise<MediaInfo | { problem: string }> {
  const name = mediaName(src);
  if (!name) return { problem: `"${src.slice(0, 120)}" is not an image of the media library` };
  try {
    const sharp = await loadSharp();
    const meta = await sharp(join(dataDir, name)).metadata();
    if (!meta.format || !FORMATS.has(meta.format) || !meta.width || !meta.height) {
      return { problem: `${name} is not a JPEG, PNG, WebP, GIF or AVIF image` };
    }
    return { name, width: meta.width, height: meta.height };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT' || /missing|exist/i.test(String(error))
          ? `${name} is missing from the media folder`
          : `${name} cannot be read as an image`,
    };
  }
}

/** Writes one image's files into `folder` (the bundle being built). */
export async function writeMedia(
  dataDir: string,
  info: MediaInfo,
  folder: string,
): Promise<string[]> {
  await mkdir(join(folder, 'media'), { recursive: true });
  await copyFile(join(dataDir, info.name), join(folder, info.name));
  const source = await readFile(join(dataDir, info.name));
  const sharp = await loadSharp();
  for (const width of variantWidths(info)) {
    await sharp(source)
      .rotate()
      .resize({ width })
      .webp({ quality: 80 })
      .toFile(join(folder, variantName(info.name, width)));
  }
  return mediaFiles(info);
}
