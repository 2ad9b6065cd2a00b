/** The editable part of an article, as the save channel takes it. */
import type { Article, ArticleContent } from '@shared/domain';

export function contentOfArticle(article: Article): ArticleContent {
  return {
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    byline: article.byline,
    dateline: article.dateline,
    categoryId: article.categoryId,
    tagIds: article.tagIds,
    slug: article.slug,
    flags: article.flags,
    featuredImage: article.featuredImage,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    correctionNote: article.correctionNote,
    twinId: article.twinId,
  };
}
