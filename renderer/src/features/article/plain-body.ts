/** The simple form's body: paragraphs of plain text to and from the editor's JSON document. */
import type { RichTextDoc } from '@shared/domain';
import { docToPlainText } from '@shared/text-stats';

export function plainTextToDoc(text: string): RichTextDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: paragraph }],
    })),
  };
}

export function docToEditableText(doc: RichTextDoc): string {
  return docToPlainText(doc);
}
