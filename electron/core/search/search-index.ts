/**
 * Full-text search over headline, standfirst and body in both languages: the store's
 * {@link InvertedIndex}, kept up to date on every save and persisted in
 * `cache/search.bin`. At open the persisted index is loaded in the background after the
 * first list page, then every article whose file stamp differs from the one it was
 * indexed at is re-read; until that has converged `ready` is false and lists report
 * search as "indexing". Terms are folded (lower case, ё → е) so "Ёлка", "елка" and
 * "ЕЛКА" meet.
 */
import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, ArticleSummary } from '../../../shared/domain.js';
import { docToPlainText } from '../../../shared/text-stats.js';
import { writeFileDurable } from '../store/durable-file.js';
import { decodeIndexImage, encodeIndexImage } from './index-file.js';
import {
  foldTerm,
  InvertedIndex,
  tokenize,
  type Matches,
  type IndexedText,
  type SearchHit,
} from './inverted-index.js';

export { foldTerm, tokenize, type Matches, type SearchHit };

/** Where the index gets articles and their current file stamps from (the article store). */
export interface IndexSource {
  ids(): Iterable<string>;
  stamp(id: string): string | undefined;
  /** The article's summary as listed now (kept with its index entry for fast lists). */
  summary(id: string): ArticleSummary | undefined;
  /** The article as stored now, or null if it is gone or unreadable. */
  read(id: string): Promise<Article | null>;
}

/** Delta documents and tombstones after which the index is compacted and written again. */
const PERSIST_AFTER_CHURN = 2_000;

export function indexedText(article: Article): IndexedText {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: docToPlainText(article.body),
  };
}

export class SearchIndex {
  private index = new InvertedIndex<ArticleSummary>();
  private source: IndexSource | null = null;
  private isReady: boolean;
  private dirty = false;
  private stopped = false;
  private loading: Promise<void> = Promise.resolve();
  private persisting: Promise<void> | null = null;

  /**
   * @param file where the index is persisted; without one (tests of the index alone) it
   *   lives in memory and is ready at once.
   */
  constructor(private readonly file?: string) {
    this.isReady = file === undefined;
  }

  get ready(): boolean {
    return this.isReady;
  }

  /** Resolves when the background load has converged (or stopped). */
  get loaded(): Promise<void> {
    return this.loading;
  }

  /** Starts loading in the background; the returned promise is also {@link loaded}. */
  start(source: IndexSource): Promise<void> {
    this.source = source;
    this.loading = this.load(source).catch((error: unknown) => {
      // A broken cache must not take the store down: search stays in "indexing" and the
      // reason is kept for app:status to show.
      this.failure = error instanceof Error ? error.message : String(error);
    });
    return this.loading;
  }

  failure: string | null = null;

  /**
   * Indexes an article the store has just read anyway (when it rebuilds its catalogue from
   * every file), so the background load does not read the same 50,000 files again.
   */
  prime(article: Article, stamp: string | undefined, summary?: ArticleSummary): void {
    if (stamp === undefined) return;
    this.index.upsert(article.id, stamp, indexedText(article), summary);
    this.primed = true;
  }

  private primed = false;

  private async load(source: IndexSource): Promise<void> {
    // A primed index was built from the files just now: fresher than any file on disk.
    if (this.file && !this.primed) {
      const bytes = await readFile(this.file).catch(() => null);
      const image = bytes ? decodeIndexImage(bytes) : null;
      if (image) this.index = InvertedIndex.fromImage<ArticleSummary>(image);
    }
    let indexedSome = this.primed;
    for (;;) {
      if (this.stopped) return;
      const wanted = new Set<string>();
      for (const id of source.ids()) {
        if (this.index.stampOf(id) !== source.stamp(id)) wanted.add(id);
      }
      const gone = [...this.index.indexedIds()].filter((id) => source.stamp(id) === undefined);
      for (const id of gone) this.index.remove(id);
      if (gone.length > 0) indexedSome = true;
      if (wanted.size === 0) break;
      const ids = [...wanted];
      const batch = 32;
      for (let i = 0; i < ids.length && !this.stopped; i += batch) {
        const slice = ids.slice(i, i + batch);
        const stamps = slice.map((id) => source.stamp(id));
        const articles = await Promise.all(slice.map((id) => source.read(id).catch(() => null)));
        articles.forEach((article, k) => {
          const stamp = stamps[k];
          // Indexed only if the file did not change while it was read; else the next
          // round reads it again.
          if (article && stamp !== undefined && source.stamp(article.id) === stamp) {
            this.index.upsert(article.id, stamp, indexedText(article), source.summary(article.id));
            indexedSome = true;
          }
        });
        await nextTurn();
      }
    }
    // The check above and this line run in one turn: nothing changed in between.
    this.isReady = true;
    if (indexedSome) {
      this.dirty = true;
      await this.persist();
    }
  }

  upsert(article: Article, stamp = '', summary?: ArticleSummary): void {
    // While loading, the load loop sees the new stamp and re-reads the article itself.
    if (!this.isReady) return;
    this.index.upsert(article.id, stamp, indexedText(article), summary);
    this.changed();
  }

  remove(id: string): void {
    if (!this.isReady) return;
    this.index.remove(id);
    this.changed();
  }

  private changed(): void {
    this.dirty = true;
    if (this.index.churn >= PERSIST_AFTER_CHURN && this.file && !this.persisting) {
      setImmediate(() => void this.persist().catch(() => undefined));
    }
  }

  /** Compacts and writes the index file if anything changed since the last write. */
  persist(): Promise<void> {
    if (this.persisting) return this.persisting;
    const file = this.file;
    if (!file || !this.dirty || !this.isReady) return Promise.resolve();
    this.dirty = false;
    const bytes = encodeIndexImage(this.index.image());
    this.persisting = writeFileDurable(file, bytes).finally(() => {
      this.persisting = null;
    });
    return this.persisting;
  }

  /** Stops the background load (the store is closing). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.loading;
  }

  /** Stops loading and writes the index if it changed. */
  async close(): Promise<void> {
    await this.stop();
    await this.persisting;
    await this.persist();
  }

  /** The summaries of the articles matching every word of `text` (for filtered lists). */
  matches(text: string): Matches<ArticleSummary> {
    return this.index.matches(tokenize(text), (id) => this.source?.summary(id));
  }

  search(text: string, limit = 10_000): SearchHit[] {
    return this.index.search(tokenize(text), limit);
  }

  /** The folded query words, for highlighting matches in the list. */
  static highlightTerms(text: string): string[] {
    return tokenize(text).map(foldTerm);
  }
}
