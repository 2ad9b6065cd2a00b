/**
 * A separate process over a real store, for tests that need one: `hold DIR` opens the store
 * and keeps it open (with `--wait`, it first waits for a line on stdin); `save-loop DIR SEED` saves (and now and then creates) articles through
 * the real core as fast as it can, printing one `ack <id> <revision> <autosave>` line per
 * acknowledged save (with `--wait`, it first waits for a line on stdin). Tests bundle it
 * with esbuild once ({@link bundleStoreChild}).
 */
import { Core } from '../../electron/core/core.js';
import { realDeps } from '../../electron/core/deps.js';
import { seededRandom } from '../bench/corpus.js';

function ack(line: string): void {
  // Synchronous, so a line is out before the next save starts: a kill after the write
  // call can only lose saves that were never acknowledged.
  process.stdout.write(`${line}\n`);
}

async function hold(dir: string, wait: boolean): Promise<void> {
  if (wait) {
    ack('waiting');
    await goSignal();
  }
  try {
    await Core.open(realDeps(dir));
    ack('ready');
  } catch (error) {
    ack(`refused ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  }
  setInterval(() => undefined, 60_000);
}

/** Resolves at the first line on stdin: lets a test start the process early and open later. */
function goSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('data', () => {
      process.stdin.pause();
      resolve();
    });
  });
}

async function saveLoop(dir: string, seed: number, wait: boolean): Promise<void> {
  if (wait) await goSignal();
  const core = await Core.open({
    ...realDeps(dir),
    // A small interval, so kills also land in the middle of catalogue compactions.
    store: { compactEvery: 40 },
  });
  const random = seededRandom(seed);
  let ids = [...core.articles.ids()];
  ack('ready');
  for (let n = 0; ; n++) {
    if (ids.length < 3 || random() < 0.05) {
      const created = await core.call('articles:create', {
        content: { language: random() < 0.5 ? 'en' : 'ru', headline: `Заметка ${seed}-${n}` },
      });
      ack(`ack ${created.id} ${created.revision} 0`);
      ids = [...core.articles.ids()];
      continue;
    }
    const id = ids[Math.floor(random() * ids.length)] as string;
    const article = await core.call('articles:get', { id });
    const autosave = random() < 0.3;
    const saved = await core.call('articles:save', {
      id,
      baseRevision: article.revision,
      autosave,
      content: {
        ...article,
        headline: `Правка ${n} · edit ${n}`,
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: `Текст ${n}. `.repeat(40) }] },
          ],
        },
      },
    });
    ack(`ack ${id} ${saved.revision} ${autosave ? 1 : 0}`);
  }
}

const [mode, dir, seed, flag] = process.argv.slice(2);
if (!dir) throw new Error('usage: store-child hold|save-loop DIR [SEED]');
if (mode === 'hold') await hold(dir, seed === '--wait');
else if (mode === 'save-loop') await saveLoop(dir, Number(seed ?? 1), flag === '--wait');
else throw new Error(`unknown mode ${mode}`);
