/**
 * The site as the templates see it: which articles are exported (published, past their
 * embargo, not flagged "not for publication"), where each one's page lives, who its twin
 * is, and what the curated places of each language show (the "Latest news" block, the
 * home page's zones, the category pages' leads), as the board arranges them. Pure functions only.
 */
import type {
  Article,
  ArticleSummary,
  Category,
  ImageRef,
  Language,
  Settings,
  Tag,
} from '../../../shared/domain.js';
import { PathRegistry, safeSegment } from './site-paths.js';
import type { Zone } from '../../../shared/board.js';
import { localDate } from './site-text.js';

/** What lists, feeds and the sitemap need of an article: everything but its body. */
export interface SiteEntry {
  id: string;
  language: Language;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  categoryId: string | null;
  tagIds: string[];
  slug: string;
  twinId: string | null;
  publishedAt: string;
  updatedAt: string;
  revision: number;
  featuredImage: ImageRef | null;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
}

export interface SiteMeta {
  settings: Settings;
  categories: Category[];
  tags: Tag[];
  /** The curation board's zones: the "Latest news" block reads its Latest news zone. */
  boardZones?: Zone[];
}

/** Published, past its embargo (and its publication time), not held back. */
export function isExportable(
  article: Pick<Article, 'status' | 'embargoUntil' | 'publishedAt' | 'flags'>,
  now: Date,
): boolean {
  if (article.status !== 'published' || article.flags.notForPublication) return false;
  const at = now.getTime();
  if (article.embargoUntil && Date.parse(article.embargoUntil) > at) return false;
  if (article.publishedAt && Date.parse(article.publishedAt) > at) return false;
  return true;
}

export function toEntry(article: Article): SiteEntry {
  return {
    id: article.id,
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    dateline: article.dateline,
    categoryId: article.categoryId,
    tagIds: article.tagIds,
    slug: article.slug,
    twinId: article.twinId,
    publishedAt: article.publishedAt ?? article.updatedAt,
    updatedAt: article.updatedAt,
    revision: article.revision,
    featuredImage: article.featuredImage,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    correctionNote: article.correctionNote,
  };
}

/**
 * An entry from a catalogue summary: enough for teasers, lists and paths (the board's
 * preview lists articles it has only summaries of); page-only fields stay empty.
 */
export function summaryEntry(summary: ArticleSummary): SiteEntry {
  return {
    id: summary.id,
    language: summary.language,
    headline: summary.headline,
    standfirst: summary.standfirst,
    byline: summary.byline,
    dateline: '',
    categoryId: summary.categoryId,
    tagIds: summary.tagIds,
    slug: summary.slug,
    twinId: summary.twinId,
    publishedAt: summary.publishedAt ?? summary.updatedAt,
    updatedAt: summary.updatedAt,
    revision: summary.revision,
    featuredImage: null,
    seoTitle: '',
    seoDescription: '',
    correctionNote: '',
  };
}

/** Newest first; ties broken by id so the order never depends on reading order. */
export function newestFirst(a: SiteEntry, b: SiteEntry): number {
  return a.publishedAt < b.publishedAt
    ? 1
    : a.publishedAt > b.publishedAt
      ? -1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
}

export const LATEST_NEWS_COUNT = 10;

/**
 * Gives the "Latest news" list of a language. The default takes the newest published
 * articles; the curation board plugs in as a {@link SiteZonesSource} instead.
 */
export type LatestNewsSource = (
  language: Language,
  newestEntries: readonly SiteEntry[],
) => SiteEntry[];

export const newestPublished: LatestNewsSource = (_language, newest) =>
  newest.slice(0, LATEST_NEWS_COUNT);

/** A section of the home page: one of the board's category or custom zones. */
export interface SiteSection<E = SiteEntry> {
  name: string;
  categoryId: string | null;
  entries: E[];
}

/**
 * What the curated places of one language's pages show, as the board arranges them. Lists
 * hold exported entries only, in board order.
 */
export interface SitePlaces<E = SiteEntry> {
  /** The "Latest news" block (under every article page, and on the home page). */
  latest: E[];
  /** The home page's top story; null when the board's Top story zone shows nothing. */
  top: E | null;
  featured: E[];
  /** The board's own headings for the home page (its zones' names), when it has them. */
  headings: { top?: string; featured?: string; latest?: string };
  /** Category and custom zones in board order, shown below the latest news. */
  sections: SiteSection<E>[];
  /** Per category id: the articles the desk placed by hand in its zone; they lead the category page. */
  categoryLeads: Map<string, E[]>;
}

/** Where every curated place of the site gets its articles: the curation board. */
export interface SiteZonesSource {
  /** `has` tells whether an id is one of `newestEntries` (so a source can stop early). */
  places(
    language: Language,
    newestEntries: readonly SiteEntry[],
    has?: (id: string) => boolean,
  ): SitePlaces;
}

/** Places without a board: the newest articles make the latest news; nothing else is curated. */
export function placesFromLatest(latest: SiteEntry[]): SitePlaces {
  return { latest, top: null, featured: [], headings: {}, sections: [], categoryLeads: new Map() };
}

export interface WarningSink {
  (code: string, message: string, articleId?: string | null): void;
}

/** Year and month of an instant in the newsroom's time zone: the article's folder. */
export function yearMonth(iso: string, timeZone: string): { year: string; month: string } {
  const { year, month } = localDate(iso, timeZone);
  return { year: String(year).padStart(4, '0'), month: String(month).padStart(2, '0') };
}

/**
 * The page path of an entry unless another article already has it: its language, the
 * year and month of its publication in the newsroom's time zone, its slug (or, when the
 * slug cannot name a folder, one made from the headline).
 */
export function defaultPath(entry: SiteEntry, timeZone: string): string {
  const { year, month } = yearMonth(entry.publishedAt, timeZone);
  return `${entry.language}/${year}/${month}/${safeSegment(entry.slug, () => entry.headline)}/index.html`;
}

export interface SitePlan {
  meta: SiteMeta;
  /** Exported entries per language, newest first. */
  byLanguage: Map<Language, SiteEntry[]>;
  entries: Map<string, SiteEntry>;
  /** Page path of every exported article (`en/2025/12/slug/index.html`). */
  articlePath: Map<string, string>;
  categoryPath: Map<string, string>;
  tagPath: Map<string, string>;
  latest: Map<Language, SiteEntry[]>;
  /**
   * The curated places of each language (home page, category leads). Absent from the plans
   * that travel to render workers: article pages read only `latest`.
   */
  places?: Map<Language, SitePlaces>;
  registry: PathRegistry;
  /** Pieces many pages share (teasers, navigation), rendered once per folder depth. */
  fragments: Map<string, string>;
}

export const PAGE_SIZE = 20;

const INDEX = '/index.html';

/** Whether `path` has `/dddd/dd/` from `at` (the year and month folders after the language). */
function datedFolders(path: string, at: number): boolean {
  for (let i = 0; i < 9; i++) {
    const code = path.charCodeAt(at + i);
    if (i === 0 || i === 5 || i === 8 ? code !== 47 : code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Whether `path` has the shape of the entry's default path: its language, a year and month
 * folder, and the folder name its slug gives. The date is taken on trust (whoever knows
 * the path vouches for the date and the time zone). The folder name is compared with the
 * slug itself first: at up to 60 characters only the default path can be named so (an
 * address another article took has a suffix); otherwise with what safeSegment makes of it.
 * Checked in place, without slicing: it runs for every article of every export.
 */
function hasDefaultShape(path: string, entry: SiteEntry): boolean {
  const language = entry.language;
  const at = language.length;
  const nameStart = at + 9;
  if (
    path.length <= nameStart + INDEX.length ||
    !path.startsWith(language) ||
    !path.endsWith(INDEX) ||
    !datedFolders(path, at)
  )
    return false;
  const slug = entry.slug;
  if (
    slug.length <= 60 &&
    path.length === nameStart + slug.length + INDEX.length &&
    path.startsWith(slug, nameStart) &&
    !slug.includes('/')
  )
    return true;
  return path.slice(nameStart, -INDEX.length) === safeSegment(slug, () => entry.headline);
}

/**
 * Lays the site out: folders for categories and tags, a unique path for every article
 * (a slug taken twice, or one that could name a reserved file, gets a suffix and a
 * warning), and the latest-news lists.
 */
export function planSite(
  meta: SiteMeta,
  entries: readonly SiteEntry[],
  warn: WarningSink,
  source: LatestNewsSource | SiteZonesSource = newestPublished,
  /**
   * A path the entry is known to have: the one it had last time (if its date and the time
   * zone are as they were), or its {@link defaultPath} worked out in another thread. Taken
   * only when it has the shape of the entry's default path (see {@link hasDefaultShape}).
   */
  knownPath?: (entry: SiteEntry) => string | undefined,
): SitePlan {
  const registry = new PathRegistry();
  const languages = meta.settings.languages;
  const categoryPath = new Map<string, string>();
  const tagPath = new Map<string, string>();
  const usedCategory = new Set<string>();
  for (const category of [...meta.categories].sort(
    (a, b) => a.order - b.order || (a.id < b.id ? -1 : 1),
  )) {
    let segment = safeSegment(category.slug, category.name.en);
    if (usedCategory.has(segment)) segment = `${segment}-${safeSegment(category.id, 'c')}`;
    usedCategory.add(segment);
    categoryPath.set(category.id, segment);
  }
  const usedTag = new Set<string>();
  for (const tag of [...meta.tags].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let segment = safeSegment(tag.slug, tag.name.en);
    if (usedTag.has(segment)) segment = `${segment}-${safeSegment(tag.id, 't')}`;
    usedTag.add(segment);
    tagPath.set(tag.id, segment);
  }
  const sorted = entries.filter((e) => languages.includes(e.language)).sort(newestFirst);
  const byLanguage = new Map<Language, SiteEntry[]>(languages.map((l) => [l, []]));
  const entryMap = new Map<string, SiteEntry>();
  const articlePath = new Map<string, string>();
  // Oldest first, so an article keeps its URL when a newer one later takes the same slug.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const entry = sorted[i] as SiteEntry;
    const known = knownPath?.(entry);
    // Dating the folder is most of this loop's time: a known path of the right shape spares it.
    let path =
      known !== undefined && hasDefaultShape(known, entry)
        ? known
        : defaultPath(entry, meta.settings.timeZone);
    const folder = path.slice(0, path.lastIndexOf('/', path.length - INDEX.length - 1));
    const slug = path.slice(folder.length + 1, -INDEX.length);
    if (slug !== entry.slug) {
      warn(
        'slug_changed',
        `The slug "${entry.slug}" cannot be used as a folder name; the page is exported as "${slug}".`,
        entry.id,
      );
    }
    if (!registry.claim(path, entry.id)) {
      const alt = `${folder}/${slug.slice(0, 60)}-${safeSegment(entry.id.toLowerCase(), 'a')}/index.html`;
      warn(
        'slug_collision',
        `Another article already uses the address of "${entry.headline}"; it is exported at ${alt}.`,
        entry.id,
      );
      path = alt;
      if (!registry.claim(path, entry.id)) continue;
    }
    articlePath.set(entry.id, path);
    entryMap.set(entry.id, entry);
  }
  for (const entry of sorted) {
    if (entryMap.has(entry.id)) byLanguage.get(entry.language)?.push(entry);
  }
  const latest = new Map<Language, SiteEntry[]>();
  const places = new Map<Language, SitePlaces>();
  for (const language of languages) {
    const newest = byLanguage.get(language) ?? [];
    const found =
      typeof source === 'function'
        ? placesFromLatest(source(language, newest))
        : source.places(language, newest, (id) => entryMap.get(id)?.language === language);
    const curated = exportedPlaces(found, (id) => articlePath.has(id));
    places.set(language, curated);
    latest.set(language, curated.latest);
  }
  return {
    meta,
    byLanguage,
    entries: entryMap,
    articlePath,
    categoryPath,
    tagPath,
    latest,
    places,
    registry,
    fragments: new Map(),
  };
}

/** Places reduced to articles that have a page (a board may name one the plan could not place). */
function exportedPlaces(places: SitePlaces, exported: (id: string) => boolean): SitePlaces {
  const keep = (list: SiteEntry[]): SiteEntry[] => list.filter((e) => exported(e.id));
  return {
    latest: keep(places.latest),
    top: places.top && exported(places.top.id) ? places.top : null,
    featured: keep(places.featured),
    headings: places.headings,
    sections: places.sections.map((section) => ({ ...section, entries: keep(section.entries) })),
    categoryLeads: new Map([...places.categoryLeads].map(([id, list]) => [id, keep(list)])),
  };
}

/** The twin to link to: exported, in another language, and pointing back (or at least existing). */
export function exportedTwin(plan: SitePlan, entry: SiteEntry): SiteEntry | null {
  if (!entry.twinId) return null;
  const twin = plan.entries.get(entry.twinId);
  return twin && twin.language !== entry.language ? twin : null;
}
