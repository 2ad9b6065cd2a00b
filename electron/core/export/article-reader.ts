/**
 * Reads one article document of the store for the export (read-only: the export never
 * takes the store's lock or writes into it), validates it like the store does, decides
 * whether it is exported, and renders its body. Runs in worker threads and in-process;
 * the rendered body stays in the thread that read it (it is most of the memory, and
 * only that thread's page writer needs it), while the small facts go back to the caller.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../shared/domain.js';
import { utf8Text } from '../store/utf8-text.js';
import { decodeArticle } from './article-decode.js';
import { contentHash } from './content-hash.js';
import { mediaName, probeMedia, resolvedImage, type MediaInfo } from './media.js';
import { imageSources, renderBody, type BodyProblem, type ResolvedImage } from './rich-text.js';
import { defaultPath, isExportable, toEntry, type SiteEntry } from './site-model.js';
import { teaserKey } from './stored-entry.js';

/**
 * Where a store keeps its files: the caller names the article folder, so this module (and
 * the worker threads that load it) need not load the store's own modules to learn it.
 */
export interface ArticleFolders {
  dataDir: string;
  articlesDir: string;
  /** The newsroom's time zone: with it, each exported article's default page path is worked out where it is read. */
  timeZone?: string;
}

/** Article pages are always four folders deep: <lang>/<yyyy>/<mm>/<slug>/. */
export const ARTICLE_PAGE_PREFIX = '../../../../';

export type ReadResult =
  | {
      id: string;
      kind: 'article';
      mtimeMs: number;
      size: number;
      /** Null when the article is not exported (draft, embargoed, held back). */
      entry: SiteEntry | null;
      /** The entry's teaser key, worked out here (see stored-entry.ts); '' without an entry. */
      teaserKey: string;
      /** The page path the entry gets unless another article has it (see planSite); '' if not worked out. */
      defaultPath: string;
      contentKey: string;
      media: MediaInfo[];
      problems: BodyProblem[];
    }
  | { id: string; kind: 'unreadable'; reason: string }
  | { id: string; kind: 'gone' };

/** What an article's page (and its manifest row) needs besides the site plan; kept where it was rendered. */
export interface RenderedBody {
  entry: SiteEntry;
  /**
   * The body's HTML in UTF-8: bytes lie outside the JavaScript heap, so thousands of
   * bodies waiting for their pages cost the garbage collector nothing, and the page is
   * put together from bytes without encoding the body again.
   */
  body: Buffer;
  featured: ResolvedImage | null;
  source: { mtimeMs: number; size: number; contentKey: string; media: MediaInfo[] };
}

/** Per thread: an image's header is read once per export, however many articles use it. */
const probes = new Map<string, Promise<MediaInfo | { problem: string }>>();

export function resetMediaProbes(): void {
  probes.clear();
}

function probe(dataDir: string, src: string): Promise<MediaInfo | { problem: string }> {
  const key = `${dataDir}\u0000${src}`;
  let found = probes.get(key);
  if (!found) {
    found = probeMedia(dataDir, src);
    probes.set(key, found);
  }
  return found;
}

/** Per thread: files are read into one buffer, grown as needed, rather than one buffer each. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The whole file in one open, one stat and one read (this runs ten thousand times per
 * export), as text and content hash: the bytes never leave this function.
 */
function readWhole(path: string): {
  text: string;
  contentKey: string;
  mtimeMs: number;
  size: number;
} {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.size > readBuffer.length) readBuffer = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, readBuffer, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = readBuffer.subarray(0, read);
    return {
      text: utf8Text(bytes),
      contentKey: contentHash(bytes),
      mtimeMs: info.mtimeMs,
      size: info.size,
    };
  } finally {
    closeSync(fd);
  }
}

/** Per thread: rendered bodies are written into slabs of this size, not a buffer each. */
const SLAB_SIZE = 4 * 1024 * 1024;
let slab = Buffer.allocUnsafe(SLAB_SIZE);
let slabUsed = 0;

/** `html` as UTF-8 bytes in the current slab (a slab lives while any body in it waits). */
function bodyBytes(html: string): Buffer {
  // UTF-8 takes at most three bytes per UTF-16 unit.
  const most = html.length * 3;
  if (most > SLAB_SIZE / 8) return Buffer.from(html);
  if (slabUsed + most > SLAB_SIZE) {
    slab = Buffer.allocUnsafe(SLAB_SIZE);
    slabUsed = 0;
  }
  const start = slabUsed;
  slabUsed += slab.write(html, start);
  return slab.subarray(start, slabUsed);
}

/**
 * Reads, checks and (when it is exported) renders one article; its rendered body goes
 * into `bodies`.
 */
export async function readArticleForExport(
  source: ArticleFolders,
  id: string,
  now: Date,
  bodies: Map<string, RenderedBody>,
): Promise<ReadResult> {
  const { dataDir } = source;
  const path = join(source.articlesDir, `${id}.json`);
  let file: { text: string; contentKey: string; mtimeMs: number; size: number };
  try {
    file = readWhole(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { id, kind: 'gone' };
    return { id, kind: 'unreadable', reason: (error as Error).message };
  }
  let article: Article;
  try {
    article = await decodeArticle(path, file.text);
    if (article.id !== id)
      throw new Error(`names article "${article.id}" but is stored as "${id}"`);
  } catch (error) {
    return { id, kind: 'unreadable', reason: (error as Error).message };
  }
  const base = {
    id,
    kind: 'article' as const,
    mtimeMs: file.mtimeMs,
    size: file.size,
    contentKey: file.contentKey,
  };
  if (!isExportable(article, now))
    return { ...base, entry: null, teaserKey: '', defaultPath: '', media: [], problems: [] };
  const entry = toEntry(article);
  const problems: BodyProblem[] = [];
  const media = new Map<string, MediaInfo>();
  const sources = imageSources(article.body);
  if (article.featuredImage) sources.push(article.featuredImage.src);
  for (const src of sources) {
    const found = await probe(dataDir, src);
    if ('name' in found) media.set(src, found);
  }
  let featured: ResolvedImage | null = null;
  if (article.featuredImage) {
    const found = media.get(article.featuredImage.src);
    if (found) {
      featured = resolvedImage(found, ARTICLE_PAGE_PREFIX);
      if (!article.featuredImage.alt.trim())
        problems.push({
          code: 'image_alt_missing',
          message: 'The featured image has no alt text.',
        });
    } else {
      const why = await probe(dataDir, article.featuredImage.src);
      problems.push({
        code: 'media_missing',
        message: `Featured image: ${'problem' in why ? why.problem : 'unavailable'}; it was left out.`,
      });
    }
  }
  const bodyHtml = renderBody(
    article.body,
    (src) => {
      const found =
        media.get(src) ?? (mediaName(src) ? media.get(mediaName(src) as string) : undefined);
      return found ? resolvedImage(found, ARTICLE_PAGE_PREFIX) : null;
    },
    problems,
  );
  const used = media.size
    ? [...new Map([...media.values()].map((m) => [m.name, m])).values()].sort((a, b) =>
        a.name < b.name ? -1 : 1,
      )
    : [];
  bodies.set(id, {
    entry,
    body: bodyBytes(bodyHtml),
    featured,
    source: { mtimeMs: base.mtimeMs, size: base.size, contentKey: base.contentKey, media: used },
  });
  return {
    ...base,
    entry,
    teaserKey: teaserKey(entry),
    defaultPath: source.timeZone ? defaultPath(entry, source.timeZone) : '',
    media: used,
    problems,
  };
}

/** Reads `ids` in order; bodies of exported articles go into `bodies`. */
export async function readArticles(
  source: ArticleFolders,
  ids: readonly string[],
  now: Date,
  bodies: Map<string, RenderedBody>,
): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  // One at a time: the reads are synchronous and small, and an image probe is rare.
  for (const id of ids) out.push(await readArticleForExport(source, id, now, bodies));
  return out;
}
