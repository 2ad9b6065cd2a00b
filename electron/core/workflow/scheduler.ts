/**
 * The scheduler: publishes scheduled articles when they fall due by the core's injected
 * clock. At start (and after the machine slept) it catches up on articles that fell due
 * while nobody was watching: published in order with a notice, or held for the desk
 * chief when the settings say so. An embargo or a flag always wins over the schedule.
 */
import type { ArticleSummary } from '../../../shared/domain.js';
import type { ScheduleNoticeEntry, ScheduleStatus } from '../../../shared/contract/workflow.js';
import { dueAt, flagBlock } from '../../../shared/workflow.js';
import type { Core } from '../core.js';
import { SCHEDULER_ACTOR } from './permissions.js';
import type { WorkflowService } from './workflow-service.js';

/** Later than this after its time, an article counts as overdue rather than on time. */
export const LATE_AFTER_MS = 2 * 60_000;
export const DEFAULT_TICK_MS = 15_000;

export interface DueArticle {
  summary: ArticleSummary;
  dueAt: string;
}

/** Scheduled articles due at `now`, oldest first (ties by publish time, then id). Pure. */
export function findDue(summaries: Iterable<ArticleSummary>, now: Date): DueArticle[] {
  const due: DueArticle[] = [];
  for (const summary of summaries) {
    if (summary.status !== 'scheduled') continue;
    const at = dueAt(summary);
    if (at && Date.parse(at) <= now.getTime()) due.push({ summary, dueAt: at });
  }
  return due.sort(
    (a, b) =>
      Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
      Date.parse(a.summary.publishAt ?? '') - Date.parse(b.summary.publishAt ?? '') ||
      a.summary.id.localeCompare(b.summary.id),
  );
}

function entry(due: DueArticle): ScheduleNoticeEntry {
  return {
    id: due.summary.id,
    headline: due.summary.headline,
    language: due.summary.language,
    dueAt: new Date(due.dueAt).toISOString(),
  };
}

export class Scheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<string[]> | null = null;
  /** The pass asked for while another was under way: it starts when that one is over. */
  private next: Promise<string[]> | null = null;
  private caughtUp: ScheduleNoticeEntry[] = [];
  private waiting: ScheduleNoticeEntry[] = [];
  private blocked: (ScheduleNoticeEntry & { reason: string })[] = [];

  constructor(
    private readonly core: Core,
    private readonly workflow: WorkflowService,
  ) {}

  status(): ScheduleStatus {
    return { caughtUp: [...this.caughtUp], waiting: [...this.waiting], blocked: [...this.blocked] };
  }

  dismiss(): ScheduleStatus {
    this.caughtUp = [];
    return this.status();
  }

  /** Checks the clock every `intervalMs` of real time; the injected clock decides what is due. */
  start(intervalMs = DEFAULT_TICK_MS): void {
    this.stop();
    this.timer = setInterval(() => void this.tick().catch(() => undefined), intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * One pass: publishes what is due. `startup` treats everything due as overdue (the app
   * was closed). Passes never overlap, so a slow disk never doubles a run. A call that
   * comes while a pass is under way gets the next pass, which reads the clock once that
   * one is over (the clock may have moved: a machine woken, a test clock set); calls that
   * come meanwhile share it.
   */
  tick(startup = false): Promise<string[]> {
    if (this.running) {
      this.next ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.next = null;
          return this.tick(startup);
        });
      return this.next;
    }
    const pass = this.pass(startup).finally(() => {
      if (this.running === pass) this.running = null;
    });
    this.running = pass;
    return pass;
  }

  /** Publishes articles the desk chief confirmed from the waiting list. */
  async confirm(ids: readonly string[]): Promise<string[]> {
    const wanted = new Set(ids);
    const now = this.core.deps.now();
    const due = findDue(this.core.articles.allSummaries(), now).filter((d) =>
      wanted.has(d.summary.id),
    );
    const published = await this.publishInOrder(
      due,
      now,
      'published on confirmation after a delay',
    );
    this.waiting = this.waiting.filter((w) => !published.includes(w.id));
    await this.workflow.announcePublished(published, 'catch_up');
    this.notify();
    return published;
  }

  private async pass(startup: boolean): Promise<string[]> {
    const before = JSON.stringify(this.status());
    const now = this.core.deps.now();
    const due = findDue(this.core.articles.allSummaries(), now);
    const hold = this.core.settings.catchUp === 'confirm';
    const onTime: DueArticle[] = [];
    const late: DueArticle[] = [];
    const blocked: typeof this.blocked = [];
    for (const item of due) {
      // Flags live on the full document, not the summary.
      const article = await this.core.articles.get(item.summary.id).catch(() => null);
      if (!article) continue;
      const block = flagBlock(article);
      if (block) {
        blocked.push({ ...entry(item), reason: block });
        continue;
      }
      const held = hold && this.waiting.some((w) => w.id === item.summary.id);
      const isLate = startup || held || now.getTime() - Date.parse(item.dueAt) > LATE_AFTER_MS;
      (isLate ? late : onTime).push(item);
    }
    this.blocked = blocked;
    const published = await this.publishInOrder(onTime, now, 'published by the scheduler');
    await this.workflow.announcePublished(published, 'scheduled');
    if (hold) {
      // Once held, an article stays held (even if it is no longer "late" by the clock)
      // until the desk chief confirms it, reschedules it or takes it off the schedule.
      const stillDue = new Set(due.map((item) => item.summary.id));
      const known = new Set(this.waiting.map((w) => w.id));
      this.waiting = [
        ...this.waiting.filter((w) => stillDue.has(w.id) && !blocked.some((b) => b.id === w.id)),
        ...late.filter((item) => !known.has(item.summary.id)).map(entry),
      ];
    } else {
      this.waiting = [];
      const caughtUp = await this.publishInOrder(
        late,
        now,
        'published late: the desk was closed at its time',
        published.length,
      );
      await this.workflow.announcePublished(caughtUp, 'catch_up');
      this.caughtUp = [
        ...this.caughtUp,
        ...late.filter((item) => caughtUp.includes(item.summary.id)).map(entry),
      ];
      published.push(...caughtUp);
    }
    if (JSON.stringify(this.status()) !== before) this.notify();
    return published;
  }

  /**
   * Publishes in due order. Each gets its own millisecond, so lists sorted by publication
   * time show a batch in the order it was scheduled.
   */
  private async publishInOrder(
    items: readonly DueArticle[],
    now: Date,
    note: string,
    offset = 0,
  ): Promise<string[]> {
    const published: string[] = [];
    for (const [index, item] of items.entries()) {
      const at = new Date(now.getTime() + offset + index);
      const done = await this.workflow.publishScheduled(
        { id: item.summary.id, publishAt: item.summary.publishAt },
        SCHEDULER_ACTOR,
        at,
        note,
      );
      if (done) published.push(done.id);
    }
    return published;
  }

  private notify(): void {
    this.core.events.emit('schedule:notice', this.status());
  }
}
