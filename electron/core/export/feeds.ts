/**
 * Feeds and crawler files of the exported site: RSS 2.0, Atom and JSON Feed 1.1 per
 * language, the sitemap with hreflang pairs for twins (an index of parts above the
 * protocol's limits), robots.txt. Dates come from the
 * articles (never from the clock), so the same store gives the same bytes.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Language } from '../../../shared/domain.js';
import { exportedTwin, type SiteEntry, type SitePlan } from './site-model.js';
import { absoluteUrl } from './templates.js';

export const FEED_SIZE = 50;
const EPOCH = '1970-01-01T00:00:00.000Z';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: ' ',
  suppressEmptyNode: true,
  processEntities: true,
});

function xml(value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(value) as string}`;
}

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

export function rssFeed(plan: SitePlan, language: Language): string {
  const base = plan.meta.settings.baseUrl;
  const entries = feedEntries(plan, language);
  return xml({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: {
        title: title(plan, language),
        link: absoluteUrl(base, `${language}/index.html`),
        description: plan.meta.settings.newsroomName,
        language,
        lastBuildDate: rfc822(newestUpdate(entries)),
        'atom:link': {
          '@_href': absoluteUrl(base, `${language}/feed.xml`),
          '@_rel': 'self',
          '@_type': 'application/rss+xml',
        },
        item: entries.map((e) => {
          const url = absoluteUrl(base, plan.articlePath.get(e.id) as string);
          const category = categoryName(plan, e, language);
          return {
            title: e.headline,
            link: url,
            guid: { '@_isPermaLink': 'true', '#text': url },
            pubDate: rfc822(e.publishedAt),
            description: e.standfirst || e.headline,
            ...(category ? { category } : {}),
            ...(e.byline ? { 'dc:creator': e.byline } : {}),
          };
        }),
      },
    },
  });
}

export function atomFeed(plan: SitePlan, language: Language): string {
  const base = plan.meta.settings.baseUrl;
  const entries = feedEntries(plan, language);
  return xml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': language,
      id: absoluteUrl(base, `${language}/index.html`),
      title: title(plan, language),
      updated: newestUpdate(entries),
      author: { name: plan.meta.settings.newsroomName },
      link: [
        {
          '@_rel': 'self',
          '@_type': 'application/atom+xml',
          '@_href': absoluteUrl(base, `${language}/atom.xml`),
        },
        {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_href': absoluteUrl(base, `${language}/index.html`),
        },
      ],
      entry: entries.map((e) => {
        const url = absoluteUrl(base, plan.articlePath.get(e.id) as string);
        const category = categoryName(plan, e, language);
        return {
          id: url,
          title: e.headline,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': url },
          published: e.publishedAt,
          updated: e.updatedAt,
          ...(e.byline ? { author: { name: e.byline } } : {}),
          summary: e.standfirst || e.headline,
          ...(category ? { category: { '@_term': category } } : {}),
        };
      }),
    },
  });
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
const xmlText = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);

/** What the sitemap protocol allows in one file: 50,000 URLs and 50 MB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

export const SITEMAP_FILE = 'sitemap.xml';
export const sitemapPartFile = (n: number): string => `sitemap-${n}.xml`;

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '</urlset>\n';

/**
 * Every exported page a search engine should know, with hreflang pairs for twins (both
 * alternates inside each `<url>`, so a pair never straddles two files). Up to the
 * protocol's limits it is one `sitemap.xml`; above them `sitemap.xml` is a sitemap index
 * of `sitemap-1.xml`, `sitemap-2.xml` … Written with template strings, not the XML
 * builder: it lists every article (measured: the builder took most of an incremental
 * export's time here), and its shape is fixed and flat.
 */
export function sitemapFiles(
  plan: SitePlan,
  extraPaths: readonly string[],
  limits: { urls: number; bytes: number } = SITEMAP_LIMITS,
): Map<string, string> {
  const base = plan.meta.settings.baseUrl;
  // Page paths are made of [a-z0-9._/-] only (site-paths.ts): the base is the one part to escape.
  const baseXml = xmlText(absoluteUrl(base, ''));
  const locOf = (path: string): string => `${baseXml}${absoluteUrl('/', path).slice(1)}`;
  const urls: { xml: string; lastmod: string }[] = [];
  for (const path of extraPaths)
    urls.push({
      xml: ` <url>\n  <loc>${locOf(path)}</loc>\n </url>\n`,
      lastmod: '',
    });
  for (const language of plan.meta.settings.languages) {
    for (const entry of plan.byLanguage.get(language) ?? []) {
      const path = plan.articlePath.get(entry.id) as string;
      const loc = locOf(path);
      const twin = exportedTwin(plan, entry);
      const twinPath = twin ? plan.articlePath.get(twin.id) : undefined;
      const links =
        twin && twinPath
          ? `\n  <xhtml:link rel="alternate" hreflang="${language}" href="${loc}"/>\n  <xhtml:link rel="alternate" hreflang="${twin.language}" href="${locOf(twinPath)}"/>`
          : '';
      urls.push({
        xml: ` <url>\n  <loc>${loc}</loc>\n  <lastmod>${xmlText(entry.updatedAt)}</lastmod>${links}\n </url>\n`,
        lastmod: entry.updatedAt,
      });
    }
  }
  // Parts fill in order up to both limits; a part always takes at least one URL.
  const room = limits.bytes - Buffer.byteLength(URLSET_OPEN) - Buffer.byteLength(URLSET_CLOSE);
  const parts: { xml: string[]; lastmod: string }[] = [];
  let part: { xml: string[]; lastmod: string; bytes: number } | null = null;
  // UTF-8 takes at most three bytes a character: far from the byte limit, no need to count them.
  let chars = 0;
  for (const url of urls) chars += url.xml.length;
  const counted = chars * 3 > room;
  for (const url of urls) {
    const size = counted ? Buffer.byteLength(url.xml) : 0;
    if (
      !part ||
      part.xml.length >= limits.urls ||
      (part.xml.length > 0 && part.bytes + size > room)
    ) {
      part = { xml: [], lastmod: '', bytes: 0 };
      parts.push(part);
    }
    part.xml.push(url.xml);
    part.bytes += size;
    if (url.lastmod > part.lastmod) part.lastmod = url.lastmod;
  }
  const urlset = (xml: readonly string[]): string => `${URLSET_OPEN}${xml.join('')}${URLSET_CLOSE}`;
  if (parts.length <= 1) return new Map([[SITEMAP_FILE, urlset(parts[0]?.xml ?? [])]]);
  const files = new Map<string, string>();
  const index = parts.map((p, i) => {
    files.set(sitemapPartFile(i + 1), urlset(p.xml));
    const lastmod = p.lastmod ? `\n  <lastmod>${xmlText(p.lastmod)}</lastmod>` : '';
    return ` <sitemap>\n  <loc>${xmlText(absoluteUrl(base, sitemapPartFile(i + 1)))}</loc>${lastmod}\n </sitemap>\n`;
  });
  files.set(
    SITEMAP_FILE,
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('')}</sitemapindex>\n`,
  );
  return files;
}

export function robotsTxt(plan: SitePlan): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(plan.meta.settings.baseUrl, SITEMAP_FILE)}\n`;
}
