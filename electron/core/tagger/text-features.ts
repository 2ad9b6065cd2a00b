/**
 * Text to model features: folded words, their stems, and character n-grams of each word
 * (with word boundaries), hashed into a fixed space so counting needs no strings per
 * n-gram. Shared by training, incremental updates and suggestions, so they always agree.
 */
import { stemWord } from './stemmer.js';

export const FEATURE_BITS = 18;
/**
 * Bump when tokenising, stop words, stemmers or hashing change: a persisted model learned
 * with other features is then rebuilt instead of being read.
 */
export const FEATURES_VERSION = 2;
export const FEATURE_SPACE = 1 << FEATURE_BITS;
const MASK = FEATURE_SPACE - 1;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h ^ (h >>> 15)) & MASK;
}

/** Stop words carry no topic; dropping them keeps the word features for what matters. */
const STOP = new Set(
  (
    'the a an and or but of to in on at for by with from as is are was were be been being it its ' +
    'this that these those he she they we you i his her their our has have had not no will would ' +
    'can could may might also than then there which who whom what when where while into about ' +
    'after before over under more most some such only other said says one two' +
    ' и в во не на с со что как а то все она так его но да ты к у же вы за бы по только ее ' +
    'мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть ' +
    'был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть ' +
    'надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда ' +
    'кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее были ' +
    'куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через ' +
    'эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда ' +
    'лучше чуть том нельзя такой им более всегда конечно всю между это также заявил сообщил'
  ).split(' '),
);

export interface FeatureOptions {
  minGram: number;
  maxGram: number;
  /** Weight of a word-stem feature relative to one n-gram. */
  wordWeight: number;
  /** Weight of a pair of neighbouring stems ("central bank", "прямые инвестиции"); 0 for none. */
  bigramWeight: number;
}

// Chosen on the SIB-200 dev split (train → dev) and checked by 10-fold cross-validation over
// train and dev: n-gram ranges from 2-5 to 3-6, word weights 2 to 8, stem bigrams, raw or log
// term counts, a full Snowball English stemmer and keeping stop words all scored within half a
// point of each other, so the cheapest of the best is kept.
export const DEFAULT_FEATURES: FeatureOptions = {
  minGram: 3,
  maxGram: 5,
  wordWeight: 3,
  bigramWeight: 0,
};

/** Names the features a model was learned with, for checking a persisted one. */
export function featuresFingerprint(options: FeatureOptions = DEFAULT_FEATURES): string {
  return `v${FEATURES_VERSION}/${FEATURE_BITS}/${options.minGram}-${options.maxGram}/${options.wordWeight}/${options.bigramWeight}`;
}

/**
 * Sparse, log-scaled and L2-normalised feature vector of a text: indices and values in
 * parallel arrays. Log scaling and normalisation keep long articles from drowning short ones.
 */
export interface FeatureVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Feature indices of each folded word, remembered: a newsroom's vocabulary repeats a lot. */
const wordCache = new Map<string, Int32Array>();
const WORD_CACHE_LIMIT = 300_000;
let cacheOptions: FeatureOptions | null = null;

function wordFeatures(word: string, options: FeatureOptions): Int32Array {
  if (cacheOptions !== options) {
    wordCache.clear();
    cacheOptions = options;
  }
  const cached = wordCache.get(word);
  if (cached) return cached;
  const out: number[] = [];
  // The stem is stored first; its weight differs from the n-grams'.
  out.push(hashString(stemWord(word), 1));
  // Character n-grams of the padded word, hashed without building substrings.
  const padded = ` ${word} `;
  const length = padded.length;
  for (let start = 0; start < length; start++) {
    let h = (FNV_OFFSET ^ 2) >>> 0;
    for (let n = 1; n <= options.maxGram && start + n <= length; n++) {
      h ^= padded.charCodeAt(start + n - 1);
      h = Math.imul(h, FNV_PRIME);
      if (n >= options.minGram) out.push((h ^ (h >>> 15)) & MASK);
    }
  }
  const features = Int32Array.from(out);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, features);
  return features;
}

// One dense scratch row reused by every extraction (single-threaded), plus the touched list.
const scratch = new Float32Array(FEATURE_SPACE);
let touched = new Int32Array(4096);

export function extractFeatures(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURES,
): FeatureVector {
  let used = 0;
  const add = (index: number, weight: number): void => {
    if (scratch[index] === 0) {
      if (used === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[used++] = index;
    }
    scratch[index] = (scratch[index] as number) + weight;
  };
  let previousStem = -1;
  // Folding the whole text once costs a fraction of folding each word. Lower-case "İ" (as in
  // Azerbaijani "İlham") carries a combining dot that would split the word: it goes.
  for (const word of words(foldWord(text).replace(/\u0307/g, ''))) {
    if (STOP.has(word) || /^\d+$/.test(word)) {
      previousStem = -1;
      continue;
    }
    const features = wordFeatures(word, options);
    const stem = features[0] as number;
    add(stem, options.wordWeight);
    if (options.bigramWeight > 0 && previousStem >= 0) {
      add((Math.imul(previousStem, 0x9e3779b1) ^ stem) & MASK, options.bigramWeight);
    }
    previousStem = stem;
    for (let i = 1; i < features.length; i++) add(features[i] as number, 1);
  }
  const indices = touched.slice(0, used);
  const values = new Float32Array(used);
  let norm = 0;
  for (let i = 0; i < used; i++) {
    const index = indices[i] as number;
    const value = Math.log1p(scratch[index] as number);
    scratch[index] = 0;
    values[i] = value;
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < values.length; j++) values[j] = (values[j] as number) / norm;
  return { indices, values };
}
