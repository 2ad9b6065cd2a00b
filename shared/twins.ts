/**
 * Bilingual twins: the same story in English and Russian, linked both ways. The original
 * is the one created first; a twin is out of date when the other side changed after it.
 */
import type { ArticleContent, ArticleSummary, Language, RichTextNode } from './domain.js';

export type TwinState = ArticleSummary['twinState'];

type TwinFacts = Pick<ArticleSummary, 'id' | 'twinId' | 'createdAt' | 'updatedAt'>;

/**
 * `none`: no twin linked; `missing`: linked to an article that is gone; `outdated`: this is
 * the translation and the original changed after it; `behind`: this is the original and its
 * translation has not caught up; `current`: both sides are in step.
 */
export function twinState(article: TwinFacts, twin: TwinFacts | undefined): TwinState {
  if (!article.twinId) return 'none';
  if (!twin) return 'missing';
  // Ids are time-ordered, so they settle a tie between two articles made in the same instant.
  const isTranslation =
    article.createdAt > twin.createdAt ||
    (article.createdAt === twin.createdAt && article.id > twin.id);
  if (isTranslation) return twin.updatedAt > article.updatedAt ? 'outdated' : 'current';
  return article.updatedAt > twin.updatedAt ? 'behind' : 'current';
}

export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'ru' : 'en';
}

function imagesOf(nodes: RichTextNode[] | undefined): RichTextNode[] {
  const found: RichTextNode[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'image') found.push(JSON.parse(JSON.stringify(node)) as RichTextNode);
    else found.push(...imagesOf(node.content));
  }
  return found;
}

/**
 * The first content of a twin: what does not need translating (category, tags, dateline,
 * featured image, the body's images in order); headline and text are for the translator.
 */
export function twinDraftContent(original: ArticleContent, originalId: string): ArticleContent {
  return {
    language: otherLanguage(original.language),
    headline: '',
    standfirst: '',
    body: { type: 'doc', content: imagesOf(original.body.content) },
    byline: original.byline,
    dateline: original.dateline,
    categoryId: original.categoryId,
    tagIds: [...original.tagIds],
    slug: '',
    flags: { ...original.flags },
    featuredImage: original.featuredImage ? { ...original.featuredImage } : null,
    seoTitle: '',
    seoDescription: '',
    correctionNote: '',
    twinId: originalId,
  };
}
