/** The editor-frames benchmark's trace reader, on a small hand-made trace of two keys. */
import { describe, expect, it } from 'vitest';
import { framesPerKey, type TraceEvent } from '../bench/frame-trace';

const MAIN = { pid: 1, tid: 10 };
const COMPOSITOR = { pid: 1, tid: 11 };
const ms = (n: number): number => 1_000_000 + n * 1000;

const on = (
  thread: { pid: number; tid: number },
  name: string,
  at: number,
  extra: Partial<TraceEvent> = {},
): TraceEvent => ({ ...thread, name, ph: 'X', ts: ms(at), dur: 0, ...extra });
const task = (at: number, dur: number): TraceEvent =>
  on(MAIN, 'ThreadControllerImpl::RunTask', at, { dur: dur * 1000 });
const keydown = (at: number): TraceEvent =>
  on(MAIN, 'EventDispatch', at, { dur: 500, args: { data: { type: 'keydown' } } });
const beginFrame = (at: number, subtype: string): TraceEvent =>
  on(COMPOSITOR, 'Scheduler::BeginFrame', at, { args: { args: { subtype } } });
const implFrame = (at: number, subtype: string): TraceEvent =>
  on(COMPOSITOR, 'Scheduler::BeginImplFrame', at, { args: { args: { subtype } } });
const needsBeginFrame = (at: number, value: number): TraceEvent =>
  on(COMPOSITOR, 'NeedsBeginFrameChanged', at, {
    ph: 'I',
    args: { data: { needsBeginFrame: value } },
  });

const trace: TraceEvent[] = [
  { ...MAIN, name: 'thread_name', ph: 'M', ts: 0, args: { name: 'CrRendererMain' } },
  { ...COMPOSITOR, name: 'thread_name', ph: 'M', ts: 0, args: { name: 'Compositor' } },
  // A key after a pause: the clock starts, a MISSED BeginFrame frames it at once.
  task(-0.1, 5),
  keydown(0),
  needsBeginFrame(0.3, 1),
  beginFrame(0.4, 'MISSED'),
  implFrame(0.4, 'MISSED'),
  task(5, 2),
  on(MAIN, 'ProxyMain::BeginMainFrame', 5, { dur: 2000 }),
  on(MAIN, 'FireAnimationFrame', 5.5),
  on(MAIN, 'Layout', 5.6),
  on(COMPOSITOR, 'DrawFrame', 8, { ph: 'I' }),
  beginFrame(16, 'NORMAL'),
  implFrame(16, 'NORMAL'),
  beginFrame(32.7, 'NORMAL'),
  needsBeginFrame(32.8, 0),
  // 12.3 ms after the last BeginFrame: the restart repeats it, the key waits for the tick.
  task(44.9, 5),
  keydown(45),
  on(MAIN, 'dom-update', 46, { ph: 'R' }),
  needsBeginFrame(45.3, 1),
  beginFrame(45.4, 'MISSED'),
  beginFrame(49.3, 'NORMAL'),
  implFrame(49.3, 'NORMAL'),
  task(49.5, 2),
  on(MAIN, 'ProxyMain::BeginMainFrame', 49.5, { dur: 2000 }),
  on(COMPOSITOR, 'DrawFrame', 53, { ph: 'I' }),
  on(MAIN, 'TimerFire', 60),
];

describe('framesPerKey', () => {
  it('counts each key’s frames and tells a frame at once from one that waited for the tick', () => {
    const [first, second, third] = framesPerKey(trace);
    expect(third).toBeUndefined();
    expect(first).toMatchObject({
      latencyMs: 8,
      nextKeyMs: 45,
      beginFrames: 3,
      mainFrames: 1,
      drawnFrames: 1,
      atOnce: true,
      clockOffMs: 32.8,
      rafCallbacks: 1,
      layouts: 1,
      timers: 0,
      domUpdates: 0,
      mainThreadMs: 7,
    });
    expect(second).toMatchObject({
      latencyMs: 8,
      nextKeyMs: null,
      beginFrames: 2,
      mainFrames: 1,
      drawnFrames: 1,
      atOnce: false,
      clockOffMs: null,
      timers: 1,
      domUpdates: 1,
    });
    expect(second?.sinceLastBeginFrameMs).toBeCloseTo(12.3, 5);
  });

  it('keeps work a pause sets off out of the key before it', () => {
    const [first] = framesPerKey(trace, 20);
    expect(first?.beginFrames).toBe(2);
    expect(first?.clockOffMs).toBeNull();
  });

  it('returns nothing for a trace without keys', () => {
    expect(framesPerKey(trace.filter((e) => e.name !== 'EventDispatch'))).toEqual([]);
  });
});
