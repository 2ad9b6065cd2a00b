/**
 * The in-app preview of an article page, for the editor's Preview and the Export screen
 * alike: the stored article, or the editor's unsaved content over it, rendered by the
 * export's own article template with the board's Latest news, as one self-contained page
 * for a sandboxed frame. The exported page differs only where a bundle is needed (the
 * stylesheet and images are inline) and in what the Latest news block lists at export time.
 */
import type { ArticleContent } from '../../../shared/domain.js';
import type { Core } from '../core.js';
import { latestNewsFor } from '../board/latest-news.js';
import { renderArticlePreview, type ArticlePreview } from '../export/preview.js';
import { summaryEntry, type SiteMeta } from '../export/site-model.js';

export function siteMetaOf(core: Core): SiteMeta {
  return {
    settings: core.settings,
    categories: core.meta.data.categories,
    tags: core.meta.data.tags,
    boardZones: core.board.state.zones,
  };
}

export async function previewArticle(
  core: Core,
  id: string,
  content?: ArticleContent,
): Promise<ArticlePreview> {
  const stored = await core.articles.get(id);
  const article = content ? { ...stored, ...content, twinId: stored.twinId } : stored;
  const now = core.deps.now();
  const twin =
    article.twinId && core.articles.has(article.twinId)
      ? await core.articles.get(article.twinId).catch(() => null)
      : null;
  return renderArticlePreview({
    article,
    meta: siteMetaOf(core),
    dataDir: core.deps.dataDir,
    now,
    latest: latestNewsFor(core, article.language, now, article.id).map(summaryEntry),
    twin,
  });
}
