/**
 * The persisted catalogue of article summaries: what lets a 50,000-article store show its
 * first list page without reading 50,000 files. It is a cache; the article files stay the
 * truth, and the store reconciles the two at every open.
 *
 *   cache/catalogue.json         snapshot: generation G, every summary with its file stamp
 *   cache/journal-<G>.ndjson     append-only, fsynced changes since snapshot G
 *
 * A save appends `begin <id>` before it touches the article file and `put <summary>` after,
 * each fsynced; an id whose begin has no put (a crash in between) is re-read from its file
 * at open, so the catalogue never shows a state the file does not have. Compaction starts
 * journal G+1, then writes snapshot G+1 (with the ids still in flight) and only then
 * deletes older journals, so a crash at any step replays to the same state.
 */
import { open, readdir, readFile, rm, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ARTICLE_STATUSES,
  articleSummarySchema,
  LANGUAGES,
  type ArticleSummary,
} from '../../../shared/domain.js';
import { writeFileDurable, type WriteQueues } from './durable-file.js';
import { utf8Text } from './utf8-text.js';

export const CACHE_DIR = 'cache';
export const SNAPSHOT_FILE = 'catalogue.json';
const SNAPSHOT_FORMAT = 2;
/**
 * The summary fields, in the order of a snapshot row. A snapshot written with other fields
 * (a newer or older build) is not trusted, so a change to the summary rebuilds it.
 */
export const SUMMARY_FIELDS = Object.keys(articleSummarySchema.shape);
const JOURNAL_QUEUE = 'catalogue:journal';

/** What identifies one version of an article file on disk (changes when anyone rewrites it). */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export interface CatalogueEntry {
  summary: ArticleSummary;
  stamp: FileStamp;
}

export function stampKey(stamp: FileStamp): string {
  return `${stamp.mtimeMs}:${stamp.size}`;
}

type JournalRecord =
  | { op: 'begin'; id: string }
  | { op: 'put'; s: ArticleSummary; m: number; z: number }
  | { op: 'del'; id: string };

export interface LoadedCatalogue {
  entries: Map<string, CatalogueEntry>;
  /** Ids whose save began but never finished: their files must be re-read. */
  pending: Set<string>;
  /** False when there was no usable snapshot: every article file must be read. */
  trusted: boolean;
}

const STATUSES = new Set<string>(ARTICLE_STATUSES);
const LANGS = new Set<string>(LANGUAGES);

const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/**
 * A fast structural check (zod would take about a second on 50,000 summaries). A summary
 * that fails it makes the whole catalogue untrusted, and the store reads the files instead.
 */
export function isSummary(value: unknown): value is ArticleSummary {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s['id'] === 'string' &&
    LANGS.has(s['language'] as string) &&
    typeof s['headline'] === 'string' &&
    typeof s['standfirst'] === 'string' &&
    typeof s['byline'] === 'string' &&
    isStringOrNull(s['categoryId']) &&
    Array.isArray(s['tagIds']) &&
    typeof s['slug'] === 'string' &&
    STATUSES.has(s['status'] as string) &&
    isStringOrNull(s['twinId']) &&
    typeof s['createdAt'] === 'string' &&
    typeof s['updatedAt'] === 'string' &&
    isStringOrNull(s['publishAt']) &&
    isStringOrNull(s['publishedAt']) &&
    isStringOrNull(s['embargoUntil']) &&
    typeof s['revision'] === 'number' &&
    typeof s['wordCount'] === 'number'
  );
}

function isStamp(m: unknown, z: unknown): boolean {
  return typeof m === 'number' && Number.isFinite(m) && typeof z === 'number' && z >= 0;
}

const journalName = (generation: number): string => `journal-${generation}.ndjson`;

export class Catalogue {
  private generation = 0;
  private journal: FileHandle | null = null;
  private linesSinceSnapshot = 0;
  private compacting: Promise<void> | null = null;
  /** Ids with a begin record and no put yet, as the journal on disk would replay them. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly dataDir: string,
    private readonly queues: WriteQueues,
    /** Journal records after which a snapshot is written in the background. */
    private readonly compactEvery = 5_000,
  ) {}

  private get folder(): string {
    return join(this.dataDir, CACHE_DIR);
  }

  /** Reads snapshot and journals. Never throws for bad content: it reports `trusted: false`. */
  async load(): Promise<LoadedCatalogue> {
    const entries = new Map<string, CatalogueEntry>();
    const pending = new Set<string>();
    let names: string[] = [];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const snapshot = await this.readSnapshot(names.includes(SNAPSHOT_FILE));
    if (!snapshot) return { entries, pending, trusted: false };
    this.generation = snapshot.generation;
    for (const entry of snapshot.entries) entries.set(entry.summary.id, entry);
    for (const id of snapshot.pending) pending.add(id);
    const journals = names
      .map((name) => /^journal-(\d+)\.ndjson$/.exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => Number(match[1]))
      .filter((generation) => generation >= snapshot.generation)
      .sort((a, b) => a - b);
    for (const generation of journals) {
      const path = join(this.folder, journalName(generation));
      const bytes = await readFile(path);
      const result = replay(bytes, entries, pending);
      if (result === null) return { entries: new Map(), pending: new Set(), trusted: false };
      // A torn tail (a crash mid-append, never acknowledged) is cut off, so the next
      // append starts on a line of its own.
      if (result.validBytes < bytes.length) await truncate(path, result.validBytes);
      this.linesSinceSnapshot += result.lines;
      this.generation = Math.max(this.generation, generation);
    }
    return { entries, pending, trusted: true };
  }

  private async readSnapshot(exists: boolean): Promise<{
    generation: number;
    entries: CatalogueEntry[];
    pending: string[];
  } | null> {
    if (!exists) return null;
    try {
      const raw = JSON.parse(utf8Text(await readFile(join(this.folder, SNAPSHOT_FILE)))) as unknown;
      if (typeof raw !== 'object' || raw === null) return null;
      const doc = raw as Record<string, unknown>;
      if (doc['format'] !== SNAPSHOT_FORMAT || typeof doc['generation'] !== 'number') return null;
      const rows = doc['entries'];
      const pending = doc['pending'];
      const fields = doc['fields'];
      if (!Array.isArray(rows) || !Array.isArray(pending) || !Array.isArray(fields)) return null;
      if (fields.join(',') !== SUMMARY_FIELDS.join(',')) return null;
      const width = SUMMARY_FIELDS.length;
      const entries: CatalogueEntry[] = [];
      for (const row of rows as unknown[]) {
        if (!Array.isArray(row) || row.length !== width + 2) return null;
        const summary: Record<string, unknown> = {};
        for (let i = 0; i < width; i++) summary[SUMMARY_FIELDS[i] as string] = row[i];
        if (!isSummary(summary) || !isStamp(row[width], row[width + 1])) return null;
        entries.push({
          summary,
          stamp: { mtimeMs: row[width] as number, size: row[width + 1] as number },
        });
      }
      return {
        generation: doc['generation'],
        entries,
        pending: pending.filter((id): id is string => typeof id === 'string'),
      };
    } catch {
      // An unreadable snapshot is only a lost cache: the files are read instead.
      return null;
    }
  }

  /** Opens the journal for appending. Call after {@link load} (and any rebuild). */
  async start(): Promise<void> {
    this.journal = await open(join(this.folder, journalName(this.generation)), 'a');
  }

  /**
   * Must be on disk before the article file changes: it is what makes the next open
   * re-read this article if the change never got its `put`.
   */
  async begin(id: string): Promise<void> {
    this.inFlight.add(id);
    await this.append({ op: 'begin', id }, true);
  }

  /**
   * Not fsynced: if a crash loses it, the `begin` before it makes the next open read the
   * file instead. The next fsynced record (or the OS) carries it to the disk.
   */
  async put(entry: CatalogueEntry): Promise<void> {
    await this.append(
      { op: 'put', s: entry.summary, m: entry.stamp.mtimeMs, z: entry.stamp.size },
      false,
    );
    this.inFlight.delete(entry.summary.id);
  }

  async remove(id: string): Promise<void> {
    await this.append({ op: 'del', id }, false);
    this.inFlight.delete(id);
  }

  private append(record: JournalRecord, sync: boolean): Promise<void> {
    return this.queues.run(JOURNAL_QUEUE, async () => {
      if (!this.journal) throw new Error('the catalogue journal is not open');
      await this.journal.write(`${JSON.stringify(record)}\n`);
      if (sync) await this.journal.datasync();
      this.linesSinceSnapshot++;
    });
  }

  get needsCompaction(): boolean {
    return this.linesSinceSnapshot >= this.compactEvery;
  }

  /**
   * Writes a snapshot of `current()` and retires older journals. The switch to a new
   * journal happens inside the journal queue, so `current()` is exactly snapshot plus
   * every record appended so far; records appended later land in the new journal.
   */
  compact(current: () => Iterable<CatalogueEntry>): Promise<void> {
    if (this.compacting) return this.compacting;
    this.compacting = (async () => {
      try {
        let text = '';
        let generation = 0;
        await this.queues.run(JOURNAL_QUEUE, async () => {
          generation = this.generation + 1;
          const next = await open(join(this.folder, journalName(generation)), 'a');
          await this.journal?.close();
          this.journal = next;
          this.generation = generation;
          this.linesSinceSnapshot = 0;
          text = serializeSnapshot(generation, current(), [...this.inFlight]);
        });
        await writeFileDurable(join(this.folder, SNAPSHOT_FILE), text);
        const names = await readdir(this.folder);
        await Promise.all(
          names
            .map((name) => /^journal-(\d+)\.ndjson$/.exec(name))
            .filter((match): match is RegExpExecArray => match !== null)
            .filter((match) => Number(match[1]) < generation)
            .map((match) => rm(join(this.folder, match[0]), { force: true })),
        );
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  /** Writes a fresh snapshot before the journal is opened (after a rebuild from files). */
  async writeInitialSnapshot(entries: Iterable<CatalogueEntry>): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const journals = names.filter((name) => /^journal-\d+\.ndjson$/.test(name));
    // Above every journal on disk: an old journal must never be replayed over this snapshot.
    const highest = Math.max(0, ...journals.map((name) => Number(name.slice(8, -7))));
    this.generation = Math.max(this.generation, highest) + 1;
    await writeFileDurable(
      join(this.folder, SNAPSHOT_FILE),
      serializeSnapshot(this.generation, entries, []),
    );
    await Promise.all(journals.map((name) => rm(join(this.folder, name), { force: true })));
    this.linesSinceSnapshot = 0;
  }

  async close(): Promise<void> {
    await this.compacting;
    await this.queues.run(JOURNAL_QUEUE, async () => {
      await this.journal?.close();
      this.journal = null;
    });
  }
}

/**
 * Rows are arrays in {@link SUMMARY_FIELDS} order (a third of the size of objects, and
 * faster to parse), newest update first, so the desk's default order sorts in one pass.
 */
export function serializeSnapshot(
  generation: number,
  entries: Iterable<CatalogueEntry>,
  pending: string[],
): string {
  const sorted = [...entries].sort((a, b) =>
    a.summary.updatedAt < b.summary.updatedAt
      ? 1
      : a.summary.updatedAt > b.summary.updatedAt
        ? -1
        : 0,
  );
  const rows: string[] = [];
  for (const { summary, stamp } of sorted) {
    const record = summary as unknown as Record<string, unknown>;
    const row = SUMMARY_FIELDS.map((field) => record[field] ?? null);
    row.push(stamp.mtimeMs, stamp.size);
    rows.push(JSON.stringify(row));
  }
  return `{"format":${SNAPSHOT_FORMAT},"generation":${generation},"fields":${JSON.stringify(SUMMARY_FIELDS)},"pending":${JSON.stringify(pending)},"entries":[\n${rows.join(',\n')}\n]}\n`;
}

/**
 * Applies journal records to the entries. Returns how many bytes hold whole records; a
 * torn or garbled last record is left out. Damage before the last record returns null.
 */
function replay(
  bytes: Buffer,
  entries: Map<string, CatalogueEntry>,
  pending: Set<string>,
): { validBytes: number; lines: number } | null {
  let start = 0;
  let lines = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start);
    if (end === -1) return { validBytes: start, lines };
    const last = end === bytes.length - 1;
    const record = parseRecord(bytes.toString('utf8', start, end));
    if (record === null) return last ? { validBytes: start, lines } : null;
    if (record.op === 'begin') pending.add(record.id);
    else if (record.op === 'del') {
      entries.delete(record.id);
      pending.delete(record.id);
    } else {
      entries.set(record.s.id, { summary: record.s, stamp: { mtimeMs: record.m, size: record.z } });
      pending.delete(record.s.id);
    }
    lines++;
    start = end + 1;
  }
  return { validBytes: start, lines };
}

function parseRecord(line: string): JournalRecord | null {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if ((r['op'] === 'begin' || r['op'] === 'del') && typeof r['id'] === 'string') {
    return { op: r['op'], id: r['id'] };
  }
  if (r['op'] === 'put' && isSummary(r['s']) && isStamp(r['m'], r['z'])) {
    return { op: 'put', s: r['s'], m: r['m'] as number, z: r['z'] as number };
  }
  return null;
}
