/**
 * The bundle's manifest (`.newsroom-export.json` at its root): the content hash of every
 * file, and for every exported article the facts an incremental export needs to skip it
 * (its source file's size and time, content hash, page key, page path, list entry, media).
 * Only exported articles are listed: the bundle is public, drafts must not show in it.
 *
 * An incremental export reads and writes this file every time, so it is laid out for that:
 * - Articles are rows (arrays in the order of `articleFields`, like the store's
 *   catalogue), one a line, with their page's hash in the row rather than in `files`.
 * - What pages show of an article in words (headline, lede, byline, SEO texts…) is a
 *   second block of rows (`textFields`), in the same order. Planning the site and keying
 *   its lists need none of it, so that block is only checked against `textHash` when the
 *   file is read; each entry decodes its own row when a page shows it (stored-entry.ts).
 * - Rows of unchanged articles are written back byte for byte as they were read.
 * Rows are checked by hand; a manifest of another format, with other fields or with any
 * bad row is not trusted (the next export is then a full one).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDigest, contentHash } from './content-hash.js';
import type { MediaInfo } from './media.js';
import { isRecord, str, strOrNull } from './row-checks.js';
import type { SiteEntry } from './site-model.js';
import {
  StoredEntry,
  TEXT_FIELDS,
  teaserKey,
  textFromRow,
  textRow,
  type EntryFacts,
  type EntryText,
  type SpanSink,
} from './stored-entry.js';

export const MANIFEST_FILE = '.newsroom-export.json';
export const MANIFEST_FORMAT = 4;

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
  /**
   * Hash (or `media:<name>` for images) of every file of the bundle, article pages
   * included. A map: ten thousand paths as an object's keys cost more to add and to list.
   */
  files: Map<string, string>;
  /** Keys of list pages (what each showed), so unchanged ones are not rendered again. */
  listKeys: Record<string, string>;
  /** By article id (a map: ids come from files, and any of them is a fine key). */
  articles: Map<string, ManifestArticle>;
}

/** Entry fields the plan and the list keys use, in row order after the article's own. */
const FACT_FIELDS = [
  'language',
  'categoryId',
  'tagIds',
  'slug',
  'twinId',
  'publishedAt',
  'updatedAt',
  'revision',
] as const satisfies readonly (keyof EntryFacts)[];
const ARTICLE_FIELDS = [
  'id',
  'path',
  'hash',
  'mtimeMs',
  'size',
  'contentKey',
  'pageKey',
  'media',
  ...FACT_FIELDS,
  'teaserKey',
];
const ROW_WIDTH = ARTICLE_FIELDS.length;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function stringRecord(v: unknown): Record<string, string> | null {
  if (!isRecord(v)) return null;
  for (const key in v) if (typeof v[key] !== 'string') return null;
  return v as Record<string, string>;
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

/**
 * An article read back from the manifest: it knows where its row lies in the file (kept
 * private, so the article compares and copies as the plain data it is).
 */
class StoredArticle implements ManifestArticle {
  #source: Buffer | null = null;
  #start = 0;
  #end = 0;
  #hash = '';

  constructor(
    public path: string,
    public mtimeMs: number,
    public size: number,
    public contentKey: string,
    public pageKey: string,
    public entry: SiteEntry,
    public media: MediaInfo[],
  ) {}

  /** Keeps where this article's row was read from, with the page hash it holds. */
  static keepRow(
    article: StoredArticle,
    source: Buffer,
    start: number,
    end: number,
    hash: string,
  ): void {
    article.#source = source;
    article.#start = start;
    article.#end = end;
    article.#hash = hash;
  }

  /** Adds the row as read to `rows`, if it still holds `hash`; false when it does not. */
  static copyRow(article: StoredArticle, hash: string, rows: SpanSink): boolean {
    if (!article.#source || article.#hash !== hash) return false;
    rows.span(article.#source, article.#start, article.#end);
    return true;
  }
}

/**
 * One row (and its text: decoded, or where it lies in `source`) back into its article
 * and page hash, or null when anything in it is off.
 */
function fromRow(
  row: unknown,
  text: EntryText | Buffer,
  textStart = 0,
  textEnd = 0,
): [string, string, StoredArticle] | null {
  if (!Array.isArray(row) || row.length !== ROW_WIDTH) return null;
  // By index, in the order of ARTICLE_FIELDS: unpacking seventeen values through the
  // array iterator cost more, ten thousand times per export.
  const fields = row as unknown[];
  const id = fields[0];
  const path = fields[1];
  const hash = fields[2];
  const mtimeMs = fields[3];
  const size = fields[4];
  const contentKey = fields[5];
  const pageKey = fields[6];
  const mediaList = fields[7];
  const language = fields[8];
  const categoryId = fields[9];
  const tagIds = fields[10];
  const slug = fields[11];
  const twinId = fields[12];
  const publishedAt = fields[13];
  const updatedAt = fields[14];
  const revision = fields[15];
  const teaser = fields[16];
  const used = media(mediaList);
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
    !strOrNull(categoryId) ||
    !Array.isArray(tagIds) ||
    !tagIds.every(str) ||
    !str(slug) ||
    !strOrNull(twinId) ||
    !str(publishedAt) ||
    !str(updatedAt) ||
    !Number.isInteger(revision) ||
    !str(teaser)
  ) {
    return null;
  }
  const entry = new StoredEntry(
    id,
    language,
    categoryId,
    tagIds as string[],
    slug,
    twinId,
    publishedAt,
    updatedAt,
    revision as number,
    teaser,
    text,
    textStart,
    textEnd,
  );
  return [
    id,
    hash,
    new StoredArticle(path, mtimeMs, size as number, contentKey, pageKey, entry, used),
  ];
}

function toRow(id: string, article: ManifestArticle, hash: string): unknown[] {
  const e = article.entry;
  // In the order of ARTICLE_FIELDS.
  return [
    id,
    article.path,
    hash,
    article.mtimeMs,
    article.size,
    article.contentKey,
    article.pageKey,
    article.media.map((m) => [m.name, m.width, m.height]),
    e.language,
    e.categoryId,
    e.tagIds,
    e.slug,
    e.twinId,
    e.publishedAt,
    e.updatedAt,
    e.revision,
    teaserKey(e),
  ];
}

/** Rows made in worker threads (full exports), with the page hash they hold. */
const madeRows = new WeakMap<ManifestArticle, { row: string; hash: string }>();
/** Text rows made in worker threads, for entries read there. */
const madeTexts = new WeakMap<SiteEntry, string>();

type Shell = Omit<Manifest, 'articles' | 'files'> & {
  files: Record<string, string>;
  textHash: string;
};

function parseShell(raw: unknown): Shell | null {
  if (
    !isRecord(raw) ||
    raw['format'] !== MANIFEST_FORMAT ||
    !str(raw['siteKey']) ||
    !str(raw['timeZone']) ||
    !str(raw['textHash'])
  )
    return null;
  const files = stringRecord(raw['files']);
  const listKeys = stringRecord(raw['listKeys']);
  const latestKeys = stringRecord(raw['latestKeys']);
  const placesKeys = stringRecord(raw['placesKeys']);
  const fields = raw['articleFields'];
  const textFields = raw['textFields'];
  if (
    !files ||
    !listKeys ||
    !latestKeys ||
    !placesKeys ||
    !Array.isArray(fields) ||
    fields.join(',') !== ARTICLE_FIELDS.join(',') ||
    !Array.isArray(textFields) ||
    textFields.join(',') !== TEXT_FIELDS.join(',')
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
    textHash: raw['textHash'],
  };
}

function emptyOf(shell: Shell): Manifest {
  return {
    format: MANIFEST_FORMAT,
    siteKey: shell.siteKey,
    timeZone: shell.timeZone,
    latestKeys: shell.latestKeys,
    placesKeys: shell.placesKeys,
    files: new Map(Object.entries(shell.files)),
    listKeys: shell.listKeys,
    articles: new Map(),
  };
}

/** Adds an article parsed by {@link fromRow}; false when it is null. */
function addArticle(
  manifest: Manifest,
  parsed: [string, string, StoredArticle] | null,
): parsed is [string, string, StoredArticle] {
  if (!parsed) return false;
  const [id, hash, article] = parsed;
  manifest.articles.set(id, article);
  // No hash: the page could not be written, so the bundle does not have it.
  if (hash) manifest.files.set(article.path, hash);
  return true;
}

/** Whether `source[start..end)` begins as the row of `id` does: `["<id>",` (ids are ASCII). */
function isRowOf(source: Buffer, start: number, end: number, id: string): boolean {
  if (end - start < id.length + 4 || source[start] !== 0x5b || source[start + 1] !== 0x22)
    return false;
  for (let i = 0; i < id.length; i++) if (source[start + 2 + i] !== id.charCodeAt(i)) return false;
  return source[start + 2 + id.length] === 0x22 && source[start + 3 + id.length] === 0x2c;
}

/**
 * An article's manifest rows, as {@link encodeManifest} writes them: its row, a newline,
 * its text row (JSON rows hold no newline). Made in the thread that wrote the page.
 */
export function manifestRows(id: string, article: ManifestArticle, hash: string): string {
  return `${JSON.stringify(toRow(id, article, hash))}\n${textRow(article.entry)}`;
}

/** Hands {@link encodeManifest} the rows {@link manifestRows} made elsewhere for `article`. */
export function rememberRow(article: ManifestArticle, rows: string, hash: string): void {
  const split = rows.indexOf('\n');
  madeRows.set(article, { row: rows.slice(0, split), hash });
  madeTexts.set(article.entry, rows.slice(split + 1));
}

/** A manifest from its parsed JSON, every row decoded; null when it cannot be trusted. */
export function parseManifest(raw: unknown): Manifest | null {
  const shell = parseShell(raw);
  const rows = isRecord(raw) ? raw['articles'] : null;
  const texts = isRecord(raw) ? raw['texts'] : null;
  if (!shell || !Array.isArray(rows) || !Array.isArray(texts) || texts.length !== rows.length)
    return null;
  const manifest = emptyOf(shell);
  for (let i = 0; i < rows.length; i++) {
    const text = textFromRow(texts[i]);
    if (!text || !addArticle(manifest, fromRow(rows[i], text))) return null;
  }
  return manifest;
}

const ARTICLES_START = Buffer.from('"articles":[\n');
const TEXTS_START = Buffer.from('\n],"texts":[\n');
const FOOTER = Buffer.from('\n]}\n');
const ROW_SEPARATOR = Buffer.from(',\n');

/**
 * The engine's own search of a byte array: Buffer#indexOf wraps it in code that is compiled
 * anew by every export (twenty thousand calls), for no faster a search.
 */
const indexOfByte = Uint8Array.prototype.indexOf;

/** Where the line from `start` ends (before the comma that ends all but the last) and the next begins. */
function lineAt(source: Buffer, start: number, end: number): [number, number] {
  let stop = indexOfByte.call(source, 10, start);
  if (stop < 0 || stop > end) stop = end;
  return stop < end ? [stop - 1, stop + 1] : [stop, stop + 1];
}

/**
 * Reads the file as {@link encodeManifest} lays it out: the header and the article rows
 * are parsed at once (one parse is much faster than ten thousand small ones), the text
 * block is only checked against its hash, and each row's bytes are found by its line, to
 * be copied back if the article does not change. Anything else is parsed as plain JSON.
 */
export function decodeManifest(bytes: Buffer): Manifest | null {
  const articlesStart = bytes.indexOf(ARTICLES_START);
  const textsStart = articlesStart < 0 ? -1 : bytes.indexOf(TEXTS_START, articlesStart);
  const footerStart = bytes.length - FOOTER.length;
  const textStart = textsStart + TEXTS_START.length;
  if (
    textsStart < 0 ||
    footerStart < textStart - 1 ||
    !bytes.subarray(footerStart).equals(FOOTER) ||
    bytes[articlesStart - 1] !== 0x2c
  )
    return parseManifest(JSON.parse(bytes.toString('utf8')));
  // The header (up to the comma before the rows), then the rows' array on its own: each
  // is a slice of the file that is JSON as it is, so the megabytes of rows are not copied
  // into one more string first.
  const shell = parseShell(JSON.parse(`${bytes.toString('utf8', 0, articlesStart - 1)}}`));
  const rowsStart = articlesStart + ARTICLES_START.length - 2;
  const rows: unknown = JSON.parse(bytes.toString('utf8', rowsStart, textsStart + 2));
  if (!shell || !Array.isArray(rows)) return null;
  const textEnd = Math.max(textStart, footerStart);
  if (contentHash(bytes.subarray(textStart, textEnd)) !== shell.textHash) return null;
  const manifest = emptyOf(shell);
  const rowsEnd = textsStart;
  let row = articlesStart + ARTICLES_START.length;
  let text = textStart;
  for (const raw of rows) {
    // Each row has its line in both blocks (a hand-edited file may be laid out otherwise).
    if (row >= rowsEnd || text >= textEnd) return null;
    const [rowEnd, nextRow] = lineAt(bytes, row, rowsEnd);
    const [textLineEnd, nextText] = lineAt(bytes, text, textEnd);
    const parsed = fromRow(raw, bytes, text, textLineEnd);
    if (!addArticle(manifest, parsed)) return null;
    const [id, hash, article] = parsed;
    if (!isRowOf(bytes, row, rowEnd, id)) return null;
    StoredArticle.keepRow(article, bytes, row, rowEnd, hash);
    row = nextRow;
    text = nextText;
  }
  if (row < rowsEnd || text < textEnd) return null;
  return manifest;
}

export function emptyManifest(): Manifest {
  return {
    format: MANIFEST_FORMAT,
    siteKey: '',
    timeZone: 'UTC',
    latestKeys: {},
    placesKeys: {},
    files: new Map(),
    listKeys: {},
    articles: new Map(),
  };
}

/** The manifest of the bundle in `folder`; null when there is none or it cannot be trusted. */
export async function readManifest(folder: string): Promise<Manifest | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(folder, MANIFEST_FILE));
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
 * Rows as buffers, separated as JSON array rows are, gathered as they come: rows read back
 * lie in the file in the same order, so a run of them is one view of it; rows made as
 * text are encoded together.
 */
class RowParts implements SpanSink {
  readonly parts: Buffer[] = [];
  private texts: string[] = [];
  private source: Buffer | null = null;
  private start = 0;
  private end = 0;

  /** A row read back: `source[start..end)`. */
  span(source: Buffer, start: number, end: number): void {
    if (this.source === source && start === this.end + ROW_SEPARATOR.length) {
      this.end = end;
      return;
    }
    this.flush();
    this.source = source;
    this.start = start;
    this.end = end;
  }

  text(row: string): void {
    if (this.source) this.flush();
    this.texts.push(row);
  }

  private flush(): void {
    const part = this.source
      ? this.source.subarray(this.start, this.end)
      : this.texts.length
        ? Buffer.from(this.texts.join(',\n'))
        : null;
    this.source = null;
    this.texts = [];
    if (!part) return;
    if (this.parts.length) this.parts.push(ROW_SEPARATOR);
    this.parts.push(part);
  }

  done(): Buffer[] {
    this.flush();
    return this.parts;
  }
}

/**
 * The manifest's bytes, in parts to be written one after the other: a header line, one
 * article row per line in id order, then their text rows in the same order, so the same
 * bundle always gives the same bytes. Rows of articles that did not change since they
 * were read are views of the file they were read from, not copies.
 */
export function manifestParts(manifest: Manifest): Buffer[] {
  const pagePaths = new Set<string>();
  const rows = new RowParts();
  const texts = new RowParts();
  for (const id of [...manifest.articles.keys()].sort()) {
    const article = manifest.articles.get(id) as ManifestArticle;
    pagePaths.add(article.path);
    const hash = manifest.files.get(article.path) ?? '';
    if (!(article instanceof StoredArticle && StoredArticle.copyRow(article, hash, rows))) {
      const made = madeRows.get(article);
      rows.text(made && made.hash === hash ? made.row : JSON.stringify(toRow(id, article, hash)));
    }
    const { entry } = article;
    if (!(entry instanceof StoredEntry && StoredEntry.copyText(entry, texts)))
      texts.text(madeTexts.get(entry) ?? textRow(entry));
  }
  const textParts = texts.done();
  const textHash = createHash('sha256');
  for (const part of textParts) textHash.update(part);
  const files: Record<string, string> = {};
  const others: string[] = [];
  for (const path of manifest.files.keys()) if (!pagePaths.has(path)) others.push(path);
  for (const path of others.sort()) files[path] = manifest.files.get(path) as string;
  const sorted = (record: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(record).sort()) out[key] = record[key] as string;
    return out;
  };
  const header = `{"format":${MANIFEST_FORMAT},"siteKey":${JSON.stringify(manifest.siteKey)},"timeZone":${JSON.stringify(manifest.timeZone)},"latestKeys":${JSON.stringify(sorted(manifest.latestKeys))},"placesKeys":${JSON.stringify(sorted(manifest.placesKeys))},"files":${JSON.stringify(files)},"listKeys":${JSON.stringify(sorted(manifest.listKeys))},"articleFields":${JSON.stringify(ARTICLE_FIELDS)},"textFields":${JSON.stringify(TEXT_FIELDS)},"textHash":"${contentDigest(textHash)}",`;
  return [Buffer.from(header), ARTICLES_START, ...rows.done(), TEXTS_START, ...textParts, FOOTER];
}

/** The manifest's bytes in one buffer (see {@link manifestParts}). */
export function encodeManifest(manifest: Manifest): Buffer {
  return Buffer.concat(manifestParts(manifest));
}
