/**
 * Feeds and crawler files of the exported site: RSS 2.0, Atom and JSON Feed 1.1 per
 * language, one sitemap with hreflang pairs for twins, robots.txt. Dates come from the
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
        'atom:link': { '@_href': absoluteUrl(base, `${language}/feed.xml`), '@_rel': 'self', '@_type': 'application/rss+xml' },
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
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': absoluteUrl(base, `${language}/atom.xml`) },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': absoluteUrl(base, `${language}/index.html`) },
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

/** Every exported page a search engine should know, with hreflang pairs for twins. */
export function sitemap(plan: SitePlan, extraPaths: readonly string[]): string {
  const base = plan.meta.settings.baseUrl;
  const urls: unknown[] = extraPaths.map((path) => ({ loc: absoluteUrl(base, path) }));
  const languages = plan.meta.settings.languages;
  for (const language of languages) {
    for (const entry of plan.byLanguage.get(language) ?? []) {
      const path = plan.articlePath.get(entry.id) as string;
      const twin = exportedTwin(plan, entry);
      const twinPath = twin ? plan.articlePath.get(twin.id) : undefined;
      urls.push({
        loc: absoluteUrl(base, path),
        lastmod: entry.updatedAt,
        ...(twin && twinPath
          ? {
              'xhtml:link': [
                { '@_rel': 'alternate', '@_hreflang': language, '@_href': absoluteUrl(base, path) },
                { '@_rel': 'alternate', '@_hreflang': twin.language, '@_href': absoluteUrl(base, twinPath) },
              ],
            }
          : {}),
      });
    }
  }
  return xml({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
      url: urls,
    },
  });
}

export function robotsTxt(plan: SitePlan): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(plan.meta.settings.baseUrl, 'sitemap.xml')}\n`;
}
