import { spawn } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { MANIFEST_FILE } from '../../electron/core/export/manifest.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import { articleSchema } from '../../shared/domain.js';
import { generateArticles, writeCorpusStore } from '../bench/corpus.js';
import { treeHashes } from '../helpers/export-fixtures.js';
import { makeTempDir } from '../helpers/temp-store.js';

const NOW = '2026-11-02T00:00:00.000Z';

/** Runs an export in a child process that kills itself (SIGKILL) at `at`; resolves with the signal. */
function killedExport(
  dataDir: string,
  target: string,
  mode: 'full' | 'incremental',
  at: string,
  workers: number,
): Promise<NodeJS.Signals | number | null> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/helpers/export-kill-child.ts',
      dataDir,
      target,
      mode,
      at,
      String(workers),
      NOW,
    ],
    { stdio: 'ignore' },
  );
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('an export killed at any moment', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let previous: Map<string, string>;
  let expected: Map<string, string>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('newsroom-export-kill'));
    dataDir = join(dir, 'store');
    await writeCorpusStore(
      dataDir,
      generateArticles({ count: 300, statuses: 'published', words: [60, 120] }),
    );
    await exportBundle({
      dataDir,
      target: join(dir, 'base'),
      mode: 'full',
      now: new Date(NOW),
      workers: 0,
    });
    previous = await treeHashes(join(dir, 'base'));
    // Two edits: a body, and the headline of the newest story, which every page of its
    // language shows in its "Latest news" block (so an incremental export moves many files).
    const edit = async (
      id: string,
      change: (article: ReturnType<typeof articleSchema.parse>) => void,
    ): Promise<void> => {
      const path = join(dataDir, 'articles', `${id}.json`);
      const article = articleSchema.parse(JSON.parse(await readFile(path, 'utf8')));
      change(article);
      article.revision += 1;
      await writeFile(path, encodeDocument(article));
    };
    await edit('c0000150', (a) =>
      a.body.content.push({
        type: 'paragraph',
        content: [{ type: 'text', text: 'A late paragraph.' }],
      }),
    );
    await edit('c0000000', (a) => {
      a.headline = `${a.headline}, updated`;
    });
    await exportBundle({
      dataDir,
      target: join(dir, 'expected'),
      mode: 'full',
      now: new Date(NOW),
      workers: 0,
    });
    expected = await treeHashes(join(dir, 'expected'));
  }, 60_000);
  afterAll(async () => {
    await cleanup();
  });

  /** A copy of the previous bundle in a folder of its own, so each case starts from it. */
  async function previousBundle(name: string): Promise<{ parent: string; target: string }> {
    const parent = join(dir, name);
    await cp(join(dir, 'base'), join(parent, 'site'), { recursive: true });
    return { parent, target: join(parent, 'site') };
  }

  /** The next export (incremental, as cron runs it) recovers and gives exactly the new bundle. */
  async function nextExportSucceeds(parent: string, target: string): Promise<void> {
    const report = await exportBundle({
      dataDir,
      target,
      mode: 'incremental',
      now: new Date(NOW),
      workers: 0,
    });
    expect(report.mode).toBe('incremental');
    expect(await treeHashes(target)).toEqual(expected);
    // Nothing of the killed export is left beside the bundle.
    expect(await readdir(parent)).toEqual(['site']);
  }

  it.each([
    ['full', 'rendering:1', 2],
    ['incremental', 'rendering:1', 0],
  ] as const)(
    '%s export killed at %s leaves the previous bundle byte-identical',
    async (mode, at, workers) => {
      const { parent, target } = await previousBundle(`${mode}-${at.replace(':', '-')}`);
      expect(await killedExport(dataDir, target, mode, at, workers)).toBe('SIGKILL');
      expect(await treeHashes(target)).toEqual(previous);
      // The killed export did get as far as writing pages beside the bundle.
      const leftovers = (await readdir(parent)).filter((name) => name !== 'site');
      expect(leftovers.some((name) => /^\.site\.export-(temp|stage)-/.test(name))).toBe(true);
      await nextExportSucceeds(parent, target);
    },
    60_000,
  );

  it('full export killed between the two renames of the swap keeps the previous bundle whole beside the target', async () => {
    const { parent, target } = await previousBundle('full-swap');
    expect(await killedExport(dataDir, target, 'full', 'swap', 0)).toBe('SIGKILL');
    const old = (await readdir(parent)).find((name) => name.startsWith('.site.export-old-'));
    expect(old).toBeDefined();
    expect(await treeHashes(join(parent, old as string))).toEqual(previous);
    await nextExportSucceeds(parent, target);
  }, 60_000);

  it.each(['journal', 'move:2', 'manifest'])(
    'incremental export killed at %s (its journal on disk) is finished by the next export',
    async (at) => {
      const { parent, target } = await previousBundle(`incremental-${at.replace(':', '-')}`);
      expect(await killedExport(dataDir, target, 'incremental', at, 0)).toBe('SIGKILL');
      expect(await readdir(parent)).toContain('.site.export-journal');
      // The journal lists every move, and the staged files are all there to make them.
      const journal = JSON.parse(await readFile(join(parent, '.site.export-journal'), 'utf8')) as {
        moves: string[];
      };
      expect(journal.moves.length).toBeGreaterThan(20);
      // Killed while the manifest was being replaced: the bundle has none for the moment.
      expect((await readdir(target)).includes(MANIFEST_FILE)).toBe(at !== 'manifest');
      await nextExportSucceeds(parent, target);
    },
    60_000,
  );
});
