import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, plainTextToParagraphs } from '../../shared/paste-clean.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

function expectNoOfficeLeftovers(html: string): void {
  expect(html).not.toMatch(
    /mso-|<o:p|style=|class=|font-family|color|file:|docs-internal-guid|<span|<font|<b\b|<i\b/i,
  );
}

describe('paste cleaning', () => {
  it('keeps the headings, emphasis, links and both lists of a Word paste', () => {
    const html = cleanPastedHtml(fixture('word.html'));
    expectNoOfficeLeftovers(html);
    expect(html).toContain('<h2>Harbour workers return to the quay</h2>');
    expect(html).toContain('<strong>Monday</strong>');
    expect(html).toContain('<em>three-day</em>');
    expect(html).toContain(
      'Read the union statement and the <a href="https://example.org/port">port notice</a>.',
    );
    expect(html).toMatch(
      /<ul><li>Overtime paid at double rate<\/li>\s*<li>A safety officer on every shift<\/li><\/ul>/,
    );
    expect(html).toMatch(
      /<ol><li>Talks resume in May<\/li>\s*<li>The port publishes its accounts<\/li><\/ol>/,
    );
    expect(html).not.toContain('·');
  });

  it('drops the Google Docs bold wrapper but keeps real bold and italic', () => {
    const html = cleanPastedHtml(fixture('gdocs.html'));
    expectNoOfficeLeftovers(html);
    expect(html.startsWith('<h2>Паром из Алата отменён</h2>')).toBe(true);
    expect(html).toContain('Шторм на Каспии <strong>задержал</strong><em> три рейса</em> в порту.');
    expect(html).toContain('<li><p>Грузовики ждут на берегу</p></li>');
    expect(html).toContain('<a href="https://example.org/weather">Прогноз погоды</a>');
    // The wrapper's own bold would have made the whole paste bold.
    expect(html.match(/<strong>/g)).toHaveLength(1);
  });

  it('refuses scripts, event handlers, images and unsafe link schemes', () => {
    const html = cleanPastedHtml(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a><img src="x" onerror="alert(1)"></p><script>alert(1)</script><a href="data:text/html,x">d</a>',
    );
    expect(html).toBe('<p>Hi there</p>d');
  });

  it('splits plain text into paragraphs on blank lines, or on line breaks when there are none', () => {
    expect(plainTextToParagraphs('First line\ncontinues.\n\n\nSecond.\r\n\r\nThird.')).toEqual([
      'First line continues.',
      'Second.',
      'Third.',
    ]);
    expect(plainTextToParagraphs('One\nTwo\n')).toEqual(['One', 'Two']);
  });
});
