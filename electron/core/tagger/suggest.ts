/**
 * Suggestions for one text, pure: the category ranking from the model, known tags found in
 * the text, new candidates, and tags that usually go with those (or with the category).
 * The service passes in the model, the tags and the archive's co-occurrence counts.
 */
import type { Suggestions } from '../../../shared/contract/tagger.js';
import type { Tag } from '../../../shared/domain.js';
import { findCandidates } from './candidates.js';
import { MIN_EXAMPLES_PER_CATEGORY, type CategoryModel } from './category-model.js';
import { type TagMatcher, tokenizeForMatching } from './tag-matcher.js';
import { extractFeatures } from './text-features.js';

export interface SuggestText {
  headline: string;
  standfirst: string;
  body: string;
}

/** How often tags appear together and with categories, counted over the archive. */
export interface CoOccurrence {
  tagWithTag: Map<string, Map<string, number>>;
  tagWithCategory: Map<string, Map<string, number>>;
  tagUsage: Map<string, number>;
}

export interface SuggestInput {
  text: SuggestText;
  model: CategoryModel;
  categoryIds: readonly string[];
  tags: readonly Tag[];
  matcher: TagMatcher;
  coOccurrence: CoOccurrence;
  /** Already on the article: not suggested again. */
  tagIds: readonly string[];
  categoryId: string | null;
  rejected: ReadonlySet<string>;
}

export const MAX_CATEGORY_SUGGESTIONS = 3;
/** Below this a category is noise, not a suggestion (the best one is always shown). */
const MIN_CATEGORY_CONFIDENCE = 0.05;
export const MAX_TAG_SUGGESTIONS = 12;
export const MAX_CANDIDATES = 8;
/** "Often with" needs this many articles together before it is worth saying. */
const MIN_TOGETHER = 2;

export function articleText(text: SuggestText): string {
  // The headline says most about the topic: it counts twice.
  return `${text.headline}\n${text.headline}\n${text.standfirst}\n${text.body}`;
}

export function suggest(input: SuggestInput): Suggestions {
  const full = articleText(input.text);
  const known = new Set(input.categoryIds);
  const examples = input.model.examples();
  const undertrained = input.categoryIds
    .map((categoryId) => ({ categoryId, examples: examples.get(categoryId) ?? 0 }))
    .filter((c) => c.examples < MIN_EXAMPLES_PER_CATEGORY);
  const ranking = input.model.rank(extractFeatures(full)).filter((score) => known.has(score.label));
  const ready = ranking.length >= 2;
  const categorySuggestions = ready
    ? ranking
        .filter((s, i) => i === 0 || s.confidence >= MIN_CATEGORY_CONFIDENCE)
        .filter((s) => s.label !== input.categoryId && !input.rejected.has(`category:${s.label}`))
        .slice(0, MAX_CATEGORY_SUGGESTIONS)
        .map((s) => ({
          key: `category:${s.label}`,
          categoryId: s.label,
          confidence: Math.round(s.confidence * 1000) / 1000,
          reason: { type: 'model' as const },
        }))
    : [];

  const tokens = tokenizeForMatching(full.slice(full.indexOf('\n') + 1));
  const mentions = input.matcher.match(tokens);
  const have = new Set(input.tagIds);
  const tagIdsKnown = new Set(input.tags.map((t) => t.id));
  const tags: Suggestions['tags'] = [];
  const offered = new Set<string>();
  for (const mention of mentions) {
    if (have.has(mention.tagId) || input.rejected.has(`tag:${mention.tagId}`)) continue;
    offered.add(mention.tagId);
    tags.push({
      key: `tag:${mention.tagId}`,
      tagId: mention.tagId,
      score: mention.mentions,
      reason: { type: 'mentioned', count: mention.mentions, form: mention.form },
    });
  }
  // Tags that usually go with the ones present (or with the likely category).
  const seeds = [...have, ...mentions.map((m) => m.tagId)];
  const related = new Map<
    string,
    { score: number; reason: Suggestions['tags'][number]['reason'] }
  >();
  for (const seed of seeds) {
    for (const [other, together] of input.coOccurrence.tagWithTag.get(seed) ?? []) {
      if (
        together < MIN_TOGETHER ||
        have.has(other) ||
        offered.has(other) ||
        !tagIdsKnown.has(other)
      )
        continue;
      const usage = input.coOccurrence.tagUsage.get(other) ?? together;
      const score = together / Math.max(usage, 1);
      const previous = related.get(other);
      if (!previous || previous.score < score) {
        related.set(other, {
          score,
          reason: { type: 'often_with_tag', tagId: seed, count: together },
        });
      }
    }
  }
  const category = input.categoryId ?? categorySuggestions[0]?.categoryId ?? null;
  if (category) {
    for (const [tagId, withCategory] of input.coOccurrence.tagWithCategory) {
      const together = withCategory.get(category) ?? 0;
      const usage = input.coOccurrence.tagUsage.get(tagId) ?? 0;
      // Only tags that mostly live in this category, and have done so more than a couple of times.
      if (together < 3 || together / Math.max(usage, 1) < 0.6) continue;
      if (have.has(tagId) || offered.has(tagId) || related.has(tagId) || !tagIdsKnown.has(tagId))
        continue;
      related.set(tagId, {
        score: (together / usage) * 0.5,
        reason: { type: 'often_with_category', categoryId: category, count: together },
      });
    }
  }
  for (const [tagId, { score, reason }] of [...related].sort((a, b) => b[1].score - a[1].score)) {
    if (input.rejected.has(`tag:${tagId}`)) continue;
    tags.push({ key: `tag:${tagId}`, tagId, score: Math.round(score * 100) / 100, reason });
  }

  const candidates = findCandidates(
    full.slice(full.indexOf('\n') + 1),
    (name) => input.matcher.match(tokenizeForMatching(name)).length > 0,
  )
    .filter((c) => !input.rejected.has(`new:${c.key}`))
    .slice(0, MAX_CANDIDATES)
    .map((c) => ({
      key: `new:${c.key}`,
      name: c.name,
      kind: c.kind,
      reason: { type: 'looks_like' as const, count: c.mentions },
    }));

  return {
    category: {
      status: ready ? 'ready' : 'insufficient',
      undertrained,
      minExamples: MIN_EXAMPLES_PER_CATEGORY,
      suggestions: categorySuggestions,
    },
    tags: tags.slice(0, MAX_TAG_SUGGESTIONS),
    candidates,
  };
}
