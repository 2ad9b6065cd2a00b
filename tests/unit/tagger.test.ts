import { describe, expect, it } from 'vitest';
import type { Tag } from '../../shared/domain.js';
import { findCandidates } from '../../electron/core/tagger/candidates.js';
import {
  CategoryModel,
  MIN_EXAMPLES_PER_CATEGORY,
} from '../../electron/core/tagger/category-model.js';
import { stemEnglish, stemRussian, stemRussianName } from '../../electron/core/tagger/stemmer.js';
import { TagMatcher, tokenizeForMatching } from '../../electron/core/tagger/tag-matcher.js';
import { extractFeatures } from '../../electron/core/tagger/text-features.js';
import { TAGGER_FIXTURES as FIXTURES } from '../helpers/tagger-fixtures.js';

function train(language: 'en' | 'ru', take = 6): CategoryModel {
  const model = new CategoryModel();
  for (const { label, [language]: texts } of FIXTURES) {
    for (const text of texts.slice(0, take)) model.learn(label, extractFeatures(text));
  }
  return model;
}

describe('stemmers', () => {
  it('gives Russian inflections of a name one stem', () => {
    const forms = ['Азербайджан', 'Азербайджана', 'Азербайджаном', 'Азербайджане', 'Азербайджану'];
    expect(new Set(forms.map(stemRussianName))).toEqual(new Set(['азербайджан']));
    expect(stemRussianName('Казахстана')).toBe(stemRussianName('Казахстане'));
    expect(stemRussian('школами')).toBe(stemRussian('школы'));
    expect(stemRussian('выборами')).toBe(stemRussian('выборы'));
  });
  it('strips English inflections', () => {
    expect(stemEnglish('elections')).toBe(stemEnglish('election'));
    expect(stemEnglish('voted')).toBe(stemEnglish('voting'));
    expect(stemEnglish('countries')).toBe(stemEnglish('country'));
  });
});

describe('category model', () => {
  it.each(['en', 'ru'] as const)('ranks unseen %s texts into the right category', (language) => {
    const model = train(language);
    const unseen =
      language === 'en'
        ? {
            politics: 'The president dissolved parliament and called an early election',
            sport: 'The team lost the match after the striker was injured before the final',
            economy: 'The bank said inflation and prices would rise with new tariffs on exports',
          }
        : {
            politics: 'Президент распустил парламент и назначил досрочные выборы',
            sport: 'Команда проиграла матч после травмы нападающего перед финалом',
            economy: 'Банк заявил, что инфляция и цены вырастут из-за пошлин на экспорт',
          };
    for (const [label, text] of Object.entries(unseen)) {
      const ranking = model.rank(extractFeatures(text));
      expect(ranking[0]?.label).toBe(label);
      expect(ranking[0]?.confidence).toBeGreaterThan(ranking[1]?.confidence ?? 1);
    }
    const total = model.rank(extractFeatures('anything')).reduce((sum, s) => sum + s.confidence, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  it('with two categories, is surer of a clear text than of a mixed one', () => {
    const model = new CategoryModel();
    for (const { label, en } of FIXTURES.slice(0, 2)) {
      for (const text of en) model.learn(label, extractFeatures(text));
    }
    const clear = model.rank(
      extractFeatures('Parliament voted on the coalition and the opposition demanded an election'),
    );
    const mixed = model.rank(extractFeatures('The president watched the football match'));
    expect(clear[0]?.label).toBe('politics');
    expect(clear[0]?.confidence).toBeGreaterThan((mixed[0]?.confidence ?? 1) + 0.05);
    for (const ranking of [clear, mixed]) {
      expect(ranking[0]?.confidence).toBeGreaterThan(0.5);
      expect(ranking[0]?.confidence).toBeLessThan(1);
    }
  });

  it('declines to rank a category with too few examples', () => {
    const model = train('en', MIN_EXAMPLES_PER_CATEGORY - 1);
    expect(model.readyLabels()).toEqual([]);
    expect(model.rank(extractFeatures('The president called an election'))).toEqual([]);
  });

  it('forgets an example exactly as it learned it', () => {
    const model = train('ru');
    const before = model.rank(extractFeatures('Министр финансов о бюджете'));
    const extra = extractFeatures('Министр финансов представил бюджет парламенту');
    model.learn('sport', extra);
    model.learn('sport', extra, -1);
    const after = model.rank(extractFeatures('Министр финансов о бюджете'));
    expect(after.map((s) => s.label)).toEqual(before.map((s) => s.label));
    after.forEach((s, i) => expect(s.score).toBeCloseTo(before[i]?.score ?? 0, 3));
    expect(model.examples().get('sport')).toBe(6);
  });
});

const tag = (
  id: string,
  kind: Tag['kind'],
  en: string,
  ru: string,
  aliases: string[] = [],
): Tag => ({
  id,
  kind,
  name: { en, ru },
  aliases,
  slug: id,
});

describe('tag matching', () => {
  const matcher = new TagMatcher([
    tag('azerbaijan', 'place', 'Azerbaijan', 'Азербайджан'),
    tag('tbilisi', 'place', 'Tbilisi', 'Тбилиси', ['Tiflis']),
    tag('georgia', 'place', 'Georgia', 'Грузия'),
    tag('aliyev', 'person', 'Ilham Aliyev', 'Ильхам Алиев'),
    tag('central-bank', 'organisation', 'Central Bank', 'Центральный банк'),
  ]);
  it('finds names and aliases in any inflection and script', () => {
    const text =
      'Делегация Азербайджана прибыла в Тбилиси. Переговоры с Азербайджаном и Грузией. ' +
      'Ильхам Алиев встретился с главой Центрального банка. Old Tiflis welcomed Ilham Aliyev.';
    const found = new Map(
      matcher.match(tokenizeForMatching(text)).map((m) => [m.tagId, m.mentions]),
    );
    expect(found.get('azerbaijan')).toBe(2);
    expect(found.get('tbilisi')).toBe(2);
    expect(found.get('georgia')).toBe(1);
    expect(found.get('aliyev')).toBe(2);
    expect(found.get('central-bank')).toBe(1);
  });
  it('does not take a common word for a proper name', () => {
    // "грузы" (cargo) shares its stem with "Грузия" but is not capitalised.
    const found = matcher.match(tokenizeForMatching('Грузовики везли грузы через перевал.'));
    expect(found.map((m) => m.tagId)).toEqual([]);
  });
});

describe('new tag candidates', () => {
  it('proposes people, organisations and places of the region with a kind', () => {
    const text =
      'President Kassym-Jomart Tokayev met Ilham Aliyev in Astana on Tuesday. ' +
      'The Ministry of Energy and the National Bank of Kazakhstan joined. Later Tokayev flew to Turkestan. ' +
      'Президент Шавкат Мирзиёев и Нацбанк. Глава Министерство Финансов Узбекистана выступил.';
    const candidates = findCandidates(text, () => false);
    const kinds = new Map(candidates.map((c) => [c.name, c.kind]));
    expect(kinds.get('Kassym-Jomart Tokayev')).toBe('person');
    expect(kinds.get('Ilham Aliyev')).toBe('person');
    expect(kinds.get('National Bank')).toBe('organisation');
    expect(kinds.get('Astana')).toBe('place');
    expect(kinds.get('Turkestan')).toBe('place');
    expect(kinds.get('Шавкат Мирзиёев')).toBe('person');
    expect(kinds.get('Министерство Финансов Узбекистана')).toBe('organisation');
    expect(kinds.has('On')).toBe(false);
    expect(kinds.has('President')).toBe(false);
  });
  it('counts inflected forms of one name together under its first form', () => {
    const candidates = findCandidates(
      'Президент Ильхам Алиев прибыл в Ташкент. Визит Ильхама Алиева продлится два дня. С Ильхамом Алиевым встретились министры.',
      () => false,
    );
    const aliyev = candidates.find((c) => c.kind === 'person');
    expect(aliyev).toMatchObject({ name: 'Ильхам Алиев', mentions: 3 });
  });

  it('takes lower-case words into Russian organisation names', () => {
    const kinds = new Map(
      findCandidates(
        'Министерство финансов Казахстана сообщило о росте. Национальный банк снизил ставку. Позже Национальный банк выступил снова.',
        () => false,
      ).map((c) => [c.name, [c.kind, c.mentions]]),
    );
    expect(kinds.get('Министерство финансов Казахстана')).toEqual(['organisation', 1]);
    expect(kinds.get('Национальный банк')).toEqual(['organisation', 2]);
  });

  it('leaves out names that are tags already', () => {
    const candidates = findCandidates('Ilham Aliyev spoke.', (name) => name === 'Ilham Aliyev');
    expect(candidates).toEqual([]);
  });
});
