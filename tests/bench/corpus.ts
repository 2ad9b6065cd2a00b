/**
 * A seeded generator of synthetic newsroom articles in English and Russian, for benchmarks
 * and large-store tests. Sentences are assembled from per-category vocabularies, so the
 * corpus has realistic lengths, both scripts, inflected Russian forms and learnable
 * category signal. The same seed always gives the same articles.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleStatus, Language, RichTextDoc } from '../../shared/domain.js';
import { slugify } from '../../shared/slug.js';
import { encodeDocument } from '../../electron/core/store/json-adapter.js';
import { newMeta } from '../../electron/core/store/meta.js';
import { ARTICLES_DIR } from '../../electron/core/store/article-store.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

export const CATEGORY_IDS = [
  'politics',
  'economy',
  'society',
  'culture',
  'sport',
  'incidents',
] as const;

const VOCABULARY: Record<Language, Record<(typeof CATEGORY_IDS)[number], string[]>> = {
  en: {
    politics: [
      'parliament',
      'minister',
      'election',
      'treaty',
      'opposition',
      'president',
      'coalition',
      'vote',
      'diplomats',
      'summit',
      'sanctions',
      'referendum',
    ],
    economy: [
      'inflation',
      'tariffs',
      'exports',
      'budget',
      'investment',
      'bank',
      'currency',
      'pipeline',
      'harvest',
      'freight',
      'prices',
      'loans',
    ],
    society: [
      'schools',
      'pensions',
      'hospital',
      'volunteers',
      'students',
      'residents',
      'housing',
      'migration',
      'teachers',
      'families',
      'clinic',
      'library',
    ],
    culture: [
      'festival',
      'theatre',
      'museum',
      'film',
      'orchestra',
      'exhibition',
      'poet',
      'novel',
      'concert',
      'heritage',
      'painter',
      'premiere',
    ],
    sport: [
      'match',
      'tournament',
      'coach',
      'striker',
      'championship',
      'wrestler',
      'medal',
      'league',
      'stadium',
      'goal',
      'boxing',
      'marathon',
    ],
    incidents: [
      'fire',
      'police',
      'accident',
      'earthquake',
      'flood',
      'rescuers',
      'collision',
      'investigation',
      'injured',
      'evacuation',
      'storm',
      'landslide',
    ],
  },
  ru: {
    politics: [
      'парламент',
      'министр',
      'выборы',
      'договор',
      'оппозиция',
      'президент',
      'коалиция',
      'голосование',
      'дипломаты',
      'саммит',
      'санкции',
      'референдум',
    ],
    economy: [
      'инфляция',
      'пошлины',
      'экспорт',
      'бюджет',
      'инвестиции',
      'банк',
      'валюта',
      'трубопровод',
      'урожай',
      'грузы',
      'цены',
      'кредиты',
    ],
    society: [
      'школы',
      'пенсии',
      'больница',
      'волонтёры',
      'студенты',
      'жители',
      'жильё',
      'миграция',
      'учителя',
      'семьи',
      'поликлиника',
      'библиотека',
    ],
    culture: [
      'фестиваль',
      'театр',
      'музей',
      'фильм',
      'оркестр',
      'выставка',
      'поэт',
      'роман',
      'концерт',
      'наследие',
      'художник',
      'премьера',
    ],
    sport: [
      'матч',
      'турнир',
      'тренер',
      'нападающий',
      'чемпионат',
      'борец',
      'медаль',
      'лига',
      'стадион',
      'гол',
      'бокс',
      'марафон',
    ],
    incidents: [
      'пожар',
      'полиция',
      'авария',
      'землетрясение',
      'наводнение',
      'спасатели',
      'столкновение',
      'расследование',
      'пострадавшие',
      'эвакуация',
      'шторм',
      'оползень',
    ],
  },
};

const PLACES: Record<Language, string[]> = {
  en: [
    'Baku',
    'Tbilisi',
    'Yerevan',
    'Almaty',
    'Astana',
    'Bishkek',
    'Tashkent',
    'Dushanbe',
    'Ashgabat',
    'Ganja',
    'Batumi',
    'Samarkand',
  ],
  ru: [
    'Баку',
    'Тбилиси',
    'Ереване',
    'Алматы',
    'Астане',
    'Бишкеке',
    'Ташкенте',
    'Душанбе',
    'Ашхабаде',
    'Гяндже',
    'Батуми',
    'Самарканде',
  ],
};
const COUNTRY_FORMS: Record<Language, string[]> = {
  en: ['Azerbaijan', 'Georgia', 'Armenia', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan', 'Tajikistan'],
  ru: [
    'Азербайджан',
    'Азербайджана',
    'Азербайджаном',
    'Грузии',
    'Армении',
    'Казахстана',
    'Киргизии',
    'Узбекистане',
    'Таджикистана',
  ],
};
const FILLER: Record<Language, string[]> = {
  en: [
    'the',
    'said',
    'on',
    'Tuesday',
    'officials',
    'new',
    'plan',
    'would',
    'region',
    'local',
    'according',
    'to',
    'after',
    'week',
    'report',
    'agreed',
    'city',
    'government',
    'year',
    'first',
    'more',
    'than',
    'people',
    'since',
    'while',
    'expected',
  ],
  ru: [
    'в',
    'на',
    'заявил',
    'во',
    'вторник',
    'чиновники',
    'новый',
    'план',
    'региона',
    'местные',
    'по',
    'словам',
    'после',
    'недели',
    'отчёт',
    'согласились',
    'города',
    'правительство',
    'года',
    'впервые',
    'более',
    'человек',
    'с',
    'пока',
    'ожидается',
    'также',
  ],
};
const NAMES: Record<Language, string[]> = {
  en: [
    'Leyla Hasanova',
    'Nino Beridze',
    'Aram Petrosyan',
    'Aigerim Satpayeva',
    'Timur Bekov',
    'Dilnoza Karimova',
    'Rustam Nazarov',
    'Gulnara Abenova',
  ],
  ru: [
    'Лейла Гасанова',
    'Нино Беридзе',
    'Арам Петросян',
    'Айгерим Сатпаева',
    'Тимур Беков',
    'Дильноза Каримова',
    'Рустам Назаров',
    'Гульнара Абенова',
  ],
};

function sentence(
  random: () => number,
  language: Language,
  category: (typeof CATEGORY_IDS)[number],
  words: number,
): string {
  const topical = VOCABULARY[language][category];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random();
    if (roll < 0.22) out.push(pick(random, topical));
    else if (roll < 0.27) out.push(pick(random, PLACES[language]));
    else if (roll < 0.3) out.push(pick(random, COUNTRY_FORMS[language]));
    else if (roll < 0.32) out.push(pick(random, VOCABULARY[language][pick(random, CATEGORY_IDS)]));
    else out.push(pick(random, FILLER[language]));
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Words in an article body: [min, max]. Default 300 to 900. */
  words?: [number, number];
  /** All published (export, board) or a realistic mix of statuses (desk). */
  statuses?: 'published' | 'mixed';
  /** Newest article's publication time; older ones step back an hour each on average. */
  newest?: string;
  /** Every article in this language (default: a seeded mix of both). */
  language?: Language;
}

const MIXED: ArticleStatus[] = [
  'published',
  'published',
  'published',
  'published',
  'draft',
  'submitted',
  'edited',
  'scheduled',
];

export function generateArticles(options: CorpusOptions): Article[] {
  const random = seededRandom(options.seed ?? 42);
  const [minWords, maxWords] = options.words ?? [300, 900];
  const newest = new Date(options.newest ?? '2026-11-01T12:00:00.000Z').getTime();
  const articles: Article[] = [];
  let time = newest;
  for (let i = 0; i < options.count; i++) {
    // Only a mixed corpus draws the language, so fixed-language corpora leave the rest unchanged.
    const language: Language = options.language ?? (random() < 0.5 ? 'en' : 'ru');
    const category = pick(random, CATEGORY_IDS);
    const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
    const paragraphs: RichTextDoc['content'] = [];
    let written = 0;
    while (written < target) {
      const sentences: string[] = [];
      for (let s = 0; s < 3 && written < target; s++) {
        const length = Math.min(target - written, 8 + Math.floor(random() * 14));
        sentences.push(sentence(random, language, category, length));
        written += length;
      }
      paragraphs.push({
        type: 'paragraph',
        content: [{ type: 'text', text: sentences.join(' ') }],
      });
    }
    const headline = sentence(random, language, category, 6 + Math.floor(random() * 6)).slice(
      0,
      -1,
    );
    time -= Math.floor(random() * 7_200_000);
    const at = new Date(time).toISOString();
    const status = options.statuses === 'mixed' ? pick(random, MIXED) : 'published';
    const id = `c${String(i).padStart(7, '0')}`;
    articles.push({
      id,
      language,
      headline,
      standfirst: sentence(random, language, category, 18 + Math.floor(random() * 12)),
      body: { type: 'doc', content: paragraphs },
      byline: pick(random, NAMES[language]),
      dateline: pick(random, PLACES[language]),
      categoryId: category,
      tagIds: [],
      slug: `${slugify(headline, 60)}-${i}`,
      flags: { legalCheck: false, notForPublication: false, reason: '' },
      featuredImage: null,
      seoTitle: '',
      seoDescription: '',
      correctionNote: '',
      twinId: null,
      status,
      statusBeforeSpike: null,
      createdAt: at,
      updatedAt: at,
      createdBy: 'corpus',
      updatedBy: 'corpus',
      embargoUntil: null,
      // Scheduled stories wait a year ahead, so a store opened today has nothing overdue.
      publishAt:
        status === 'published'
          ? at
          : status === 'scheduled'
            ? new Date(time + 365 * 86_400_000).toISOString()
            : null,
      publishedAt: status === 'published' ? at : null,
      spikedAt: null,
      revision: 1,
      transitions: [],
    });
  }
  return articles;
}

/**
 * Writes articles straight into a store folder (no revisions, no fsync): the fast way to
 * lay out a large store for a benchmark. The store's own open then reads it as usual.
 */
export async function writeCorpusStore(
  dataDir: string,
  articles: Article[],
  now = new Date('2026-11-01T12:00:00.000Z'),
): Promise<void> {
  await mkdir(join(dataDir, ARTICLES_DIR), { recursive: true });
  await writeFile(join(dataDir, 'store.json'), encodeDocument(newMeta(now)));
  const batch = 256;
  for (let i = 0; i < articles.length; i += batch) {
    await Promise.all(
      articles
        .slice(i, i + batch)
        .map((article) =>
          writeFile(join(dataDir, ARTICLES_DIR, `${article.id}.json`), encodeDocument(article)),
        ),
    );
  }
}
