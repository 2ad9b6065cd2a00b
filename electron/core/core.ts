/**
 * The product: opens a store folder and answers the contract. Electron IPC, the loopback
 * bridge and the CLI are three doors to the same {@link Core.dispatch}.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import {
  contract,
  isChannel,
  type Channel,
  type ResponseOf,
  type RequestOf,
} from '../../shared/contract/index.js';
import { AppError, type Result } from '../../shared/errors.js';
import { BoardService } from './board/board-service.js';
import type { CoreDeps } from './deps.js';
import { CoreEvents } from './events.js';
import { appHandlers } from './handlers/app.js';
import { articleHandlers } from './handlers/articles.js';
import { boardHandlers } from './handlers/board.js';
import { exportHandlers } from './handlers/export.js';
import { mediaHandlers } from './handlers/media.js';
import { previewHandlers } from './handlers/preview.js';
import { taggerHandlers } from './handlers/tagger.js';
import { taxonomyHandlers } from './handlers/taxonomy.js';
import { workflowHandlers } from './handlers/workflow.js';
import { SearchIndex } from './search/search-index.js';
import { ArticleStore } from './store/article-store.js';
import { CACHE_DIR } from './store/catalogue.js';
import { WriteQueues } from './store/durable-file.js';
import { acquireStoreLock, type StoreLock } from './store/lock.js';
import type { StoreMeta } from './store/meta.js';
import { openMeta } from './store/meta-store.js';
import { Quarantine } from './store/quarantine.js';
import { TaggerService, textOfArticle } from './tagger/tagger-service.js';
import { Taxonomy } from './taxonomy/taxonomy.js';
import { Scheduler } from './workflow/scheduler.js';
import { WorkflowService } from './workflow/workflow-service.js';

export const SEARCH_INDEX_FILE = 'search.bin';
export const TAGGER_MODEL_FILE = 'tagger.bin';

type AnyHandler = (request: unknown) => Promise<unknown>;

export class Core {
  readonly events = new CoreEvents();
  readonly taxonomy: Taxonomy = new Taxonomy(this);
  readonly tagger: TaggerService;
  /** Status transitions, scheduling, publication hooks (the export listens to `onPublished`). */
  readonly workflow: WorkflowService = new WorkflowService(this);
  readonly scheduler: Scheduler = new Scheduler(this, this.workflow);
  /** Resolves when the tagger has learned from every article (read in the background). */
  taggerLearned: Promise<void> = Promise.resolve();
  /** Only stores `this`; opened once the articles are loaded. */
  readonly board = new BoardService(this);
  private handlers: Record<string, AnyHandler> = {};
  private closed = false;

  private constructor(
    readonly deps: CoreDeps,
    readonly queues: WriteQueues,
    readonly quarantine: Quarantine,
    readonly meta: Low<StoreMeta>,
    readonly articles: ArticleStore,
    readonly search: SearchIndex,
    private readonly lock: StoreLock,
  ) {
    this.tagger = new TaggerService(
      {
        categoryIds: () => this.meta.data.categories.map((c) => c.id),
        tags: () => this.meta.data.tags,
        summaries: () => this.articles.allSummaries(),
      },
      { file: join(deps.dataDir, CACHE_DIR, TAGGER_MODEL_FILE) },
    );
  }

  /** Opens (or creates) the store in `deps.dataDir`. Refuses with `locked` if another process has it. */
  static async open(deps: CoreDeps): Promise<Core> {
    await mkdir(deps.dataDir, { recursive: true });
    const lock = await acquireStoreLock(deps.dataDir, deps.now());
    try {
      const queues = new WriteQueues();
      const quarantine = new Quarantine(deps.dataDir);
      await quarantine.load();
      const { db } = await openMeta(deps.dataDir, queues, quarantine, deps.now());
      const articles = new ArticleStore(deps.dataDir, queues, quarantine, deps.now, deps.store);
      const search = new SearchIndex(join(deps.dataDir, CACHE_DIR, SEARCH_INDEX_FILE));
      const core = new Core(deps, queues, quarantine, db, articles, search, lock);
      const learnedAtOpen = new Set<string>();
      // The persisted model is read beside the article folder, off the way to the first list
      // page; articles seen before it is in are checked against it in the catch-up below.
      const modelLoaded = core.tagger.load();
      await articles.open((article) => {
        search.prime(article, articles.stamp(article.id), articles.summary(article.id));
        core.tagger.observe(article, null);
        learnedAtOpen.add(article.id);
      });
      articles.onChange((article, previous) => {
        const deleted = !articles.has(article.id);
        if (deleted) search.remove(article.id);
        else search.upsert(article, articles.stamp(article.id), articles.summary(article.id));
        core.tagger.observe(article, previous, deleted);
        if (deleted && core.meta.data.taggerRejections[article.id]) {
          // A purged article's rejections go with it.
          const { [article.id]: _gone, ...rest } = core.meta.data.taggerRejections;
          core.meta.data.taggerRejections = rest;
          void core.meta.write().catch(() => undefined);
        }
        core.events.emit('article:changed', {
          id: article.id,
          revision: article.revision,
          status: article.status,
          deleted,
        });
      });
      // After the first list page can be served: search says "indexing" until this is done.
      void search.start({
        ids: () => articles.ids(),
        stamp: (id) => articles.stamp(id),
        summary: (id) => articles.summary(id),
        read: (id) => articles.get(id).catch(() => null),
      });
      // The tagger learns from full texts, which an open from the catalogue does not read:
      // it reads those its persisted model lacks in the background, and tagger channels wait
      // for it (see dispatch).
      core.taggerLearned = modelLoaded.then(() =>
        core.tagger.catchUp(
          {
            summary: (id) => articles.summary(id),
            summaries: () => articles.allSummaries(),
            readEach: (visit, skip) => articles.readEach(visit, skip),
            revision: async (id, number) => {
              const { content } = await articles.readRevision(id, number);
              return textOfArticle(content);
            },
          },
          learnedAtOpen,
        ),
      );
      // Documents found unreadable later (a background check, a read) are reported at once.
      quarantine.onAdd((entry) =>
        core.events.emit('store:problem', {
          kind: 'quarantine',
          message: `${Quarantine.describe(entry)} was moved to quarantine.`,
          quarantine: [...quarantine.list],
        }),
      );
      core.board.open();
      core.register([
        appHandlers(core),
        articleHandlers(core),
        taxonomyHandlers(core),
        taggerHandlers(core),
        mediaHandlers(core),
        previewHandlers(core),
        workflowHandlers(core),
        exportHandlers(core),
        boardHandlers(core),
      ]);
      if (quarantine.list.length > 0) {
        core.events.emit('store:problem', {
          kind: 'quarantine',
          message: `${quarantine.list.length} unreadable document(s) were moved to quarantine.`,
          quarantine: [...quarantine.list],
        });
      }
      // Whatever fell due while the store was closed is caught up (or held) before any request.
      await core.scheduler.tick(true);
      return core;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Registers each domain's handlers; a name twice or a channel without a handler stops the start. */
  private register(maps: object[]): void {
    for (const [name, handler] of maps.flatMap((map) =>
      Object.entries(map as Record<string, AnyHandler>),
    )) {
      if (name in this.handlers) throw new Error(`handler ${name} registered twice`);
      if (!isChannel(name)) throw new Error(`handler ${name} has no channel in the contract`);
      this.handlers[name] = handler;
    }
    const missing = Object.keys(contract).filter((name) => !(name in this.handlers));
    if (missing.length) throw new Error(`channels without a handler: ${missing.join(', ')}`);
  }

  get settings(): StoreMeta['settings'] {
    return this.meta.data.settings;
  }

  /** Validates the payload, runs the handler, and returns a value or an error value. Never throws. */
  async dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    if (this.closed)
      return { ok: false, error: { code: 'unavailable', message: 'The store is closed.' } };
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Unknown channel ${String(channel)}.` },
      };
    }
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid request for ${channel}: ${parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
            .join('; ')}`,
          details: parsed.error.issues.map((issue) => ({
            path: issue.path.map(String),
            message: issue.message,
          })),
        },
      };
    }
    try {
      if (channel.startsWith('tagger:')) await this.taggerLearned;
      const handler = this.handlers[channel] as AnyHandler;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toValue() };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message } };
    }
  }

  /** Typed call for code inside the process (CLI, tests): throws the error value as AppError. */
  async call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await this.dispatch(channel, request);
    if (!result.ok)
      throw new AppError(result.error.code, result.error.message, result.error.details);
    return result.value as ResponseOf<C>;
  }

  /** Resolves when background work after open (stamp check, search index) is done. */
  async settled(): Promise<void> {
    await this.articles.verified;
    await this.search.loaded;
    await this.taggerLearned;
    // Articles the stamp check found changed may have sent the tagger to their revisions.
    await this.tagger.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.scheduler.stop();
    // Background reads stop first, then the last saves finish, then the index is written.
    await this.search.stop();
    await this.articles.close();
    await this.taggerLearned.catch(() => undefined);
    await this.tagger.close();
    await this.search.close();
    await this.lock.release();
  }
}
