/** An article's words as one text for comparing versions: headline, standfirst, body. */
import type { ArticleContent } from '@shared/domain';
import { docToPlainText } from '@shared/text-stats';

export function articleText(content: ArticleContent): string {
  return [content.headline, content.standfirst, docToPlainText(content.body)]
    .filter((part) => part.trim())
    .join('\n\n');
}
