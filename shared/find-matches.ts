/** Find and replace over plain text: where a query matches, with match case and whole word. */

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface TextMatch {
  from: number;
  to: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for the query, or null for an empty query. */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  if (!query) return null;
  let source = escapeRegExp(query);
  // \b knows only ASCII letters; these lookarounds treat Cyrillic and other scripts as letters too.
  if (options.wholeWord) source = `(?<![\\p{L}\\p{N}_])${source}(?![\\p{L}\\p{N}_])`;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/** Every non-overlapping match of `query` in `text`, as offsets into `text`. */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const pattern = findPattern(query, options);
  if (!pattern) return [];
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    matches.push({ from: match.index, to: match.index + match[0].length });
  }
  return matches;
}
