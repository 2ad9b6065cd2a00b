/**
 * Three-way merge of two edits of one article made from the same base: each field, and the
 * text block by block (paragraphs, headings, lists, quotes, images as whole blocks). Edits
 * that touched different blocks or fields combine; where both changed the same one
 * differently the merge reports it and makes no choice.
 */
import type { ArticleContent } from '../domain.js';

export type MergeResult<T> = { ok: true; merged: T } | { ok: false; conflicts: string[] };

const key = (value: unknown): string => JSON.stringify(value);

/** Longest common subsequence of two key lists, as pairs of matching indices in order. */
function matchingPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  // Shared head and tail first: most edits touch a few blocks of a long article.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  // Lengths of the LCS of a[i..] and b[j..] for the middle part only.
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        a[start + i] === b[start + j]
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/**
 * diff3 over lists: base blocks kept unchanged by both sides anchor the merge; between
 * anchors, a stretch changed by one side takes that side, one changed identically by both
 * takes either, one changed differently by both is a conflict.
 */
export function mergeLists<T>(
  base: readonly T[],
  theirs: readonly T[],
  mine: readonly T[],
): MergeResult<T[]> {
  const baseKeys = base.map(key);
  const theirKeys = theirs.map(key);
  const myKeys = mine.map(key);
  const inTheirs = new Map(matchingPairs(baseKeys, theirKeys));
  const inMine = new Map(matchingPairs(baseKeys, myKeys));
  const merged: T[] = [];
  const conflicts: string[] = [];
  let b = 0;
  let t = 0;
  let m = 0;
  const same = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && x.every((value, index) => value === y[index]);
  const settle = (bEnd: number, tEnd: number, mEnd: number): void => {
    const baseSlice = baseKeys.slice(b, bEnd);
    const theirSlice = theirKeys.slice(t, tEnd);
    const mySlice = myKeys.slice(m, mEnd);
    if (same(theirSlice, baseSlice)) merged.push(...mine.slice(m, mEnd));
    else if (same(mySlice, baseSlice) || same(mySlice, theirSlice))
      merged.push(...theirs.slice(t, tEnd));
    else conflicts.push(`blocks ${b + 1}–${Math.max(bEnd, b + 1)}`);
  };
  for (let i = 0; i < base.length; i++) {
    const ti = inTheirs.get(i);
    const mi = inMine.get(i);
    // An anchor: this base block is still there, unchanged, on both sides.
    if (ti === undefined || mi === undefined || ti < t || mi < m) continue;
    settle(i, ti, mi);
    merged.push(mine[mi]!);
    b = i + 1;
    t = ti + 1;
    m = mi + 1;
  }
  settle(base.length, theirs.length, mine.length);
  return conflicts.length ? { ok: false, conflicts } : { ok: true, merged };
}

/** One field: whichever side changed it wins; both changing it alike is fine. */
function mergeValue<T>(name: string, base: T, theirs: T, mine: T, conflicts: string[]): T {
  if (key(theirs) === key(base) || key(theirs) === key(mine)) return mine;
  if (key(mine) === key(base)) return theirs;
  conflicts.push(name);
  return mine;
}

/**
 * Merges two versions of an article saved from the same base. A failed merge names the
 * fields both changed ('body' for the text).
 */
export function mergeArticleContent(
  base: ArticleContent,
  theirs: ArticleContent,
  mine: ArticleContent,
): MergeResult<ArticleContent> {
  const conflicts: string[] = [];
  const field = <K extends keyof ArticleContent>(name: K): ArticleContent[K] =>
    mergeValue(name, base[name], theirs[name], mine[name], conflicts);
  const body = mergeLists(base.body.content, theirs.body.content, mine.body.content);
  // Every field is named here, so a field added to the article must be given a merge rule.
  const merged: ArticleContent = {
    language: field('language'),
    headline: field('headline'),
    standfirst: field('standfirst'),
    body: body.ok ? { ...mine.body, content: body.merged } : mine.body,
    byline: field('byline'),
    dateline: field('dateline'),
    categoryId: field('categoryId'),
    tagIds: field('tagIds'),
    slug: field('slug'),
    flags: field('flags'),
    featuredImage: field('featuredImage'),
    seoTitle: field('seoTitle'),
    seoDescription: field('seoDescription'),
    correctionNote: field('correctionNote'),
    twinId: field('twinId'),
  };
  if (!body.ok) conflicts.push('body');
  return conflicts.length ? { ok: false, conflicts } : { ok: true, merged };
}
