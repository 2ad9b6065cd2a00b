/**
 * Decodes an article file for the export. An export reads ten thousand of them, and zod
 * took more time over them than rendering their pages did, so a document in the exact
 * shape the store writes (current schema version, every field present and within the
 * schema's limits) is accepted by a hand-written check; anything else (an old schema
 * version, a missing field, a value out of bounds) goes through the store's own
 * decoding, which applies migrations and defaults or says what is wrong. The check only
 * accepts what the schema accepts (a test holds it to that).
 */
import type { Article } from '../../../shared/domain.js';
import { DocumentError } from '../store/document-error.js';

/**
 * The store's schema version (`CURRENT_SCHEMA_VERSION`, store/meta.ts; a test holds the two
 * equal). Not imported: that module brings zod and every schema with it, and worker
 * threads load this one without them; the rare document that needs the schema loads it.
 */
export const ARTICLE_SCHEMA_VERSION = 1;

type Json = Record<string, unknown>;

const STATUSES = new Set(['draft', 'submitted', 'edited', 'scheduled', 'published', 'spiked']);
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// What the store writes (Date#toISOString); a valid calendar date is checked by a round trip.
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const id = (v: unknown): boolean => typeof v === 'string' && ID.test(v);
const idOrNull = (v: unknown): boolean => v === null || id(v);
const status = (v: unknown): boolean => typeof v === 'string' && STATUSES.has(v);

function instant(v: unknown): boolean {
  if (typeof v !== 'string' || !INSTANT.test(v)) return false;
  // Month, day up to the 28th, hour, minute and second in range: a valid instant on any calendar.
  const two = (at: number): number => (v.charCodeAt(at) - 48) * 10 + v.charCodeAt(at + 1) - 48;
  const month = two(5);
  const day = two(8);
  if (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 28 &&
    two(11) <= 23 &&
    two(14) <= 59 &&
    two(17) <= 59
  )
    return true;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && new Date(ms).toISOString() === v;
}
const instantOrNull = (v: unknown): boolean => v === null || instant(v);

function mark(v: unknown): boolean {
  if (!isObject(v)) return false;
  const type = v['type'];
  return (
    typeof type === 'string' &&
    type.length >= 1 &&
    type.length <= 64 &&
    (v['attrs'] === undefined || isObject(v['attrs']))
  );
}

function node(v: unknown, depth: number): boolean {
  // Deeper than any editor writes: left to the schema, which walks any depth.
  if (!isObject(v) || depth > 60) return false;
  const type = v['type'];
  if (typeof type !== 'string' || type.length < 1 || type.length > 64) return false;
  const { attrs, content, marks, text: value } = v;
  if (attrs !== undefined && !isObject(attrs)) return false;
  if (value !== undefined && typeof value !== 'string') return false;
  if (marks !== undefined && !(Array.isArray(marks) && marks.every(mark))) return false;
  if (content !== undefined) {
    if (!Array.isArray(content)) return false;
    for (const child of content) if (!node(child, depth + 1)) return false;
  }
  return true;
}

function transition(v: unknown): boolean {
  return (
    isObject(v) &&
    status(v['from']) &&
    status(v['to']) &&
    instant(v['at']) &&
    text(v['by'], 120) &&
    (v['note'] === undefined || text(v['note'], 300)) &&
    (v['publishAt'] === undefined || instant(v['publishAt']))
  );
}

function imageRef(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v['src'] === 'string' &&
    v['src'].length >= 1 &&
    v['src'].length <= 500 &&
    text(v['alt'], 500) &&
    text(v['caption'], 1000) &&
    text(v['credit'], 300)
  );
}

/** True when `doc` is an article of the current schema that zod would accept as it is (keys it does not know aside). */
export function isCurrentArticle(doc: unknown): doc is Article {
  if (!isObject(doc) || doc['schemaVersion'] !== ARTICLE_SCHEMA_VERSION) return false;
  const { body, flags, tagIds, slug, featuredImage, revision, transitions } = doc;
  return (
    (doc['language'] === 'en' || doc['language'] === 'ru') &&
    id(doc['id']) &&
    status(doc['status']) &&
    (doc['statusBeforeSpike'] === null || status(doc['statusBeforeSpike'])) &&
    text(doc['headline'], 300) &&
    text(doc['standfirst'], 1000) &&
    text(doc['byline'], 200) &&
    text(doc['dateline'], 120) &&
    idOrNull(doc['categoryId']) &&
    Array.isArray(tagIds) &&
    tagIds.length <= 100 &&
    tagIds.every(id) &&
    typeof slug === 'string' &&
    (slug === '' || (slug.length <= 80 && SLUG.test(slug))) &&
    isObject(flags) &&
    typeof flags['legalCheck'] === 'boolean' &&
    typeof flags['notForPublication'] === 'boolean' &&
    text(flags['reason'], 500) &&
    (featuredImage === null || imageRef(featuredImage)) &&
    text(doc['seoTitle'], 200) &&
    text(doc['seoDescription'], 400) &&
    text(doc['correctionNote'], 2000) &&
    idOrNull(doc['twinId']) &&
    instant(doc['createdAt']) &&
    instant(doc['updatedAt']) &&
    text(doc['createdBy'], 120) &&
    text(doc['updatedBy'], 120) &&
    instantOrNull(doc['embargoUntil']) &&
    instantOrNull(doc['publishAt']) &&
    instantOrNull(doc['publishedAt']) &&
    instantOrNull(doc['spikedAt']) &&
    typeof revision === 'number' &&
    Number.isInteger(revision) &&
    revision >= 1 &&
    Array.isArray(transitions) &&
    transitions.every(transition) &&
    isObject(body) &&
    body['type'] === 'doc' &&
    Array.isArray(body['content']) &&
    body['content'].every((child) => node(child, 1))
  );
}

/** The article in `text` (the file at `path`); throws a {@link DocumentError} saying what is wrong. */
export async function decodeArticle(path: string, text: string): Promise<Article> {
  if (text.length > 0 && !text.includes('\u0000')) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DocumentError(path, `not valid JSON (${(error as Error).message})`);
    }
    if (isCurrentArticle(raw)) return raw;
  }
  const [{ decodeDocument }, { articleSchema }] = await Promise.all([
    import('../store/json-adapter.js'),
    import('../../../shared/domain.js'),
  ]);
  return decodeDocument(path, text, 'article', articleSchema);
}
