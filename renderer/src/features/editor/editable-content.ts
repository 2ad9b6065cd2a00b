/** An article's fields as the editor holds them: an automatic slug is kept as '' so it follows the headline. */
import type { Article, ArticleContent } from '@shared/domain';
import { isAutomaticSlug } from '@shared/slug';
import { contentOfArticle } from '../article/article-content';

export function editableContent(article: Article): ArticleContent {
  const content = contentOfArticle(article);
  const published = Boolean(article.publishedAt);
  return {
    ...content,
    slug: !published && isAutomaticSlug(article.slug, article.headline) ? '' : article.slug,
  };
}
