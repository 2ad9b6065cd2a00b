/**
 * The workflow's effects: loads articles, applies the pure transition rules, writes the
 * results, and tells the rest of the core when articles go live or come down (events for
 * the UI, hooks for the export). Twins are checked together before either is written.
 */
import type { Article, ArticleSummary } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import type { FoldChoice } from '../../../shared/zoned-time.js';
import { resolveLocalTime } from '../../../shared/zoned-time.js';
import type { WorkflowAction } from '../../../shared/workflow.js';
import type { Core } from '../core.js';
import { currentActor, requireDeskChief, type Actor } from './permissions.js';
import { applyTransition, assertPublishable, assertTransition } from './transitions.js';
import type { TopStoryPlan } from './calendar.js';

export type PublicationReason = 'manual' | 'scheduled' | 'catch_up';
export type PublishedListener = (ids: string[], reason: PublicationReason) => Promise<void> | void;
export type UnpublishedListener = (ids: string[]) => Promise<void> | void;
/** Gives the calendar the board's top-story plans for the articles shown (none until a board exists). */
export type TopStorySource = (placed: readonly ArticleSummary[]) => TopStoryPlan[];

export class WorkflowService {
  private readonly publishedListeners = new Set<PublishedListener>();
  private readonly unpublishedListeners = new Set<UnpublishedListener>();
  private topStorySource: TopStorySource = () => [];

  constructor(private readonly core: Core) {}

  /** Runs after articles go live (manually or by the scheduler); the export hangs here. */
  onPublished(listener: PublishedListener): () => void {
    this.publishedListeners.add(listener);
    return () => this.publishedListeners.delete(listener);
  }

  onUnpublished(listener: UnpublishedListener): () => void {
    this.unpublishedListeners.add(listener);
    return () => this.unpublishedListeners.delete(listener);
  }

  setTopStorySource(source: TopStorySource): void {
    this.topStorySource = source;
  }

  topStoryPlans(placed: readonly ArticleSummary[]): TopStoryPlan[] {
    return this.topStorySource(placed);
  }

  /** The article and, when asked, its twin: both must exist before anything is written. */
  private async withTwin(id: string, withTwin: boolean): Promise<Article[]> {
    const article = await this.core.articles.get(id);
    if (!withTwin) return [article];
    if (!article.twinId) {
      throw new AppError('invalid_input', 'This article has no twin in the other language.');
    }
    return [article, await this.core.articles.get(article.twinId)];
  }

  /** Applies `change` to each article in its write queue, after every one passed `check`. */
  private async applyAll(
    articles: Article[],
    check: (article: Article) => void,
    change: (article: Article) => Article,
  ): Promise<Article[]> {
    for (const article of articles) check(article);
    const written: Article[] = [];
    for (const article of articles)
      written.push(await this.core.articles.update(article.id, change));
    return written;
  }

  async transition(id: string, action: WorkflowAction, withTwin = false): Promise<Article[]> {
    if (action === 'schedule' || action === 'publish') {
      throw new AppError('invalid_input', `Use workflow:${action} for ${action}.`);
    }
    const actor = currentActor(this.core);
    const now = this.core.deps.now();
    const written = await this.applyAll(
      await this.withTwin(id, withTwin),
      (article) => assertTransition(article, action, actor),
      (article) => applyTransition(article, action, actor, now),
    );
    if (action === 'unpublish') await this.announceUnpublished(written.map((a) => a.id));
    return written;
  }

  async schedule(
    id: string,
    local: string,
    choice: FoldChoice | undefined,
    withTwin: boolean,
  ): Promise<Article[]> {
    const actor = requireDeskChief(this.core, 'schedule articles');
    const publishAt = this.instantFor(local, choice);
    const now = this.core.deps.now();
    return this.applyAll(
      await this.withTwin(id, withTwin),
      (article) => void applyTransition(article, 'schedule', actor, now, { publishAt }),
      (article) => applyTransition(article, 'schedule', actor, now, { publishAt }),
    );
  }

  /** A newsroom wall-clock minute as one instant; the gap is refused and the fold must be chosen. */
  instantFor(local: string, choice: FoldChoice | undefined): string {
    const zone = this.core.settings.timeZone;
    const resolved = resolveLocalTime(local, zone, choice);
    switch (resolved.kind) {
      case 'exact':
        return resolved.instant;
      case 'ambiguous':
        throw new AppError('invalid_input', resolved.message, {
          reason: 'ambiguous_local_time',
          local,
          timeZone: zone,
          candidates: { earlier: resolved.earlier, later: resolved.later },
        });
      case 'gap':
        throw new AppError('invalid_input', resolved.message, {
          reason: 'nonexistent_local_time',
          local,
          timeZone: zone,
        });
      default:
        throw new AppError('invalid_input', resolved.message);
    }
  }

  async publishNow(id: string, withTwin: boolean): Promise<Article[]> {
    const actor = requireDeskChief(this.core, 'publish articles');
    const now = this.core.deps.now();
    const written = await this.applyAll(
      await this.withTwin(id, withTwin),
      (article) => void applyTransition(article, 'publish', actor, now),
      (article) => applyTransition(article, 'publish', actor, now, { note: 'published now' }),
    );
    await this.announcePublished(
      written.map((a) => a.id),
      'manual',
    );
    return written;
  }

  /**
   * Publishes one scheduled article on the scheduler's behalf. Returns null, writing
   * nothing, when it is no longer the scheduled article that fell due (published, moved
   * or rescheduled in the meantime): that check inside the write queue is what keeps an
   * article from being published twice.
   */
  async publishScheduled(
    expected: { id: string; publishAt: string | null },
    actor: Actor,
    at: Date,
    note: string,
  ): Promise<Article | null> {
    const skip = new Error('skip');
    try {
      return await this.core.articles.update(expected.id, (article) => {
        if (article.status !== 'scheduled' || article.publishAt !== expected.publishAt) throw skip;
        assertPublishable(article, at);
        return applyTransition(article, 'publish', actor, at, { note });
      });
    } catch (error) {
      if (error === skip) return null;
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    }
  }

  async setFlags(id: string, flags: Article['flags']): Promise<Article> {
    const actor = currentActor(this.core);
    if ((flags.legalCheck || flags.notForPublication) && !flags.reason.trim()) {
      throw new AppError(
        'invalid_input',
        'Say why the article is flagged: the reason is shown to the desk.',
      );
    }
    return this.core.articles.update(id, (article) => {
      const clearing =
        (article.flags.legalCheck && !flags.legalCheck) ||
        (article.flags.notForPublication && !flags.notForPublication);
      if (clearing && actor.role !== 'desk_chief') {
        throw new AppError('forbidden', 'Only the desk chief can clear a flag.');
      }
      if (article.status === 'published' && (flags.legalCheck || flags.notForPublication)) {
        throw new AppError(
          'conflict',
          'The article is already published: unpublish it first, then flag it.',
        );
      }
      const reason = flags.legalCheck || flags.notForPublication ? flags.reason.trim() : '';
      return { ...article, flags: { ...flags, reason }, updatedBy: actor.name };
    });
  }

  async setEmbargo(
    id: string,
    local: string | null,
    choice: FoldChoice | undefined,
  ): Promise<Article> {
    const actor = currentActor(this.core);
    const until = local === null ? null : this.instantFor(local, choice);
    return this.core.articles.update(id, (article) => {
      if (article.status === 'published') {
        throw new AppError('conflict', 'A published article cannot be put under embargo.');
      }
      // Anyone may put a story under embargo or extend it; lifting it early is a publishing decision.
      const loosens =
        article.embargoUntil !== null &&
        (until === null || Date.parse(until) < Date.parse(article.embargoUntil));
      if (loosens && actor.role !== 'desk_chief') {
        throw new AppError('forbidden', 'Only the desk chief can lift or shorten an embargo.');
      }
      return { ...article, embargoUntil: until, updatedBy: actor.name };
    });
  }

  async announcePublished(ids: string[], reason: PublicationReason): Promise<void> {
    if (ids.length === 0) return;
    this.core.events.emit('article:published', {
      ids,
      at: this.core.deps.now().toISOString(),
      reason,
    });
    for (const listener of this.publishedListeners) {
      try {
        await listener(ids, reason);
      } catch (error) {
        // Publication stands even when a follow-up (the export) fails; the desk is told.
        this.core.events.emit('store:problem', {
          kind: 'write_failed',
          message: `After publishing: ${error instanceof Error ? error.message : String(error)}`,
          quarantine: [],
        });
      }
    }
  }

  private async announceUnpublished(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    this.core.events.emit('article:unpublished', { ids, at: this.core.deps.now().toISOString() });
    for (const listener of this.unpublishedListeners) await listener(ids);
  }
}
