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

const manifestArticleSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int(),
  contentKey: z.string(),
  pageKey: z.string(),
  entry: entrySchema,
  media: z.array(mediaInfoSchema),
});

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  siteKey: z.string(),
  files: z.record(z.string(), z.string()),
  /** Keys of list pages (what each showed), so unchanged ones are not rendered again. */
  listKeys: z.record(z.string(), z.string()).default({}),
  articles: z.record(z.string(), manifestArticleSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

/**
 * The common case of {@link manifestArticleSchema}, checked by hand: an incremental export
 * reads ten thousand of these and must stay under a third of a second. Anything unusual
 * (an image reference, an odd value) goes through the schema itself.
 */
function isPlainManifestArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const e = a['entry'] as Record<string, unknown> | null | undefined;
  return (
    typeof a['mtimeMs'] === 'number' &&
    Number.isInteger(a['size']) &&
    str(a['contentKey']) &&
    str(a['pageKey']) &&
    Array.isArray(a['media']) &&
    (a['media'] as unknown[]).length === 0 &&
    typeof e === 'object' &&
    e !== null &&
    str(e['id']) &&
    /^[A-Za-z0-9_-]{1,64}$/.test(e['id']) &&
    (e['language'] === 'en' || e['language'] === 'ru') &&
    str(e['headline']) &&
    str(e['standfirst']) &&
    str(e['byline']) &&
    str(e['dateline']) &&
    strOrNull(e['categoryId']) &&
    Array.isArray(e['tagIds']) &&
    (e['tagIds'] as unknown[]).every(str) &&
    str(e['slug']) &&
    strOrNull(e['twinId']) &&
    str(e['publishedAt']) &&
    str(e['updatedAt']) &&
    Number.isInteger(e['revision']) &&
    e['featuredImage'] === null &&
    str(e['seoTitle']) &&
    str(e['seoDescription']) &&
    str(e['correctionNote'])
  );
}

function parseManifest(raw: unknown): Manifest | null {
  const shell = z
    .object({
      format: z.literal(MANIFEST_FORMAT),
      siteKey: z.string(),
      files: z.record(z.string(), z.string()),
      listKeys: z.record(z.string(), z.string()).default({}),
      articles: z.record(z.string(), z.unknown()),
    })
    .safeParse(raw);
  if (!shell.success) return null;
  const articles: Manifest['articles'] = {};
  for (const [id, value] of Object.entries(shell.data.articles)) {
    if (isPlainManifestArticle(value)) {
      articles[id] = value as Manifest['articles'][string];
      continue;
    }
    const parsed = manifestArticleSchema.safeParse(value);
    if (!parsed.success) return null;
    articles[id] = parsed.data;
  }
  return { ...shell.data, articles };
}
export type ManifestArticle = Manifest['articles'][string];

export function emptyManifest(): Manifest {
  return { format: MANIFEST_FORMAT, siteKey: '', files: {}, listKeys: {}, articles: {} };
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
    return parseManifest(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Sorted keys, so the same bundle always gives the same manifest bytes. */
export function encodeManifest(manifest: Manifest): string {
  const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...manifest, files: sortKeys(manifest.files), listKeys: sortKeys(manifest.listKeys), articles: sortKeys(manifest.articles) })}\n`;
}
