/**
 * lowdb's Adapter over one JSON document, written durably and checked when read back.
 * lowdb stays the API (read, write, data); this adapter decides how bytes reach the disk.
 */
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { DocumentError } from './document-error.js';
import {
  readTextIfExists,
  stageFileDurable,
  writeFileDurable,
  type StagedFile,
  type WriteQueues,
} from './durable-file.js';
import { migrate } from './migrations.js';

export type DocumentKind = 'meta' | 'article' | 'revision';

export class DurableJsonAdapter<T> implements Adapter<T | null> {
  constructor(
    private readonly path: string,
    private readonly kind: DocumentKind,
    private readonly schema: z.ZodType<T>,
    private readonly queues: WriteQueues,
  ) {}

  /** Null when the file does not exist; throws {@link DocumentError} when it is unusable. */
  /** What the last read found: no file, a current document, or one migrated from a version. */
  lastRead: 'missing' | 'current' | { migratedFrom: number } = 'missing';

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.path);
    if (text === null) {
      this.lastRead = 'missing';
      return null;
    }
    const { data, migratedFrom } = decodeDocumentDetailed(this.path, text, this.kind, this.schema);
    this.lastRead = migratedFrom === null ? 'current' : { migratedFrom };
    return data;
  }

  write(data: T | null): Promise<void> {
    if (data === null) return Promise.reject(new Error(`nothing to write to ${this.path}`));
    return this.queues.run(this.path, () => writeFileDurable(this.path, encodeDocument(data)));
  }

  /**
   * Writes and fsyncs the document under a temp name; `commit()` makes it the document.
   * The caller serialises writes to this document (the article store's save queue).
   */
  stage(data: T): Promise<StagedFile> {
    return stageFileDurable(this.path, encodeDocument(data));
  }
}

export function encodeDocument(data: unknown): string {
  return `${JSON.stringify({ schemaVersion: 1, ...(data as object) })}\n`;
}

/** Text → JSON → migrations → schema; any failure is a {@link DocumentError} with the reason. */
export function decodeDocument<T>(
  path: string,
  text: string,
  kind: DocumentKind,
  schema: z.ZodType<T>,
): T {
  return decodeDocumentDetailed(path, text, kind, schema).data;
}

/** As {@link decodeDocument}, also saying which schema version the text was migrated from. */
export function decodeDocumentDetailed<T>(
  path: string,
  text: string,
  kind: DocumentKind,
  schema: z.ZodType<T>,
): { data: T; migratedFrom: number | null } {
  if (text.trim().length === 0) throw new DocumentError(path, 'the file is empty');
  if (text.includes('\u0000')) throw new DocumentError(path, 'the file contains NUL bytes');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DocumentError(path, `not valid JSON (${(error as Error).message})`);
  }
  const outcome = migrate(raw, kind);
  if (outcome.kind === 'invalid') throw new DocumentError(path, outcome.reason);
  if (outcome.kind === 'too_new') {
    throw new DocumentError(
      path,
      `written by a newer Newsroom Desk (schema version ${outcome.version})`,
    );
  }
  const parsed = schema.safeParse(outcome.doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new DocumentError(
      path,
      `does not match the schema${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return { data: parsed.data, migratedFrom: outcome.kind === 'migrated' ? outcome.from : null };
}
