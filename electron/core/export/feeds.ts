/**
 * Feeds and crawler files of the exported site: RSS 2.0, Atom and JSON Feed 1.1 per
 * language, the sitemap with hreflang pairs for twins (an index of parts above the
 * protocol's limits), robots.txt. Dates come from the articles (never from the clock), so
 * the same store gives the same bytes. The XML files are written with template strings:
 * their shapes are fixed, every text goes through {@link xmlText}, and the tests check
 * each file with a strict XML validator.
 */
import type { Language } from '../../../shared/domain.js';
import { exportedTwin, type SiteEntry, type SitePlan } from './site-model.js';
import { pageFolder } from './site-paths.js';
import { absoluteUrl } from './templates.js';

export const FEED_SIZE = 50;
const EPOCH = '1970-01-01T00:00:00.000Z';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function rfc822(iso: string): string {
  return new Date(iso).toUTCString().replace('GMT', '+0000');
}

function newestUpdate(entries: readonly SiteEntry[]): string {
  return entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), EPOCH);
}

function categoryName(plan: SitePlan, entry: SiteEntry, language: Language): string | null {
  return plan.meta.categories.find((c) => c.id === entry.categoryId)?.name[language] ?? null;
}

function feedEntries(plan: SitePlan, language: Language): SiteEntry[] {
  return (plan.byLanguage.get(language) ?? []).slice(0, FEED_SIZE);
}

function title(plan: SitePlan, language: Language): string {
  return `${plan.meta.settings.newsroomName} (${language.toUpperCase()})`;
}

/** `<name>text</name>` on a line of its own at `indent`; `<name/>` when the text is empty. */
function element(indent: string, name: string, text: string): string {
  return text === '' ? `${indent}<${name}/>\n` : `${indent}<${name}>${xmlText(text)}</${name}>\n`;
}

export function rssFeed(plan: SitePlan, language: Language): string {
  const base = plan.meta.settings.baseUrl;
  const entries = feedEntries(plan, language);
  let items = '';
  for (const e of entries) {
    const url = absoluteUrl(base, plan.articlePath.get(e.id) as string);
    const category = categoryName(plan, e, language);
    items +=
      `  <item>\n${element('   ', 'title', e.headline)}${element('   ', 'link', url)}` +
      `   <guid isPermaLink="true">${xmlText(url)}</guid>\n` +
      `${element('   ', 'pubDate', rfc822(e.publishedAt))}${element('   ', 'description', e.standfirst || e.headline)}` +
      `${category ? element('   ', 'category', category) : ''}${e.byline ? element('   ', 'dc:creator', e.byline) : ''}  </item>\n`;
  }
  return (
    `${XML_DECLARATION}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n <channel>\n` +
    element('  ', 'title', title(plan, language)) +
    element('  ', 'link', absoluteUrl(base, `${language}/index.html`)) +
    element('  ', 'description', plan.meta.settings.newsroomName) +
    element('  ', 'language', language) +
    element('  ', 'lastBuildDate', rfc822(newestUpdate(entries))) +
    `  <atom:link href="${xmlText(absoluteUrl(base, `${language}/feed.xml`))}" rel="self" type="application/rss+xml"/>\n` +
    `${items} </channel>\n</rss>\n`
  );
}

export function atomFeed(plan: SitePlan, language: Language): string {
  const base = plan.meta.settings.baseUrl;
  const entries = feedEntries(plan, language);
  const home = xmlText(absoluteUrl(base, `${language}/index.html`));
  let items = '';
  for (const e of entries) {
    const url = absoluteUrl(base, plan.articlePath.get(e.id) as string);
    const category = categoryName(plan, e, language);
    items +=
      ` <entry>\n${element('  ', 'id', url)}${element('  ', 'title', e.headline)}` +
      `  <link rel="alternate" type="text/html" href="${xmlText(url)}"/>\n` +
      `${element('  ', 'published', e.publishedAt)}${element('  ', 'updated', e.updatedAt)}` +
      `${e.byline ? `  <author>\n${element('   ', 'name', e.byline)}  </author>\n` : ''}` +
      `${element('  ', 'summary', e.standfirst || e.headline)}` +
      `${category ? `  <category term="${xmlText(category)}"/>\n` : ''} </entry>\n`;
  }
  return (
    `${XML_DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">\n` +
    ` <id>${home}</id>\n` +
    element(' ', 'title', title(plan, language)) +
    element(' ', 'updated', newestUpdate(entries)) +
    ` <author>\n${element('  ', 'name', plan.meta.settings.newsroomName)} </author>\n` +
    ` <link rel="self" type="application/atom+xml" href="${xmlText(absoluteUrl(base, `${language}/atom.xml`))}"/>\n` +
    ` <link rel="alternate" type="text/html" href="${home}"/>\n` +
    `${items}</feed>\n`
  );
}

export function jsonFeed(plan: SitePlan, language: Language): string {
  const base = plan.meta.settings.baseUrl;
  const entries = feedEntries(plan, language);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: title(plan, language),
    home_page_url: absoluteUrl(base, `${language}/index.html`),
    feed_url: absoluteUrl(base, `${language}/feed.json`),
    language,
    items: entries.map((e) => {
      const url = absoluteUrl(base, plan.articlePath.get(e.id) as string);
      const category = categoryName(plan, e, language);
      return {
        id: url,
        url,
        title: e.headline,
        content_text: e.standfirst || e.headline,
        summary: e.standfirst || e.headline,
        date_published: e.publishedAt,
        date_modified: e.updatedAt,
        ...(e.byline ? { authors: [{ name: e.byline }] } : {}),
        ...(category ? { tags: [category] } : {}),
        language,
      };
    }),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Characters XML 1.0 does not allow at all (the escaped five aside). */
// eslint-disable-next-line no-control-regex -- these are the characters to drop
const XML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const XML_SPECIAL_ALL = new RegExp(XML_SPECIAL.source, 'g');

/** Text for XML: the five special characters escaped, characters XML forbids dropped. */
export function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => XML_ESCAPES[c] ?? '') : text;
}

/** What the sitemap protocol allows in one file: 50,000 URLs and 50 MB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

export const SITEMAP_FILE = 'sitemap.xml';
export const sitemapPartFile = (n: number): string => `sitemap-${n}.xml`;

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '</urlset>\n';

/** A sitemap file in the making: its `<url>` elements, how many, and its newest date. */
interface SitemapPart {
  xml: string;
  urls: number;
  chars: number;
  /** The exact UTF-8 size of `xml`, once a part gets near the byte limit (-1 before). */
  bytes: number;
  lastmod: string;
}

/**
 * Every exported page a search engine should know, with hreflang pairs for twins (both
 * alternates inside each `<url>`, so a pair never straddles two files). Up to the
 * protocol's limits it is one `sitemap.xml`; above them `sitemap.xml` is a sitemap index
 * of `sitemap-1.xml`, `sitemap-2.xml` … It lists every article, so it is one string
 * grown in place: no object per URL (measured: those and the builder before them took
 * most of an incremental export's time here).
 */
export function sitemapFiles(
  plan: SitePlan,
  extraPaths: readonly string[],
  limits: { urls: number; bytes: number } = SITEMAP_LIMITS,
): Map<string, string> {
  const base = plan.meta.settings.baseUrl;
  // Page paths are made of [a-z0-9._/-] only (site-paths.ts): the base is the one part to escape.
  const baseXml = xmlText(absoluteUrl(base, ''));
  // What absoluteUrl makes, with the base worked out (and escaped) once for all URLs.
  const locOf = (path: string): string => baseXml + pageFolder(path);
  const room = limits.bytes - Buffer.byteLength(URLSET_OPEN) - Buffer.byteLength(URLSET_CLOSE);
  const parts: SitemapPart[] = [];
  let part: SitemapPart | null = null;
  // Parts fill in order up to both limits; a part always takes at least one URL. UTF-8
  // takes at most three bytes a character, so bytes are only counted near the limit.
  const add = (xml: string, lastmod: string): void => {
    if (part && part.urls >= limits.urls) part = null;
    if (part && part.urls > 0 && (part.chars + xml.length) * 3 > room) {
      if (part.bytes < 0) part.bytes = Buffer.byteLength(part.xml);
      const size = Buffer.byteLength(xml);
      if (part.bytes + size > room) part = null;
      else part.bytes += size;
    }
    if (!part) {
      part = { xml: '', urls: 0, chars: 0, bytes: -1, lastmod: '' };
      parts.push(part);
    }
    part.xml += xml;
    part.urls++;
    part.chars += xml.length;
    if (lastmod > part.lastmod) part.lastmod = lastmod;
  };
  for (const path of extraPaths) add(` <url>\n  <loc>${locOf(path)}</loc>\n </url>\n`, '');
  for (const language of plan.meta.settings.languages) {
    for (const entry of plan.byLanguage.get(language) ?? []) {
      const loc = locOf(plan.articlePath.get(entry.id) as string);
      const twin = exportedTwin(plan, entry);
      const twinPath = twin ? plan.articlePath.get(twin.id) : undefined;
      const links =
        twin && twinPath
          ? `\n  <xhtml:link rel="alternate" hreflang="${language}" href="${loc}"/>\n  <xhtml:link rel="alternate" hreflang="${twin.language}" href="${locOf(twinPath)}"/>`
          : '';
      add(
        ` <url>\n  <loc>${loc}</loc>\n  <lastmod>${xmlText(entry.updatedAt)}</lastmod>${links}\n </url>\n`,
        entry.updatedAt,
      );
    }
  }
  const urlset = (xml: string): string => `${URLSET_OPEN}${xml}${URLSET_CLOSE}`;
  if (parts.length <= 1) return new Map([[SITEMAP_FILE, urlset(parts[0]?.xml ?? '')]]);
  const files = new Map<string, string>();
  const index = parts.map((p, i) => {
    files.set(sitemapPartFile(i + 1), urlset(p.xml));
    const lastmod = p.lastmod ? `\n  <lastmod>${xmlText(p.lastmod)}</lastmod>` : '';
    return ` <sitemap>\n  <loc>${xmlText(absoluteUrl(base, sitemapPartFile(i + 1)))}</loc>${lastmod}\n </sitemap>\n`;
  });
  files.set(
    SITEMAP_FILE,
    `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('')}</sitemapindex>\n`,
  );
  return files;
}

export function robotsTxt(plan: SitePlan): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(plan.meta.settings.baseUrl, SITEMAP_FILE)}\n`;
}
