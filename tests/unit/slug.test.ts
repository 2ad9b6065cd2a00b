import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify, transliterate, uniqueSlug } from '../../shared/slug.js';

describe('slugs from headlines', () => {
  it.each([
    ['Қазақстан', 'qazaqstan'],
    ['Əliyev', 'aliyev'],
    ['Երևան', 'yerevan'],
    ['თბილისი', 'tbilisi'],
    ['Ферри между Баку и Актау', 'ferri-mezhdu-baku-i-aktau'],
    ['Щёлково: жильё подорожало', 'shchyolkovo-zhilyo-podorozhalo'],
    ['Объём экспорта вырос', 'obyom-eksporta-vyros'],
    ['Lənkəran və Şəki', 'lankaran-va-shaki'],
    ['Ուղևորներ', 'ughevorner'],
    ['ქუთაისი და ბათუმი', 'kutaisi-da-batumi'],
    ['Almaty’s mayor: "No more cars"', 'almatys-mayor-no-more-cars'],
    ['Café société', 'cafe-societe'],
    // Upper-case palochka (Ӏ) lower-cases to ӏ; both vanish inside the word.
    ['ГӀалгӀай и Магас', 'galgay-i-magas'],
    ['Хьалхара къонахчий Гӏарчой', 'khalkhara-konakhchiy-garchoy'],
    ['Ҹәлилабад', 'jalilabad'],
  ])('%s gives %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
    expect(isValidSlug(slugify(headline))).toBe(true);
  });

  it('Armenian ու is one vowel and ե opens a word as ye', () => {
    expect(transliterate('Երևանում')).toBe('yerevanum');
  });

  it('cuts long headlines at a word boundary within 80 characters', () => {
    const slug = slugify('Парламент '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((word) => word === 'parlament')).toBe(true);
  });

  it('gives an empty slug for a headline with no letters', () => {
    expect(slugify('!!! ???')).toBe('');
  });

  it('rejects hand-written slugs that are not lower-case latin words', () => {
    for (const bad of [
      '',
      'Upper',
      'two--hyphens',
      '-lead',
      'trail-',
      'кириллица',
      'a b',
      'x'.repeat(81),
    ]) {
      expect(isValidSlug(bad), bad).toBe(false);
    }
    expect(isValidSlug('baku-2026')).toBe(true);
  });

  it('numbers duplicates and keeps the result within the limit', () => {
    const taken = new Set(['baku', 'baku-2']);
    expect(uniqueSlug('baku', (s) => taken.has(s))).toBe('baku-3');
    const long = 'a'.repeat(80);
    const next = uniqueSlug(long, (s) => s === long);
    expect(next.length).toBeLessThanOrEqual(80);
    expect(next.endsWith('-2')).toBe(true);
  });
});

describe('automatic slugs', () => {
  it('recognises the slug the store made from the headline, numbered or not', async () => {
    const { isAutomaticSlug } = await import('../../shared/slug.js');
    expect(isAutomaticSlug('', 'Anything')).toBe(true);
    expect(isAutomaticSlug('ferry-to-aktau', 'Ferry to Aktau')).toBe(true);
    expect(isAutomaticSlug('ferry-to-aktau-3', 'Ferry to Aktau')).toBe(true);
    expect(isAutomaticSlug('aktau-ferry', 'Ferry to Aktau')).toBe(false);
    expect(isAutomaticSlug('ferry-to-aktau-news', 'Ferry to Aktau')).toBe(false);
  });
});
