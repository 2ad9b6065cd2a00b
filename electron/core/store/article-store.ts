/**
 * Articles and their revisions, one JSON document each:
 *   articles/<id>.json              the current state of an article
 *   revisions/<id>/<number>.json    every saved state, newest number = article.revision
 * A save writes the revision first and the article second, both durably, and only then
 * acknowledges; a crash in between leaves the previous article intact and one revision
 * too many, which is harmless. Summaries of every article are kept in memory for lists.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import {
  articleSchema,
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
import { DocumentError } from './document-error.js';
import type { WriteQueues } from './durable-file.js';
import { DurableJsonAdapter } from './json-adapter.js';
import type { Quarantine } from './quarantine.js';

export const ARTICLES_DIR = 'articles';
export const REVISIONS_DIR = 'revisions';
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
  };
}

export type ArticleListener = (article: Article, previous: Article | null) => void;

export class ArticleStore {
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly slugOwners = new Map<string, string>();
  private readonly listeners = new Set<ArticleListener>();
  /** The newest revision of each article, when it was an autosave (for coalescing). */
  private readonly lastAutosave = new Map<string, { number: number; author: string; at: number }>();

  constructor(
    private readonly dataDir: string,
    private readonly queues: WriteQueues,
    private readonly quarantine: Quarantine,
    private readonly now: () => Date,
  ) {}

  articlePath(id: string): string {
    return join(this.dataDir, ARTICLES_DIR, `${id}.json`);
  }

  revisionPath(id: string, number: number): string {
    return join(this.dataDir, REVISIONS_DIR, id, `${String(number).padStart(6, '0')}.json`);
  }

  private articleDoc(id: string): Low<Article | null> {
    return new Low<Article | null>(
      new DurableJsonAdapter(this.articlePath(id), 'article', articleSchema, this.queues),
      null,
    );
  }

  /** Reads every article document; unusable ones are quarantined. Returns the articles read. */
  async open(onArticle?: (article: Article) => void): Promise<void> {
    const folder = join(this.dataDir, ARTICLES_DIR);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const files = names.filter((name) => name.endsWith('.json'));
    // Stale temp files are left by writes that a crash interrupted; the target is intact.
    await Promise.all(
      names
        .filter((name) => name.endsWith('.tmp'))
        .map((name) => rm(join(folder, name), { force: true })),
    );
    const batch = 64;
    for (let i = 0; i < files.length; i += batch) {
      const slice = files.slice(i, i + batch);
      const read = await Promise.all(slice.map((name) => this.readArticleFile(name.slice(0, -5))));
      for (const article of read) {
        if (!article) continue;
        this.remember(article);
        onArticle?.(article);
      }
    }
  }

  private async readArticleFile(id: string): Promise<Article | null> {
    const doc = this.articleDoc(id);
    try {
      await doc.read();
      if (doc.data && doc.data.id !== id) {
        throw new DocumentError(
          this.articlePath(id),
          `names article "${doc.data.id}" but is stored as "${id}"`,
        );
      }
      return doc.data;
    } catch (error) {
      if (error instanceof DocumentError) {
        await this.quarantine.add(error.path, error.message, this.now());
        return null;
      }
      throw error;
    }
  }

  private remember(article: Article): void {
    const previous = this.summaries.get(article.id);
    if (previous?.slug && this.slugOwners.get(previous.slug) === article.id)
      this.slugOwners.delete(previous.slug);
    this.summaries.set(article.id, summarize(article));
    if (article.slug) this.slugOwners.set(article.slug, article.id);
  }

  private forget(id: string): void {
    const previous = this.summaries.get(id);
    if (previous?.slug && this.slugOwners.get(previous.slug) === id)
      this.slugOwners.delete(previous.slug);
    this.summaries.delete(id);
  }

  onChange(listener: ArticleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get count(): number {
    return this.summaries.size;
  }

  allSummaries(): IterableIterator<ArticleSummary> {
    return this.summaries.values();
  }

  summary(id: string): ArticleSummary | undefined {
    return this.summaries.get(id);
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  async get(id: string): Promise<Article> {
    if (!this.summaries.has(id)) throw new AppError('not_found', `No article with id ${id}.`);
    const article = await this.readArticleFile(id);
    if (!article) {
      this.forget(id);
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
    const stored: Article = { ...article, slug: this.resolveSlug(article.id, article, null) };
    await this.writeRevision(stored, author, false);
    await this.writeArticle(stored, null);
    return stored;
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
      await this.writeRevision(next, input.author, input.autosave);
      await this.writeArticle(next, previous);
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
      await this.writeRevision(next, next.updatedBy, false);
      await this.writeArticle(next, previous);
      return next;
    });
  }

  async purge(id: string): Promise<void> {
    await this.queues.run(`save:${id}`, async () => {
      const previous = await this.get(id);
      if (previous.status !== 'spiked') {
        throw new AppError('conflict', 'Only articles in the trash can be purged.');
      }
      await rm(this.articlePath(id), { force: true });
      await rm(join(this.dataDir, REVISIONS_DIR, id), { recursive: true, force: true });
      this.forget(id);
      for (const listener of this.listeners) listener({ ...previous, status: 'spiked' }, previous);
    });
  }

  private async writeArticle(article: Article, previous: Article | null): Promise<void> {
    const doc = this.articleDoc(article.id);
    doc.data = article;
    await doc.write();
    this.remember(article);
    for (const listener of this.listeners) listener(article, previous);
  }

  private async writeRevision(article: Article, author: string, autosave: boolean): Promise<void> {
    const at = this.now().getTime();
    const last = this.lastAutosave.get(article.id);
    const revision: Revision = {
      articleId: article.id,
      number: article.revision,
      savedAt: new Date(at).toISOString(),
      author,
      autosave,
      content: contentOf(article),
    };
    const doc = new Low<Revision | null>(
      new DurableJsonAdapter(
        this.revisionPath(article.id, article.revision),
        'revision',
        revisionSchema,
        this.queues,
      ),
      revision,
    );
    await doc.write();
    // Coalesce: an autosave right after an autosave by the same author replaces it.
    if (
      autosave &&
      last &&
      last.author === author &&
      last.number === article.revision - 1 &&
      at - last.at < AUTOSAVE_COALESCE_MS
    ) {
      await rm(this.revisionPath(article.id, last.number), { force: true });
    }
    if (autosave) {
      // Keep the time the coalesced run started, so a long session still keeps a revision a minute.
      const startedAt =
        last && last.number === article.revision - 1 && at - last.at < AUTOSAVE_COALESCE_MS
          ? last.at
          : at;
      this.lastAutosave.set(article.id, { number: article.revision, author, at: startedAt });
    } else {
      this.lastAutosave.delete(article.id);
    }
  }

  async listRevisions(id: string): Promise<RevisionSummary[]> {
    if (!this.summaries.has(id)) throw new AppError('not_found', `No article with id ${id}.`);
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

export function contentOf(article: Article): ArticleContent {
  return {
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    byline: article.byline,
    dateline: article.dateline,
    categoryId: article.categoryId,
    tagIds: article.tagIds,
    slug: article.slug,
    flags: article.flags,
    featuredImage: article.featuredImage,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    correctionNote: article.correctionNote,
    twinId: article.twinId,
  };
}
