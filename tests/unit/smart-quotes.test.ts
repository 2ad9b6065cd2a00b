import { describe, expect, it } from 'vitest';
import { findMatches } from '../../shared/find-matches.js';
import { smartenText, smartQuote } from '../../shared/smart-quotes.js';

describe('smart quotes', () => {
  it('uses “…” and ’ in English', () => {
    expect(smartenText('en', 'She said "it\'s over" (and "left").')).toBe(
      'She said “it’s over” (and “left”).',
    );
    expect(smartenText('en', "'Tis the 'best' ")).toBe('‘Tis the ‘best’ ');
  });

  it('uses «…» in Russian with „…“ inside', () => {
    expect(smartenText('ru', 'Он сказал: "Это "наш" порт".')).toBe('Он сказал: «Это „наш“ порт».');
    expect(smartenText('ru', '"Газпром" и "Роснефть"')).toBe('«Газпром» и «Роснефть»');
  });

  it('decides from the text before the cursor', () => {
    expect(smartQuote('en', '', '"')).toBe('“');
    expect(smartQuote('en', 'word', '"')).toBe('”');
    expect(smartQuote('ru', 'слово —', '"')).toBe('«');
    expect(smartQuote('ru', '«слово', '"')).toBe('»');
  });
});

describe('find matches', () => {
  const text = 'Баку и баку; Bakunin in Baku. BAKU';
  it('ignores case unless asked', () => {
    expect(findMatches(text, 'баку', { matchCase: false, wholeWord: false })).toHaveLength(2);
    expect(findMatches(text, 'Baku', { matchCase: true, wholeWord: false })).toEqual([
      { from: 13, to: 17 },
      { from: 24, to: 28 },
    ]);
  });

  it('matches whole words in any script', () => {
    expect(findMatches(text, 'baku', { matchCase: false, wholeWord: true })).toHaveLength(2);
    expect(findMatches('Бакуриани Баку', 'баку', { matchCase: false, wholeWord: true })).toEqual([
      { from: 10, to: 14 },
    ]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findMatches('a.b axb (c)', '.', { matchCase: false, wholeWord: false })).toHaveLength(1);
    expect(findMatches('(c)', '(c)', { matchCase: false, wholeWord: false })).toHaveLength(1);
    expect(findMatches('abc', '', { matchCase: false, wholeWord: false })).toEqual([]);
  });
});
