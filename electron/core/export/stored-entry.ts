/**
 * Entries read back from the export manifest, and the teaser key every entry has.
 *
 * What an incremental export needs of an unchanged article to plan the site and to key
 * its lists (where its page goes, which lists hold it, a key of its teaser) is decoded
 * with the manifest. Its words (headline, lede, byline, SEO texts…) stay undecoded in the
 * manifest's bytes until a page that shows them is rendered: a {@link StoredEntry} decodes
 * its text row the first time one of them is read. They are getters of the class, so an
 * entry that goes to another thread or is compared as data must go through
 * {@link plainEntry} first.
 */
import type { ImageRef, Language } from '../../../shared/domain.js';
import { contentHash } from './content-hash.js';
import { imageRef, str } from './row-checks.js';
import type { SiteEntry } from './site-model.js';

/** The entry fields kept in the manifest's text rows, in row order. */
export const TEXT_FIELDS = [
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'featuredImage',
  'seoTitle',
  'seoDescription',
  'correctionNote',
] as const satisfies readonly (keyof SiteEntry)[];
export type EntryText = Pick<SiteEntry, (typeof TEXT_FIELDS)[number]>;
export type EntryFacts = Omit<SiteEntry, keyof EntryText>;

/** A text row back into its fields, or null when anything in it is off. */
export function textFromRow(row: unknown): EntryText | null {
  if (!Array.isArray(row) || row.length !== TEXT_FIELDS.length) return null;
  const [headline, standfirst, byline, dateline, featured, seoTitle, seoDescription, correction] =
    row as unknown[];
  const featuredImage = imageRef(featured);
  if (
    !str(headline) ||
    !str(standfirst) ||
    !str(byline) ||
    !str(dateline) ||
    featuredImage === undefined ||
    !str(seoTitle) ||
    !str(seoDescription) ||
    !str(correction)
  )
    return null;
  return {
    headline,
    standfirst,
    byline,
    dateline,
    featuredImage,
    seoTitle,
    seoDescription,
    correctionNote: correction,
  };
}

/** An entry's text row, as the manifest stores it. */
export function textRow(entry: SiteEntry): string {
  const image = entry.featuredImage;
  return JSON.stringify([
    entry.headline,
    entry.standfirst,
    entry.byline,
    entry.dateline,
    image && { src: image.src, alt: image.alt, caption: image.caption, credit: image.credit },
    entry.seoTitle,
    entry.seoDescription,
    entry.correctionNote,
  ]);
}

/** Takes rows as bytes: `source[start..end)` (rows read back point into the file, not copies of it). */
export interface SpanSink {
  span(source: Buffer, start: number, end: number): void;
}

export class StoredEntry implements SiteEntry {
  #text: EntryText | null = null;
  #source: Buffer | null = null;
  #start = 0;
  #end = 0;

  /**
   * The facts, the teaser's key, then the text row: decoded, or where it lies in the
   * manifest's bytes (whose checksum was checked when the manifest was read).
   */
  constructor(
    readonly id: string,
    readonly language: Language,
    readonly categoryId: string | null,
    readonly tagIds: string[],
    readonly slug: string,
    readonly twinId: string | null,
    readonly publishedAt: string,
    readonly updatedAt: string,
    readonly revision: number,
    readonly teaserKey: string,
    text: EntryText | Buffer,
    start = 0,
    end = 0,
  ) {
    if (Buffer.isBuffer(text)) {
      this.#source = text;
      this.#start = start;
      this.#end = end;
    } else this.#text = text;
  }

  /** Adds the text row as it lies in the manifest read back to `rows`; false if not read so. */
  static copyText(entry: StoredEntry, rows: SpanSink): boolean {
    if (!entry.#source) return false;
    rows.span(entry.#source, entry.#start, entry.#end);
    return true;
  }

  private text(): EntryText {
    if (this.#text) return this.#text;
    const decoded =
      this.#source &&
      textFromRow(JSON.parse(this.#source.toString('utf8', this.#start, this.#end)));
    if (!decoded)
      throw new Error(
        `The export manifest's text of article ${this.id} is not valid; export in full mode.`,
      );
    this.#text = decoded;
    return decoded;
  }

  get headline(): string {
    return this.text().headline;
  }
  get standfirst(): string {
    return this.text().standfirst;
  }
  get byline(): string {
    return this.text().byline;
  }
  get dateline(): string {
    return this.text().dateline;
  }
  get featuredImage(): ImageRef | null {
    return this.text().featuredImage;
  }
  get seoTitle(): string {
    return this.text().seoTitle;
  }
  get seoDescription(): string {
    return this.text().seoDescription;
  }
  get correctionNote(): string {
    return this.text().correctionNote;
  }
}

/** The entry as a plain object: every field its own, for another thread or a comparison. */
export function plainEntry(e: SiteEntry): SiteEntry {
  return {
    id: e.id,
    language: e.language,
    headline: e.headline,
    standfirst: e.standfirst,
    byline: e.byline,
    dateline: e.dateline,
    categoryId: e.categoryId,
    tagIds: e.tagIds,
    slug: e.slug,
    twinId: e.twinId,
    publishedAt: e.publishedAt,
    updatedAt: e.updatedAt,
    revision: e.revision,
    featuredImage: e.featuredImage,
    seoTitle: e.seoTitle,
    seoDescription: e.seoDescription,
    correctionNote: e.correctionNote,
  };
}

const teaserKeys = new WeakMap<SiteEntry, string>();

/** For an entry that came from another thread with its key worked out there. */
export function rememberTeaserKey(entry: SiteEntry, key: string): void {
  teaserKeys.set(entry, key);
}

/**
 * Identifies what a teaser shows of an entry's words (its headline and lede): lists are
 * keyed by it, so keying them reads no text row. Entries are never changed in place.
 */
export function teaserKey(entry: SiteEntry): string {
  if (entry instanceof StoredEntry) return entry.teaserKey;
  let key = teaserKeys.get(entry);
  if (key === undefined) {
    key = contentHash(JSON.stringify([entry.headline, entry.standfirst]));
    teaserKeys.set(entry, key);
  }
  return key;
}
