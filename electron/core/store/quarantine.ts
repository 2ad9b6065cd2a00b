/**
 * Documents that cannot be read back are moved into `quarantine/` (never overwritten,
 * never deleted) and listed in `quarantine/report.json`, which the UI shows as a banner.
 */
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { quarantineEntrySchema, type QuarantineEntry } from '../../../shared/domain.js';
import { writeFileDurable } from './durable-file.js';

export const QUARANTINE_DIR = 'quarantine';

export class Quarantine {
  private entries: QuarantineEntry[] = [];

  constructor(private readonly dataDir: string) {}

  get list(): readonly QuarantineEntry[] {
    return this.entries;
  }

  private get reportPath(): string {
    return join(this.dataDir, QUARANTINE_DIR, 'report.json');
  }

  async load(): Promise<void> {
    try {
      const parsed = z
        .array(quarantineEntrySchema)
        .safeParse(JSON.parse(await readFile(this.reportPath, 'utf8')));
      this.entries = parsed.success ? parsed.data : [];
    } catch {
      this.entries = [];
    }
  }

  private tail: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(entry: QuarantineEntry) => void>();

  /** Tells `listener` of every document quarantined from now on. */
  onAdd(listener: (entry: QuarantineEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Moves `path` aside and records why. Returns the entry. One at a time: concurrent reads
   * can find several bad files at once, and the report must list every one of them.
   */
  add(path: string, reason: string, now: Date): Promise<QuarantineEntry> {
    const next = this.tail.then(
      () => this.move(path, reason, now),
      () => this.move(path, reason, now),
    );
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async move(path: string, reason: string, now: Date): Promise<QuarantineEntry> {
    const rel = relative(this.dataDir, path);
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const base = `${stamp}--${rel.split(/[\\/]/).join('__')}`;
    // Never over an earlier quarantined file (the same document can go bad twice).
    let target = join(this.dataDir, QUARANTINE_DIR, base);
    for (let n = 2; existsSync(target); n++) {
      target = join(this.dataDir, QUARANTINE_DIR, `${base}.${n}`);
    }
    await writeFileDurable(join(this.dataDir, QUARANTINE_DIR, '.keep'), '');
    try {
      await rename(path, target);
    } catch (error) {
      // Two readers (the open's background check and the tagger's read) can find the same
      // bad file; the second finds it already moved aside and reports the first move.
      const earlier =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? this.entries.findLast((entry) => entry.file === rel)
          : undefined;
      if (earlier) return earlier;
      throw error;
    }
    const entry: QuarantineEntry = {
      file: rel,
      movedTo: relative(this.dataDir, target),
      reason,
      at: now.toISOString(),
    };
    this.entries = [...this.entries, entry];
    await writeFileDurable(this.reportPath, `${JSON.stringify(this.entries, null, 1)}\n`);
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  async dismiss(): Promise<void> {
    this.entries = [];
    await writeFileDurable(this.reportPath, '[]\n');
  }

  static describe(entry: QuarantineEntry): string {
    return `${basename(entry.file)}: ${entry.reason}`;
  }
}
