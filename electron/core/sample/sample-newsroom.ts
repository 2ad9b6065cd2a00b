/**
 * The sample newsroom offered on first run: articles written for this project in both
 * languages, across all six categories and the workflow's statuses, some linked as twins.
 * Everything goes through the core (create, then one update for status, dates and twin),
 * so the sample is stored, indexed and announced exactly like real work.
 */
import type { ArticleStatus, RichTextDoc, RichTextNode } from '../../../shared/domain.js';
import type { Core } from '../core.js';
import { SAMPLE_ARTICLES, type SampleArticle, type SampleBlock } from './sample-articles.js';

type Mark = NonNullable<RichTextNode['marks']>[number];

const INLINE = /\*\*(.+?)\*\*|_(.+?)_|\[(.+?)\]\((https?:\/\/[^\s)]+)\)/gu;

/** Paragraph text with **bold**, _italic_ and [text](url) into text nodes with marks. */
export function inlineNodes(source: string): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  const push = (text: string, marks?: Mark[]): void => {
    if (text) nodes.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  };
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    push(source.slice(last, match.index));
    const [, bold, italic, linkText, href] = match;
    if (bold !== undefined) push(bold, [{ type: 'bold' }]);
    else if (italic !== undefined) push(italic, [{ type: 'italic' }]);
    else if (linkText !== undefined && href !== undefined)
      push(linkText, [
        { type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } },
      ]);
    last = match.index + match[0].length;
  }
  push(source.slice(last));
  return nodes;
}

const paragraph = (text: string): RichTextNode => ({
  type: 'paragraph',
  content: inlineNodes(text),
});

function blockNode(block: SampleBlock): RichTextNode {
  if (typeof block === 'string') return paragraph(block);
  if ('heading' in block)
    return { type: 'heading', attrs: { level: 2 }, content: inlineNodes(block.heading) };
  if ('quote' in block) return { type: 'blockquote', content: [paragraph(block.quote)] };
  return {
    type: 'bulletList',
    content: block.list.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  };
}

export function sampleBody(sample: SampleArticle): RichTextDoc {
  return { type: 'doc', content: sample.body.map(blockNode) };
}

/** Store-owned fields a sample article ends up with, relative to `now`. */
export function sampleDates(
  sample: SampleArticle,
  now: Date,
): { publishAt: string | null; publishedAt: string | null } {
  const at = new Date(now.getTime() - sample.hoursAgo * 3_600_000).toISOString();
  if (sample.status === 'published') return { publishAt: at, publishedAt: at };
  if (sample.status === 'scheduled') return { publishAt: at, publishedAt: null };
  return { publishAt: null, publishedAt: null };
}

/** The statuses an article passes through on its way to `status`, for its history. */
const PATH: Record<Exclude<ArticleStatus, 'spiked'>, ArticleStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  edited: ['submitted', 'edited'],
  scheduled: ['submitted', 'edited', 'scheduled'],
  published: ['submitted', 'edited', 'published'],
};

export async function loadSampleNewsroom(core: Core): Promise<number> {
  const ids = new Map<string, string>();
  for (const sample of SAMPLE_ARTICLES) {
    const article = await core.call('articles:create', {
      content: {
        language: sample.language,
        headline: sample.headline,
        standfirst: sample.standfirst,
        byline: sample.byline,
        dateline: sample.dateline,
        categoryId: sample.categoryId,
        body: sampleBody(sample),
      },
    });
    ids.set(sample.key, article.id);
  }
  // Oldest first, so the freshest stories are also the most recently updated on the desk.
  const byAge = [...SAMPLE_ARTICLES].sort((a, b) => Math.abs(b.hoursAgo) - Math.abs(a.hoursAgo));
  for (const sample of byAge) {
    const id = ids.get(sample.key);
    if (!id) continue;
    const twinId = sample.twin ? (ids.get(sample.twin) ?? null) : null;
    const now = core.deps.now();
    const dates = sampleDates(sample, now);
    const editor = core.settings.profile.name;
    const steps = PATH[sample.status];
    await core.articles.update(id, (current) => ({
      ...current,
      twinId,
      status: sample.status,
      ...dates,
      transitions: [
        ...current.transitions,
        ...steps.map((to, i) => ({
          from: i === 0 ? 'draft' : (steps[i - 1] as ArticleStatus),
          to,
          at: now.toISOString(),
          by: i === 0 ? sample.byline : editor,
        })),
      ],
    }));
  }
  return ids.size;
}
