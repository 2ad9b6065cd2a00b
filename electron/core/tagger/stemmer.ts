/**
 * Light stemmers for the two desk languages. Russian follows the Snowball algorithm
 * (so "Азербайджан", "Азербайджана" and "Азербайджаном" share one stem); English strips
 * the common inflectional suffixes only, since character n-grams carry the rest.
 */

const RU_VOWELS = 'аеиоуыэюя';

const PERFECTIVE_GERUND_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const ADJECTIVE = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = [
  'ла',
  'на',
  'ете',
  'йте',
  'ли',
  'й',
  'л',
  'ем',
  'н',
  'ло',
  'но',
  'ет',
  'ют',
  'ны',
  'ть',
  'ешь',
  'нно',
];
const VERB_2 = [
  'ила',
  'ыла',
  'ена',
  'ейте',
  'уйте',
  'ите',
  'или',
  'ыли',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ило',
  'ыло',
  'ено',
  'ят',
  'ует',
  'уют',
  'ит',
  'ыт',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ую',
  'ю',
];
const NOUN = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];
const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);
const SORTED = {
  gerund1: byLength(PERFECTIVE_GERUND_1),
  gerund2: byLength(PERFECTIVE_GERUND_2),
  adjective: byLength(ADJECTIVE),
  participle1: byLength(PARTICIPLE_1),
  participle2: byLength(PARTICIPLE_2),
  reflexive: byLength(REFLEXIVE),
  verb1: byLength(VERB_1),
  verb2: byLength(VERB_2),
  noun: byLength(NOUN),
};

/** The longest suffix of `word` (at or after `start`) in `list`; group-1 suffixes need а/я before them. */
function findSuffix(
  word: string,
  start: number,
  list: string[],
  afterAOrYa = false,
): string | null {
  for (const suffix of list) {
    if (!word.endsWith(suffix)) continue;
    const at = word.length - suffix.length;
    if (at < start) continue;
    if (afterAOrYa) {
      const before = word[at - 1];
      if (at - 1 < start || (before !== 'а' && before !== 'я')) continue;
    }
    return suffix;
  }
  return null;
}

/** Removes the longer of a group-1 and a group-2 match, as Snowball does. */
function stripGroups(
  word: string,
  start: number,
  group1: string[],
  group2: string[],
): string | null {
  const a = findSuffix(word, start, group1, true);
  const b = findSuffix(word, start, group2);
  const best = a && (!b || a.length >= b.length) ? a : b;
  return best ? word.slice(0, word.length - best.length) : null;
}

function regionsRu(word: string): { rv: number; r2: number } {
  const isVowel = (ch: string | undefined): boolean => ch !== undefined && RU_VOWELS.includes(ch);
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (isVowel(word[i])) {
      rv = i + 1;
      break;
    }
  }
  const after = (from: number): number => {
    for (let i = from + 1; i < word.length; i++) {
      if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
    }
    return word.length;
  };
  const r1 = after(0);
  const r2 = after(r1);
  return { rv, r2 };
}

export function stemRussian(input: string): string {
  let word = input.toLowerCase().replace(/ё/g, 'е');
  if (word.length < 3) return word;
  const { rv, r2 } = regionsRu(word);
  // Step 1
  const gerund = stripGroups(word, rv, SORTED.gerund1, SORTED.gerund2);
  if (gerund !== null) {
    word = gerund;
  } else {
    const reflexive = findSuffix(word, rv, SORTED.reflexive);
    if (reflexive) word = word.slice(0, -reflexive.length);
    const adjective = findSuffix(word, rv, SORTED.adjective);
    if (adjective) {
      word = word.slice(0, -adjective.length);
      const participle = stripGroups(word, rv, SORTED.participle1, SORTED.participle2);
      if (participle !== null) word = participle;
    } else {
      const verb = stripGroups(word, rv, SORTED.verb1, SORTED.verb2);
      if (verb !== null) word = verb;
      else {
        const noun = findSuffix(word, rv, SORTED.noun);
        if (noun) word = word.slice(0, -noun.length);
      }
    }
  }
  // Step 2
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3
  const derivational = findSuffix(word, r2, ['ость', 'ост']);
  if (derivational) word = word.slice(0, -derivational.length);
  // Step 4
  if (word.endsWith('нн')) word = word.slice(0, -1);
  else {
    const superlative = findSuffix(word, rv, ['ейше', 'ейш']);
    if (superlative) {
      word = word.slice(0, -superlative.length);
      if (word.endsWith('нн')) word = word.slice(0, -1);
    } else if (word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  }
  return word;
}

const EN_VOWEL = /[aeiouy]/;

export function stemEnglish(input: string): string {
  let word = input.toLowerCase().replace(/['’]s$/, '');
  if (word.length <= 3) return word;
  if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      if (base.length >= 3 && EN_VOWEL.test(base)) {
        word = base;
        if (/([bdfgmnprt])\1$/.test(word)) word = word.slice(0, -1);
      }
      break;
    }
  }
  for (const [suffix, replacement] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['fulness', 'ful'],
    ['iveness', 'ive'],
    ['ousness', 'ous'],
    ['ation', 'ate'],
    ['ness', ''],
    ['ment', ''],
    ['ly', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      word = word.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  if (word.endsWith('y') && word.length > 4) word = `${word.slice(0, -1)}i`;
  return word;
}

/**
 * Singular case endings only: names are rarely plural, and plural endings ("-ам", "-ов")
 * would cut into the names themselves ("Ильхам", "Алиев").
 */
const NAME_ENDINGS = byLength(
  'а я у ю ом ем ём е и ы ой ей ою ею ым им ого его ому ему ую юю ая яя ий ый ое ее ь й'.split(' '),
);

/**
 * Names decline like nouns and adjectives, never like verbs: a name stemmer that only strips
 * those endings keeps "Азербайджана" and "Азербайджаном" together (the full stemmer reads
 * "-на" as a verb ending).
 */
export function stemRussianName(input: string): string {
  const word = input.toLowerCase().replace(/ё/g, 'е');
  if (word.length < 4) return word;
  const { rv } = regionsRu(word);
  const ending = findSuffix(word, Math.max(rv, 3), NAME_ENDINGS);
  return ending ? word.slice(0, -ending.length) : word;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/** Stems a word by its script, so mixed-language text and aliases in either script work. */
export function stemWord(word: string): string {
  return CYRILLIC.test(word) ? stemRussian(word) : stemEnglish(word);
}

/** Stems a word of a name (tag names, aliases and the text matched against them). */
export function stemName(word: string): string {
  return CYRILLIC.test(word) ? stemRussianName(word) : stemEnglish(word);
}
