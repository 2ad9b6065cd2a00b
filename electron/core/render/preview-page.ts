/**
 * The preview page: an article as a whole, self-contained HTML document for a sandboxed
 * frame. Until the export's templates exist it uses this simple layout with the same
 * sanitiser the export will use; media files are inlined so the frame needs no requests.
 */
import { readFile } from 'node:fs/promises';
import type { ArticleContent, Category, Settings, Tag } from '../../../shared/domain.js';
import { mediaContentType, mediaFilePath } from '../media/media-import.js';
import { renderRichText } from './rich-text-html.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STYLE = `
body{font:18px/1.6 Georgia,'PT Serif',serif;color:#1d1d1f;max-width:42rem;margin:2rem auto;padding:0 1rem}
h1{font-size:2.1rem;line-height:1.2;margin:.2rem 0 .6rem}
.kicker{font:600 .8rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#b3261e}
.standfirst{font-size:1.2rem;color:#444}
.meta{font:.85rem system-ui,sans-serif;color:#666;border-bottom:1px solid #ddd;padding-bottom:.6rem}
.pull-quote{font-size:1.5rem;font-style:italic;border-left:4px solid #b3261e;margin:1.5rem 0;padding:.2rem 1rem}
blockquote{border-left:3px solid #ccc;margin:1rem 0;padding-left:1rem;color:#333}
figure{margin:1.5rem 0}img{max-width:100%;height:auto}
figcaption{font:.85rem system-ui,sans-serif;color:#555}.credit{margin-left:.4rem;color:#888}
.correction{background:#fff8e1;border:1px solid #f0d890;padding:.6rem .8rem;font:.9rem system-ui,sans-serif}
.tags{font:.8rem system-ui,sans-serif;color:#555}
`;

async function inlineMedia(html: string, dataDir: string): Promise<string> {
  const names = new Set(
    [...html.matchAll(/src="media\/([a-f0-9]{64}\.(?:jpg|png|webp|gif))"/g)].map(
      (m) => m[1] as string,
    ),
  );
  let out = html;
  for (const name of names) {
    const path = mediaFilePath(dataDir, name);
    if (!path) continue;
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) continue;
    out = out.replaceAll(
      `src="media/${name}"`,
      `src="data:${mediaContentType(name)};base64,${bytes.toString('base64')}"`,
    );
  }
  return out;
}

export interface PreviewInput {
  content: ArticleContent;
  settings: Settings;
  categories: Category[];
  tags: Tag[];
  dataDir: string;
  /** When the article was (or would be) published, as ISO; shown in the newsroom's time zone. */
  date: string;
}

export async function renderPreviewPage(input: PreviewInput): Promise<string> {
  const { content, settings } = input;
  const lang = content.language;
  const category = input.categories.find((c) => c.id === content.categoryId);
  const tags = input.tags.filter((t) => content.tagIds.includes(t.id));
  const date = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: settings.timeZone,
  }).format(new Date(input.date));
  const featured = content.featuredImage
    ? `<figure class="article-image"><img src="${escapeHtml(content.featuredImage.src)}" alt="${escapeHtml(content.featuredImage.alt)}"><figcaption><span class="caption">${escapeHtml(content.featuredImage.caption)}</span><span class="credit">${escapeHtml(content.featuredImage.credit)}</span></figcaption></figure>`
    : '';
  const featuredSafe =
    featured && /^media\/[a-f0-9]{64}\.(jpg|png|webp|gif)$/.test(content.featuredImage?.src ?? '')
      ? featured
      : '';
  const body = `
<article>
${category ? `<p class="kicker">${escapeHtml(category.name[lang])}</p>` : ''}
<h1>${escapeHtml(content.headline)}</h1>
${content.standfirst ? `<p class="standfirst">${escapeHtml(content.standfirst)}</p>` : ''}
<p class="meta">${[content.byline, content.dateline, date].filter(Boolean).map(escapeHtml).join(' · ')}</p>
${featuredSafe}
${renderRichText(content.body)}
${content.correctionNote ? `<p class="correction">${escapeHtml(content.correctionNote)}</p>` : ''}
${tags.length ? `<p class="tags">${tags.map((t) => escapeHtml(t.name[lang])).join(' · ')}</p>` : ''}
</article>`;
  const page = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(content.seoTitle || content.headline || settings.newsroomName)}</title>
<style>${STYLE}</style>
</head>
<body>${body}</body>
</html>`;
  return inlineMedia(page, input.dataDir);
}
