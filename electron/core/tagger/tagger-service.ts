/**
 * The tagger inside a running store: learns from every categorised article as the store
 * opens and as articles are saved (forgetting the previous version first), keeps the tag
 * matcher in step with the taxonomy, and answers suggestions. Rejections live in the
 * meta document so they survive restarts.
 */
import type { Suggestions } from '../../../shared/contract/tagger.js';
import type { Article, Tag } from '../../../shared/domain.js';
import { docToPlainText } from '../../../shared/text-stats.js';
import { CategoryModel } from './category-model.js';
import { articleText, suggest, type CoOccurrence, type SuggestText } from './suggest.js';
import { TagMatcher } from './tag-matcher.js';
import { extractFeatures } from './text-features.js';

export interface TaggerHost {
  categoryIds(): string[];
  tags(): Tag[];
  summaries(): Iterable<{ categoryId: string | null; tagIds: string[]; status: string }>;
}

function learnable(article: Article | null): article is Article {
  return article !== null && article.categoryId !== null && article.status !== 'spiked';
}

export function textOfArticle(article: Article): SuggestText {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    body: docToPlainText(article.body),
  };
}

export class TaggerService {
  readonly model = new CategoryModel();
  /** The category each learned article was learned under. */
  private readonly learned = new Map<string, string>();
  private matcherFor: { tags: Tag[]; matcher: TagMatcher } | null = null;
  private coOccurrence: CoOccurrence | null = null;

  constructor(private readonly host: TaggerHost) {}

  /** Follows one article change: forget what was learned from it, learn its new state. */
  observe(article: Article, previous: Article | null, deleted = false): void {
    this.coOccurrence = null;
    const was = this.learned.get(article.id);
    if (was !== undefined) {
      const old = previous ?? article;
      this.model.learn(was, extractFeatures(articleText(textOfArticle(old))), -1);
      this.learned.delete(article.id);
    }
    if (!deleted && learnable(article)) {
      this.model.learn(
        article.categoryId as string,
        extractFeatures(articleText(textOfArticle(article))),
      );
      this.learned.set(article.id, article.categoryId as string);
    }
  }

  private matcher(): TagMatcher {
    const tags = this.host.tags();
    if (this.matcherFor?.tags !== tags) this.matcherFor = { tags, matcher: new TagMatcher(tags) };
    return this.matcherFor.matcher;
  }

  /** Co-occurrence counts over the archive, recounted lazily after articles change. */
  private counts(): CoOccurrence {
    if (this.coOccurrence) return this.coOccurrence;
    const tagWithTag = new Map<string, Map<string, number>>();
    const tagWithCategory = new Map<string, Map<string, number>>();
    const tagUsage = new Map<string, number>();
    const bump = (map: Map<string, Map<string, number>>, a: string, b: string): void => {
      const inner = map.get(a) ?? new Map<string, number>();
      inner.set(b, (inner.get(b) ?? 0) + 1);
      map.set(a, inner);
    };
    for (const summary of this.host.summaries()) {
      if (summary.status === 'spiked') continue;
      for (const tag of summary.tagIds) {
        tagUsage.set(tag, (tagUsage.get(tag) ?? 0) + 1);
        if (summary.categoryId) bump(tagWithCategory, tag, summary.categoryId);
        for (const other of summary.tagIds) if (other !== tag) bump(tagWithTag, tag, other);
      }
    }
    this.coOccurrence = { tagWithTag, tagWithCategory, tagUsage };
    return this.coOccurrence;
  }

  tagsChanged(): void {
    this.matcherFor = null;
  }

  suggest(
    text: SuggestText,
    current: { tagIds: readonly string[]; categoryId: string | null },
    rejected: ReadonlySet<string>,
  ): Suggestions {
    return suggest({
      text,
      model: this.model,
      categoryIds: this.host.categoryIds(),
      tags: this.host.tags(),
      matcher: this.matcher(),
      coOccurrence: this.counts(),
      tagIds: current.tagIds,
      categoryId: current.categoryId,
      rejected,
    });
  }
}
