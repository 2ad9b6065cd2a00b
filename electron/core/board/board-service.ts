/**
 * The board as a service: keeps the newest-published index in step with the articles,
 * computes views, and applies changes from desk chiefs. Every change names the board
 * version it was based on (a stale one is a `conflict`), is stored durably in the meta
 * document with an undo step, and is announced with `board:changed`. An article that
 * leaves publication leaves every zone, and the desk chief is told (`board:notice`).
 */
import {
  MAX_BOARD_HISTORY,
  MAX_BOARD_NOTICES,
  type BoardChangeLabel,
  type BoardNotice,
  type BoardState,
  type BoardView,
  type Zone,
  type ZoneView,
  withCategoryZones,
} from '../../../shared/board.js';
import type { Article, ArticleSummary, Category, Language } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { DEFAULT_CATEGORIES } from '../store/meta.js';
import { requireDeskChief } from '../workflow/permissions.js';
import { computeZones, unshowableReason } from './compute-zones.js';
import { forgetArticle } from './board-changes.js';
import { PublishedIndex, isListed } from './published-index.js';
import { topStoryPlans } from './top-story-plans.js';

export class BoardService {
  private index: PublishedIndex | null = null;

  constructor(private readonly core: Core) {}

  /** Builds the index from the loaded articles and starts following their changes. */
  open(): void {
    const index = new PublishedIndex((id) => this.core.articles.summary(id));
    index.rebuild(this.core.articles.allSummaries());
    this.index = index;
    this.core.articles.onChange((article, previous) => this.onArticleChanged(article, previous));
    // The calendar warns of top-story clashes as the board would resolve them.
    this.core.workflow.setTopStorySource((placed) => topStoryPlans(this.core, placed));
    // Categories added before the board followed them get their zones now.
    if (this.syncCategoryZones()) {
      void this.core.queues
        .run('board', async () => {
          await this.core.meta.write();
          this.core.events.emit('board:changed', { version: this.state.version });
        })
        .catch((error: unknown) => this.reportWriteFailure(error));
    }
  }

  /**
   * Keeps the category zones in step with the categories (new ones get zones, removed
   * ones lose theirs, a renamed one's zones follow), in memory: the caller writes the meta
   * document. True when the zones changed.
   */
  syncCategoryZones(renamed?: { before: Category; after: Category }): boolean {
    const next = withCategoryZones(
      this.state,
      this.core.meta.data.categories,
      DEFAULT_CATEGORIES.map((c) => c.id),
      renamed,
    );
    if (!next) return false;
    const changed = next.version !== this.state.version;
    this.core.meta.data.board = next;
    return changed;
  }

  private reportWriteFailure(error: unknown): void {
    this.core.events.emit('store:problem', {
      kind: 'write_failed',
      message: `The board could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      quarantine: [],
    });
  }

  get feed(): PublishedIndex {
    if (!this.index) throw new Error('the board service is not open');
    return this.index;
  }

  get state(): BoardState {
    return this.core.meta.data.board;
  }

  get canEdit(): boolean {
    return this.core.settings.profile.role === 'desk_chief';
  }

  zonesOf(language: Language, zones: readonly Zone[] = this.state.zones): Zone[] {
    return zones.filter((zone) => zone.language === language);
  }

  /** What every zone of a language shows at `now`. */
  compute(language: Language, now: Date = this.core.deps.now()): ZoneView[] {
    return computeZones(this.zonesOf(language), this.feed, now);
  }

  view(language: Language): BoardView {
    const now = this.core.deps.now();
    const state = this.state;
    return {
      version: state.version,
      language,
      computedAt: now.toISOString(),
      zones: this.compute(language, now),
      undo: state.undo.at(-1)?.label ?? null,
      redo: state.redo.at(-1)?.label ?? null,
      notices: state.notices.filter((notice) => notice.language === language),
      canEdit: this.canEdit,
    };
  }

  requireDeskChief(): void {
    requireDeskChief(this.core, 'change the board');
  }

  /** A published, showable article of the zone's language, or a clear refusal. */
  requireShowable(articleId: string, language: Language): ArticleSummary {
    const article = this.core.articles.summary(articleId);
    const reason = unshowableReason(article, this.core.deps.now().toISOString());
    if (!article || reason === 'missing')
      throw new AppError('not_found', `No article with id ${articleId}.`);
    if (reason === 'not_published')
      throw new AppError('invalid_input', 'Only published articles can go on the board.', {
        reason,
      });
    if (reason === 'withdrawn')
      throw new AppError('invalid_input', 'This article is flagged "not for publication".', {
        reason,
      });
    if (reason === 'embargoed')
      throw new AppError(
        'invalid_input',
        `This article is under embargo until ${article.embargoUntil}.`,
        {
          reason,
        },
      );
    if (article.language !== language) {
      throw new AppError(
        'invalid_input',
        `This article is in ${article.language.toUpperCase()}; the zone is ${language.toUpperCase()}.`,
        {
          reason: 'wrong_language',
        },
      );
    }
    return article;
  }

  /**
   * Applies one change: permission, version check, the pure edit, an undo step, a durable
   * write, the event. Changes run one at a time so two drops cannot interleave.
   */
  change(
    baseVersion: number,
    label: BoardChangeLabel,
    edit: (zones: Zone[]) => Zone[],
  ): Promise<number> {
    return this.core.queues.run('board', async () => {
      this.requireDeskChief();
      this.requireVersion(baseVersion);
      const state = this.state;
      const zones = edit(state.zones);
      const at = this.core.deps.now().toISOString();
      this.core.meta.data.board = {
        ...state,
        version: state.version + 1,
        zones,
        undo: [...state.undo, { label, at, zones: state.zones }].slice(-MAX_BOARD_HISTORY),
        redo: [],
      };
      await this.core.meta.write();
      this.core.events.emit('board:changed', { version: state.version + 1 });
      return state.version + 1;
    });
  }

  /** Undo (or redo): the zones go back to the step's, and the current ones become the opposite step. */
  step(baseVersion: number, direction: 'undo' | 'redo'): Promise<number> {
    return this.core.queues.run('board', async () => {
      this.requireDeskChief();
      this.requireVersion(baseVersion);
      const state = this.state;
      const from = direction === 'undo' ? state.undo : state.redo;
      const step = from.at(-1);
      if (!step)
        throw new AppError('conflict', `There is nothing to ${direction}.`, { reason: 'empty' });
      const opposite = {
        label: step.label,
        at: this.core.deps.now().toISOString(),
        zones: state.zones,
      };
      const to = direction === 'undo' ? state.redo : state.undo;
      const version = state.version + 1;
      this.core.meta.data.board = {
        ...state,
        version,
        zones: step.zones,
        undo:
          direction === 'undo' ? from.slice(0, -1) : [...to, opposite].slice(-MAX_BOARD_HISTORY),
        redo:
          direction === 'undo' ? [...to, opposite].slice(-MAX_BOARD_HISTORY) : from.slice(0, -1),
      };
      await this.core.meta.write();
      this.core.events.emit('board:changed', { version });
      return version;
    });
  }

  dismissNotices(ids: string[] | null): Promise<void> {
    return this.core.queues.run('board', async () => {
      this.requireDeskChief();
      const state = this.state;
      const keep = ids === null ? [] : state.notices.filter((notice) => !ids.includes(notice.id));
      this.core.meta.data.board = { ...state, notices: keep };
      await this.core.meta.write();
    });
  }

  private requireVersion(baseVersion: number): void {
    const current = this.state.version;
    if (baseVersion !== current) {
      throw new AppError(
        'conflict',
        `The board was changed elsewhere (version ${current}) after the version you saw (${baseVersion}). Your change was not applied; here is the board as it is now.`,
        { reason: 'stale', version: current },
      );
    }
  }

  /**
   * Keeps the index current. An article that stops being publishable is taken out of every
   * zone; if it was shown anywhere (placed or auto-filled) a notice tells the desk chief.
   */
  private onArticleChanged(article: Article, _previous: Article | null): void {
    const index = this.feed;
    const before = index.listedSummary(article.id);
    const next = this.core.articles.summary(article.id);
    if (!before || (next && isListed(next))) {
      index.update(article.id, next);
      return;
    }
    // Where it shows now, computed while the index still holds it.
    const language = before.language;
    const shownIn = this.compute(language)
      .filter((zone) => zone.items.some((item) => item.article.id === article.id))
      .map((zone) => zone.name);
    index.update(article.id, next);
    const placed = this.state.zones.some(
      (zone) =>
        zone.entries.some((entry) => entry.articleId === article.id) ||
        zone.hidden.includes(article.id),
    );
    if (shownIn.length === 0 && !placed) return;
    const reason: BoardNotice['reason'] = !next
      ? 'deleted'
      : next.status === 'spiked'
        ? 'spiked'
        : next.notForPublication
          ? 'withdrawn'
          : 'unpublished';
    const notice: BoardNotice = {
      id: this.core.deps.newId(),
      articleId: article.id,
      headline: article.headline,
      language,
      reason,
      zones: shownIn,
      at: this.core.deps.now().toISOString(),
    };
    void this.core.queues
      .run('board', async () => {
        const state = this.state;
        this.core.meta.data.board = {
          ...state,
          version: placed ? state.version + 1 : state.version,
          zones: placed ? forgetArticle(state.zones, article.id) : state.zones,
          notices: shownIn.length
            ? [...state.notices, notice].slice(-MAX_BOARD_NOTICES)
            : state.notices,
        };
        await this.core.meta.write();
        if (shownIn.length) this.core.events.emit('board:notice', notice);
        this.core.events.emit('board:changed', { version: this.state.version });
      })
      .catch((error: unknown) => this.reportWriteFailure(error));
  }
}
