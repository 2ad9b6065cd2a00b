/**
 * Slugs: readable Latin URL segments from headlines in Russian and in the scripts of the
 * region's names (Kazakh Cyrillic, Azerbaijani Latin, Armenian, Georgian). Our own tables
 * because general transliterators split letters such as "Қ" or "თ" into unreadable pairs.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic and Ukrainian letters.
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ў: 'u',
  // Azerbaijani, Bashkir and Tatar Cyrillic.
  ҹ: 'j',
  ј: 'y',
  җ: 'zh',
  // The palochka of the North Caucasus languages (Гӏалгӏай, Нохчийчоь) marks the sound of the
  // letter before it: no Latin letter of its own, and it must not split the word.
  ӏ: '',
};

const LATIN_EXTRA: Record<string, string> = {
  // Azerbaijani ə is written "a" in English-language usage (Əliyev, Aliyev).
  ə: 'a',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ł: 'l',
};

const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'ev',
};

const GEORGIAN: Record<string, string> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

const TABLE: Record<string, string> = { ...CYRILLIC, ...LATIN_EXTRA, ...ARMENIAN, ...GEORGIAN };

export const SLUG_MAX_LENGTH = 80;

/** Transliterates one word-ish run of text to ASCII, letter by letter. */
export function transliterate(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    const next = lower[i + 1];
    const prev = i === 0 ? ' ' : (lower[i - 1] as string);
    const atWordStart = !/\p{L}/u.test(prev);
    // Armenian: "ու" is one vowel, "u"; "ե" opens a word as "ye".
    if (ch === 'ո' && next === 'ւ') {
      out += 'u';
      i++;
      continue;
    }
    if (ch === 'ե' && atWordStart) {
      out += 'ye';
      continue;
    }
    const mapped = TABLE[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Latin letters with diacritics (é, ñ, ā): drop the marks.
    out += ch.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** A slug from any headline: lower-case ASCII words joined by "-", at most 80 characters. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const words = transliterate(text)
    .replace(/['’ʼ`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const candidate = slug ? `${slug}-${word}` : word;
    if (candidate.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = candidate;
  }
  return slug;
}

/** True when `slug` is a well-formed slug (the same rule as the schema). */
export function isValidSlug(slug: string): boolean {
  return (
    slug.length > 0 && slug.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)
  );
}

/** Appends -2, -3 … until `taken` says no; used to keep slugs unique in a store. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/** True when `slug` is what the store makes from `headline` (possibly numbered to be unique). */
export function isAutomaticSlug(slug: string, headline: string): boolean {
  const base = slugify(headline);
  if (slug === '' || slug === base) return true;
  // uniqueSlug may shorten the base to fit its "-N" suffix.
  const dash = slug.lastIndexOf('-');
  return dash > 0 && /^\d+$/.test(slug.slice(dash + 1)) && base.startsWith(slug.slice(0, dash));
}
