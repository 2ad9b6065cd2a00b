/**
 * The live preview of what the board arranges: the home page (top story, featured, latest
 * news, the other zones) and an article page's latest-news block, as static HTML shown in
 * a sandboxed frame. This is the seam for the export's templates: when they exist, these
 * two functions should render with them instead of the small templates below.
 */
import type { ZoneView } from '../../../shared/board.js';
import type { ArticleSummary, Category, Language } from '../../../shared/domain.js';
import { latestZone } from './latest-news.js';

export interface PreviewContext {
  language: Language;
  newsroomName: string;
  timeZone: string;
  categories: readonly Category[];
}

const HEADINGS: Record<Language, { latest: string; empty: string; page: string }> = {
  en: { latest: 'Latest news', empty: 'Nothing to show yet.', page: 'An article page' },
  ru: { latest: 'Последние новости', empty: 'Пока пусто.', page: 'Страница статьи' },
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function formatDate(iso: string | null, context: PreviewContext): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(context.language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: context.timeZone,
  }).format(new Date(iso));
}

function categoryName(article: ArticleSummary, context: PreviewContext): string {
  return context.categories.find((c) => c.id === article.categoryId)?.name[context.language] ?? '';
}

/** One item as the site lists it: headline, category, date, lede. */
function item(article: ArticleSummary, context: PreviewContext, tag: 'h2' | 'h3' = 'h3'): string {
  return `<article class="item"><${tag}>${escapeHtml(article.headline)}</${tag}>
<p class="meta"><span class="category">${escapeHtml(categoryName(article, context))}</span> <time datetime="${escapeHtml(article.publishedAt ?? '')}">${escapeHtml(formatDate(article.publishedAt, context))}</time></p>
<p class="lede">${escapeHtml(article.standfirst)}</p></article>`;
}

const STYLE = `body{font-family:Georgia,serif;margin:0;padding:1rem 1.4rem;color:#1d232b;background:#fff}
header{border-bottom:3px solid #1d232b;margin-bottom:1rem}header p{font:700 1.4rem system-ui,sans-serif;margin:.3rem 0}
section{margin-bottom:1.2rem}section>h2.zone{font:700 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#0b5cad;border-bottom:1px solid #d9dee5;padding-bottom:.2rem}
.top h2{font-size:1.6rem;margin:.2rem 0}.item h3{font-size:1.05rem;margin:.5rem 0 .1rem}.meta{font:.75rem system-ui,sans-serif;color:#5b6573;margin:0}.meta .category{font-weight:700}
.lede{margin:.2rem 0 .6rem;font-size:.9rem}.strip{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.8rem}.empty{color:#5b6573;font-style:italic}
.article-body{color:#5b6573;font-style:italic;border:1px dashed #d9dee5;padding:1rem;margin-bottom:1rem}`;

function page(context: PreviewContext, title: string, body: string): string {
  return `<!doctype html><html lang="${context.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<header><p>${escapeHtml(context.newsroomName)}</p></header>${body}</body></html>`;
}

function zoneSection(zone: ZoneView, context: PreviewContext): string {
  const items = zone.items.map((i) => i.article);
  const inner = items.length
    ? zone.kind === 'top'
      ? items.map((a) => item(a, context, 'h2')).join('')
      : zone.kind === 'featured'
        ? `<div class="strip">${items.map((a) => item(a, context)).join('')}</div>`
        : items.map((a) => item(a, context)).join('')
    : `<p class="empty">${HEADINGS[context.language].empty}</p>`;
  return `<section class="${zone.kind}" aria-label="${escapeHtml(zone.name)}"><h2 class="zone">${escapeHtml(zone.name)}</h2>${inner}</section>`;
}

/** The home page of one language: every zone in board order. */
export function renderHomePreview(zones: readonly ZoneView[], context: PreviewContext): string {
  return page(
    context,
    context.newsroomName,
    zones.map((zone) => zoneSection(zone, context)).join('\n'),
  );
}

/** The foot of an article page: its latest-news block, without the page's own article. */
export function renderArticlePagePreview(
  zones: readonly ZoneView[],
  context: PreviewContext,
  pageArticle: ArticleSummary | null,
): string {
  const latest = (latestZone(zones)?.items ?? [])
    .map((i) => i.article)
    .filter((article) => article.id !== pageArticle?.id);
  const heading = HEADINGS[context.language];
  const body = `<div class="article-body">${escapeHtml(pageArticle?.headline ?? heading.page)}</div>
<section class="latest"><h2 class="zone">${heading.latest}</h2>${
    latest.length
      ? latest.map((a) => item(a, context)).join('')
      : `<p class="empty">${heading.empty}</p>`
  }</section>`;
  return page(context, pageArticle?.headline ?? heading.page, body);
}
