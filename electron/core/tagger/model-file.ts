/**
 * The category model on disk (`cache/tagger.bin`): a JSON header (format, the features it
 * was learned with, per category its totals, and the ledger of which article was learned at
 * which revision, under which category, from which text) followed by each category's summed
 * feature weights as raw little-endian float32. Decoding checks everything it reads; a file
 * that does not check out is reported as corrupt (set aside, then rebuilt from the articles),
 * one from another format or other features as outdated (rebuilt). It is a cache, never the
 * truth: the articles are.
 */
import { createHash } from 'node:crypto';
import { CategoryModel, type ClassState } from './category-model.js';
import { FEATURE_SPACE, featuresFingerprint } from './text-features.js';

const MAGIC = 'NDTG';
export const MODEL_FORMAT = 1;

/** What the model learned from one article: enough to tell whether it is still current. */
export interface LearnedEntry {
  label: string;
  revision: number;
  updatedAt: string;
  /** Hash of the text the features came from, so forgetting can check it has the same text. */
  hash: string;
}

export type DecodedModel =
  | { status: 'ok'; model: CategoryModel; learned: Map<string, LearnedEntry> }
  | { status: 'outdated'; reason: string }
  | { status: 'corrupt'; reason: string };

interface Header {
  format: number;
  features: string;
  labels: { label: string; total: number; docs: number }[];
  /** [article id, label, revision, updatedAt, text hash] */
  learned: [string, string, number, string, string][];
}

const align4 = (n: number): number => (n + 3) & ~3;

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 22);
}

export function encodeModel(
  model: CategoryModel,
  learned: ReadonlyMap<string, LearnedEntry>,
): Buffer {
  const classes = model.state();
  const header: Header = {
    format: MODEL_FORMAT,
    features: featuresFingerprint(),
    labels: classes.map(({ label, state }) => ({ label, total: state.total, docs: state.docs })),
    learned: [...learned].map(([id, e]) => [id, e.label, e.revision, e.updatedAt, e.hash]),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = align4(8 + json.length);
  const rowBytes = FEATURE_SPACE * 4;
  const out = Buffer.alloc(headerEnd + classes.length * rowBytes);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  classes.forEach(({ state }, i) => {
    const { weights } = state;
    Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).copy(
      out,
      headerEnd + i * rowBytes,
    );
  });
  return out;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function validLearned(value: unknown): value is Header['learned'] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === 5 &&
        typeof row[0] === 'string' &&
        typeof row[1] === 'string' &&
        Number.isInteger(row[2]) &&
        typeof row[3] === 'string' &&
        typeof row[4] === 'string',
    )
  );
}

export function decodeModel(bytes: Buffer): DecodedModel {
  const corrupt = (reason: string): DecodedModel => ({ status: 'corrupt', reason });
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC)
    return corrupt('not a model file');
  const jsonLength = bytes.readUInt32LE(4);
  if (8 + jsonLength > bytes.length) return corrupt('truncated header');
  let raw: Partial<Header>;
  try {
    raw = JSON.parse(bytes.toString('utf8', 8, 8 + jsonLength)) as Partial<Header>;
  } catch {
    return corrupt('header is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || !isFiniteNumber(raw.format)) {
    return corrupt('header without a format');
  }
  if (raw.format !== MODEL_FORMAT) {
    return { status: 'outdated', reason: `format ${raw.format}, expected ${MODEL_FORMAT}` };
  }
  if (raw.features !== featuresFingerprint()) {
    return { status: 'outdated', reason: `learned with features ${String(raw.features)}` };
  }
  const labels = raw.labels;
  if (
    !Array.isArray(labels) ||
    !labels.every(
      (l) =>
        typeof l === 'object' &&
        l !== null &&
        typeof l.label === 'string' &&
        isFiniteNumber(l.total) &&
        Number.isInteger(l.docs) &&
        l.docs > 0,
    ) ||
    new Set(labels.map((l) => l.label)).size !== labels.length
  ) {
    return corrupt('bad category list');
  }
  if (!validLearned(raw.learned)) return corrupt('bad ledger');
  const headerEnd = align4(8 + jsonLength);
  const rowBytes = FEATURE_SPACE * 4;
  if (bytes.length !== headerEnd + labels.length * rowBytes) return corrupt('wrong length');
  // The ledger and the weights must tell the same story: as many articles per category.
  const perLabel = new Map<string, number>();
  const learned = new Map<string, LearnedEntry>();
  for (const [id, label, revision, updatedAt, hash] of raw.learned) {
    if (learned.has(id)) return corrupt(`article ${id} learned twice`);
    learned.set(id, { label, revision, updatedAt, hash });
    perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
  }
  if (perLabel.size !== labels.length || labels.some((l) => perLabel.get(l.label) !== l.docs)) {
    return corrupt('ledger does not match the categories');
  }
  const classes: { label: string; state: ClassState }[] = [];
  for (let i = 0; i < labels.length; i++) {
    const start = bytes.byteOffset + headerEnd + i * rowBytes;
    const weights = new Float32Array(bytes.buffer.slice(start, start + rowBytes) as ArrayBuffer);
    let sum = 0;
    for (let k = 0; k < FEATURE_SPACE; k++) sum += weights[k] as number;
    const { label, total, docs } = labels[i] as Header['labels'][number];
    // NaN or infinity anywhere makes the sum so; a total that disagrees means torn weights.
    if (!Number.isFinite(sum) || Math.abs(sum - total) > 1e-3 * Math.max(1, Math.abs(total))) {
      return corrupt(`weights of ${label} do not add up`);
    }
    classes.push({ label, state: { weights, total, docs } });
  }
  return { status: 'ok', model: CategoryModel.fromState(classes), learned };
}
