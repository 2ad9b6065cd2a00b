/** The bulk tagger's numbered choices (1-9) from one article's suggestions, pure. */
import type { Suggestions } from '@shared/contract/tagger';
import type { Tag } from '@shared/domain';

export type BulkOption =
  | {
      type: 'category';
      key: string;
      categoryId: string;
      confidence: number;
      reason: Suggestions['tags'][number]['reason'];
    }
  | { type: 'tag'; key: string; tagId: string; reason: Suggestions['tags'][number]['reason'] }
  | {
      type: 'new';
      key: string;
      name: string;
      kind: Tag['kind'];
      reason: Suggestions['tags'][number]['reason'];
    };

export function bulkOptions(suggestions: Suggestions | null): BulkOption[] {
  if (!suggestions) return [];
  const options: BulkOption[] = [
    ...suggestions.category.suggestions
      .slice(0, 3)
      .map((s) => ({ type: 'category' as const, ...s })),
    ...suggestions.tags.map((s) => ({
      type: 'tag' as const,
      key: s.key,
      tagId: s.tagId,
      reason: s.reason,
    })),
    ...suggestions.candidates.map((s) => ({ type: 'new' as const, ...s })),
  ];
  return options.slice(0, 9);
}
