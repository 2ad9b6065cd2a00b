/**
 * Page templates of the exported site: the layout (head with CSP, canonical URL, Open
 * Graph, Twitter card and feeds; landmarks; language switch), the article page with its
 * "Latest news" block, list pages (a category's placed stories leading its first page) and
 * the home page as the board arranges it. The in-app previews render with these same
 * templates. Every text is escaped here; article HTML arrives already sanitised. Links are
 * relative, so the bundle works under any path.
 */
import type { Language, Tag } from '../../../shared/domain.js';
import { escapeAttribute } from './allow-list.js';
import type { ResolvedImage } from './rich-text.js';
import {
  exportedTwin,
  placesFromLatest,
  type SiteEntry,
  type SitePlan,
  type SiteSection,
} from './site-model.js';
import { linkTo, pageFolder, rootPrefix } from './site-paths.js';
import { OG_LOCALE, SITE_TEXT, formatSiteDate } from './site-text.js';

/**
 * Escapes text for element content and for attribute values (always written in double
 * quotes), dropping the control characters HTML does not allow: the allow-list's rule.
 */
export function escapeHtml(text: string): string {
  return escapeAttribute(text);
}

/** JSON for a `<script type="application/ld+json">` block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** No scripts, no frames, no plugins, nothing from elsewhere: styles and images of the bundle only. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export const CSS_PATH = 'assets/site.css';

export function absoluteUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}${pageFolder(path)}`;
}

export interface PageHead {
  title: string;
  description: string;
  canonicalPath: string;
  alternates?: { language: Language; path: string }[];
  extraHead?: string;
}

interface LayoutInput {
  plan: SitePlan;
  path: string;
  language: Language;
  head: PageHead;
  main: string;
  /**
   * The in-app preview, which has no bundle around it: the stylesheet inline (allowed by
   * its hash) and images as `data:` URLs instead of the bundle's media folder.
   */
  inlineCss?: { css: string; hash: string };
}

function sectionNav(plan: SitePlan, path: string, language: Language): string {
  const key = `nav|${language}|${rootPrefix(path)}`;
  const known = plan.fragments.get(key);
  if (known !== undefined) return known;
  const html = renderSectionNav(plan, path, language);
  plan.fragments.set(key, html);
  return html;
}

function renderSectionNav(plan: SitePlan, path: string, language: Language): string {
  const t = SITE_TEXT[language];
  const items = [...plan.meta.categories]
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map(
      (c) =>
        `<li><a href="${escapeHtml(linkTo(path, `${language}/${plan.categoryPath.get(c.id) ?? c.slug}/index.html`))}">${escapeHtml(c.name[language])}</a></li>`,
    )
    .join('');
  const languages = plan.meta.settings.languages
    .map((l) =>
      l === language
        ? `<li><span aria-current="true">${escapeHtml(SITE_TEXT[l].languageName)}</span></li>`
        : `<li><a href="${escapeHtml(linkTo(path, `${l}/index.html`))}" hreflang="${l}" lang="${l}">${escapeHtml(SITE_TEXT[l].languageName)}</a></li>`,
    )
    .join('');
  return `<header class="site-header"><div class="wrap"><a class="site-name" href="${escapeHtml(linkTo(path, `${language}/index.html`))}">${escapeHtml(plan.meta.settings.newsroomName)}</a><nav class="languages" aria-label="${escapeHtml(t.languages)}"><ul>${languages}</ul></nav><nav class="sections" aria-label="${escapeHtml(t.sections)}"><ul>${items}</ul></nav></div></header>`;
}

export function layout(input: LayoutInput): string {
  const { plan, path, language, head } = input;
  const t = SITE_TEXT[language];
  const base = plan.meta.settings.baseUrl;
  const csp = input.inlineCss
    ? PAGE_CSP.replace("style-src 'self'", `style-src '${input.inlineCss.hash}'`).replace(
        "img-src 'self'",
        'img-src data:',
      )
    : PAGE_CSP;
  let alternates = '';
  if (head.alternates)
    for (const a of head.alternates)
      alternates += `<link rel="alternate" hreflang="${a.language}" href="${escapeHtml(absoluteUrl(base, a.path))}">`;
  const style = input.inlineCss
    ? `<style>${input.inlineCss.css}</style>`
    : `<link rel="stylesheet" href="${escapeHtml(rootPrefix(path) + CSS_PATH)}">`;
  const feeds = `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(`${plan.meta.settings.newsroomName} (RSS)`)}" href="${escapeHtml(`${rootPrefix(path)}${language}/feed.xml`)}"><link rel="alternate" type="application/atom+xml" title="${escapeHtml(`${plan.meta.settings.newsroomName} (Atom)`)}" href="${escapeHtml(`${rootPrefix(path)}${language}/atom.xml`)}"><link rel="alternate" type="application/feed+json" title="${escapeHtml(`${plan.meta.settings.newsroomName} (JSON Feed)`)}" href="${escapeHtml(`${rootPrefix(path)}${language}/feed.json`)}">`;
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(head.title)}</title>
<meta name="description" content="${escapeHtml(head.description)}">
<link rel="canonical" href="${escapeHtml(absoluteUrl(base, head.canonicalPath))}">
${alternates}${feeds}
${style}
${head.extraHead ?? ''}</head>
<body>
<a class="skip" href="#main">${escapeHtml(t.skip)}</a>
${sectionNav(plan, path, language)}
<main id="main" class="wrap">
${input.main}
</main>
<footer class="site-footer"><div class="wrap"><p>${escapeHtml(plan.meta.settings.newsroomName)}</p><nav aria-label="${escapeHtml(t.feeds)}"><ul><li><a href="${escapeHtml(`${rootPrefix(path)}${language}/feed.xml`)}">RSS</a></li><li><a href="${escapeHtml(`${rootPrefix(path)}${language}/atom.xml`)}">Atom</a></li><li><a href="${escapeHtml(`${rootPrefix(path)}${language}/feed.json`)}">JSON Feed</a></li></ul></nav></div></footer>
</body>
</html>
`;
}

function categoryName(plan: SitePlan, entry: SiteEntry, language: Language): string {
  const category = plan.meta.categories.find((c) => c.id === entry.categoryId);
  return category ? category.name[language] : '';
}

function dateTag(plan: SitePlan, iso: string, language: Language): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatSiteDate(iso, language, plan.meta.settings.timeZone))}</time>`;
}

/** One teaser: headline, category, date, lede (the reference site's "Latest news" item). */
export function teaser(plan: SitePlan, from: string, entry: SiteEntry, level: 2 | 3): string {
  const key = `teaser|${level}|${entry.id}|${rootPrefix(from)}`;
  const known = plan.fragments.get(key);
  if (known !== undefined) return known;
  const html = renderTeaser(plan, from, entry, level);
  plan.fragments.set(key, html);
  return html;
}

function renderTeaser(plan: SitePlan, from: string, entry: SiteEntry, level: 2 | 3): string {
  const path = plan.articlePath.get(entry.id);
  if (!path) return '';
  const category = categoryName(plan, entry, entry.language);
  const categoryLink =
    entry.categoryId && plan.categoryPath.has(entry.categoryId)
      ? `<a class="kicker" href="${escapeHtml(linkTo(from, `${entry.language}/${plan.categoryPath.get(entry.categoryId)}/index.html`))}">${escapeHtml(category)}</a> `
      : '';
  const lede = entry.standfirst ? `<p>${escapeHtml(entry.standfirst)}</p>` : '';
  return `<article class="teaser"><h${level}><a href="${escapeHtml(linkTo(from, path))}">${escapeHtml(entry.headline)}</a></h${level}><p class="meta">${categoryLink}${dateTag(plan, entry.publishedAt, entry.language)}</p>${lede}</article>`;
}

export function latestNewsBlock(
  plan: SitePlan,
  from: string,
  language: Language,
  exceptId: string | null,
): string {
  // The same block on every page of a language at one depth, but for the pages it lists.
  const listed =
    exceptId !== null && (plan.latest.get(language) ?? []).some((e) => e.id === exceptId);
  const key = `latest|${language}|${rootPrefix(from)}|${listed ? exceptId : ''}`;
  const known = plan.fragments.get(key);
  if (known !== undefined) return known;
  const html = renderLatestNewsBlock(plan, from, language, exceptId);
  plan.fragments.set(key, html);
  return html;
}

function renderLatestNewsBlock(
  plan: SitePlan,
  from: string,
  language: Language,
  exceptId: string | null,
): string {
  const t = SITE_TEXT[language];
  const items = (plan.latest.get(language) ?? []).filter(
    (e) => e.id !== exceptId && plan.articlePath.has(e.id),
  );
  if (items.length === 0) return '';
  return `<section class="latest" aria-labelledby="latest-news"><h2 id="latest-news">${escapeHtml(t.latestNews)}</h2><ul class="teasers">${items.map((e) => `<li>${teaser(plan, from, e, 3)}</li>`).join('')}</ul></section>`;
}

function figure(
  image: ResolvedImage,
  alt: string,
  caption: string,
  credit: string,
  className: string,
): string {
  const captionHtml =
    caption || credit
      ? `<figcaption>${caption ? `<span class="caption">${escapeHtml(caption)}</span>` : ''}${caption && credit ? ' ' : ''}${credit ? `<span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>`
      : '';
  return `<figure class="${className}"><img src="${escapeHtml(image.src)}"${image.srcset ? ` srcset="${escapeHtml(image.srcset)}" sizes="(max-width: 760px) 100vw, 720px"` : ''} alt="${escapeHtml(alt)}" width="${image.width}" height="${image.height}">${captionHtml}</figure>`;
}

export interface ArticlePageInput {
  plan: SitePlan;
  entry: SiteEntry;
  bodyHtml: string;
  featured: ResolvedImage | null;
  inlineCss?: { css: string; hash: string };
}

/** The article's tags that have a page, in the article's order. */
function shownTags(plan: SitePlan, entry: SiteEntry): Tag[] {
  const shown: Tag[] = [];
  for (const id of entry.tagIds) {
    const tag = plan.meta.tags.find((candidate) => candidate.id === id);
    if (tag !== undefined && plan.tagPath.has(tag.id)) shown.push(tag);
  }
  return shown;
}

const metaProperty = (property: string, content: string): string =>
  `<meta property="${property}" content="${escapeHtml(content)}">\n`;

const metaName = (name: string, content: string): string =>
  `<meta name="${name}" content="${escapeHtml(content)}">\n`;

export function articlePage(input: ArticlePageInput): string {
  const { plan, entry } = input;
  const path = plan.articlePath.get(entry.id) as string;
  const language = entry.language;
  const t = SITE_TEXT[language];
  const settings = plan.meta.settings;
  const twin = exportedTwin(plan, entry);
  const twinPath = twin ? plan.articlePath.get(twin.id) : undefined;
  const category = categoryName(plan, entry, language);
  const categoryHref =
    entry.categoryId && plan.categoryPath.has(entry.categoryId)
      ? linkTo(path, `${language}/${plan.categoryPath.get(entry.categoryId)}/index.html`)
      : null;
  const tags = shownTags(plan, entry);
  const url = absoluteUrl(settings.baseUrl, path);
  const description = entry.seoDescription || entry.standfirst || entry.headline;
  const socialTitle = entry.seoTitle || entry.headline;
  const title = pageTitle(socialTitle, settings.newsroomName);
  const imageUrl = input.featured
    ? absoluteUrl(settings.baseUrl, input.featured.src.replace(/^(\.\.\/)+/, ''))
    : null;
  // Built field by field, every field always present (undefined ones are left out by
  // JSON.stringify): one object shape for every article.
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.headline.slice(0, 110),
    description,
    inLanguage: language,
    datePublished: entry.publishedAt,
    dateModified: entry.updatedAt,
    mainEntityOfPage: url,
    author: entry.byline ? [{ '@type': 'Person', name: entry.byline }] : undefined,
    publisher: {
      '@type': 'Organization',
      name: settings.newsroomName,
      url: absoluteUrl(settings.baseUrl, ''),
    },
    articleSection: category || undefined,
    keywords: tags.length ? tags.map((tag) => tag.name[language]) : undefined,
    image: imageUrl ? [imageUrl] : undefined,
  };
  // Open Graph and Twitter card meta, one line each.
  let extraHead =
    metaProperty('og:type', 'article') +
    metaProperty('og:site_name', settings.newsroomName) +
    metaProperty('og:title', socialTitle) +
    metaProperty('og:description', description) +
    metaProperty('og:url', url) +
    metaProperty('og:locale', OG_LOCALE[language]);
  if (twin) extraHead += metaProperty('og:locale:alternate', OG_LOCALE[twin.language]);
  extraHead +=
    metaProperty('article:published_time', entry.publishedAt) +
    metaProperty('article:modified_time', entry.updatedAt);
  if (category) extraHead += metaProperty('article:section', category);
  for (const tag of tags) extraHead += metaProperty('article:tag', tag.name[language] ?? '');
  if (imageUrl) extraHead += metaProperty('og:image', imageUrl);
  extraHead +=
    metaName('twitter:card', imageUrl ? 'summary_large_image' : 'summary') +
    metaName('twitter:title', socialTitle) +
    metaName('twitter:description', description);
  if (imageUrl) extraHead += metaName('twitter:image', imageUrl);
  extraHead += `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>\n`;
  const metaLine = [
    entry.byline
      ? `<span class="byline">${escapeHtml(t.by)} ${escapeHtml(entry.byline)}</span>`
      : '',
    entry.dateline ? `<span class="dateline">${escapeHtml(entry.dateline)}</span>` : '',
    dateTag(plan, entry.publishedAt, language),
  ]
    .filter(Boolean)
    .join(' ');
  const featured =
    input.featured && entry.featuredImage
      ? figure(
          input.featured,
          entry.featuredImage.alt,
          entry.featuredImage.caption,
          entry.featuredImage.credit,
          'featured',
        )
      : '';
  const correction = entry.correctionNote.trim()
    ? `<aside class="correction" aria-labelledby="correction-title"><h2 id="correction-title">${escapeHtml(t.correction)}</h2><p>${escapeHtml(entry.correctionNote)}</p></aside>`
    : '';
  let tagList = '';
  if (tags.length) {
    for (const tag of tags)
      tagList += `<li><a href="${escapeHtml(linkTo(path, `${language}/tag/${plan.tagPath.get(tag.id)}/index.html`))}">${escapeHtml(tag.name[language] ?? '')}</a></li>`;
    tagList = `<nav class="tags" aria-label="${escapeHtml(t.tags)}"><ul>${tagList}</ul></nav>`;
  }
  const twinLink =
    twin && twinPath
      ? `<p class="twin"><a href="${escapeHtml(linkTo(path, twinPath))}" hreflang="${twin.language}" lang="${twin.language}">${escapeHtml(SITE_TEXT[twin.language].readIn)}: ${escapeHtml(twin.headline)}</a></p>`
      : '';
  const main = `<article class="story">
<header>
${category ? `<p class="kicker">${categoryHref ? `<a href="${escapeHtml(categoryHref)}">${escapeHtml(category)}</a>` : escapeHtml(category)}</p>` : ''}
<h1>${escapeHtml(entry.headline)}</h1>
${entry.standfirst ? `<p class="standfirst">${escapeHtml(entry.standfirst)}</p>` : ''}
<p class="meta">${metaLine}</p>
</header>
${featured}
<div class="body">${input.bodyHtml}</div>
${correction}${tagList}${twinLink}
</article>
${latestNewsBlock(plan, path, language, entry.id)}`;
  return layout({
    plan,
    path,
    language,
    head: {
      title,
      description,
      canonicalPath: path,
      alternates:
        twinPath && twin
          ? [
              { language, path },
              { language: twin.language, path: twinPath },
            ]
          : [],
      extraHead,
    },
    main,
    ...(input.inlineCss ? { inlineCss: input.inlineCss } : {}),
  });
}

export interface ListPageInput {
  plan: SitePlan;
  path: string;
  language: Language;
  title: string;
  entries: SiteEntry[];
  page: number;
  pages: number;
  /** Path of page 1 (`en/politics/index.html`); later pages live in `page/N/` below it. */
  firstPath: string;
  /** Articles that lead page 1 (a category's placed stories), above the list. */
  lead?: SiteEntry[];
}

export function listPagePath(firstPath: string, page: number): string {
  return page === 1
    ? firstPath
    : `${firstPath.slice(0, -'index.html'.length)}page/${page}/index.html`;
}

export function listPage(input: ListPageInput): string {
  const { plan, path, language } = input;
  const t = SITE_TEXT[language];
  const heading =
    input.page > 1 ? `${input.title} — ${t.page.replace('{n}', String(input.page))}` : input.title;
  const lead = input.page === 1 ? (input.lead ?? []) : [];
  const [first, ...others] = lead;
  const leadHtml = first
    ? `<section class="top-story" aria-labelledby="lead"><h2 id="lead" class="label">${escapeHtml(t.picks)}</h2>${teaser(plan, path, first, 3)}${others.length ? `<ul class="teasers grid">${others.map((e) => `<li>${teaser(plan, path, e, 3)}</li>`).join('')}</ul>` : ''}</section>\n`
    : '';
  const items = input.entries.length
    ? `<ul class="teasers">${input.entries.map((e) => `<li>${teaser(plan, path, e, 2)}</li>`).join('')}</ul>`
    : lead.length
      ? ''
      : `<p>${escapeHtml(t.noArticles)}</p>`;
  const links: string[] = [];
  if (input.page > 1)
    links.push(
      `<li><a rel="prev" href="${escapeHtml(linkTo(path, listPagePath(input.firstPath, input.page - 1)))}">${escapeHtml(t.previous)}</a></li>`,
    );
  if (input.page < input.pages)
    links.push(
      `<li><a rel="next" href="${escapeHtml(linkTo(path, listPagePath(input.firstPath, input.page + 1)))}">${escapeHtml(t.next)}</a></li>`,
    );
  const pager = links.length
    ? `<nav class="pager" aria-label="${escapeHtml(t.pagination)}"><ul>${links.join('')}</ul></nav>`
    : '';
  return layout({
    plan,
    path,
    language,
    head: {
      title: pageTitle(heading, plan.meta.settings.newsroomName),
      description: heading,
      canonicalPath: path,
    },
    main: `<h1>${escapeHtml(heading)}</h1>\n${leadHtml}${items}\n${pager}`,
  });
}

/** What a language's home page shows, each article once, in the board's order. */
export interface HomeContent {
  top: SiteEntry | null;
  featured: SiteEntry[];
  latest: SiteEntry[];
  sections: SiteSection[];
  headings: { top: string; featured: string; latest: string };
}

/**
 * The home page's content from the board's places. When the board's Top story shows
 * nothing, the newest story leads (a front page is never without a lead); an article
 * shown higher up the page is not repeated lower down.
 */
export function homeContent(plan: SitePlan, language: Language): HomeContent {
  const t = SITE_TEXT[language];
  const places = plan.places?.get(language) ?? placesFromLatest(plan.latest.get(language) ?? []);
  const featured = places.featured.filter((e) => e.id !== places.top?.id);
  const inFeatured = new Set(featured.map((e) => e.id));
  const top =
    places.top ?? (plan.byLanguage.get(language) ?? []).find((e) => !inFeatured.has(e.id)) ?? null;
  const shown = new Set([...(top ? [top.id] : []), ...inFeatured]);
  const unseen = (entries: readonly SiteEntry[]): SiteEntry[] => {
    const out = entries.filter((e) => !shown.has(e.id));
    for (const e of out) shown.add(e.id);
    return out;
  };
  const latest = unseen(places.latest);
  const sections = places.sections
    .map((section) => ({ ...section, entries: unseen(section.entries) }))
    .filter((section) => section.entries.length > 0);
  return {
    top,
    featured,
    latest,
    sections,
    headings: {
      top: places.headings.top ?? t.topStory,
      featured: places.headings.featured ?? t.featured,
      latest: places.headings.latest ?? t.latestNews,
    },
  };
}

/** A language's front page: top story, featured stories, the latest news, then the board's other zones. */
export function homePage(
  plan: SitePlan,
  path: string,
  language: Language,
  inlineCss?: { css: string; hash: string },
): string {
  const t = SITE_TEXT[language];
  const home = homeContent(plan, language);
  const { top, featured, latest } = home;
  const sections: string[] = [
    `<h1 class="visually-hidden">${escapeHtml(plan.meta.settings.newsroomName)}</h1>`,
  ];
  if (!top && !featured.length && !latest.length && !home.sections.length)
    sections.push(`<p>${escapeHtml(t.noArticles)}</p>`);
  if (top)
    sections.push(
      `<section class="top-story" aria-labelledby="top-story"><h2 id="top-story" class="label">${escapeHtml(home.headings.top)}</h2>${teaser(plan, path, top, 3)}</section>`,
    );
  if (featured.length)
    sections.push(
      `<section class="featured-list" aria-labelledby="featured"><h2 id="featured" class="label">${escapeHtml(home.headings.featured)}</h2><ul class="teasers grid">${featured.map((e) => `<li>${teaser(plan, path, e, 3)}</li>`).join('')}</ul></section>`,
    );
  if (latest.length)
    sections.push(
      `<section class="latest" aria-labelledby="latest-news"><h2 id="latest-news">${escapeHtml(home.headings.latest)}</h2><ul class="teasers">${latest.map((e) => `<li>${teaser(plan, path, e, 3)}</li>`).join('')}</ul></section>`,
    );
  home.sections.forEach((section, i) => {
    const folder = section.categoryId ? plan.categoryPath.get(section.categoryId) : undefined;
    const heading = folder
      ? `<a href="${escapeHtml(linkTo(path, `${language}/${folder}/index.html`))}">${escapeHtml(section.name)}</a>`
      : escapeHtml(section.name);
    sections.push(
      `<section class="home-section" aria-labelledby="section-${i + 1}"><h2 id="section-${i + 1}" class="label">${heading}</h2><ul class="teasers grid">${section.entries.map((e) => `<li>${teaser(plan, path, e, 3)}</li>`).join('')}</ul></section>`,
    );
  });
  return layout({
    plan,
    path,
    language,
    head: {
      title: plan.meta.settings.newsroomName,
      description: top?.standfirst || plan.meta.settings.newsroomName,
      canonicalPath: path,
      alternates:
        plan.meta.settings.languages.length > 1
          ? plan.meta.settings.languages.map((l) => ({ language: l, path: `${l}/index.html` }))
          : [],
    },
    main: sections.join('\n'),
    ...(inlineCss ? { inlineCss } : {}),
  });
}

/**
 * A category page's articles: the ones the desk placed by hand in the category's board
 * zones lead its first page; the rest follow newest first, without repeating them.
 */
export function categoryListing(
  plan: SitePlan,
  language: Language,
  categoryId: string,
): { lead: SiteEntry[]; rest: SiteEntry[] } {
  const lead = plan.places?.get(language)?.categoryLeads.get(categoryId) ?? [];
  const led = new Set(lead.map((e) => e.id));
  const rest = (plan.byLanguage.get(language) ?? []).filter(
    (e) => e.categoryId === categoryId && !led.has(e.id),
  );
  return { lead, rest };
}

/** Served for any missing address, at any depth: so its links are absolute. */
export function notFoundPage(plan: SitePlan): string {
  const settings = plan.meta.settings;
  const language = settings.defaultLanguage;
  const base = settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`;
  const basePath = new URL(base).pathname;
  const links = settings.languages
    .map(
      (l) =>
        `<li><a href="${escapeHtml(`${basePath}${l}/`)}" hreflang="${l}" lang="${l}">${escapeHtml(SITE_TEXT[l].home)}</a></li>`,
    )
    .join('');
  const text = settings.languages
    .map(
      (l) =>
        `<section lang="${l}" aria-labelledby="nf-${l}"><h${l === language ? 1 : 2} id="nf-${l}">${escapeHtml(SITE_TEXT[l].notFound)}</h${l === language ? 1 : 2}><p>${escapeHtml(SITE_TEXT[l].notFoundText)}</p></section>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PAGE_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(SITE_TEXT[language].notFound)} — ${escapeHtml(settings.newsroomName)}</title>
<link rel="stylesheet" href="${escapeHtml(`${basePath}${CSS_PATH}`)}">
</head>
<body>
<main id="main" class="wrap">
${text}
<nav aria-label="${escapeHtml(SITE_TEXT[language].languages)}"><ul>${links}</ul></nav>
</main>
</body>
</html>
`;
}

/** Search engines cut titles near 70 characters: the site's name goes first when the title is long. */
export const TITLE_MAX_LENGTH = 70;

export function pageTitle(main: string, siteName: string): string {
  const full = `${main} — ${siteName}`;
  // No more UTF-16 units than the limit: no more characters either, no need to count them.
  if (full.length <= TITLE_MAX_LENGTH || [...full].length <= TITLE_MAX_LENGTH) return full;
  const chars = [...main];
  if (chars.length <= TITLE_MAX_LENGTH) return main;
  const cut = chars.slice(0, TITLE_MAX_LENGTH - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > TITLE_MAX_LENGTH / 2 ? atWord : cut}…`;
}
