import { describe, expect, it } from 'vitest';
import {
  articleContentSchema,
  type ArticleContent,
  type RichTextDoc,
} from '../../shared/domain.js';
import { mergeArticleContent, mergeLists } from '../../shared/rich-text/merge.js';

const p = (text: string): RichTextDoc['content'][number] => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...texts: string[]): RichTextDoc => ({ type: 'doc', content: texts.map(p) });
const article = (change: Partial<ArticleContent>): ArticleContent =>
  articleContentSchema.parse({ language: 'en', headline: 'Ferry strike', ...change });

describe('three-way merge of article text', () => {
  const base = doc('one', 'two', 'three', 'four');

  it('combines edits to different paragraphs', () => {
    const theirs = doc('one', 'two (theirs)', 'three', 'four');
    const mine = doc('one', 'two', 'three', 'four (mine)');
    const result = mergeArticleContent(
      article({ body: base }),
      article({ body: theirs }),
      article({ body: mine }),
    );
    expect(result).toEqual({
      ok: true,
      merged: article({ body: doc('one', 'two (theirs)', 'three', 'four (mine)') }),
    });
  });

  it('keeps paragraphs inserted and removed on either side', () => {
    const result = mergeLists(
      ['a', 'b', 'c', 'd'],
      ['a', 'new', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'tail'],
    );
    expect(result).toEqual({ ok: true, merged: ['a', 'new', 'b', 'c', 'tail'] });
    expect(mergeLists(['a', 'b', 'c'], ['a', 'c'], ['a', 'b', 'c', 'd'])).toEqual({
      ok: true,
      merged: ['a', 'c', 'd'],
    });
  });

  it('reports both sides changing the same paragraph and merges nothing', () => {
    expect(mergeLists(['a', 'b', 'c'], ['a', 'B1', 'c'], ['a', 'B2', 'c'])).toEqual({
      ok: false,
      conflicts: ['blocks 2–2'],
    });
    const result = mergeArticleContent(
      article({ body: base }),
      article({ body: doc('one', 'two (theirs)', 'three', 'four') }),
      article({ body: doc('one', 'two (mine)', 'three', 'four') }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflicts).toEqual(['body']);
  });

  it('treats the same change made on both sides as agreement', () => {
    const same = doc('one', 'two, fixed', 'three', 'four');
    expect(mergeLists(base.content, same.content, same.content)).toEqual({
      ok: true,
      merged: same.content,
    });
  });

  it('merges fields one by one: a headline change and a text change combine', () => {
    const result = mergeArticleContent(
      article({ body: base, byline: 'Desk' }),
      article({ body: base, headline: 'Ferry strike ends', byline: 'Desk' }),
      article({ body: doc('one', 'two', 'three', 'four', 'five'), byline: 'Desk' }),
    );
    expect(result).toEqual({
      ok: true,
      merged: article({
        headline: 'Ferry strike ends',
        body: doc('one', 'two', 'three', 'four', 'five'),
        byline: 'Desk',
      }),
    });
    const clash = mergeArticleContent(
      article({}),
      article({ headline: 'Theirs' }),
      article({ headline: 'Mine' }),
    );
    expect(clash).toEqual({ ok: false, conflicts: ['headline'] });
  });
});
