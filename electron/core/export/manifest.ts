/**
 * The bundle's manifest (`.newsroom-export.json` at its root): the content hash of every
 * file, and for every exported article the facts an incremental export needs to skip it
 * (its source file's size and time, content hash, page key, list entry, media). Only
 * exported articles are listed: the bundle is public, drafts must not show in it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { idSchema, imageRefSchema, languageSchema } from '../../../shared/domain.js';

export const MANIFEST_FILE = '.newsroom-export.json';
export const MANIFEST_FORMAT = 1;

const entrySchema = z.object({
  id: idSchema,
  language: languageSchema,
  headline: z.string(),
  standfirst: z.string(),
  byline: z.string(),
  dateline: z.string(),
  categoryId: idSchema.nullable(),
  tagIds: z.array(idSchema),
  slug: z.string(),
  twinId: idSchema.nullable(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
  featuredImage: imageRefSchema.nullable(),
  seoTitle: z.string(),
  seoDescription: z.string(),
  correctionNote: z.string(),
});

const mediaInfoSchema = z.object({ name: z.string(), width: z.number().int(), height: z.number().int() });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  siteKey: z.string(),
  files: z.record(z.string(), z.string()),
  articles: z.record(
    z.string(),
    z.object({
      mtimeMs: z.number(),
      size: z.number().int(),
      contentKey: z.string(),
      pageKey: z.string(),
      entry: entrySchema,
      media: z.array(mediaInfoSchema),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestArticle = Manifest['articles'][string];

export function emptyManifest(): Manifest {
  return { format: MANIFEST_FORMAT, siteKey: '', files: {}, articles: {} };
}

/** The manifest of the bundle in `folder`; null when there is none or it cannot be trusted. */
export async function readManifest(folder: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Sorted keys, so the same bundle always gives the same manifest bytes. */
export function encodeManifest(manifest: Manifest): string {
  const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...manifest, files: sortKeys(manifest.files), articles: sortKeys(manifest.articles) })}\n`;
}
