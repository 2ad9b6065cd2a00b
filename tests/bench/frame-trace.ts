/**
 * Reads a Chromium trace of typing and tells, key by key, what the renderer did between
 * one keydown and the next: BeginFrames received, main frames, frames drawn, whether the
 * key's frame began at once (a MISSED BeginFrame, sent when the frame clock had stopped)
 * or waited for the next 60 Hz tick, when the clock stopped again, and what else ran:
 * rAF callbacks, timers, idle callbacks, DOM updates (marks named `dom-update`),
 * style recalculations, layouts and CSS animations or transitions.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

export interface KeyFrames {
  /** keydown to the first frame drawn after the key's main frame (ms), from the trace. */
  latencyMs: number | null;
  /** The next keydown came this long after this one (ms); null for the last key. */
  nextKeyMs: number | null;
  beginFrames: number;
  mainFrames: number;
  drawnFrames: number;
  /** True when the key's main frame began on a MISSED BeginFrame, i.e. without a tick's wait. */
  atOnce: boolean | null;
  /**
   * How long before the key the renderer received its last BeginFrame. Under one interval
   * (16.7 ms) the BeginFrame sent when the clock restarts repeats that one and is dropped,
   * so the key waits for the next tick even though the clock had stopped.
   */
  sinceLastBeginFrameMs: number | null;
  /** The renderer stopped asking for BeginFrames this long after the key; null if it never did. */
  clockOffMs: number | null;
  rafCallbacks: number;
  timers: number;
  idleCallbacks: number;
  /** Batches of DOM changes the page marked as `dom-update` (outside the article text). */
  domUpdates: number;
  styleRecalcs: number;
  layouts: number;
  animations: number;
  /** Main-thread time in tasks that started within the key's window (ms). */
  mainThreadMs: number;
}

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      const name = (e.args as { name?: string } | undefined)?.name;
      if (name) names.set(`${e.pid}:${e.tid}`, name);
    }
  }
  return names;
}

const isType = (e: TraceEvent, type: string): boolean =>
  e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === type;

function beginFrameSubtype(e: TraceEvent): string | undefined {
  return (e.args as { args?: { subtype?: string } } | undefined)?.args?.subtype;
}

function needsBeginFrame(e: TraceEvent): number | undefined {
  return (e.args as { data?: { needsBeginFrame?: number } } | undefined)?.data?.needsBeginFrame;
}

/**
 * One record per keydown in the trace. A key's window runs to the next keydown, at most
 * `windowCapMs`: work a pause sets off (autosave, counts) is not the keystroke's.
 */
export function framesPerKey(events: TraceEvent[], windowCapMs = 200): KeyFrames[] {
  const names = threadNames(events);
  const keys = events
    .filter((e) => e.ph === 'X' && isType(e, 'keydown'))
    .sort((a, b) => a.ts - b.ts);
  const first = keys[0];
  if (!first) return [];
  const { pid, tid } = first;
  const compositor = [...names].find(
    ([key, name]) => key.startsWith(`${pid}:`) && name === 'Compositor',
  )?.[0];
  const onMain = (e: TraceEvent): boolean => e.pid === pid && e.tid === tid;
  const onCompositor = (e: TraceEvent): boolean => `${e.pid}:${e.tid}` === compositor;
  const relevant = events.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
  // Top-level tasks only: a nested run loop's tasks are inside their parent's time.
  const tasks: TraceEvent[] = [];
  for (const e of relevant) {
    if (!onMain(e) || e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) tasks.push(e);
  }
  // A key's window opens with the task that dispatches its keydown, not the event itself.
  const taskStart = (key: TraceEvent): number =>
    tasks.filter((t) => t.ts <= key.ts && t.ts + (t.dur ?? 0) >= key.ts).at(-1)?.ts ?? key.ts;

  return keys.map((key, index) => {
    const next = keys[index + 1];
    const start = taskStart(key);
    const end = Math.min(next ? taskStart(next) : Infinity, start + windowCapMs * 1000);
    const inWindow = relevant.filter((e) => e.ts >= start && e.ts < end);
    const count = (test: (e: TraceEvent) => boolean): number => inWindow.filter(test).length;
    const mainFrame = inWindow.find(
      (e) => onMain(e) && e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame',
    );
    const draw = mainFrame
      ? inWindow.find((e) => onCompositor(e) && e.name === 'DrawFrame' && e.ts > mainFrame.ts)
      : undefined;
    // The impl frame the key's main frame was sent from: the last one begun before it.
    const implFrame = mainFrame
      ? relevant
          .filter(
            (e) =>
              onCompositor(e) && e.name === 'Scheduler::BeginImplFrame' && e.ts <= mainFrame.ts,
          )
          .at(-1)
      : undefined;
    const lastBeginFrame = relevant
      .filter((e) => onCompositor(e) && e.name === 'Scheduler::BeginFrame' && e.ts < key.ts)
      .at(-1);
    const clockOff = inWindow.find(
      (e) =>
        onCompositor(e) &&
        e.name === 'NeedsBeginFrameChanged' &&
        needsBeginFrame(e) === 0 &&
        (!draw || e.ts > draw.ts),
    );
    return {
      latencyMs: draw ? (draw.ts - key.ts) / 1000 : null,
      nextKeyMs: next ? (next.ts - key.ts) / 1000 : null,
      beginFrames: count((e) => onCompositor(e) && e.name === 'Scheduler::BeginFrame'),
      mainFrames: count((e) => onMain(e) && e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame'),
      drawnFrames: count((e) => onCompositor(e) && e.name === 'DrawFrame'),
      atOnce: implFrame ? beginFrameSubtype(implFrame) === 'MISSED' : null,
      sinceLastBeginFrameMs: lastBeginFrame ? (key.ts - lastBeginFrame.ts) / 1000 : null,
      clockOffMs: clockOff ? (clockOff.ts - key.ts) / 1000 : null,
      rafCallbacks: count((e) => onMain(e) && e.name === 'FireAnimationFrame'),
      timers: count((e) => onMain(e) && e.name === 'TimerFire'),
      idleCallbacks: count((e) => onMain(e) && e.name === 'FireIdleCallback'),
      domUpdates: count((e) => onMain(e) && e.name === 'dom-update'),
      styleRecalcs: count((e) => onMain(e) && e.name === 'UpdateLayoutTree'),
      layouts: count((e) => onMain(e) && e.name === 'Layout'),
      animations: count((e) => e.name === 'Animation' && e.ph === 'b'),
      mainThreadMs:
        tasks.filter((e) => e.ts >= start && e.ts < end).reduce((sum, e) => sum + (e.dur ?? 0), 0) /
        1000,
    };
  });
}
