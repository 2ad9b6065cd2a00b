/**
 * Articles and their revisions, one JSON document each:
 *   articles/<id>.json              the current state of an article
 *   revisions/<id>/<number>.json    every saved state, newest number = article.revision
 * A save writes the revision first and the article second, both durably, and only then
 * acknowledges; a crash in between leaves the previous article intact and one revision
 * too many, which is harmless. Summaries of every article are kept in memory for lists.
 */
import { statSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Low } from 'lowdb';
import {
  articleSchema,
  contentOf,
  revisionSchema,
  type Article,
  type ArticleContent,
  type ArticleSummary,
  type Revision,
  type RevisionSummary,
} from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import { slugify, uniqueSlug } from '../../../shared/slug.js';
import { countWords, docToPlainText } from '../../../shared/text-stats.js';
import { SortedViews, type ListFilter, type ListPage, type ListSort } from './article-list.js';
import {
  CACHE_DIR,
  Catalogue,
  stampKey,
  type CatalogueEntry,
  type FileStamp,
} from './catalogue.js';
import { DocumentError } from './document-error.js';
import {
  fsyncFolder,
  readTextIfExists,
  writeFileDurable,
  type StagedFile,
  type WriteQueues,
} from './durable-file.js';
import { DurableJsonAdapter, decodeDocumentDetailed, encodeDocument } from './json-adapter.js';
import type { Quarantine } from './quarantine.js';

export const ARTICLES_DIR = 'articles';
export const REVISIONS_DIR = 'revisions';
export const MIGRATIONS_DIR = 'migrations';
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The file's stamp, or null when it does not exist. */
function statStamp(path: string): FileStamp | null {
  try {
    const stat = statSync(path);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
/** Autosaves by the same author closer together than this share one revision. */
export const AUTOSAVE_COALESCE_MS = 60_000;

export interface SaveInput {
  id: string;
  baseRevision: number;
  content: ArticleContent;
  autosave: boolean;
  author: string;
}

export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    categoryId: article.categoryId,
    tagIds: article.tagIds,
    slug: article.slug,
    status: article.status,
    twinId: article.twinId,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    publishAt: article.publishAt,
    publishedAt: article.publishedAt,
    embargoUntil: article.embargoUntil,
    revision: article.revision,
    wordCount: countWords(docToPlainText(article.body)),
    twinState: 'none',
    notForPublication: article.flags.notForPublication,
  };
}

export type ArticleListener = (article: Article, previous: Article | null) => void;

export interface ArticleStoreOptions {
  /** Journal records after which the catalogue snapshot is rewritten in the background. */
  compactEvery?: number;
}

export class ArticleStore {
  /** Summary and file stamp of every article: the catalogue, kept in memory. */
  private entries = new Map<string, CatalogueEntry>();
  private readonly slugOwners = new Map<string, string>();
  private readonly listeners = new Set<ArticleListener>();
  /** The newest revision of each article, when it was an autosave (for coalescing). */
  private readonly lastAutosave = new Map<string, { number: number; author: string; at: number }>();
  private readonly catalogue: Catalogue;
  private readonly views = new SortedViews(() => this.allSummaries());
  private closed = false;
  private verifying: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly queues: WriteQueues,
    private readonly quarantine: Quarantine,
    private readonly now: () => Date,
    options: ArticleStoreOptions = {},
  ) {
    this.catalogue = new Catalogue(dataDir, queues, options.compactEvery);
  }

  articlePath(id: string): string {
    return join(this.dataDir, ARTICLES_DIR, `${id}.json`);
  }

  revisionPath(id: string, number: number): string {
    return join(this.dataDir, REVISIONS_DIR, id, `${String(number).padStart(6, '0')}.json`);
  }

  /**
   * Loads the catalogue and reconciles it with the article folder: files added or removed
   * behind our back, and saves a crash interrupted, are read before this resolves; files
   * rewritten in place (same name, new content, e.g. by git) are found by a background
   * check of every file's stamp ({@link verified}). Without a usable catalogue every file
   * is read, and a new catalogue written. `onArticle` sees every article read here (the
   * background check tells {@link onChange} listeners instead).
   */
  async open(onArticle?: (article: Article) => void): Promise<void> {
    const folder = join(this.dataDir, ARTICLES_DIR);
    // The folder listing and the catalogue are read side by side.
    const [names, loaded] = await Promise.all([
      readdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      }),
      this.catalogue.load(),
    ]);
    // Stale temp files are left by writes that a crash interrupted; the target is intact.
    await Promise.all(
      names
        .filter((name) => name.endsWith('.tmp'))
        .map((name) => rm(join(folder, name), { force: true })),
    );
    const onDisk = new Set(names);
    const toRead: string[] = [];
    const removed: string[] = [];
    if (loaded.trusted) {
      // The loaded map becomes ours; only what disagrees with the folder is taken out.
      this.entries = loaded.entries;
      for (const id of this.entries.keys()) {
        if (!onDisk.has(`${id}.json`)) removed.push(id);
      }
      for (const id of removed) this.entries.delete(id);
      for (const id of loaded.pending) this.entries.delete(id);
    }
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -5);
      if (ID_PATTERN.test(id) && !this.entries.has(id)) toRead.push(id);
    }
    const read: CatalogueEntry[] = [];
    const batch = 64;
    for (let i = 0; i < toRead.length; i += batch) {
      const found = await Promise.all(
        toRead.slice(i, i + batch).map((id) => this.readFromDisk(id)),
      );
      for (const item of found) {
        if (!item) continue;
        // A save that a crash interrupted may have left its article without the revision.
        if (loaded.pending.has(item.article.id)) await this.ensureRevision(item.article);
        const entry = { summary: summarize(item.article), stamp: item.stamp };
        this.entries.set(item.article.id, entry);
        read.push(entry);
        onArticle?.(item.article);
      }
    }
    for (const { summary } of this.entries.values()) {
      if (summary.slug) this.slugOwners.set(summary.slug, summary.id);
    }
    await mkdir(join(this.dataDir, CACHE_DIR), { recursive: true });
    // The cache is rebuilt from the articles: a store kept in git should not carry it.
    await writeFile(join(this.dataDir, CACHE_DIR, '.gitignore'), '*\n', { flag: 'wx' }).catch(
      () => undefined,
    );
    if (!loaded.trusted) {
      await this.catalogue.writeInitialSnapshot(this.entries.values());
      await this.catalogue.start();
    } else {
      await this.catalogue.start();
      // A few differences go to the journal; the catalogue is rewritten when they add up.
      for (const id of removed) await this.catalogue.remove(id);
      for (const id of loaded.pending) if (!this.entries.has(id)) await this.catalogue.remove(id);
      for (const entry of read) await this.catalogue.put(entry);
      this.scheduleCompaction();
    }
    if (loaded.trusted) this.verifying = this.verifyStamps();
  }

  /**
   * Writes an article's current revision from the article itself when it is missing: after
   * a power cut that made a save's article durable but not its revision (the two are
   * renamed side by side), or in stores written by other tools.
   */
  private async ensureRevision(article: Article): Promise<void> {
    const path = this.revisionPath(article.id, article.revision);
    if ((await readTextIfExists(path)) !== null) return;
    const revision: Revision = {
      articleId: article.id,
      number: article.revision,
      savedAt: article.updatedAt,
      author: article.updatedBy,
      autosave: false,
      content: contentOf(article),
    };
    await writeFileDurable(path, encodeDocument(revision));
  }

  /**
   * Reads every article (except `skip`) in the background, a batch per turn of the event
   * loop, and hands each to `visit` if its file did not change while it was read (a newer
   * version reaches {@link onChange} listeners instead). For consumers that need full texts,
   * which an open from the catalogue does not read.
   */
  async readEach(visit: (article: Article) => void, skip: ReadonlySet<string>): Promise<void> {
    const ids = [...this.entries.keys()].filter((id) => !skip.has(id));
    const batch = 32;
    for (let i = 0; i < ids.length && !this.closed; i += batch) {
      await nextTurn();
      const slice = ids.slice(i, i + batch);
      const before = slice.map((id) => this.stamp(id));
      const read = await Promise.all(
        slice.map((id) =>
          this.entries.has(id) ? this.readArticleFile(id).catch(() => null) : null,
        ),
      );
      read.forEach((article, k) => {
        if (article && before[k] !== undefined && this.stamp(article.id) === before[k])
          visit(article);
      });
    }
  }

  /** Resolves when the background check of every article file's stamp has finished. */
  get verified(): Promise<void> {
    return this.verifying;
  }

  /**
   * Compares every file's stamp with the catalogue, a few hundred files per turn of the
   * event loop, and re-reads the files that changed behind our back.
   */
  private async verifyStamps(): Promise<void> {
    const ids = [...this.entries.keys()];
    const batch = 256;
    for (let i = 0; i < ids.length && !this.closed; i += batch) {
      await nextTurn();
      const stale: string[] = [];
      for (const id of ids.slice(i, i + batch)) {
        const entry = this.entries.get(id);
        if (!entry) continue;
        const stamp = statStamp(this.articlePath(id));
        if (!stamp || stampKey(stamp) !== stampKey(entry.stamp)) stale.push(id);
      }
      for (const id of stale) {
        if (this.closed) break;
        await this.queues.run(`save:${id}`, () => this.refresh(id));
      }
    }
  }

  /** Brings one catalogue entry in line with its file (inside the article's save queue). */
  private async refresh(id: string): Promise<void> {
    const entry = this.entries.get(id);
    const stamp = statStamp(this.articlePath(id));
    if (entry && stamp && stampKey(stamp) === stampKey(entry.stamp)) return;
    const found = stamp ? await this.readFromDisk(id) : null;
    if (!found) {
      if (!entry) return;
      await this.catalogue.remove(id);
      this.forget(id);
      // Listeners learn of the removal from the last summary (the file is gone).
      const gone = articleSchema.parse(entry.summary);
      for (const listener of this.listeners) listener(gone, gone);
      return;
    }
    await this.catalogue.put({ summary: summarize(found.article), stamp: found.stamp });
    this.remember(found.article, found.stamp);
    for (const listener of this.listeners) listener(found.article, null);
  }

  /** Reads and checks one article file; an unusable one is quarantined. */
  private async readFromDisk(id: string): Promise<{ article: Article; stamp: FileStamp } | null> {
    // The stamp is taken first: if the file changes after it, the next check sees a newer
    // stamp than the catalogue's and reads the file again.
    const stamp = statStamp(this.articlePath(id));
    if (!stamp) return null;
    const article = await this.readArticleFile(id);
    return article ? { article, stamp } : null;
  }

  private async readArticleFile(id: string): Promise<Article | null> {
    const path = this.articlePath(id);
    try {
      const text = await readTextIfExists(path);
      if (text === null) return null;
      const { data, migratedFrom } = decodeDocumentDetailed(path, text, 'article', articleSchema);
      if (data.id !== id) {
        throw new DocumentError(path, `names article "${data.id}" but is stored as "${id}"`);
      }
      if (migratedFrom !== null) await this.writeMigrated(id, text, data, migratedFrom);
      return data;
    } catch (error) {
      if (error instanceof DocumentError) {
        await this.quarantine.add(error.path, error.message, this.now());
        return null;
      }
      throw error;
    }
  }

  /**
   * Stores a migrated article in the current schema, keeping the original bytes under
   * `migrations/from-v<N>/` so a migration can always be checked or undone by hand.
   */
  private async writeMigrated(
    id: string,
    original: string,
    article: Article,
    from: number,
  ): Promise<void> {
    await writeFileDurable(
      join(this.dataDir, MIGRATIONS_DIR, `from-v${from}`, ARTICLES_DIR, `${id}.json`),
      original,
    );
    await writeFileDurable(this.articlePath(id), encodeDocument(article));
  }

  private remember(article: Article, stamp: FileStamp): void {
    const previous = this.entries.get(article.id)?.summary;
    if (previous?.slug && this.slugOwners.get(previous.slug) === article.id)
      this.slugOwners.delete(previous.slug);
    const summary = summarize(article);
    this.entries.set(article.id, { summary, stamp });
    if (article.slug) this.slugOwners.set(article.slug, article.id);
    this.views.change(previous, summary);
  }

  private forget(id: string): void {
    const previous = this.entries.get(id)?.summary;
    if (previous?.slug && this.slugOwners.get(previous.slug) === id)
      this.slugOwners.delete(previous.slug);
    this.entries.delete(id);
    this.views.change(previous, undefined);
  }

  onChange(listener: ArticleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get count(): number {
    return this.entries.size;
  }

  *allSummaries(): IterableIterator<ArticleSummary> {
    for (const entry of this.entries.values()) yield entry.summary;
  }

  summary(id: string): ArticleSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  /** The stamp of the article file the catalogue describes (what the search index keys on). */
  stamp(id: string): string | undefined {
    const entry = this.entries.get(id);
    return entry ? stampKey(entry.stamp) : undefined;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  private articleDoc(id: string): Low<Article | null> {
    return new Low<Article | null>(
      new DurableJsonAdapter(this.articlePath(id), 'article', articleSchema, this.queues),
      null,
    );
  }

  /** Filters, sorts and pages the summaries (see article-list.ts). */
  list(filter: ListFilter, sort: ListSort, offset: number, limit: number): ListPage {
    return this.views.list(filter, sort, offset, limit);
  }

  async get(id: string): Promise<Article> {
    if (!this.entries.has(id)) throw new AppError('not_found', `No article with id ${id}.`);
    const article = await this.readArticleFile(id);
    if (!article) {
      // The file is gone or was quarantined: the catalogue and listeners must say so too.
      const last = this.entries.get(id)?.summary;
      await this.catalogue.remove(id);
      this.forget(id);
      if (last) {
        const gone = articleSchema.parse(last);
        for (const listener of this.listeners) listener(gone, gone);
      }
      throw new AppError(
        'not_found',
        `Article ${id} could not be read and was moved to quarantine.`,
      );
    }
    return article;
  }

  /** The slug to store: the one given (must be free) or one made from the headline. */
  private resolveSlug(id: string, content: ArticleContent, previous: Article | null): string {
    const owner = (slug: string): boolean => {
      const holder = this.slugOwners.get(slug);
      return holder !== undefined && holder !== id;
    };
    if (previous?.publishedAt && previous.slug && content.slug !== previous.slug) {
      // A published URL stays where readers and search engines found it.
      return previous.slug;
    }
    if (content.slug) {
      if (owner(content.slug)) {
        throw new AppError(
          'conflict',
          `The slug "${content.slug}" is already used by another article.`,
          {
            field: 'slug',
            articleId: this.slugOwners.get(content.slug),
          },
        );
      }
      return content.slug;
    }
    const base = slugify(content.headline);
    return base ? uniqueSlug(base, owner) : '';
  }

  async create(article: Article, author: string): Promise<Article> {
    return this.queues.run(`save:${article.id}`, async () => {
      if (this.entries.has(article.id)) {
        throw new AppError('conflict', `An article with id ${article.id} already exists.`);
      }
      const stored: Article = { ...article, slug: this.resolveSlug(article.id, article, null) };
      await this.commit(stored, null, author, false);
      return stored;
    });
  }

  async save(input: SaveInput): Promise<Article> {
    return this.queues.run(`save:${input.id}`, async () => {
      const previous = await this.get(input.id);
      if (previous.revision !== input.baseRevision) {
        throw new AppError(
          'conflict',
          `This article was saved elsewhere (revision ${previous.revision}) after the version you edited (revision ${input.baseRevision}).`,
          { current: previous },
        );
      }
      if (previous.status === 'spiked') {
        throw new AppError('conflict', 'This article is in the trash; restore it before editing.');
      }
      const now = this.now();
      const next: Article = {
        ...previous,
        ...input.content,
        // Flags are the workflow's (workflow:flags, with its role rules): a content save
        // from a form loaded before a flag changed must not quietly undo it.
        flags: previous.flags,
        slug: this.resolveSlug(previous.id, input.content, previous),
        revision: previous.revision + 1,
        updatedAt: now.toISOString(),
        updatedBy: input.author,
      };
      await this.commit(next, previous, input.author, input.autosave);
      return next;
    });
  }

  /** Writes store-owned fields (status, dates) without a content revision of its own. */
  async update(id: string, change: (article: Article) => Article): Promise<Article> {
    return this.queues.run(`save:${id}`, async () => {
      const previous = await this.get(id);
      const next = {
        ...change(previous),
        revision: previous.revision + 1,
        updatedAt: this.now().toISOString(),
      };
      await this.commit(next, previous, next.updatedBy, false);
      return next;
    });
  }

  async purge(id: string): Promise<void> {
    await this.queues.run(`save:${id}`, async () => {
      const previous = await this.get(id);
      if (previous.status !== 'spiked') {
        throw new AppError('conflict', 'Only articles in the trash can be purged.');
      }
      await this.catalogue.begin(id);
      await rm(this.articlePath(id), { force: true });
      await fsyncFolder(join(this.dataDir, ARTICLES_DIR));
      await this.catalogue.remove(id);
      this.forget(id);
      this.scheduleCompaction();
      // Revisions go last: a crash before this leaves only history of a purged article.
      await rm(join(this.dataDir, REVISIONS_DIR, id), { recursive: true, force: true });
      for (const listener of this.listeners) listener({ ...previous, status: 'spiked' }, previous);
    });
  }

  /**
   * One durable save. The journal's `begin`, the revision and the new article file (under
   * a temp name) are written and fsynced side by side; only when all three are on disk
   * does the article file replace the old one. So an acknowledged save has its revision,
   * and a crash at any point leaves the old article or the new one, never a torn one.
   */
  private async commit(
    article: Article,
    previous: Article | null,
    author: string,
    autosave: boolean,
  ): Promise<void> {
    const adapter = new DurableJsonAdapter(
      this.articlePath(article.id),
      'article',
      articleSchema,
      this.queues,
    );
    const [begun, revision, staged] = await Promise.allSettled([
      this.catalogue.begin(article.id),
      this.stageRevision(article, author, autosave),
      adapter.stage(article),
    ]);
    if (
      begun.status === 'rejected' ||
      revision.status === 'rejected' ||
      staged.status === 'rejected'
    ) {
      if (revision.status === 'fulfilled') await revision.value.staged.abort();
      if (staged.status === 'fulfilled') await staged.value.abort();
      const failed = [begun, revision, staged].find((r) => r.status === 'rejected');
      throw (failed as PromiseRejectedResult).reason;
    }
    // Both renames and folder fsyncs side by side: if a crash makes the article durable
    // and not its revision, the begin record (no put yet) makes the next open re-read the
    // article and write the missing revision from it (ensureRevision).
    const [revisionDone, articleDone] = await Promise.allSettled([
      revision.value.staged.commit(),
      staged.value.commit(),
    ]);
    if (articleDone.status === 'rejected') throw articleDone.reason;
    if (revisionDone.status === 'rejected') await this.ensureRevision(article);
    await revision.value.settle();
    const stamp = statStamp(this.articlePath(article.id));
    if (!stamp) throw new Error(`article ${article.id} vanished right after it was written`);
    await this.catalogue.put({ summary: summarize(article), stamp });
    this.remember(article, stamp);
    this.scheduleCompaction();
    for (const listener of this.listeners) listener(article, previous);
  }

  private scheduleCompaction(): void {
    if (!this.catalogue.needsCompaction || this.closed) return;
    // In the background: saves go on appending to the new journal meanwhile.
    void this.catalogue.compact(() => this.entries.values()).catch(() => undefined);
  }

  /** Writes the catalogue snapshot now (e.g. before a benchmark or at close). */
  compactCatalogue(): Promise<void> {
    return this.catalogue.compact(() => this.entries.values());
  }

  /** Stops background work and closes the journal. Call after the write queues are idle. */
  async close(): Promise<void> {
    this.closed = true;
    await this.verifying.catch(() => undefined);
    await this.queues.idle();
    await this.catalogue.close();
  }

  /**
   * Writes and fsyncs the revision under a temp name. `settle()`, after it is committed,
   * drops the autosave it coalesces with and remembers this one.
   */
  private async stageRevision(
    article: Article,
    author: string,
    autosave: boolean,
  ): Promise<{ staged: StagedFile; settle: () => Promise<void> }> {
    const at = this.now().getTime();
    const revision: Revision = {
      articleId: article.id,
      number: article.revision,
      savedAt: new Date(at).toISOString(),
      author,
      autosave,
      content: contentOf(article),
    };
    const adapter = new DurableJsonAdapter(
      this.revisionPath(article.id, article.revision),
      'revision',
      revisionSchema,
      this.queues,
    );
    const staged = await adapter.stage(revision);
    const settle = async (): Promise<void> => {
      const last = this.lastAutosave.get(article.id);
      const follows =
        last !== undefined &&
        last.number === article.revision - 1 &&
        at - last.at < AUTOSAVE_COALESCE_MS;
      // Coalesce: an autosave right after an autosave by the same author replaces it.
      if (autosave && follows && last.author === author) {
        await rm(this.revisionPath(article.id, last.number), { force: true });
      }
      if (autosave) {
        // Keep the time the coalesced run started, so a long session still keeps a revision a minute.
        this.lastAutosave.set(article.id, {
          number: article.revision,
          author,
          at: follows ? last.at : at,
        });
      } else {
        this.lastAutosave.delete(article.id);
      }
    };
    return { staged, settle };
  }

  async listRevisions(id: string): Promise<RevisionSummary[]> {
    if (!this.entries.has(id)) throw new AppError('not_found', `No article with id ${id}.`);
    let names: string[];
    try {
      names = await readdir(join(this.dataDir, REVISIONS_DIR, id));
    } catch {
      return [];
    }
    const numbers = names
      .filter((name) => /^\d+\.json$/.test(name))
      .map((name) => Number(name.slice(0, -5)))
      .sort((a, b) => b - a);
    const revisions = await Promise.all(
      numbers.map((n) => this.readRevision(id, n).catch(() => null)),
    );
    return revisions
      .filter((r): r is Revision => r !== null)
      .map(({ content: _content, ...summary }) => summary);
  }

  async readRevision(id: string, number: number): Promise<Revision> {
    const doc = new Low<Revision | null>(
      new DurableJsonAdapter(
        this.revisionPath(id, number),
        'revision',
        revisionSchema,
        this.queues,
      ),
      null,
    );
    try {
      await doc.read();
    } catch (error) {
      if (error instanceof DocumentError) {
        await this.quarantine.add(error.path, error.message, this.now());
        throw new AppError(
          'not_found',
          `Revision ${number} of article ${id} was unreadable and moved to quarantine.`,
        );
      }
      throw error;
    }
    if (!doc.data) throw new AppError('not_found', `Article ${id} has no revision ${number}.`);
    return doc.data;
  }
}
