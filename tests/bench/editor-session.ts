/**
 * The scene the editor benchmarks share: browser mode on a temporary store, Chromium as the
 * UI tests launch it, a 10,000-word article from the seeded corpus, the caret in the middle
 * of its text, and the in-page probe that times a key to its painted frame.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Article, Language } from '../../shared/domain.js';
import { countWords, docToPlainText } from '../../shared/text-stats.js';
import { generateArticles } from './corpus.js';

export const WORDS = 10_000;
/** What the benchmarks type: plain words, one key at a time. */
export const TYPED_TEXT = 'the ferry left port on time '.repeat(8);
/** Playwright holds each key down this long: a key every ~48 ms in all (a very fast typist). */
export const FAST_KEY_DELAY_MS = 40;
export const PACED_KEY_DELAY_MS = 125;

export interface BrowserMode {
  url: string;
  stop: () => Promise<void>;
  call: <T>(channel: string, payload: unknown) => Promise<T>;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}
export const round = (n: number): number => Math.round(n * 10) / 10;

export function ensureBuilt(): void {
  if (!existsSync('dist/renderer/index.html') || !existsSync('dist-electron/web.cjs')) {
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
}

export async function startBrowserMode(dataDir: string): Promise<BrowserMode> {
  const child = spawn(
    process.execPath,
    ['dist-electron/web.cjs', '--data', dataDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    // Resolves once the server has exited, so nothing is still writing into the data folder.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    call: async <T>(channel: string, payload: unknown): Promise<T> => {
      const response = await fetch(`${parsed.origin}/api/dispatch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
        body: JSON.stringify({ channel, payload }),
      });
      const result = (await response.json()) as {
        ok: boolean;
        value: T;
        error?: { message: string };
      };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
  };
}

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

/** Stores a 10,000-word article in the language; `index` picks the corpus seed. */
export async function createLongArticle(
  server: BrowserMode,
  language: Language,
  index: number,
): Promise<{ article: Article; words: number }> {
  const [generated] = generateArticles({
    count: 1,
    seed: 7 + index,
    words: [WORDS, WORDS],
    language,
  });
  if (!generated) throw new Error('no article generated');
  const article = await server.call<Article>('articles:create', {
    content: {
      language,
      headline: generated.headline,
      standfirst: generated.standfirst,
      body: generated.body,
    },
  });
  return { article, words: countWords(docToPlainText(article.body)) };
}

// In-page probes are strings: this file is typed for Node, and tsx would wrap functions
// passed to evaluate() in helpers that do not exist inside the page.

/** Starts a fresh list of key latencies; the listener itself is added once per page. */
export async function installKeyTimer(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.keyLatencies = [];
    window.lastKeyAt = 0;
    // The page lives on from one language to the next: a second listener would record
    // every key twice and add its own frame callbacks to each keystroke.
    if (window.keyTimerInstalled) return;
    window.keyTimerInstalled = true;
    window.addEventListener('keydown', (event) => {
      const at = event.timeStamp;
      window.lastKeyAt = performance.now();
      // rAF runs just before the paint; the task posted from it runs once the frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.keyLatencies.push(performance.now() - at);
        channel.port2.postMessage(null);
      });
    }, true);
  })()`);
}

export async function readKeyLatencies(page: Page): Promise<number[]> {
  return page.evaluate<number[]>('window.keyLatencies');
}

export async function clickMiddle(page: Page): Promise<void> {
  const paragraphs = page.locator('.ProseMirror > p');
  const count = await paragraphs.count();
  const middle = paragraphs.nth(Math.floor(count / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}
