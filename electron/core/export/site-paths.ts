/**
 * Output paths of the exported bundle. Every path is built from validated segments
 * (lower-case ASCII slugs, never `..`, control characters, Windows-reserved names or
 * over-long names) and checked to stay inside the output folder; a path can be claimed
 * by one page only, so two articles can never write the same file.
 */
import { isAbsolute, resolve, sep } from 'node:path';
import { slugify } from '../../../shared/slug.js';

/** Names Windows refuses as file or folder names, with or without an extension. */
const WINDOWS_RESERVED = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Folder names the bundle itself uses inside a language section. */
const SECTION_RESERVED = new Set(['tag', 'page', 'assets', 'media', 'feed', 'atom', 'index']);

export const MAX_SEGMENT_LENGTH = 100;
const SEGMENT = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function isWindowsReserved(segment: string): boolean {
  const dot = segment.indexOf('.');
  const stem = dot < 0 ? segment : segment.slice(0, dot);
  // Every reserved name has three or four letters; most segments are longer (checked per path, per page).
  return stem.length >= 3 && stem.length <= 4 && WINDOWS_RESERVED.has(stem.toLowerCase());
}

/**
 * A folder name from a slug (or, failing that, from free text): ASCII slug rules, never a
 * reserved or numeric-only name (numbers are year folders), never empty.
 */
export function safeSegment(preferred: string, fallback: string | (() => string)): string {
  let segment = SEGMENT.test(preferred) ? preferred : slugify(preferred, 80);
  if (!segment)
    segment = slugify(typeof fallback === 'function' ? fallback() : fallback, 80) || 'item';
  segment = segment.slice(0, 80).replace(/-+$/, '');
  if (isWindowsReserved(segment) || SECTION_RESERVED.has(segment) || /^\d+$/.test(segment)) {
    segment = `${segment}-x`;
  }
  return segment;
}

/** Folders (1 to 100 of a-z, 0-9 and inner "-"), then a file name (inner "." and "_" too). */
const SAFE_PATH =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?\/)*[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;
/** A segment whose name (before any extension) Windows reserves. */
const RESERVED_SEGMENT = /(?:^|\/)(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?=[./]|$)/;

/**
 * True when every segment of a relative bundle path is one we could have produced. One
 * pattern for the whole path: this runs for every page of every export.
 */
export function isSafeBundlePath(path: string): boolean {
  return (
    path.length > 0 && path.length <= 400 && SAFE_PATH.test(path) && !RESERVED_SEGMENT.test(path)
  );
}

/** The last absolute folder {@link resolveInsideBundle} was given, as resolved. */
let lastRoot = '';
let lastFolder = '';

/**
 * Resolves a bundle path inside `root`; throws when it is unsafe. Every segment of a safe
 * path is a plain name (none is empty, "." or ".."), so the path joined to the folder
 * names a file inside it: no need to resolve it again for every page.
 */
export function resolveInsideBundle(root: string, path: string): string {
  if (!isSafeBundlePath(path))
    throw new Error(`refusing unsafe output path ${JSON.stringify(path)}`);
  let folder: string;
  if (root === lastRoot) folder = lastFolder;
  else {
    folder = resolve(root);
    // Only an absolute folder is remembered: a relative one depends on the working folder.
    if (isAbsolute(root)) {
      lastRoot = root;
      lastFolder = folder;
    }
  }
  return `${folder.endsWith(sep) ? folder : folder + sep}${sep === '/' ? path : path.replaceAll('/', sep)}`;
}

/** Hands out page paths; a second claim of the same path is refused. */
export class PathRegistry {
  private readonly owners = new Map<string, string>();

  /** Claims `path` for `owner`; returns false when someone else already has it. */
  claim(path: string, owner: string): boolean {
    if (!isSafeBundlePath(path)) throw new Error(`unsafe bundle path ${JSON.stringify(path)}`);
    const holder = this.owners.get(path);
    if (holder !== undefined && holder !== owner) return false;
    this.owners.set(path, owner);
    return true;
  }

  has(path: string): boolean {
    return this.owners.has(path);
  }
}

/** `../` repeated once per folder above `path` (a page's way back to the bundle root). */
export function rootPrefix(path: string): string {
  // Called for every link of every page: counted, not split.
  let depth = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
  return PREFIXES[depth] ?? '../'.repeat(depth);
}

const PREFIXES = Array.from({ length: 12 }, (_, depth) => '../'.repeat(depth));

const INDEX_FILE = 'index.html';

/** A page's address inside the bundle: its folder for an `index.html` (`en/2025/12/slug/`), else its path. */
export function pageFolder(pagePath: string): string {
  return pagePath.endsWith(INDEX_FILE) ? pagePath.slice(0, -INDEX_FILE.length) : pagePath;
}

/** The link to a page's folder (`en/2025/12/slug/`), as written from a page at `fromPath`. */
export function linkTo(fromPath: string, pagePath: string): string {
  return `${rootPrefix(fromPath)}${pageFolder(pagePath)}` || './';
}
