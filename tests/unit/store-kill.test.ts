/**
 * kill -9 during saves: a child process saves through the real core in a loop and is
 * killed with SIGKILL at 200 random moments (most in the middle of saves, some while it
 * opens or compacts). After every kill the store must open, the catalogue must agree with
 * the article files, and every save acknowledged before the kill must be there.
 * The seed is printed on failure; rerun with KILL_SEED=<seed>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Core } from '../../electron/core/core.js';
import { realDeps } from '../../electron/core/deps.js';
import { ARTICLES_DIR } from '../../electron/core/store/article-store.js';
import { seededRandom } from '../bench/corpus.js';
import { bundleStoreChild, startStoreChild, type StoreChild } from '../helpers/child-process.js';
import { makeTempDir } from '../helpers/temp-store.js';

const KILLS = Number(process.env['KILL_COUNT'] ?? 200);
const seed = Number(process.env['KILL_SEED'] ?? 20_261_128);
const mainSeed = seed;

/** Independent stores killed side by side: the kills add up, the waiting overlaps. */
const LANES = 2;

let script: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const bundled = await bundleStoreChild();
  script = bundled.script;
  cleanups.push(bundled.remove);
});
afterAll(() => Promise.all(cleanups.map((cleanup) => cleanup())));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kill -9 during saves', () => {
  it(`keeps every acknowledged save across ${KILLS} kills (seed ${seed})`, async () => {
    const acks = await Promise.all(
      Array.from({ length: LANES }, (_, lane) =>
        killLane(seed + lane * 1_000_003, Math.ceil(KILLS / LANES)),
      ),
    );
    // The test means something only if the kills landed among real saves (how many a
    // child gets done before its kill depends on how busy the machine is).
    expect(acks.reduce((a, b) => a + b, 0)).toBeGreaterThan(KILLS / 2);
  }, 240_000);
});

/** Kills a saving child `kills` times over one store; returns how many saves were acknowledged. */
async function killLane(laneSeed: number, kills: number): Promise<number> {
  const temp = await makeTempDir('kill');
  cleanups.push(temp.cleanup);
  const dir = temp.dir;
  const KILLS = kills;
  const seed = laneSeed;
  {
    const random = seededRandom(seed);
    /** Highest acknowledged revision of each article. */
    const acked = new Map<string, number>();
    /** Acknowledged revisions that were not autosaves: their revision files must exist. */
    const kept: { id: string; revision: number }[] = [];
    let totalAcks = 0;
    let next: StoreChild | null = null;
    for (let kill = 0; kill < KILLS; kill++) {
      const where = `kill ${kill + 1} of ${KILLS} in lane ${seed}; rerun with KILL_SEED=${mainSeed}`;
      const child =
        next ?? startStoreChild(script, ['save-loop', dir, String(seed + kill), '--wait']);
      child.process.stdin?.write('go\n');
      if (random() < 0.1) {
        // Sometimes while it opens (reconciling what the last kill left behind).
        await sleep(random() * 60);
      } else {
        await child.waitFor((line) => line === 'ready', 20_000);
        await sleep(random() * 100);
      }
      child.process.kill('SIGKILL');
      await child.exited;
      for (const line of child.lines) {
        const match = /^ack (\S+) (\d+) ([01])$/.exec(line);
        if (!match) continue;
        const [, id, revision, autosave] = match as unknown as [string, string, string, string];
        acked.set(id, Math.max(acked.get(id) ?? 0, Number(revision)));
        if (autosave === '0') kept.push({ id, revision: Number(revision) });
        totalAcks++;
      }

      // The next child starts (and loads its code) while this store is checked; it opens
      // the store only when told to.
      next =
        kill + 1 < KILLS
          ? startStoreChild(script, ['save-loop', dir, String(seed + kill + 1), '--wait'])
          : null;
      const core = await Core.open(realDeps(dir));
      try {
        for (const [id, revision] of acked) {
          const summary = core.articles.summary(id);
          expect(summary, `${where}: article ${id} is missing`).toBeDefined();
          expect(
            summary!.revision,
            `${where}: ${id} lost revision ${revision}`,
          ).toBeGreaterThanOrEqual(revision);
        }
        // The catalogue tells the truth about every file, and lists every file.
        const files = (await readdir(join(dir, ARTICLES_DIR)).catch(() => [] as string[])).filter(
          (name) => name.endsWith('.json'),
        );
        expect(core.articles.count, where).toBe(files.length);
        for (const id of core.articles.ids()) {
          const article = await core.articles.get(id);
          expect(core.articles.summary(id)?.revision, `${where}: catalogue of ${id}`).toBe(
            article.revision,
          );
          expect(core.articles.summary(id)?.headline, `${where}: catalogue of ${id}`).toBe(
            article.headline,
          );
        }
        for (const { id, revision } of kept.slice(-20)) {
          const stored = await core.articles.readRevision(id, revision);
          expect(stored.number, where).toBe(revision);
        }
        expect(core.quarantine.list, `${where}: nothing may be quarantined`).toEqual([]);
      } finally {
        await core.close();
      }
    }
    return totalAcks;
  }
}
