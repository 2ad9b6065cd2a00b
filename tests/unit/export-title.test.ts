import { describe, expect, it } from 'vitest';
import { pageTitle, TITLE_MAX_LENGTH } from '../../electron/core/export/templates.js';

describe('page titles', () => {
  it('keep the site name when the whole fits', () => {
    expect(pageTitle('Caspian ferry adds a crossing', 'Newsroom')).toBe(
      'Caspian ferry adds a crossing — Newsroom',
    );
  });

  it('drop the site name, then cut at a word with an ellipsis, never past the limit', () => {
    const long = 'Baku courtyards get trees and benches under a residents scheme';
    expect(pageTitle(long, 'South Caucasus Regional News')).toBe(long);
    const longer =
      'Парламент одобрил во втором чтении поправки к закону о местном самоуправлении и выборах';
    const title = pageTitle(longer, 'Newsroom');
    expect([...title].length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(longer.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.slice(0, -1)).not.toMatch(/\s$/);
  });

  it('count characters, not UTF-16 units, near the limit', () => {
    // 41 units of text, five flags of 4 units (2 characters) each and the name's 11:
    // 72 units, 62 characters.
    const main = 'Cup final draws fans from five countries ' + '🇦🇿🇬🇪🇦🇲🇰🇿🇺🇿';
    const full = `${main} — Newsroom`;
    expect(full.length).toBeGreaterThan(TITLE_MAX_LENGTH);
    expect([...full].length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(pageTitle(main, 'Newsroom')).toBe(full);
  });
});
