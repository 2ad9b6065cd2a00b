/**
 * The interface strings: Russian has every key English has, every Russian plural has the
 * forms Russian needs (one, few, many, other), and counts and dates come out right.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatWhen } from '../../../renderer/src/i18n/dates';
import { en } from '../../../renderer/src/i18n/en';
import { ru } from '../../../renderer/src/i18n/ru';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const pluralBase = (key: string): string | null =>
  /_(one|few|many|other)$/.test(key) ? key.replace(/_(one|few|many|other)$/, '') : null;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

describe('interface strings', () => {
  it('Russian translates every English string, with the same placeholders', () => {
    const english = flatten(en);
    const russian = flatten(ru);
    const placeholders = (text: string) =>
      [...text.matchAll(/{{(\w+)(?:, *\w+)?}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) {
      const base = pluralBase(key);
      const ruKey = base && !russian.has(key) ? `${base}_other` : key;
      expect(russian.has(ruKey), key).toBe(true);
      expect(placeholders(russian.get(ruKey) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('every Russian plural has one, few, many and other', () => {
    const bases = new Set([...flatten(ru).keys()].map(pluralBase).filter((b) => b !== null));
    expect(bases.size).toBeGreaterThan(3);
    const russian = flatten(ru);
    for (const base of bases)
      for (const form of ['one', 'few', 'many', 'other'])
        expect(russian.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
  });

  it('counts articles with the right Russian forms', () => {
    const t = i18n.getFixedT('ru');
    expect(t('desk.count', { count: 1 })).toBe('1 статья');
    expect(t('desk.count', { count: 3 })).toBe('3 статьи');
    expect(t('desk.count', { count: 5 })).toBe('5 статей');
    expect(t('desk.count', { count: 11 })).toBe('11 статей');
    expect(t('desk.count', { count: 21 })).toBe('21 статья');
    expect(t('desk.count', { count: 22 })).toBe('22 статьи');
    expect(t('desk.count', { count: 50000 })).toBe('50\u00a0000 статей');
    expect(i18n.getFixedT('en')('desk.count', { count: 1 })).toBe('1 article');
    expect(i18n.getFixedT('en')('desk.count', { count: 2 })).toBe('2 articles');
    expect(i18n.getFixedT('en')('desk.count', { count: 50000 })).toBe('50,000 articles');
  });
});

describe('dates in the newsroom time zone', () => {
  const now = new Date('2026-11-28T21:30:00Z'); // 01:30 on 29 November in Baku
  it('says today, yesterday and tomorrow by the newsroom’s calendar', () => {
    const en = i18n.getFixedT('en');
    expect(formatWhen('2026-11-28T20:10:00Z', 'en', 'Asia/Baku', en, now)).toBe('today, 00:10');
    expect(formatWhen('2026-11-28T19:50:00Z', 'en', 'Asia/Baku', en, now)).toBe('yesterday, 23:50');
    expect(formatWhen('2026-11-29T21:00:00Z', 'en', 'Asia/Baku', en, now)).toBe('tomorrow, 01:00');
  });

  it('writes other days in the interface language, with the year only when it differs', () => {
    const ruT = i18n.getFixedT('ru');
    expect(formatWhen('2026-11-20T08:05:00Z', 'ru', 'Asia/Baku', ruT, now)).toBe(
      '20 ноября в 12:05',
    );
    expect(formatWhen('2026-11-28T19:50:00Z', 'ru', 'Asia/Baku', ruT, now)).toBe('вчера, 23:50');
    expect(
      formatWhen('2025-03-02T08:05:00Z', 'en', 'Asia/Almaty', i18n.getFixedT('en'), now),
    ).toMatch(/^2 March 2025.*13:05$/);
  });
});
