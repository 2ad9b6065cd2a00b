/**
 * Schema migrations. Every document carries `schemaVersion`; a document older than
 * {@link CURRENT_SCHEMA_VERSION} is migrated step by step when read and written back in
 * the new form. A document newer than this build is never touched (it is quarantined
 * with a report saying which version wrote it).
 *
 * Version 0 is the pre-release layout (articles had `title` and `lede`, settings had no
 * interface language); it is kept so the runner is exercised from the first release.
 */
import { CURRENT_SCHEMA_VERSION } from './meta.js';

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  meta: (doc: Json) => Json;
  article: (doc: Json) => Json;
  /** A revision holds the article's content of its time under `content`. */
  revision: (doc: Json) => Json;
}

function renameV0ArticleFields(doc: Json): Json {
  const { title, lede, ...rest } = doc;
  return { headline: title ?? '', standfirst: lede ?? '', ...rest };
}

export const MIGRATIONS: Migration[] = [
  {
    from: 0,
    meta: (doc) => {
      const settings = (doc['settings'] ?? {}) as Json;
      return {
        ...doc,
        schemaVersion: 1,
        settings: { interfaceLanguage: 'en', ...settings },
        tags: doc['tags'] ?? [],
      };
    },
    article: (doc) => ({ ...renameV0ArticleFields(doc), schemaVersion: 1 }),
    revision: (doc) => {
      const content = doc['content'];
      return {
        ...doc,
        schemaVersion: 1,
        content:
          typeof content === 'object' && content !== null && !Array.isArray(content)
            ? renameV0ArticleFields(content as Json)
            : content,
      };
    },
  },
];

export type MigrationOutcome =
  | { kind: 'current'; doc: Json }
  | { kind: 'migrated'; doc: Json; from: number }
  | { kind: 'too_new'; version: number }
  | { kind: 'invalid'; reason: string };

export function migrate(raw: unknown, which: 'meta' | 'article' | 'revision'): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'invalid', reason: 'the document is not a JSON object' };
  }
  let doc = raw as Json;
  const version = doc['schemaVersion'] ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'invalid', reason: `schemaVersion ${JSON.stringify(version)} is not a version` };
  }
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'too_new', version };
  if (version === CURRENT_SCHEMA_VERSION) return { kind: 'current', doc };
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return { kind: 'invalid', reason: `no migration from schema version ${v}` };
    doc = step[which](doc);
  }
  return { kind: 'migrated', doc, from: version };
}
