/** An article's fields as the editor holds them: an automatic slug is kept as '' so it follows the headline. */
import { contentOf, type Article, type ArticleContent } from '@shared/domain';
import { isAutomaticSlug } from '@shared/slug';

export function editableContent(article: Article): ArticleContent {
  const content = contentOf(article);
  const published = Boolean(article.publishedAt);
  return {
    ...content,
    slug: !published && isAutomaticSlug(article.slug, article.headline) ? '' : article.slug,
  };
}
