import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../shared/domain.js';
import {
  countCharacters,
  countWords,
  docToPlainText,
  readingMinutes,
} from '../../shared/text-stats.js';

const doc: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Порт Поти' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Докеры вышли на работу в ' },
        { type: 'text', text: 'понедельник', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one-off pay' }] }],
        },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: "the port's 2026 plan" }] },
          ],
        },
      ],
    },
    { type: 'image', attrs: { src: 'media/x.png', caption: 'Not counted' } },
  ],
};

describe('word and character counts', () => {
  it('joins blocks with blank lines and keeps inline marks in the text', () => {
    expect(docToPlainText(doc)).toBe(
      "Порт Поти\n\nДокеры вышли на работу в понедельник.\n\none-off pay\n\nthe port's 2026 plan",
    );
  });

  it('counts Cyrillic and Latin words, hyphenated and apostrophe words as one, numbers as words', () => {
    expect(countWords(docToPlainText(doc))).toBe(2 + 6 + 2 + 4);
    expect(countWords('Ёлка — символ праздника; e-mail и «кавычки».')).toBe(6);
    expect(countWords('   ')).toBe(0);
  });

  it('counts characters with runs of white space as one and astral characters once', () => {
    expect(countCharacters('  a  b\n\nc ')).toBe(5);
    expect(countCharacters('𝔸b')).toBe(2);
  });

  it('reads 200 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(10_000)).toBe(50);
  });
});
