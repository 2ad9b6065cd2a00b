/**
 * Writes the bundle so that a reader of the target folder only ever sees a complete one.
 *
 * Full export: everything goes into a temp folder beside the target, which is swapped in
 * by two renames once complete (the old bundle is removed afterwards). Incremental
 * export: changed files go into a staging folder beside the target; when complete, a
 * journal lists the moves, the files are renamed into place and the journal is removed.
 * A kill before the journal exists leaves the old bundle untouched; a kill after it is
 * rolled forward by the next export. Leftovers of killed exports are cleaned up first.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { isProcessAlive } from '../store/lock.js';
import { MANIFEST_FILE } from './manifest.js';
import { resolveInsideBundle } from './site-paths.js';

const journalSchema = z.object({
  stage: z.string(),
  moves: z.array(z.string()),
  removes: z.array(z.string()),
});

function sidePath(target: string, kind: string, unique = true): string {
  const suffix = unique ? `-${process.pid}-${randomBytes(4).toString('hex')}` : '';
  return join(dirname(target), `.${basename(target)}.${kind}${suffix}`);
}

/** Refuses targets that could destroy something that is not a bundle of ours. */
export async function checkTarget(target: string, dataDir: string): Promise<{ exists: boolean }> {
  if (!isAbsolute(target))
    throw new AppError('invalid_input', 'The export folder must be an absolute path.');
  const absolute = resolve(target);
  if (dirname(absolute) === absolute)
    throw new AppError('invalid_input', 'The export folder cannot be the root of a disk.');
  const data = resolve(dataDir);
  const inside = (child: string, parent: string): boolean =>
    child === parent || child.startsWith(parent + sep);
  if (inside(absolute, data) || inside(data, absolute)) {
    throw new AppError(
      'invalid_input',
      'The export folder cannot be the store folder, inside it, or around it.',
    );
  }
  // Small synchronous calls here and in the lock and recovery below: each is one quick
  // system call, and the first calls through the thread pool also wait for it to start.
  const info = statSync(absolute, { throwIfNoEntry: false });
  if (!info) return { exists: false };
  if (!info.isDirectory())
    throw new AppError('invalid_input', `${absolute} exists and is not a folder.`);
  const names = readdirSync(absolute);
  if (names.length > 0 && !names.includes(MANIFEST_FILE) && !journalPending(absolute)) {
    throw new AppError(
      'conflict',
      `${absolute} is not empty and does not hold an exported bundle; choose an empty or new folder.`,
    );
  }
  return { exists: true };
}

/**
 * Whether an incremental export's journal lies beside the target: a bundle killed while
 * its manifest was being replaced has none for a moment, and the next export finishes it.
 */
function journalPending(target: string): boolean {
  return existsSync(sidePath(target, 'export-journal', false));
}

/** One export per target at a time, across processes. */
export async function lockTarget(target: string): Promise<() => Promise<void>> {
  const path = sidePath(target, 'export-lock', false);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(path, 'utf8').catch(() => ''));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isProcessAlive(pid)) {
        throw new AppError('locked', `Another export to ${target} is running (process ${pid}).`);
      }
      await rm(path, { force: true });
    }
  }
  throw new AppError('locked', `Could not lock ${target} for export.`);
}

/** Finishes or discards whatever a killed export left beside the target. */
export async function recoverTarget(target: string): Promise<void> {
  const parent = dirname(target);
  const name = basename(target);
  let siblings: string[] = [];
  try {
    siblings = readdirSync(parent);
  } catch {
    // No parent folder yet: nothing was left beside the target.
  }
  const journalPath = sidePath(target, 'export-journal', false);
  let journalText: string | null = null;
  try {
    journalText = readFileSync(journalPath, 'utf8');
  } catch {
    // No journal: no incremental export was killed after writing one.
  }
  if (journalText !== null) {
    const journal = journalSchema.safeParse(
      (() => {
        try {
          return JSON.parse(journalText) as unknown;
        } catch {
          return null;
        }
      })(),
    );
    if (journal.success && dirname(journal.data.stage) === parent)
      await applyJournal(target, journal.data);
    await rm(journalPath, { force: true });
  }
  const targetExists = existsSync(target);
  for (const sibling of siblings.sort()) {
    const full = join(parent, sibling);
    const match = new RegExp(
      `^\\.${escapeRegExp(name)}\\.(export-temp|export-stage|export-old)-(\\d+)-[a-f0-9]+$`,
    ).exec(sibling);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isProcessAlive(pid)) continue;
    // Killed between the two renames of a swap: the old bundle goes back.
    if (
      match[1] === 'export-old' &&
      !targetExists &&
      (await stat(join(full, MANIFEST_FILE)).catch(() => null))
    ) {
      await rename(full, target);
      continue;
    }
    await rm(full, { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Moves made before {@link applyJournal} lets other work of the process run. */
const MOVES_PER_TURN = 256;

/**
 * Moves the staged files into the bundle, puts the manifest in, removes what the journal
 * says and then the stage. Each step is one small, quick system call, made in turn: sent
 * through the thread pool one by one, they took a few times longer than the calls.
 */
async function applyJournal(
  target: string,
  journal: z.infer<typeof journalSchema>,
  onStep: (step: 'manifest' | 'move', done: number) => void = () => undefined,
): Promise<void> {
  let done = 0;
  const made = new Set<string>();
  for (const path of journal.moves) {
    const from = resolveInsideBundle(journal.stage, path);
    const to = resolveInsideBundle(target, path);
    // Gone from the stage: moved by the run that wrote the journal, before it was killed.
    if (!existsSync(from)) continue;
    if (!made.has(dirname(to))) {
      mkdirSync(dirname(to), { recursive: true });
      made.add(dirname(to));
    }
    renameSync(from, to);
    onStep('move', ++done);
    if (done % MOVES_PER_TURN === 0) await nextTurn();
  }
  const manifestFrom = join(journal.stage, MANIFEST_FILE);
  if (existsSync(manifestFrom)) {
    const manifestTo = join(target, MANIFEST_FILE);
    // Renamed over the old manifest, the new one would first be given its disk blocks
    // (ext4 does so for a file renamed over another, against a crash): about 10 ms for its
    // megabytes, every export. The old one goes aside into the stage (removed with it);
    // killed in between, the bundle has no manifest and the journal puts the new one in.
    if (existsSync(manifestTo)) renameSync(manifestTo, join(journal.stage, 'replaced-manifest'));
    onStep('manifest', 0);
    renameSync(manifestFrom, manifestTo);
  }
  let removed = 0;
  for (const path of journal.removes) {
    const file = resolveInsideBundle(target, path);
    rmSync(file, { force: true });
    // Folders left empty by a removed page go too, up to the bundle root.
    let folder = dirname(file);
    while (folder !== target && folder.startsWith(target + sep)) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
      folder = dirname(folder);
    }
    if (++removed % MOVES_PER_TURN === 0) await nextTurn();
  }
  // What is left of the stage is its empty folders (and the replaced manifest): a few
  // are removed at once, many without holding up the process.
  if (journal.moves.length <= MOVES_PER_TURN)
    rmSync(journal.stage, { recursive: true, force: true });
  else await rm(journal.stage, { recursive: true, force: true });
}

/** Writes `parts` one after the other as the file at `path` (no copy of them into one buffer). */
function writeParts(path: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    const expected = parts.reduce((sum, part) => sum + part.byteLength, 0);
    const written = writevSync(fd, parts as Uint8Array[]);
    if (written !== expected) throw new Error(`${path}: wrote ${written} of ${expected} bytes`);
  } finally {
    closeSync(fd);
  }
}

export type CommitStep = 'swap' | 'journal' | 'move' | 'manifest';

/** Where files of one export are written before they become the bundle. */
export class BundleWriter {
  readonly folder: string;
  private readonly made = new Set<string>();
  private bytes = 0;
  private files = 0;

  private constructor(
    readonly target: string,
    readonly kind: 'full' | 'incremental',
  ) {
    this.folder = sidePath(target, kind === 'full' ? 'export-temp' : 'export-stage');
  }

  static async start(target: string, kind: 'full' | 'incremental'): Promise<BundleWriter> {
    const writer = new BundleWriter(resolve(target), kind);
    await mkdir(writer.folder, { recursive: true });
    return writer;
  }

  get written(): { files: number; bytes: number } {
    return { files: this.files, bytes: this.bytes };
  }

  /** The absolute path a bundle file is written to (checked to stay inside the bundle). */
  pathFor(path: string): string {
    return resolveInsideBundle(this.folder, path);
  }

  async ensureFolder(folder: string): Promise<void> {
    if (this.made.has(folder)) return;
    await mkdir(folder, { recursive: true });
    this.made.add(folder);
  }

  async write(path: string, contents: string | Uint8Array): Promise<void> {
    const file = this.pathFor(path);
    await this.ensureFolder(dirname(file));
    await writeFile(file, contents);
    this.files++;
    this.bytes += typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength;
  }

  /** Counts a file someone else (the media writer) put into the folder. */
  account(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }

  /**
   * Makes the written files the bundle. `removes` lists bundle files to delete (incremental).
   * `onStep` is told of each step that changes what is beside or in the target: `swap`
   * between the two renames of a full export, `journal` once an incremental export's
   * journal is on disk (from then on the next export finishes the job), `move` after each
   * file is moved into place, `manifest` while the old manifest is out and the new one not
   * yet in. (The crash tests kill the process at these points.)
   */
  async commit(
    manifest: readonly Uint8Array[],
    written: string[],
    removes: string[],
    onStep: (step: CommitStep, done: number) => void = () => undefined,
  ): Promise<void> {
    writeParts(join(this.folder, MANIFEST_FILE), manifest);
    if (this.kind === 'full') {
      const exists = (await stat(this.target).catch(() => null)) !== null;
      if (!exists) {
        await mkdir(dirname(this.target), { recursive: true });
        await rename(this.folder, this.target);
        return;
      }
      const old = sidePath(this.target, 'export-old');
      await rename(this.target, old);
      onStep('swap', 0);
      await rename(this.folder, this.target);
      await rm(old, { recursive: true, force: true });
      return;
    }
    const journalPath = sidePath(this.target, 'export-journal', false);
    const journal = { stage: this.folder, moves: written, removes };
    const temp = `${journalPath}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(journal));
      // The one fsync of an incremental export: the journal must outlive a crash for the
      // next export to finish the moves it lists.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, journalPath);
    onStep('journal', 0);
    await applyJournal(this.target, journal, onStep);
    rmSync(journalPath, { force: true });
  }

  async abandon(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }
}

export function bundleRelative(folder: string, file: string): string {
  return relative(folder, file).split(sep).join('/');
}
