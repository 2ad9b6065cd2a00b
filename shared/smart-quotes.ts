/**
 * Typographic quotes per language: “…” and ‘…’ in English; «…» in Russian with „…“ for a
 * quotation inside a quotation. Pure: given the text before the cursor in the same block
 * and the key typed, says which character to insert.
 */
import type { Language } from './domain.js';

/** Characters after which a quote opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/«„‘"']$/u;

export function smartQuote(language: Language, before: string, typed: '"' | "'"): string {
  // In English “ opens a quotation, so a quote typed right after it opens a nested one.
  const opening =
    before === '' || OPENS_AFTER.test(before) || (language === 'en' && before.endsWith('“'));
  if (typed === "'") {
    // An apostrophe (don't, Д’Артаньян) and a closing single quote are the same character.
    return opening ? '‘' : '’';
  }
  if (language === 'en') return opening ? '“' : '”';
  const depth = russianDepth(before);
  if (opening) return depth >= 1 ? '„' : '«';
  // Close the innermost quotation that is open.
  return innermostOpen(before) === '„' ? '“' : '»';
}

/** How many « and „ are open in `text`. */
function russianDepth(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«' || ch === '„') depth++;
    else if ((ch === '»' || ch === '“') && depth > 0) depth--;
  }
  return depth;
}

function innermostOpen(text: string): '«' | '„' | null {
  const stack: ('«' | '„')[] = [];
  for (const ch of text) {
    if (ch === '«' || ch === '„') stack.push(ch);
    else if (ch === '»' || ch === '“') stack.pop();
  }
  return stack[stack.length - 1] ?? null;
}

/** Applies smart quotes to a whole string, as if it had been typed (for tests and paste). */
export function smartenText(language: Language, text: string): string {
  let out = '';
  for (const ch of text) {
    out += ch === '"' || ch === "'" ? smartQuote(language, out, ch) : ch;
  }
  return out;
}
