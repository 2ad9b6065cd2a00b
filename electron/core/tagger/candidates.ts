/**
 * New tag candidates: runs of capitalised words that look like people, places or
 * organisations of the region and are not tags yet. Generic NER libraries miss Central
 * Asian and Caucasian names ("Kassym-Jomart Tokayev", "Ильхам Алиев"), so these are rules:
 * surname endings, organisation head words, locative prepositions and place endings.
 */
import type { TagKind } from './tag-kinds.js';
import { stemName } from './stemmer.js';
import { foldWord } from './text-features.js';

export interface Candidate {
  name: string;
  kind: TagKind;
  mentions: number;
  /** The folded key used for rejections and de-duplication. */
  key: string;
}

const SURNAME_EN =
  /(?:ov|ova|ev|eva|yev|yeva|iev|ieva|in|ina|yan|ian|dze|shvili|uly|kyzy|qizi|zade|zoda|enko|sky|skiy|skaya|bekov|beyli|li|lu|oglu|ogly|uli|yev)$/i;
const SURNAME_RU =
  /(?:ов|ова|ову|овым|овой|ева|ев|еву|евым|евой|ёв|ин|ина|ину|иным|ян|яна|яну|дзе|швили|улы|кызы|заде|енко|ский|ская|ского|бекова?|ли|оглы)$/i;
const ORG_WORDS = new Set(
  (
    'ministry bank party committee council agency company university union court parliament ' +
    'assembly service fund corporation group commission office institute association movement ' +
    'organisation organization federation airlines airways holding exchange front ' +
    'министерство министерства министерством банк банка банком партия партии партией комитет ' +
    'комитета совет совета агентство агентства компания компании университет университета союз ' +
    'союза суд суда служба службы фонд фонда корпорация корпорации группа группы комиссия комиссии ' +
    'институт института ассоциация ассоциации движение движения федерация федерации меджлис ' +
    'милли парламент парламента'
  ).split(' '),
);
const PLACE_END =
  /(?:stan|abad|grad|kent|shahr|город|стан|стана|стане|абад|абада|кент|кента|граде?)$/i;
const PLACE_WORDS = new Set(
  'region province district city valley river lake mountains область области район района город'.split(
    ' ',
  ),
);
const LOCATIVE = new Set(['in', 'from', 'to', 'near', 'в', 'во', 'из', 'под', 'до']);
/** Capitalised words that start sentences or name days and months: never candidates alone. */
const COMMON_CAPITALS = new Set(
  (
    'the a an this that these it he she they we i on in at after before but and or if when while ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december mr mrs ms dr president minister prime ' +
    'в на по и но а это он она они мы как когда после в понедельник вторник среда четверг пятница ' +
    'суббота воскресенье января февраля марта апреля мая июня июля августа сентября октября ноября декабря ' +
    'президент министр премьер глава тренер депутат посол мэр спикер судья директор председатель ' +
    'coach deputy ambassador mayor speaker judge director chairman chairwoman general'
  ).split(' '),
);

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[.!?;:«»"“”()\n]/gu;
/** A lower-case word in the genitive (nouns and adjectives), not a verb form. */
const GENITIVE = /^\p{Ll}[\p{Ll}-]*(?:ов|ев|ей|ий|ых|их|ии|ия|ого|его|ой|ы|и|а|я)$/u;
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}{2,6}$/u.test(word);

/**
 * Finds candidates in a text. `isKnown` says whether a name already matches a tag, so the
 * desk only sees what is new.
 */
export function findCandidates(text: string, isKnown: (name: string) => boolean): Candidate[] {
  const tokens = text.match(TOKEN) ?? [];
  const found = new Map<string, Candidate>();
  /** Keys seen only at the start of a sentence, where the first word may be an ordinary one. */
  const onlyAtStart = new Set<string>();
  let proposingAtStart = false;
  // Forms of one name ("Ильхам Алиев", "Ильхама Алиева") meet under the stems of their words;
  // the form seen first (usually the nominative, in a lede) names the candidate.
  const propose = (name: string, kind: TagKind): void => {
    const key = name
      .split(' ')
      .map((word) => stemName(foldWord(word)))
      .join(' ');
    if (isKnown(name)) return;
    const entry = found.get(key);
    if (entry) {
      entry.mentions++;
      if (!proposingAtStart) onlyAtStart.delete(key);
    } else {
      found.set(key, { name, kind, mentions: 1, key });
      if (proposingAtStart) onlyAtStart.add(key);
    }
  };
  // Words the text also uses in lower case are ordinary words when they open a sentence.
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t)).map(foldWord));
  let sentenceStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (/^[.!?;:«»"“”()\n]$/.test(token)) {
      sentenceStart = /[.!?\n]/.test(token) ? true : sentenceStart;
      continue;
    }
    if (!isCapitalised(token)) {
      sentenceStart = false;
      continue;
    }
    // Collect a run of capitalised words.
    const run: string[] = [token];
    let j = i + 1;
    while (j < tokens.length && isCapitalised(tokens[j] as string) && run.length < 5) {
      run.push(tokens[j] as string);
      j++;
    }
    // Russian organisation names go on in lower case: "Министерство финансов Казахстана",
    // "Национальный банк". Take up to three lower-case words when the name has an
    // organisation head word, and the capitalised word that may close it.
    const isCyrillic = /[\u0400-\u04FF]/.test(token);
    if (isCyrillic) {
      const hasHead = (words: string[]): boolean => words.some((w) => ORG_WORDS.has(foldWord(w)));
      const extra: string[] = [];
      let k = j;
      while (
        !hasHead(run) &&
        k < tokens.length &&
        extra.length < 3 &&
        /^\p{Ll}[\p{L}-]+$/u.test(tokens[k] as string)
      ) {
        extra.push(tokens[k] as string);
        k++;
        if (hasHead([...run, ...extra])) break;
      }
      if (hasHead([...run, ...extra]) && extra.length > 0) {
        run.push(...extra);
        j = k;
        while (j < tokens.length && isCapitalised(tokens[j] as string) && run.length < 7) {
          run.push(tokens[j] as string);
          j++;
        }
      } else if (ORG_WORDS.has(foldWord(run[run.length - 1] as string))) {
        // "Министерство финансов Казахстана": lower-case genitives right after the head word.
        const tail: string[] = [];
        let m = j;
        while (m < tokens.length && tail.length < 3 && GENITIVE.test(tokens[m] as string)) {
          tail.push(tokens[m] as string);
          m++;
        }
        if (tail.length > 0) {
          run.push(...tail);
          j = m;
          while (j < tokens.length && isCapitalised(tokens[j] as string) && run.length < 7) {
            run.push(tokens[j] as string);
            j++;
          }
        }
      }
    }
    const previous = i > 0 ? foldWord(tokens[i - 1] as string) : '';
    const atStart = sentenceStart;
    sentenceStart = false;
    i = j - 1;
    // A sentence-opening common word ("The", "После") is not part of the name.
    while (run.length > 0 && COMMON_CAPITALS.has(foldWord(run[0] as string))) run.shift();
    if (atStart && run.length > 1 && lowerWords.has(foldWord(run[0] as string))) run.shift();
    proposingAtStart = atStart;
    if (run.length === 0) continue;
    const lastWord = run[run.length - 1] as string;
    // "Coach Rovshan Huseynov" at a sentence start: the first word is a title, not a name.
    if (atStart && run.length === 3 && (SURNAME_EN.test(lastWord) || SURNAME_RU.test(lastWord))) {
      run.shift();
    }
    const name = run.join(' ');
    const folded = run.map(foldWord);
    if (folded.some((w) => ORG_WORDS.has(w)) && (run.length >= 2 || isCyrillic)) {
      propose(name, 'organisation');
      continue;
    }
    if (run.length === 1 && isAcronym(name)) {
      propose(name, 'organisation');
      continue;
    }
    const last = run[run.length - 1] as string;
    if (run.length >= 2 && run.length <= 3 && (SURNAME_EN.test(last) || SURNAME_RU.test(last))) {
      propose(name, 'person');
      continue;
    }
    if (folded.some((w) => PLACE_WORDS.has(w)) || PLACE_END.test(last)) {
      propose(name, 'place');
      continue;
    }
    if (run.length === 1 && !atStart && LOCATIVE.has(previous)) {
      propose(name, 'place');
      continue;
    }
    if (run.length >= 2 && run.length <= 3 && !atStart) propose(name, 'person');
  }
  // "Позже Национальный банк" at a sentence start is "Национальный банк" seen elsewhere.
  for (const key of onlyAtStart) {
    const shorter = found.get(key.slice(key.indexOf(' ') + 1));
    const entry = found.get(key);
    if (shorter && entry && key.includes(' ')) {
      shorter.mentions += entry.mentions;
      found.delete(key);
    }
  }
  return [...found.values()].sort(
    (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
}
