/**
 * `exportBundle`: from a store folder to a static site in one step. Reads the store
 * read-only (no lock taken: every store write is an atomic rename, so each file read is
 * whole), renders in worker threads, writes through {@link BundleWriter}, and returns
 * the report the app, the CLI and the benchmark show.
 *
 * Incremental mode trusts the previous bundle's manifest: an article whose source file
 * has the same size and time is not read again, and a page whose inputs have the same
 * key is not rendered again; pages that come out byte-identical are not rewritten.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportMode, ExportReport, ExportWarning } from '../../../shared/contract/export.js';
import type { EventPayload } from '../../../shared/contract/events.js';
import { AppError } from '../../../shared/errors.js';
import { ARTICLES_DIR } from '../store/article-store.js';
import { decodeDocument } from '../store/json-adapter.js';
import { metaSchema } from '../store/meta.js';
import { META_FILE } from '../store/meta-store.js';
import type { ReadResult } from './article-reader.js';
import { boardLatestSource } from './board-latest.js';
import {
  BundleWriter,
  checkTarget,
  lockTarget,
  recoverTarget,
  type CommitStep,
} from './bundle-writer.js';
import {
  articlePageKey,
  latestKey,
  placesKey,
  renderSitePages,
  siteKey as computeSiteKey,
} from './build-site.js';
import { contentHash } from './content-hash.js';
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  manifestParts,
  readManifest,
  rememberRow,
  type Manifest,
  type ManifestArticle,
} from './manifest.js';
import { mediaFiles, writeMedia, type MediaInfo } from './media.js';
import { planSite, type LatestNewsSource, type SiteEntry, type SiteMeta } from './site-model.js';
import { RenderPool, defaultWorkerCount } from './render-pool.js';
import { rememberTeaserKey, teaserKey } from './stored-entry.js';
import { zipFolder } from './zip-bundle.js';

export type ExportProgress = EventPayload<'export:progress'>;

/** What the export knows of an article's source file, from reading it or from the manifest. */
type ArticleSource = Omit<ManifestArticle, 'pageKey' | 'path'>;

export interface ExportOptions {
  dataDir: string;
  target: string;
  mode: ExportMode;
  zip?: string | null;
  now: Date;
  /** Worker threads for reading and rendering; default: by machine and store size. */
  workers?: number;
  latestNews?: LatestNewsSource;
  onProgress?: (progress: ExportProgress) => void;
  /** Told of each step of making the new files the bundle (see {@link BundleWriter.commit}). */
  onCommitStep?: (step: CommitStep, done: number) => void;
}

/** Reads the store's settings and taxonomy; a folder without one is not a store. */
export async function readSiteMeta(dataDir: string): Promise<SiteMeta> {
  const path = join(dataDir, META_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('not_found', `${dataDir} is not a newsroom store (no ${META_FILE}).`);
  }
  try {
    const meta = decodeDocument(path, text, 'meta', metaSchema);
    return {
      settings: meta.settings,
      categories: meta.categories,
      tags: meta.tags,
      boardZones: meta.board.zones,
    };
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `The store's settings cannot be read: ${(error as Error).message}`,
    );
  }
}

function throttle(onProgress: ExportOptions['onProgress']): (progress: ExportProgress) => void {
  let last = 0;
  let lastPhase = '';
  return (progress) => {
    if (!onProgress) return;
    const now = Date.now();
    if (progress.phase !== lastPhase || progress.done === progress.total || now - last > 100) {
      last = now;
      lastPhase = progress.phase;
      onProgress(progress);
    }
  };
}

export interface ArticleScan {
  /** Ids of the article files, sorted. */
  names: string[];
  /**
   * Each file's time and size, two numbers per name (NaN and -1 where it vanished): read
   * in place, not made into ten thousand objects.
   */
  facts: Float64Array;
}

/**
 * The store's article ids (its `<id>.json` files, sorted; none if the folder is missing)
 * and, with `stat`, each file's time and size (NaN and -1 where one vanished). It uses
 * nothing but its parameters, because it is also the whole code of the scanning thread
 * (see {@link scanInThread}): the two cannot scan differently.
 */
function scanFolder(
  dir: string,
  fs: { readdirSync: typeof readdirSync; statSync: typeof statSync },
  stat: boolean,
): { names: string[]; facts: Float64Array } {
  let files: string[] = [];
  try {
    files = fs.readdirSync(dir);
  } catch {
    // No article folder yet: no articles.
  }
  const names = files
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
  const facts = new Float64Array(stat ? names.length * 2 : 0);
  const options = { throwIfNoEntry: false } as const;
  // Synchronous on purpose: measured, ten thousand callbacks cost more than the stats.
  for (let i = 0; stat && i < names.length; i++) {
    const info = fs.statSync(`${dir}/${names[i]}.json`, options);
    facts[2 * i] = info ? info.mtimeMs : NaN;
    facts[2 * i + 1] = info ? info.size : -1;
  }
  return { names, facts };
}

const listArticles = (articlesDir: string): string[] =>
  scanFolder(articlesDir, { readdirSync, statSync }, false).names;

export const scanArticles = (articlesDir: string): ArticleScan =>
  scanFolder(articlesDir, { readdirSync, statSync }, true);

/** {@link scanArticles} in a thread of its own, with no imports, so it starts in a few milliseconds. */
export function scanInThread(articlesDir: string): Promise<ArticleScan> {
  return new Promise<ArticleScan>((resolve, reject) => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
const scan = (${scanFolder.toString()})(workerData, require('node:fs'), true);
parentPort.postMessage(scan, [scan.facts.buffer]);`,
      // Its output is not wanted: without the pipes to this thread's, it starts faster.
      { eval: true, workerData: articlesDir, stdout: true, stderr: true },
    );
    worker.once('message', (scan: ArticleScan) => resolve(scan));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the scanning thread stopped (${code})`)));
  });
}

/**
 * The scan in a thread of its own, so listing and stating ten thousand files runs while
 * this thread checks the target and reads the previous manifest; in this thread if the
 * other cannot.
 */
function scanArticlesAside(articlesDir: string): Promise<ArticleScan> {
  try {
    return scanInThread(articlesDir).catch(() => scanArticles(articlesDir));
  } catch {
    return Promise.resolve(scanArticles(articlesDir));
  }
}

/** Whether a list shows the two alike: where, under which category and tags, and its teaser. */
function sameTeaser(a: SiteEntry, b: SiteEntry): boolean {
  return (
    a.language === b.language &&
    teaserKey(a) === teaserKey(b) &&
    a.categoryId === b.categoryId &&
    a.publishedAt === b.publishedAt &&
    a.tagIds.length === b.tagIds.length &&
    a.tagIds.every((tag, i) => b.tagIds[i] === tag)
  );
}

/** Runs `task` over `items`, `limit` at a time (file writes through the thread pool). */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

export async function exportBundle(options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const target = resolve(options.target);
  const dataDir = resolve(options.dataDir);
  const progress = throttle(options.onProgress);
  const warnings: ExportWarning[] = [];
  const seen = new Set<string>();
  const warn = (code: string, message: string, articleId: string | null = null): void => {
    const key = `${code}|${articleId}|${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push({ code, message, articleId });
  };
  const articlesDir = join(dataDir, ARTICLES_DIR);
  // An incremental export starts by finding the article files changed since the manifest:
  // their list and stats are taken in another thread from the outset.
  const scanning = options.mode === 'incremental' ? scanArticlesAside(articlesDir) : null;
  await checkTarget(target, dataDir);
  const meta = await readSiteMeta(dataDir);
  const unlock = await lockTarget(target);
  let writer: BundleWriter | null = null;
  // The folder the new files go to, made while the scan is still running.
  let writing: Promise<BundleWriter> | null = null;
  let pool: RenderPool | null = null;
  try {
    await recoverTarget(target);
    // After recovery: an export killed mid-swap left the previous bundle beside the target,
    // and recovery has just put it back.
    const exists = existsSync(target);
    progress({ phase: 'reading', done: 0, total: 0 });
    // 1. Which article files to read: all of them, or those changed since the manifest.
    let previous: Manifest | null = null;
    let mode: ExportMode = options.mode;
    // Every exported article's source: as the manifest has it, or as read below.
    const sources = new Map<string, ArticleSource>();
    let names: string[];
    let toRead: string[];
    if (scanning) {
      previous = exists ? await readManifest(target) : null;
      writing = BundleWriter.start(target, previous ? 'incremental' : 'full');
      const scan = await scanning;
      names = scan.names;
      toRead = names;
      const facts = scan.facts;
      if (!previous) {
        mode = 'full';
        warn(
          'no_previous_bundle',
          exists
            ? 'The previous bundle’s manifest could not be used (damaged, or written by another version), so everything was exported.'
            : 'There was no previous bundle to update, so everything was exported.',
        );
      } else {
        toRead = [];
        for (let i = 0; i < names.length; i++) {
          const id = names[i] as string;
          const known = previous.articles.get(id);
          if (known && known.mtimeMs === facts[2 * i] && known.size === facts[2 * i + 1])
            sources.set(id, known);
          else toRead.push(id);
        }
      }
    } else {
      names = listArticles(articlesDir);
      toRead = names;
    }
    pool = RenderPool.start(options.workers ?? defaultWorkerCount(toRead.length));
    const folders = {
      dataDir,
      articlesDir,
      timeZone: meta.settings.timeZone,
    };
    const fresh = await pool.read(folders, toRead, options.now, (done) =>
      progress({ phase: 'reading', done, total: toRead.length }),
    );
    // 2. The site plan from every exported entry.
    const defaultPaths = new Map<SiteEntry, string>();
    const collect = (results: ReadResult[]): void => {
      for (const result of results) {
        if (result.kind === 'unreadable') {
          warn(
            'article_unreadable',
            `The article file ${result.id}.json cannot be read and was skipped: ${result.reason}`,
            null,
          );
          continue;
        }
        if (result.kind !== 'article' || !result.entry) continue;
        rememberTeaserKey(result.entry, result.teaserKey);
        if (result.defaultPath) defaultPaths.set(result.entry, result.defaultPath);
        for (const problem of result.problems)
          warn(problem.code, `“${result.entry.headline}”: ${problem.message}`, result.id);
        sources.set(result.id, {
          mtimeMs: result.mtimeMs,
          size: result.size,
          contentKey: result.contentKey,
          entry: result.entry,
          media: result.media,
        });
      }
    };
    collect(fresh);
    const entries: SiteEntry[] = [];
    for (const source of sources.values()) entries.push(source.entry);
    const plan = planSite(
      meta,
      entries,
      warn,
      options.latestNews ??
        (meta.boardZones ? boardLatestSource(meta.boardZones, options.now) : undefined),
      // An article read now comes with its default path; one read back from the manifest
      // has the folder it had, dated in the same zone.
      (entry) => {
        const known = defaultPaths.get(entry);
        if (known !== undefined) return known;
        const before = previous?.articles.get(entry.id);
        return before && before.entry === entry && previous?.timeZone === meta.settings.timeZone
          ? before.path
          : undefined;
      },
    );
    const site = computeSiteKey(plan);
    const latestKeys = new Map(meta.settings.languages.map((l) => [l, latestKey(plan, l)]));
    const placesKeys = new Map(meta.settings.languages.map((l) => [l, placesKey(plan, l)]));
    // Whether every list page shows what it showed last time: the same site, places,
    // articles, paths and teasers (checked article by article below).
    let listsAsBefore =
      previous !== null &&
      previous.siteKey === site &&
      meta.settings.languages.every((l) => previous?.placesKeys[l] === placesKeys.get(l)) &&
      previous.articles.size === plan.articlePath.size &&
      Object.keys(previous.listKeys).every((path) => previous?.files.has(path));
    // 3. Article pages whose inputs changed; unchanged ones the manifest vouches for.
    const articles = new Map<string, ManifestArticle>();
    const pageKey = (id: string): string => {
      const entry = plan.entries.get(id) as SiteEntry;
      return articlePageKey(
        plan,
        entry,
        (sources.get(id) as ArticleSource).contentKey,
        site,
        latestKeys.get(entry.language) ?? '',
      );
    };
    const needRender: string[] = [];
    let toWrite: string[] = [...plan.articlePath.keys()];
    if (previous) {
      toWrite = [];
      const was = previous;
      // What every page of a language shows besides its own article is as it was.
      const sameAround = new Map(
        meta.settings.languages.map((l) => [
          l,
          was.siteKey === site && was.latestKeys[l] === latestKeys.get(l),
        ]),
      );
      const sameTwin = (entry: SiteEntry): boolean => {
        if (!entry.twinId) return true;
        const before = was.articles.get(entry.twinId);
        const now = plan.articlePath.get(entry.twinId);
        return before === undefined
          ? now === undefined
          : sources.get(entry.twinId) === before && now === before.path;
      };
      for (const [id, path] of plan.articlePath) {
        const source = sources.get(id) as ArticleSource;
        const before = previous.articles.get(id);
        const entry = plan.entries.get(id) as SiteEntry;
        if (
          listsAsBefore &&
          (before === undefined ||
            before.path !== path ||
            (before !== source && !sameTeaser(before.entry, entry)))
        )
          listsAsBefore = false;
        // Nothing the page is built from changed: its key is the manifest's, no need to work it out.
        const key =
          before !== undefined &&
          before === source &&
          before.path === path &&
          sameAround.get(entry.language) &&
          sameTwin(entry)
            ? before.pageKey
            : pageKey(id);
        const same =
          before !== undefined &&
          before.pageKey === key &&
          before.path === path &&
          previous.files.has(path);
        // The very object of the previous manifest: its row is written out as it was read.
        articles.set(id, same && before === source ? before : { ...source, path, pageKey: key });
        if (same) continue;
        toWrite.push(id);
        if (!pool.hasBody(id)) needRender.push(id);
      }
    }
    if (needRender.length) {
      // Many pages to render again (the "Latest news" block changed, say): worth the threads.
      pool.grow(options.workers ?? defaultWorkerCount(needRender.length));
      collect(await pool.read(folders, needRender, options.now, () => undefined));
    }
    writer = await (writing ?? BundleWriter.start(target, mode));
    writing = null;
    const folder = writer.folder;
    const files = new Map<string, string>();
    const written: string[] = [];
    let unchanged = 0;
    // 4. Article pages (the bulk) in the threads holding their bodies, while this thread
    // renders and writes the list pages, feeds and the sitemap.
    const total = plan.articlePath.size;
    progress({ phase: 'rendering', done: 0, total });
    const articlePages = pool.writePages(
      plan,
      { siteKey: site, latestKeys },
      toWrite,
      folder,
      previous?.files ?? new Map<string, string>(),
      (done) => progress({ phase: 'rendering', done: done + (total - toWrite.length), total }),
    );
    const listKeys = new Map<string, string>();
    const pages = renderSitePages(plan, {
      siteKey: site,
      keys: listKeys,
      unchanged: (path, key) => previous?.listKeys[path] === key && previous.files.has(path),
      ...(listsAsBefore && previous ? { asBefore: previous.listKeys } : {}),
    });
    const siteWriter = writer;
    await eachLimited([...pages], 8, async ([path, html]) => {
      const bytes = Buffer.from(html);
      const hash = contentHash(bytes);
      files.set(path, hash);
      if (previous && previous.files.get(path) === hash) {
        unchanged++;
        return;
      }
      await siteWriter.write(path, bytes);
      written.push(path);
    });
    for (const path of listKeys.keys()) {
      if (pages.has(path)) continue;
      files.set(path, previous?.files.get(path) as string);
      unchanged++;
    }
    for (const page of await articlePages) {
      files.set(page.path, page.hash);
      if (!previous) {
        // A full export: the threads worked out each page's key and manifest row as they wrote it.
        const article: ManifestArticle = {
          ...(sources.get(page.id) as ArticleSource),
          path: page.path,
          pageKey: page.pageKey,
        };
        articles.set(page.id, article);
        rememberRow(article, page.row, page.hash);
      }
      if (page.bytes < 0) unchanged++;
      else {
        written.push(page.path);
        writer.account(page.bytes);
      }
    }
    for (const [id, path] of plan.articlePath) {
      if (files.has(path)) continue;
      const before = previous?.files.get(path);
      if (before === undefined) {
        warn('page_missing', `The page of article ${id} could not be written.`, id);
        continue;
      }
      files.set(path, before);
      unchanged++;
    }
    // 5. Media: every image an exported article uses, once.
    const media = new Map<string, MediaInfo>();
    for (const id of plan.articlePath.keys())
      for (const m of sources.get(id)?.media ?? []) media.set(m.name, m);
    const mediaList = [...media.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    let mediaDone = 0;
    progress({ phase: 'media', done: 0, total: mediaList.length });
    for (const info of mediaList) {
      const names = mediaFiles(info);
      const present = names.every((name) => previous?.files.has(name));
      if (!present) {
        try {
          await writer.ensureFolder(join(writer.folder, 'media'));
          for (const name of await writeMedia(dataDir, info, writer.folder)) {
            const size = (await stat(writer.pathFor(name))).size;
            writer.account(size);
            written.push(name);
          }
        } catch (error) {
          warn('media_failed', `${info.name} could not be copied: ${(error as Error).message}`);
          continue;
        }
      } else unchanged += names.length;
      for (const name of names) files.set(name, `media:${info.name}`);
      progress({ phase: 'media', done: ++mediaDone, total: mediaList.length });
    }
    // 6. What the previous bundle had and this one does not.
    const removes = previous
      ? [...previous.files.keys()].filter((path) => !files.has(path)).sort()
      : [];
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      siteKey: site,
      timeZone: meta.settings.timeZone,
      latestKeys: Object.fromEntries(latestKeys),
      placesKeys: Object.fromEntries(placesKeys),
      files,
      listKeys: Object.fromEntries(listKeys),
      articles,
    };
    progress({ phase: 'writing', done: 0, total: 1 });
    // The threads are done: they wind down while the manifest is encoded.
    const closing = pool.close();
    pool = null;
    const encoded = manifestParts(manifest);
    await closing;
    await writer.commit(encoded, written, removes, options.onCommitStep);
    const { bytes } = writer.written;
    writer = null;
    progress({ phase: 'writing', done: 1, total: 1 });
    let zip: string | null = null;
    if (options.zip) {
      progress({ phase: 'zipping', done: 0, total: 1 });
      zip = await zipFolder(target, resolve(options.zip), [...files.keys()].sort());
      progress({ phase: 'zipping', done: 1, total: 1 });
    }
    progress({ phase: 'done', done: 1, total: 1 });
    return {
      target,
      mode,
      articles: plan.articlePath.size,
      pages: [...files.keys()].filter((p) => p.endsWith('.html')).length,
      written: written.length,
      unchanged,
      removed: removes.length,
      bytes,
      media: mediaList.length,
      warnings,
      zip,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    progress({ phase: 'failed', done: 0, total: 0 });
    writer ??= (await writing?.catch(() => null)) ?? null;
    if (writer) await writer.abandon().catch(() => undefined);
    throw error;
  } finally {
    await pool?.close();
    await unlock();
  }
}

export { MANIFEST_FILE };
