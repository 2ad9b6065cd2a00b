/**
 * The sample newsroom offered on first run: articles written for this project in both
 * languages, across all six categories and the workflow's statuses.
 */
import type { Core } from '../core.js';
import { SAMPLE_ARTICLES } from './sample-articles.js';

export async function loadSampleNewsroom(core: Core): Promise<number> {
  let created = 0;
  for (const sample of SAMPLE_ARTICLES) {
    const paragraphs = sample.body.map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    }));
    const article = await core.call('articles:create', {
      content: {
        language: sample.language,
        headline: sample.headline,
        standfirst: sample.standfirst,
        byline: sample.byline,
        dateline: sample.dateline,
        categoryId: sample.categoryId,
        body: { type: 'doc', content: paragraphs },
      },
    });
    if (sample.status !== 'draft') {
      const at = new Date(core.deps.now().getTime() - sample.hoursAgo * 3_600_000).toISOString();
      await core.articles.update(article.id, (current) => ({
        ...current,
        status: sample.status,
        publishedAt: sample.status === 'published' ? at : null,
        publishAt: sample.status === 'published' || sample.status === 'scheduled' ? at : null,
        transitions: [
          ...current.transitions,
          { from: 'draft', to: sample.status, at, by: sample.byline },
        ],
      }));
    }
    created++;
  }
  return created;
}
