/**
 * Reads one article document of the store for the export (read-only: the export never
 * takes the store's lock or writes into it), validates it like the store does, decides
 * whether it is exported, and renders its body. Runs in worker threads and in-process.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, type Article } from '../../../shared/domain.js';
import { ARTICLES_DIR } from '../store/article-store.js';
import { decodeDocument } from '../store/json-adapter.js';
import { mediaName, probeMedia, resolvedImage, type MediaInfo } from './media.js';
import { imageSources, renderBody, type BodyProblem, type ResolvedImage } from './rich-text.js';
import { isExportable, toEntry, type SiteEntry } from './site-model.js';
import { sha256 } from './build-site.js';

/** Article pages are always four folders deep: <lang>/<yyyy>/<mm>/<slug>/. */
export const ARTICLE_PAGE_PREFIX = '../../../../';

export interface ReadRequest {
  dataDir: string;
  ids: string[];
  now: string;
  render: boolean;
}

export type ReadResult =
  | {
      id: string;
      kind: 'article';
      mtimeMs: number;
      size: number;
      /** Null when the article is not exported (draft, embargoed, held back). */
      entry: SiteEntry | null;
      contentKey: string;
      bodyHtml: string | null;
      featured: ResolvedImage | null;
      media: MediaInfo[];
      problems: BodyProblem[];
    }
  | { id: string; kind: 'unreadable'; reason: string }
  | { id: string; kind: 'gone' };

/** Per thread: an image's header is read once per export, however many articles use it. */
const probes = new Map<string, Promise<MediaInfo | { problem: string }>>();

export function resetMediaProbes(): void {
  probes.clear();
}

async function probe(dataDir: string, src: string): Promise<MediaInfo | { problem: string }> {
  const key = `${dataDir}\u0000${src}`;
  let found = probes.get(key);
  if (!found) {
    found = probeMedia(dataDir, src);
    probes.set(key, found);
  }
  return found;
}

export async function readArticleForExport(dataDir: string, id: string, now: Date, render: boolean): Promise<ReadResult> {
  const path = join(dataDir, ARTICLES_DIR, `${id}.json`);
  let text: string;
  let info: { mtimeMs: number; size: number };
  try {
    // One open, one stat, one read: this runs ten thousand times per export, in worker threads.
    const fd = openSync(path, 'r');
    try {
      info = fstatSync(fd);
      const buffer = Buffer.allocUnsafe(info.size);
      let read = 0;
      while (read < info.size) {
        const n = readSync(fd, buffer, read, info.size - read, read);
        if (n === 0) break;
        read += n;
      }
      text = buffer.toString('utf8', 0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { id, kind: 'gone' };
    return { id, kind: 'unreadable', reason: (error as Error).message };
  }
  let article: Article;
  try {
    article = decodeDocument(path, text, 'article', articleSchema);
    if (article.id !== id) throw new Error(`names article "${article.id}" but is stored as "${id}"`);
  } catch (error) {
    return { id, kind: 'unreadable', reason: (error as Error).message };
  }
  const base = { id, kind: 'article' as const, mtimeMs: info.mtimeMs, size: info.size, contentKey: sha256(text) };
  if (!isExportable(article, now)) {
    return { ...base, entry: null, bodyHtml: null, featured: null, media: [], problems: [] };
  }
  const entry = toEntry(article);
  const problems: BodyProblem[] = [];
  const media = new Map<string, MediaInfo>();
  const sources = [...imageSources(article.body), ...(article.featuredImage ? [article.featuredImage.src] : [])];
  for (const src of sources) {
    const found = await probe(dataDir, src);
    if ('name' in found) media.set(src, found);
  }
  let featured: ResolvedImage | null = null;
  if (article.featuredImage) {
    const found = media.get(article.featuredImage.src);
    if (found) {
      featured = resolvedImage(found, ARTICLE_PAGE_PREFIX);
      if (!article.featuredImage.alt.trim()) problems.push({ code: 'image_alt_missing', message: 'The featured image has no alt text.' });
    } else {
      const why = await probe(dataDir, article.featuredImage.src);
      problems.push({ code: 'media_missing', message: `Featured image: ${'problem' in why ? why.problem : 'unavailable'}; it was left out.` });
    }
  }
  let bodyHtml: string | null = null;
  if (render) {
    bodyHtml = renderBody(article.body, (src) => {
      const found = media.get(src) ?? (mediaName(src) ? media.get(mediaName(src) as string) : undefined);
      return found ? resolvedImage(found, ARTICLE_PAGE_PREFIX) : null;
    }, problems);
  }
  const used = [...new Map([...media.values()].map((m) => [m.name, m])).values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  return { ...base, entry, bodyHtml, featured, media: used, problems };
}

export async function readArticles(request: ReadRequest): Promise<ReadResult[]> {
  const now = new Date(request.now);
  const out: ReadResult[] = [];
  // A few files in flight at once: the disk overlaps with parsing and rendering.
  const queue = [...request.ids];
  const results = new Map<string, ReadResult>();
  const worker = async (): Promise<void> => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      results.set(id, await readArticleForExport(request.dataDir, id, now, request.render));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  for (const id of request.ids) out.push(results.get(id) as ReadResult);
  return out;
}
