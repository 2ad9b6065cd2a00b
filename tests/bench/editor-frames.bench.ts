/**
 * `npm run bench:editor-frames`: what each keystroke costs the renderer in frames, read
 * from a Chromium trace of the editor benchmark's scene (a 10,000-word article, typing in
 * the middle of the text, the same probe). Per key: BeginFrames received, main frames,
 * frames drawn, rAF callbacks, timers, idle callbacks, DOM updates outside the text (the
 * status line, counts, toolbar, side panels), style recalculations, layouts and CSS
 * animations; whether the key's frame began at once or waited for the next 60 Hz tick;
 * when the frame clock stopped again. Latencies here are keydown to DrawFrame in the trace,
 * so the run without the probe shows whether measuring changes the frames.
 * EDITOR_FRAMES_TRACE_DIR=<folder> keeps the traces (chrome://tracing, Perfetto).
 * Prints a table, then one JSON line for the benchmark's pace with the probe.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import {
  FAST_KEY_DELAY_MS,
  PACED_KEY_DELAY_MS,
  TYPED_TEXT,
  clickMiddle,
  createLongArticle,
  ensureBuilt,
  installKeyTimer,
  launchBenchChromium,
  percentile,
  readKeyLatencies,
  round,
  startBrowserMode,
} from './editor-session.js';
import { framesPerKey, type KeyFrames, type TraceEvent } from './frame-trace.js';

const KEYS = 60;
const TICK_MS = 1000 / 60;
const PAUSE_BURSTS = 8;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'cc',
  'viz',
  'benchmark',
  'toplevel',
];

// Marks each batch of DOM changes outside the article text (status line, counts, toolbar,
// side panels) in the trace. React's DevTools hook would count commits instead, but its mere
// presence makes this Chromium schedule delayed IntersectionObserver updates, each an extra
// main frame, which would be the tool's own frames, not the editor's.
const WATCH_DOM_UPDATES = `(() => {
  const text = document.querySelector('.ProseMirror');
  new MutationObserver((records) => {
    if (records.some((record) => !text || !text.contains(record.target))) performance.mark('dom-update');
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

const TRACE_DIR = process.env['EDITOR_FRAMES_TRACE_DIR'];
let traceCount = 0;

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
  await run();
  // Lets the last key's frame and the clock's stop land in the trace.
  await page.waitForTimeout(200);
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  await cdp.detach();
  if (TRACE_DIR) await writeFile(join(TRACE_DIR, `editor-frames-${++traceCount}.json`), text);
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Waits until the autosave has happened, so that it falls outside the next trace. */
async function settle(page: Page): Promise<void> {
  await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
}

interface Row {
  pace: string;
  keys: KeyFrames[];
  probe: number[];
}

const mean = (values: number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
const median = (values: number[]): number => percentile(values, 50);
const numbers = (values: (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null);
const total = (keys: KeyFrames[], pick: (k: KeyFrames) => number): number =>
  keys.reduce((sum, key) => sum + pick(key), 0);

function summary(row: Row) {
  const { keys } = row;
  const latencies = numbers(keys.map((k) => k.latencyMs));
  return {
    keys: keys.length,
    begin_frames_per_key: round(mean(keys.map((k) => k.beginFrames))),
    main_frames_per_key: round(mean(keys.map((k) => k.mainFrames))),
    drawn_frames_per_key: round(mean(keys.map((k) => k.drawnFrames))),
    keys_framed_at_once:
      Math.round((100 * keys.filter((k) => k.atOnce).length) / keys.length) / 100,
    key_interval_ms: round(median(numbers(keys.map((k) => k.nextKeyMs)))),
    clock_off_after_key_ms: round(median(numbers(keys.map((k) => k.clockOffMs)))),
    keys_with_clock_still_on: keys.filter((k) => k.nextKeyMs !== null && k.clockOffMs === null)
      .length,
    keys_within_a_tick_of_the_last: keys.filter(
      (k) => k.sinceLastBeginFrameMs !== null && k.sinceLastBeginFrameMs < TICK_MS,
    ).length,
    at_once_within_a_tick: keys.filter(
      (k) => k.atOnce && k.sinceLastBeginFrameMs !== null && k.sinceLastBeginFrameMs < TICK_MS,
    ).length,
    raf_callbacks_per_key: round(mean(keys.map((k) => k.rafCallbacks))),
    timers_fired: total(keys, (k) => k.timers),
    idle_callbacks: total(keys, (k) => k.idleCallbacks),
    dom_updates_outside_text: total(keys, (k) => k.domUpdates),
    style_recalcs_per_key: round(mean(keys.map((k) => k.styleRecalcs))),
    layouts_per_key: round(mean(keys.map((k) => k.layouts))),
    animations: total(keys, (k) => k.animations),
    main_thread_ms_per_key: round(median(keys.map((k) => k.mainThreadMs))),
    trace_keystroke_p50_ms: round(percentile(latencies, 50)),
    trace_keystroke_p95_ms: round(percentile(latencies, 95)),
    probe_keystroke_p95_ms: row.probe.length ? round(percentile(row.probe, 95)) : null,
  };
}

async function main(): Promise<void> {
  ensureBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-editor-frames-'));
  const server = await startBrowserMode(dataDir);
  const browser = await launchBenchChromium();
  const loadBefore = loadavg()[0] ?? NaN;
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}#/desk`);
    await page.getByRole('button', { name: 'Start empty' }).click();
    const { article } = await createLongArticle(server, 'en', 0);
    await page.evaluate(`location.hash = '#/article/' + ${JSON.stringify(article.id)}`);
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    await page.evaluate(WATCH_DOM_UPDATES);
    await clickMiddle(page);
    // Warms the code paths and takes the first "unsaved" and the first autosave out of the runs.
    await page.keyboard.type('warm ', { delay: FAST_KEY_DELAY_MS });
    await settle(page);
    const text = TYPED_TEXT.slice(0, KEYS);

    // Without the probe first: once added, its listener stays for the page's life.
    rows.push({
      pace: `${FAST_KEY_DELAY_MS} ms, no probe`,
      keys: framesPerKey(
        await traced(page, () => page.keyboard.type(text, { delay: FAST_KEY_DELAY_MS })),
      ),
      probe: [],
    });
    await settle(page);
    await installKeyTimer(page);
    const fast = framesPerKey(
      await traced(page, () => page.keyboard.type(text, { delay: FAST_KEY_DELAY_MS })),
    );
    rows.push({
      pace: `${FAST_KEY_DELAY_MS} ms (bench)`,
      keys: fast,
      probe: await readKeyLatencies(page),
    });
    await settle(page);
    await installKeyTimer(page);
    const paced = framesPerKey(
      await traced(page, () =>
        page.keyboard.type(text.slice(0, 40), { delay: PACED_KEY_DELAY_MS }),
      ),
    );
    rows.push({
      pace: `${PACED_KEY_DELAY_MS} ms`,
      keys: paced,
      probe: await readKeyLatencies(page),
    });
    await settle(page);
    // The first key after each autosave: the status line turns from "saved" to "unsaved".
    await installKeyTimer(page);
    const bursts: KeyFrames[] = [];
    const firstKeys: number[] = [];
    for (let burst = 0; burst < PAUSE_BURSTS; burst++) {
      const keys = framesPerKey(
        await traced(page, () => page.keyboard.type('ab', { delay: FAST_KEY_DELAY_MS })),
      );
      if (keys[0]) bursts.push(keys[0]);
      const latencies = await readKeyLatencies(page);
      if (latencies[0] !== undefined) firstKeys.push(latencies[0]);
      await settle(page);
      await installKeyTimer(page);
    }
    rows.push({ pace: 'first key after a save', keys: bursts, probe: firstKeys });
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }

  const summaries = rows.map((row) => ({ pace: row.pace, ...summary(row) }));
  const columns: [string, (s: (typeof summaries)[number]) => string | number | null][] = [
    ['keys', (s) => s.keys],
    ['BeginFrames/key', (s) => s.begin_frames_per_key],
    ['main frames/key', (s) => s.main_frames_per_key],
    ['drawn frames/key', (s) => s.drawn_frames_per_key],
    ['frame at once (share of keys)', (s) => s.keys_framed_at_once],
    ['next key after (ms, median)', (s) => s.key_interval_ms],
    ['clock off after key (ms, median)', (s) => s.clock_off_after_key_ms],
    ['keys arriving with the clock on', (s) => s.keys_with_clock_still_on],
    ['keys <1 tick after last BeginFrame', (s) => s.keys_within_a_tick_of_the_last],
    ['  of which framed at once', (s) => s.at_once_within_a_tick],
    ['rAF callbacks/key (probe: 1)', (s) => s.raf_callbacks_per_key],
    ['timers fired', (s) => s.timers_fired],
    ['idle callbacks (spellchecker)', (s) => s.idle_callbacks],
    ['DOM updates outside the text', (s) => s.dom_updates_outside_text],
    ['style recalcs/key', (s) => s.style_recalcs_per_key],
    ['layouts/key', (s) => s.layouts_per_key],
    ['CSS animations', (s) => s.animations],
    ['main thread ms/key (median)', (s) => s.main_thread_ms_per_key],
    ['key to DrawFrame p50 (ms)', (s) => s.trace_keystroke_p50_ms],
    ['key to DrawFrame p95 (ms)', (s) => s.trace_keystroke_p95_ms],
    ['probe p95 (ms)', (s) => s.probe_keystroke_p95_ms],
  ];
  console.log(`${''.padEnd(36)}${summaries.map((s) => s.pace.padEnd(24)).join('')}`);
  for (const [label, pick] of columns) {
    console.log(
      `${label.padEnd(36)}${summaries.map((s) => String(pick(s) ?? '-').padEnd(24)).join('')}`,
    );
  }
  console.log(
    `load average (1 min): ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? NaN).toFixed(2)} after`,
  );
  const bench = summaries.find((s) => s.pace.endsWith('(bench)'));
  if (!bench) throw new Error('the benchmark pace was not measured');
  const { pace: _pace, ...figures } = bench;
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
