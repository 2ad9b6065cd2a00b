/**
 * The search index on disk (`cache/search.bin`): a small JSON header (slots, stamps,
 * terms) followed by the postings as raw little-endian typed arrays, so loading is one
 * read and three copies. Anything that does not check out decodes to null and the index
 * is rebuilt from the articles: it is a cache, never the truth.
 */
import type { IndexImage } from './inverted-index.js';

const MAGIC = 'NDSX';
const FORMAT = 1;

interface Header {
  format: number;
  ids: string[];
  stamps: string[];
  terms: string[];
  postings: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function encodeIndexImage(image: IndexImage): Buffer {
  const header: Header = {
    format: FORMAT,
    ids: image.ids,
    stamps: image.stamps,
    terms: image.terms,
    postings: image.docs.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = align4(8 + json.length);
  const offsetsBytes = image.offsets.byteLength;
  const docsBytes = image.docs.byteLength;
  const out = Buffer.alloc(headerEnd + offsetsBytes + docsBytes + image.weights.byteLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  Buffer.from(image.offsets.buffer, image.offsets.byteOffset, offsetsBytes).copy(out, headerEnd);
  Buffer.from(image.docs.buffer, image.docs.byteOffset, docsBytes).copy(
    out,
    headerEnd + offsetsBytes,
  );
  Buffer.from(image.weights.buffer, image.weights.byteOffset, image.weights.byteLength).copy(
    out,
    headerEnd + offsetsBytes + docsBytes,
  );
  return out;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function decodeIndexImage(bytes: Buffer): IndexImage | null {
  try {
    if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return null;
    const jsonLength = bytes.readUInt32LE(4);
    if (8 + jsonLength > bytes.length) return null;
    const raw = JSON.parse(bytes.toString('utf8', 8, 8 + jsonLength)) as Partial<Header>;
    if (
      raw.format !== FORMAT ||
      !isStringArray(raw.ids) ||
      !isStringArray(raw.stamps) ||
      !isStringArray(raw.terms) ||
      raw.ids.length !== raw.stamps.length ||
      typeof raw.postings !== 'number'
    ) {
      return null;
    }
    const headerEnd = align4(8 + jsonLength);
    const termCount = raw.terms.length;
    const offsetsBytes = (termCount + 1) * 4;
    const docsBytes = raw.postings * 4;
    const weightsBytes = raw.postings * 2;
    if (headerEnd + offsetsBytes + docsBytes + weightsBytes !== bytes.length) return null;
    const copy = (start: number, length: number): ArrayBuffer =>
      bytes.buffer.slice(
        bytes.byteOffset + start,
        bytes.byteOffset + start + length,
      ) as ArrayBuffer;
    const offsets = new Uint32Array(copy(headerEnd, offsetsBytes));
    const docs = new Uint32Array(copy(headerEnd + offsetsBytes, docsBytes));
    const weights = new Uint16Array(copy(headerEnd + offsetsBytes + docsBytes, weightsBytes));
    if (offsets[0] !== 0 || offsets[termCount] !== raw.postings) return null;
    for (let t = 0; t < termCount; t++) {
      if ((offsets[t] as number) > (offsets[t + 1] as number)) return null;
      if (t > 0 && (raw.terms[t - 1] as string) >= (raw.terms[t] as string)) return null;
    }
    const slots = raw.ids.length;
    for (let p = 0; p < docs.length; p++) if ((docs[p] as number) >= slots) return null;
    return { ids: raw.ids, stamps: raw.stamps, terms: raw.terms, offsets, docs, weights };
  } catch {
    return null;
  }
}
