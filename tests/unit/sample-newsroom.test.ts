import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { SAMPLE_ARTICLES } from '../../electron/core/sample/sample-articles.js';
import { inlineNodes } from '../../electron/core/sample/sample-newsroom.js';
import { ARTICLE_STATUSES, type Article } from '../../shared/domain.js';
import { countWords, docToPlainText } from '../../shared/text-stats.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

let cleanup: () => Promise<void>;
let core: Core;
let dir: string;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('sample'));
  ({ core } = await openTestCore(dir));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

async function allArticles(): Promise<Article[]> {
  const list = await core.call('articles:list', { status: 'all', limit: 500 });
  return Promise.all(list.items.map((item) => core.call('articles:get', { id: item.id })));
}

describe('the sample newsroom', () => {
  it('creates about forty articles in both languages, every category and status', async () => {
    const { created } = await core.call('sample:load', {});
    expect(created).toBe(SAMPLE_ARTICLES.length);
    expect(created).toBeGreaterThanOrEqual(36);
    expect(created).toBeLessThanOrEqual(44);
    const articles = await allArticles();
    expect(articles).toHaveLength(created);
    const en = articles.filter((a) => a.language === 'en').length;
    expect(Math.abs(en - (created - en))).toBeLessThanOrEqual(4);
    const categories = await core.call('categories:list', {});
    expect(new Set(articles.map((a) => a.categoryId))).toEqual(
      new Set(categories.map((c) => c.id)),
    );
    expect(new Set(articles.map((a) => a.status))).toEqual(
      new Set(ARTICLE_STATUSES.filter((s) => s !== 'spiked')),
    );
    for (const article of articles) {
      expect(article.headline.length).toBeGreaterThan(10);
      expect(article.standfirst.length).toBeGreaterThan(20);
      expect(article.byline).not.toBe('');
      expect(article.dateline).not.toBe('');
      expect(article.slug).toMatch(/^[a-z0-9-]+$/);
      const words = countWords(docToPlainText(article.body));
      expect(words, article.headline).toBeGreaterThanOrEqual(150);
      expect(words, article.headline).toBeLessThanOrEqual(400);
    }
  });

  it('uses subheadings, quotes, lists and marks in the editor’s node names', async () => {
    await core.call('sample:load', {});
    const types = new Set<string>();
    const marks = new Set<string>();
    const walk = (node: { type: string; content?: unknown[]; marks?: { type: string }[] }) => {
      types.add(node.type);
      for (const mark of node.marks ?? []) marks.add(mark.type);
      for (const child of node.content ?? []) walk(child as typeof node);
    };
    for (const article of await allArticles()) walk(article.body);
    for (const type of ['paragraph', 'heading', 'blockquote', 'bulletList', 'listItem', 'text'])
      expect(types).toContain(type);
    expect(marks).toContain('link');
  });

  it('links twins both ways and spreads publication over the last days', async () => {
    await core.call('sample:load', {});
    const articles = await allArticles();
    const byId = new Map(articles.map((a) => [a.id, a]));
    const twins = articles.filter((a) => a.twinId);
    expect(twins.length).toBeGreaterThanOrEqual(8);
    for (const article of twins) {
      const twin = byId.get(article.twinId ?? '');
      expect(twin?.twinId).toBe(article.id);
      expect(twin?.language).not.toBe(article.language);
    }
    const now = core.deps.now().getTime();
    const published = articles.filter((a) => a.status === 'published');
    for (const article of published) {
      expect(article.publishedAt).not.toBeNull();
      expect(new Date(article.publishedAt ?? '').getTime()).toBeLessThan(now);
    }
    const days = new Set(published.map((a) => a.publishedAt?.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(4);
    for (const article of articles.filter((a) => a.status === 'scheduled'))
      expect(new Date(article.publishAt ?? '').getTime()).toBeGreaterThan(now);
  });

  it('is searchable in Russian with ё and е alike', async () => {
    await core.call('sample:load', {});
    const found = await core.call('articles:list', { text: 'елки', status: 'all' });
    expect(found.items.map((a) => a.headline)).toContain(
      'В Алматы открылась первая библиотека под открытым небом',
    );
  });

  it('is only offered in an empty store', async () => {
    await core.call('articles:create', { content: { language: 'en', headline: 'Mine' } });
    const result = await core.dispatch('sample:load', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('conflict');
  });
});

describe('inline marks of the sample text', () => {
  it('turns **bold**, _italic_ and [links](url) into marked text nodes', () => {
    expect(inlineNodes('a **b** _c_ [d](https://example.org/x) e')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'c', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      {
        type: 'text',
        text: 'd',
        marks: [
          {
            type: 'link',
            attrs: { href: 'https://example.org/x', target: '_blank', rel: 'noopener noreferrer' },
          },
        ],
      },
      { type: 'text', text: ' e' },
    ]);
  });
});
