/**
 * The tagger inside a running store: learns from every categorised article as articles are
 * saved (forgetting the previous version first), keeps the tag matcher in step with the
 * taxonomy, and answers suggestions. Rejections live in the meta document so they survive
 * restarts.
 *
 * The model is persisted in `cache/tagger.bin` (model-file.ts) with a ledger of what it
 * learned from each article (category, revision, updatedAt, text hash). At open the file is
 * read back and checked against the catalogue: only articles added, changed or removed
 * while the store was closed are read, and the version the model learned from a changed or
 * removed article is forgotten through its revision file. Where that cannot be done
 * exactly (the file is missing, corrupt, outdated, or the revision is gone) the model is
 * rebuilt from every article in the background, as a store without a model file is. Writes
 * are coalesced: ten seconds after the first change since the last write, and at close.
 */
import { readFile, rename } from 'node:fs/promises';
import type { Suggestions } from '../../../shared/contract/tagger.js';
import type { Article, ArticleSummary, Tag } from '../../../shared/domain.js';
import { docToPlainText } from '../../../shared/text-stats.js';
import { writeFileDurable } from '../store/durable-file.js';
import { CategoryModel } from './category-model.js';
import { decodeModel, encodeModel, hashText, type LearnedEntry } from './model-file.js';
import { articleText, suggest, type CoOccurrence, type SuggestText } from './suggest.js';
import { TagMatcher } from './tag-matcher.js';
import { extractFeatures } from './text-features.js';

export interface TaggerHost {
  categoryIds(): string[];
  tags(): Tag[];
  summaries(): Iterable<{ categoryId: string | null; tagIds: string[]; status: string }>;
}

/** Where the tagger reads articles from when it catches up with the store. */
export interface TaggerSource {
  summary(id: string): ArticleSummary | undefined;
  summaries(): Iterable<ArticleSummary>;
  /** Reads every article except `skip`, handing each to `visit` (see ArticleStore.readEach). */
  readEach(visit: (article: Article) => void, skip: ReadonlySet<string>): Promise<void>;
  /** The article as it was at a revision, or null when that revision is gone or unreadable. */
  revision(id: string, number: number): Promise<SuggestText | null>;
}

export interface TaggerServiceOptions {
  /** Where the model is persisted; without one it lives in memory only. */
  file?: string;
  /** How long after the last change the model is written. */
  persistDelayMs?: number;
}

/** How the model came to be at the last open, for status and tests. */
export interface TaggerOpenReport {
  /** What was found on disk. */
  file: 'none' | 'missing' | 'loaded' | 'outdated' | 'corrupt';
  /** Articles read in the background after the open to learn from. */
  read: number;
  /** Versions forgotten through their revision files. */
  forgotten: number;
  /** Whether the whole model had to be learned again. */
  rebuilt: boolean;
}

function learnable(article: { categoryId: string | null; status: string }): boolean {
  return article.categoryId !== null && article.status !== 'spiked';
}

export function textOfArticle(
  article: Pick<Article, 'headline' | 'standfirst' | 'body'>,
): SuggestText {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: docToPlainText(article.body),
  };
}

// A crash loses at most this much of the model, and the next open catches up through the ledger.
const DEFAULT_PERSIST_DELAY_MS = 10_000;

export class TaggerService {
  private current = new CategoryModel();
  /** What the model learned from each article. */
  private learned = new Map<string, LearnedEntry>();
  private matcherFor: { tags: Tag[]; matcher: TagMatcher } | null = null;
  private coOccurrence: CoOccurrence | null = null;
  private source: TaggerSource | null = null;
  /** Learned versions whose text is not at hand: forgotten through their revision files. */
  private orphans: { id: string; entry: LearnedEntry }[] = [];
  private repairing: Promise<void> = Promise.resolve();
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private closed = false;
  /** While the model file is read, articles seen are only noted; {@link catchUp} checks them. */
  private loading = false;
  private readonly deferred = new Set<string>();
  readonly report: TaggerOpenReport = { file: 'none', read: 0, forgotten: 0, rebuilt: false };

  constructor(
    private readonly host: TaggerHost,
    private readonly options: TaggerServiceOptions = {},
  ) {}

  get model(): CategoryModel {
    return this.current;
  }

  /** Resolves when no repair (forgetting through revision files, a rebuild) is running. */
  async idle(): Promise<void> {
    let seen: Promise<void> | null = null;
    while (seen !== this.repairing) {
      seen = this.repairing;
      await seen.catch(() => undefined);
    }
  }

  /**
   * Reads the persisted model, if any. A corrupt file is set aside (`tagger.bin.corrupt`)
   * for whoever wants to look at it; the model then starts empty and {@link catchUp}
   * learns everything.
   */
  async load(): Promise<void> {
    const file = this.options.file;
    if (!file) return;
    this.loading = true;
    try {
      await this.readModel(file);
    } finally {
      this.loading = false;
    }
  }

  private async readModel(file: string): Promise<void> {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) {
      this.report.file = 'missing';
      return;
    }
    const decoded = decodeModel(bytes);
    if (decoded.status === 'ok') {
      this.current = decoded.model;
      this.learned = decoded.learned;
      this.report.file = 'loaded';
      return;
    }
    this.report.file = decoded.status;
    if (decoded.status === 'corrupt') await rename(file, `${file}.corrupt`).catch(() => undefined);
  }

  /** Follows one article change: forget what was learned from it, learn its new state. */
  observe(article: Article, previous: Article | null, deleted = false): void {
    this.coOccurrence = null;
    if (this.loading) {
      this.deferred.add(article.id);
      return;
    }
    const was = this.learned.get(article.id);
    const learnNow = !deleted && learnable(article);
    if (!was && !learnNow) return;
    const text = articleText(textOfArticle(article));
    const hash = hashText(text);
    if (was) {
      if (learnNow && was.label === article.categoryId && was.hash === hash) {
        // Same text, same category: the model already has it (a re-read, or a save that
        // changed other fields).
        if (was.revision !== article.revision || was.updatedAt !== article.updatedAt) {
          this.learned.set(article.id, {
            ...was,
            revision: article.revision,
            updatedAt: article.updatedAt,
          });
          this.changed();
        }
        return;
      }
      this.learned.delete(article.id);
      if (was.hash === hash) {
        this.current.learn(was.label, extractFeatures(text), -1);
      } else {
        const before = previous ? articleText(textOfArticle(previous)) : null;
        if (before !== null && hashText(before) === was.hash) {
          this.current.learn(was.label, extractFeatures(before), -1);
        } else {
          // Changed behind the store's back: the learned text is only in its revision file.
          this.orphans.push({ id: article.id, entry: was });
          this.scheduleRepair();
        }
      }
    }
    if (learnNow) {
      this.current.learn(article.categoryId as string, extractFeatures(text));
      this.learned.set(article.id, {
        label: article.categoryId as string,
        revision: article.revision,
        updatedAt: article.updatedAt,
        hash,
      });
    }
    this.changed();
  }

  /**
   * Brings the model in line with the store after an open: forgets what it learned from
   * articles removed or changed since it was written, and learns every categorised article
   * it has not learned at its current revision. `observedAtOpen` were read (and handed to
   * {@link observe}) at open.
   */
  async catchUp(source: TaggerSource, observedAtOpen: ReadonlySet<string>): Promise<void> {
    this.source = source;
    // Articles seen while the model file was read are checked like any other.
    const seen = new Set([...observedAtOpen].filter((id) => !this.deferred.has(id)));
    this.deferred.clear();
    const stale = new Set<string>();
    for (const [id, entry] of this.learned) {
      if (seen.has(id)) continue;
      const summary = source.summary(id);
      if (!summary) {
        this.learned.delete(id);
        this.orphans.push({ id, entry });
      } else if (
        summary.revision !== entry.revision ||
        summary.updatedAt !== entry.updatedAt ||
        summary.categoryId !== entry.label ||
        !learnable(summary)
      ) {
        stale.add(id);
      }
    }
    for (const summary of source.summaries()) {
      if (!seen.has(summary.id) && learnable(summary) && !this.learned.has(summary.id))
        stale.add(summary.id);
    }
    this.scheduleRepair();
    await this.repairing;
    if (this.report.rebuilt) return;
    if (stale.size > 0) {
      const skip = new Set<string>();
      for (const summary of source.summaries()) if (!stale.has(summary.id)) skip.add(summary.id);
      await source.readEach((article) => {
        this.report.read++;
        this.observe(article, null);
      }, skip);
      await this.repairing;
    }
  }

  /** Forgets orphaned versions through their revision files, or rebuilds when one is gone. */
  private scheduleRepair(): void {
    const source = this.source;
    if (!source || this.orphans.length === 0) return;
    this.repairing = this.repairing.then(async () => {
      while (this.orphans.length > 0 && !this.closed) {
        const { id, entry } = this.orphans.shift() as { id: string; entry: LearnedEntry };
        const old = await source.revision(id, entry.revision).catch(() => null);
        const text = old ? articleText(old) : null;
        if (text !== null && hashText(text) === entry.hash) {
          this.current.learn(entry.label, extractFeatures(text), -1);
          this.report.forgotten++;
          this.changed();
          continue;
        }
        await this.rebuild(source);
        return;
      }
    });
  }

  /** Forgets everything and learns every article again (in the background, a batch a turn). */
  private async rebuild(source: TaggerSource): Promise<void> {
    this.report.rebuilt = true;
    this.orphans = [];
    this.current = new CategoryModel(this.current.options);
    this.learned = new Map();
    this.coOccurrence = null;
    this.changed();
    await source.readEach((article) => {
      this.report.read++;
      this.observe(article, null);
    }, new Set());
  }

  private changed(): void {
    this.dirty = true;
    if (!this.options.file || this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.persist().catch(() => undefined);
    }, this.options.persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS);
    this.timer.unref();
  }

  /** Writes the model now if it changed since the last write (one write at a time). */
  async persist(): Promise<void> {
    const file = this.options.file;
    while (this.writing) await this.writing;
    if (!file || !this.dirty) return;
    this.dirty = false;
    // Encoded in one turn: the ledger and the weights describe the same articles.
    const bytes = encodeModel(this.current, this.learned);
    this.writing = writeFileDurable(file, bytes).finally(() => {
      this.writing = null;
    });
    await this.writing;
  }

  /** Waits for background repairs, then writes the model if it changed. */
  async close(): Promise<void> {
    await this.repairing.catch(() => undefined);
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.persist();
  }

  private matcher(): TagMatcher {
    const tags = this.host.tags();
    if (this.matcherFor?.tags !== tags) this.matcherFor = { tags, matcher: new TagMatcher(tags) };
    return this.matcherFor.matcher;
  }

  /** Co-occurrence counts over the archive, recounted lazily after articles change. */
  private counts(): CoOccurrence {
    if (this.coOccurrence) return this.coOccurrence;
    const tagWithTag = new Map<string, Map<string, number>>();
    const tagWithCategory = new Map<string, Map<string, number>>();
    const tagUsage = new Map<string, number>();
    const bump = (map: Map<string, Map<string, number>>, a: string, b: string): void => {
      const inner = map.get(a) ?? new Map<string, number>();
      inner.set(b, (inner.get(b) ?? 0) + 1);
      map.set(a, inner);
    };
    for (const summary of this.host.summaries()) {
      if (summary.status === 'spiked') continue;
      for (const tag of summary.tagIds) {
        tagUsage.set(tag, (tagUsage.get(tag) ?? 0) + 1);
        if (summary.categoryId) bump(tagWithCategory, tag, summary.categoryId);
        for (const other of summary.tagIds) if (other !== tag) bump(tagWithTag, tag, other);
      }
    }
    this.coOccurrence = { tagWithTag, tagWithCategory, tagUsage };
    return this.coOccurrence;
  }

  tagsChanged(): void {
    this.matcherFor = null;
  }

  suggest(
    text: SuggestText,
    current: { tagIds: readonly string[]; categoryId: string | null },
    rejected: ReadonlySet<string>,
  ): Suggestions {
    return suggest({
      text,
      model: this.current,
      categoryIds: this.host.categoryIds(),
      tags: this.host.tags(),
      matcher: this.matcher(),
      coOccurrence: this.counts(),
      tagIds: current.tagIds,
      categoryId: current.categoryId,
      rejected,
    });
  }
}
