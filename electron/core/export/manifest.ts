/**
 * The bundle's manifest (`.newsroom-export.json` at its root): the content hash of every
 * file, and for every exported article the facts an incremental export needs to skip it
 * (its source file's size and time, content hash, page key, page path, list entry, media).
 * Only exported articles are listed: the bundle is public, drafts must not show in it.
 *
 * Articles are stored as rows (arrays in the order of `articleFields`, like the store's
 * catalogue), and their pages' hashes in their rows rather than in `files`: an incremental
 * export reads and writes this file every time, and at ten thousand articles the keyed
 * form was most of its time. Rows are checked by hand; a manifest of another format, with
 * other fields or with any bad row is not trusted (the next export is then a full one).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageRef, Language } from '../../../shared/domain.js';
import type { MediaInfo } from './media.js';
import type { SiteEntry } from './site-model.js';

export const MANIFEST_FILE = '.newsroom-export.json';
export const MANIFEST_FORMAT = 3;

export interface ManifestArticle {
  /** Bundle path of the article's page. */
  path: string;
  mtimeMs: number;
  size: number;
  contentKey: string;
  pageKey: string;
  entry: SiteEntry;
  media: MediaInfo[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  siteKey: string;
  /** The newsroom's time zone, which dates article folders: while it stays, so do they. */
  timeZone: string;
  /** Key of each language's "Latest news" list, which every article page of it shows. */
  latestKeys: Record<string, string>;
  /** Key of what each language's curated places (home pages, category leads) show. */
  placesKeys: Record<string, string>;
  /** Hash (or `media:<name>` for images) of every file of the bundle, article pages included. */
  files: Record<string, string>;
  /** Keys of list pages (what each showed), so unchanged ones are not rendered again. */
  listKeys: Record<string, string>;
  articles: Record<string, ManifestArticle>;
}

/** Entry fields after the id, in row order. */
const ENTRY_FIELDS = [
  'language',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'categoryId',
  'tagIds',
  'slug',
  'twinId',
  'publishedAt',
  'updatedAt',
  'revision',
  'featuredImage',
  'seoTitle',
  'seoDescription',
  'correctionNote',
] as const satisfies readonly Exclude<keyof SiteEntry, 'id'>[];
const ARTICLE_FIELDS = [
  'id',
  'path',
  'hash',
  'mtimeMs',
  'size',
  'contentKey',
  'pageKey',
  'media',
  ...ENTRY_FIELDS,
];
const ROW_WIDTH = ARTICLE_FIELDS.length;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function stringRecord(v: unknown): Record<string, string> | null {
  if (!isRecord(v)) return null;
  for (const key in v) if (typeof v[key] !== 'string') return null;
  return v as Record<string, string>;
}

function imageRef(v: unknown): ImageRef | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !str(v['src']) || !str(v['alt']) || !str(v['caption']) || !str(v['credit']))
    return undefined;
  return { src: v['src'], alt: v['alt'], caption: v['caption'], credit: v['credit'] };
}

function media(v: unknown): MediaInfo[] | null {
  if (!Array.isArray(v)) return null;
  const out: MediaInfo[] = [];
  for (const item of v) {
    if (
      !Array.isArray(item) ||
      !str(item[0]) ||
      !Number.isInteger(item[1]) ||
      !Number.isInteger(item[2])
    )
      return null;
    out.push({ name: item[0], width: item[1] as number, height: item[2] as number });
  }
  return out;
}

/** One row back into its article, or null when anything in it is off. */
function fromRow(row: unknown): [string, string, ManifestArticle] | null {
  if (!Array.isArray(row) || row.length !== ROW_WIDTH) return null;
  const [
    id,
    path,
    hash,
    mtimeMs,
    size,
    contentKey,
    pageKey,
    mediaList,
    language,
    headline,
    standfirst,
    byline,
    dateline,
    categoryId,
    tagIds,
    slug,
    twinId,
    publishedAt,
    updatedAt,
    revision,
    featured,
    seoTitle,
    seoDescription,
    correctionNote,
  ] = row as unknown[];
  const used = media(mediaList);
  const featuredImage = imageRef(featured);
  if (
    !str(id) ||
    !ID.test(id) ||
    !str(path) ||
    !str(hash) ||
    typeof mtimeMs !== 'number' ||
    !Number.isInteger(size) ||
    !str(contentKey) ||
    !str(pageKey) ||
    !used ||
    (language !== 'en' && language !== 'ru') ||
    !str(headline) ||
    !str(standfirst) ||
    !str(byline) ||
    !str(dateline) ||
    !strOrNull(categoryId) ||
    !Array.isArray(tagIds) ||
    !tagIds.every(str) ||
    !str(slug) ||
    !strOrNull(twinId) ||
    !str(publishedAt) ||
    !str(updatedAt) ||
    !Number.isInteger(revision) ||
    featuredImage === undefined ||
    !str(seoTitle) ||
    !str(seoDescription) ||
    !str(correctionNote)
  ) {
    return null;
  }
  const entry: SiteEntry = {
    id,
    language: language as Language,
    headline,
    standfirst,
    byline,
    dateline,
    categoryId,
    tagIds: tagIds as string[],
    slug,
    twinId,
    publishedAt,
    updatedAt,
    revision: revision as number,
    featuredImage,
    seoTitle,
    seoDescription,
    correctionNote,
  };
  return [
    id,
    hash,
    { path, mtimeMs, size: size as number, contentKey, pageKey, entry, media: used },
  ];
}

function toRow(id: string, article: ManifestArticle, hash: string): unknown[] {
  const { entry } = article;
  return [
    id,
    article.path,
    hash,
    article.mtimeMs,
    article.size,
    article.contentKey,
    article.pageKey,
    article.media.map((m) => [m.name, m.width, m.height]),
    ...ENTRY_FIELDS.map((field) => entry[field]),
  ];
}

/** Row bytes of articles as read, with the page hash in them: an unchanged article is written back as it was read. */
interface RowBytes {
  /** The row is `source[start..end)`: rows read back point into the file, not copies of it. */
  source: Buffer;
  start: number;
  end: number;
  hash: string;
}
const readRows = new WeakMap<ManifestArticle, RowBytes>();

function parseShell(raw: unknown): Omit<Manifest, 'articles'> | null {
  if (
    !isRecord(raw) ||
    raw['format'] !== MANIFEST_FORMAT ||
    !str(raw['siteKey']) ||
    !str(raw['timeZone'])
  )
    return null;
  const files = stringRecord(raw['files']);
  const listKeys = stringRecord(raw['listKeys']);
  const latestKeys = stringRecord(raw['latestKeys']);
  const placesKeys = stringRecord(raw['placesKeys']);
  const fields = raw['articleFields'];
  if (
    !files ||
    !listKeys ||
    !latestKeys ||
    !placesKeys ||
    !Array.isArray(fields) ||
    fields.join(',') !== ARTICLE_FIELDS.join(',')
  )
    return null;
  return {
    format: MANIFEST_FORMAT,
    siteKey: raw['siteKey'],
    timeZone: raw['timeZone'],
    latestKeys,
    placesKeys,
    files,
    listKeys,
  };
}

/** Adds a row's article; false when the row is off or `line` (of `source`) is not its line. */
function addArticle(
  manifest: Manifest,
  row: unknown,
  source: Buffer | null = null,
  start = 0,
  end = 0,
): boolean {
  const parsed = fromRow(row);
  if (!parsed) return false;
  const [id, hash, article] = parsed;
  manifest.articles[id] = article;
  // No hash: the page could not be written, so the bundle does not have it.
  if (hash) manifest.files[article.path] = hash;
  if (source && isRowOf(source, start, end, id))
    readRows.set(article, { source, start, end, hash });
  return true;
}

/** Whether `source[start..end)` begins as the row of `id` does: `["<id>",` (ids are ASCII). */
function isRowOf(source: Buffer, start: number, end: number, id: string): boolean {
  if (end - start < id.length + 4 || source[start] !== 0x5b || source[start + 1] !== 0x22)
    return false;
  for (let i = 0; i < id.length; i++) if (source[start + 2 + i] !== id.charCodeAt(i)) return false;
  return source[start + 2 + id.length] === 0x22 && source[start + 3 + id.length] === 0x2c;
}

/** An article's manifest row, as {@link encodeManifest} writes it; remembered for that. */
export function rowBytes(id: string, article: ManifestArticle, hash: string): Buffer {
  const bytes = Buffer.from(JSON.stringify(toRow(id, article, hash)));
  readRows.set(article, { source: bytes, start: 0, end: bytes.length, hash });
  return bytes;
}

/** Hands `encodeManifest` a row made elsewhere (in a worker thread) for `article`. */
export function rememberRow(article: ManifestArticle, bytes: Uint8Array, hash: string): void {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  readRows.set(article, { source, start: 0, end: source.length, hash });
}

/** A manifest from its parsed JSON; null when it cannot be trusted. */
export function parseManifest(raw: unknown): Manifest | null {
  const shell = parseShell(raw);
  const rows = isRecord(raw) ? raw['articles'] : null;
  if (!shell || !Array.isArray(rows)) return null;
  const manifest: Manifest = { ...shell, articles: {} };
  for (const row of rows) if (!addArticle(manifest, row, null)) return null;
  return manifest;
}

const HEADER_END = Buffer.from('"articles":[\n');
const FOOTER = Buffer.from('\n]}\n');
const ROW_SEPARATOR = Buffer.from(',\n');

/**
 * Reads the file as {@link encodeManifest} lays it out (a header line, then one row per
 * line): the whole file is parsed at once (one parse is much faster than ten thousand
 * small ones), and each row's bytes are found by its line, to be written back as they
 * are if the article does not change. Anything else is parsed as plain JSON.
 */
export function decodeManifest(bytes: Buffer): Manifest | null {
  const raw: unknown = JSON.parse(bytes.toString('utf8'));
  const headerEnd = bytes.indexOf(HEADER_END);
  const footerStart = bytes.length - FOOTER.length;
  const shell = parseShell(raw);
  const rows = isRecord(raw) ? raw['articles'] : null;
  if (!shell || !Array.isArray(rows)) return null;
  const manifest: Manifest = { ...shell, articles: {} };
  const laidOut =
    headerEnd >= 0 && footerStart >= headerEnd && bytes.subarray(footerStart).equals(FOOTER);
  let start = headerEnd + HEADER_END.length;
  for (let i = 0; i < rows.length; i++) {
    if (!laidOut || start >= footerStart) {
      if (!addArticle(manifest, rows[i])) return null;
      continue;
    }
    let end = bytes.indexOf(10, start);
    if (end < 0 || end > footerStart) end = footerStart;
    // Every row but the last ends with a comma. The line is kept only if it is this row's
    // (a hand-edited file may be laid out otherwise).
    if (!addArticle(manifest, rows[i], bytes, start, end < footerStart ? end - 1 : end))
      return null;
    start = end + 1;
  }
  return manifest;
}

export function emptyManifest(): Manifest {
  return {
    format: MANIFEST_FORMAT,
    siteKey: '',
    timeZone: 'UTC',
    latestKeys: {},
    placesKeys: {},
    files: {},
    listKeys: {},
    articles: {},
  };
}

/** The manifest of the bundle in `folder`; null when there is none or it cannot be trusted. */
export async function readManifest(folder: string): Promise<Manifest | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, MANIFEST_FILE));
  } catch {
    return null;
  }
  try {
    return decodeManifest(bytes);
  } catch {
    return null;
  }
}

/**
 * The manifest's bytes: a header line, then one article row per line, sorted, so the
 * same bundle always gives the same bytes. Rows of articles that did not change since
 * they were read are copied as they were.
 */
export function encodeManifest(manifest: Manifest): Buffer {
  const pagePaths = new Set<string>();
  const rows: RowBytes[] = [];
  let rowsLength = 0;
  for (const id of Object.keys(manifest.articles).sort()) {
    const article = manifest.articles[id] as ManifestArticle;
    pagePaths.add(article.path);
    const hash = manifest.files[article.path] ?? '';
    let row = readRows.get(article);
    if (!row || row.hash !== hash) {
      const bytes = Buffer.from(JSON.stringify(toRow(id, article, hash)));
      row = { source: bytes, start: 0, end: bytes.length, hash };
    }
    rows.push(row);
    rowsLength += row.end - row.start;
  }
  const files: Record<string, string> = {};
  const others: string[] = [];
  for (const path in manifest.files) if (!pagePaths.has(path)) others.push(path);
  for (const path of others.sort()) files[path] = manifest.files[path] as string;
  const sorted = (record: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(record).sort()) out[key] = record[key] as string;
    return out;
  };
  const header = `{"format":${MANIFEST_FORMAT},"siteKey":${JSON.stringify(manifest.siteKey)},"timeZone":${JSON.stringify(manifest.timeZone)},"latestKeys":${JSON.stringify(sorted(manifest.latestKeys))},"placesKeys":${JSON.stringify(sorted(manifest.placesKeys))},"files":${JSON.stringify(files)},"listKeys":${JSON.stringify(sorted(manifest.listKeys))},"articleFields":${JSON.stringify(ARTICLE_FIELDS)},`;
  // One buffer, each row copied into it from where it was read or made.
  const head = Buffer.from(header);
  const out = Buffer.allocUnsafe(
    head.length +
      HEADER_END.length +
      rowsLength +
      Math.max(0, rows.length - 1) * ROW_SEPARATOR.length +
      FOOTER.length,
  );
  let at = head.copy(out, 0);
  at += HEADER_END.copy(out, at);
  rows.forEach((row, i) => {
    if (i > 0) at += ROW_SEPARATOR.copy(out, at);
    at += row.source.copy(out, at, row.start, row.end);
  });
  FOOTER.copy(out, at);
  return out;
}
