import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  safeLinkHref,
} from '../../electron/core/export/allow-list.js';
import {
  renderBody,
  type BodyProblem,
  type ResolvedImage,
} from '../../electron/core/export/rich-text.js';
import { sanitizeArticleHtml } from '../../electron/core/export/sanitize.js';
import { renderRichText } from '../../electron/core/render/rich-text-html.js';
import type { RichTextDoc, RichTextNode } from '../../shared/domain.js';
import { generateArticles, seededRandom } from '../bench/corpus.js';

const MEDIA = `media/${'ab'.repeat(32)}.png`;
const resolve = (src: string): ResolvedImage | null =>
  src === MEDIA
    ? {
        src: `../${MEDIA}`,
        srcset: `../${MEDIA.replace('.png', '-480w.webp')} 480w, ../${MEDIA} 800w`,
        width: 800,
        height: 600,
      }
    : null;

function render(content: RichTextNode[], problems: BodyProblem[] = []): string {
  return renderBody({ type: 'doc', content }, resolve, problems);
}

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const link = (href: string): NonNullable<RichTextNode['marks']>[number] => ({
  type: 'link',
  attrs: { href },
});

/** Documents with every node and mark, hostile values, and nesting the editor would not make. */
function fuzzDocs(count: number): RichTextDoc[] {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const texts = [
    'plain',
    'a & b',
    '<script>alert(1)</script>',
    '"quoted" \'single\'',
    'x\u00a0y',
    'Привет, мир',
    '&amp;',
    'tab\there',
    'nul\u0000bell\u0007',
    '--><!--',
  ];
  const hrefs = [
    'https://example.org/a?b=1&c=2',
    'http://x.org',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'mailto:desk@example.org',
    '/en/politics/',
    '//evil.example',
    '\\\\evil.example',
    'data:text/html,<script>',
    'vbscript:x',
    '"><script>alert(1)</script>',
    '',
  ];
  const marks = (): RichTextNode['marks'] => {
    const out: NonNullable<RichTextNode['marks']> = [];
    for (let i = Math.floor(random() * 3); i > 0; i--) {
      const type = pick([
        'bold',
        'italic',
        'strike',
        'code',
        'underline',
        'link',
        'link',
        'textStyle',
        'onclick',
      ]);
      out.push(
        type === 'link' ? link(pick(hrefs)) : { type, attrs: { style: 'x:expression(alert(1))' } },
      );
    }
    return out.length ? out : undefined;
  };
  const inline = (): RichTextNode[] =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      random() < 0.1 ? { type: 'hardBreak' } : text(pick(texts), marks()),
    );
  const block = (depth: number): RichTextNode => {
    const kind = pick([
      'paragraph',
      'heading',
      'blockquote',
      'bulletList',
      'orderedList',
      'image',
      'pullQuote',
      'horizontalRule',
      'codeBlock',
      'script',
      'iframe',
      'svg',
    ]);
    const attrs = {
      onclick: 'alert(1)',
      style: 'background:url(javascript:alert(1))',
      class: 'evil',
    };
    switch (kind) {
      case 'heading':
        return {
          type: 'heading',
          attrs: { ...attrs, level: pick([1, 2, 3, 4, 5, '<script>']) },
          content: inline(),
        };
      case 'blockquote':
        return {
          type: 'blockquote',
          attrs,
          content: depth > 2 ? [p(...inline())] : [block(depth + 1)],
        };
      case 'bulletList':
      case 'orderedList':
        return {
          type: kind,
          attrs: { start: pick([1, 3, -1, '"5"']) },
          content: [{ type: 'listItem', content: [p(...inline())] }],
        };
      case 'image':
        return {
          type: 'image',
          attrs: {
            src: pick([
              MEDIA,
              'javascript:alert(1)',
              'https://evil.example/p.png',
              '../../store.json',
            ]),
            alt: pick(['', '" onerror="alert(1)']),
            caption: pick(['', '<b>c</b>']),
            credit: pick(['', '" x="']),
          },
        };
      case 'pullQuote':
        return { type: 'pullQuote', content: random() < 0.5 ? inline() : [p(...inline())] };
      case 'horizontalRule':
        return { type: 'horizontalRule', attrs };
      case 'codeBlock':
        return {
          type: 'codeBlock',
          attrs: { language: '"><script>' },
          content: [text(pick(texts))],
        };
      case 'script':
      case 'iframe':
      case 'svg':
        return {
          type: kind,
          attrs: { src: 'javascript:alert(1)', onload: 'alert(1)' },
          content: random() < 0.5 ? inline() : [p(...inline())],
        };
      default:
        return { type: 'paragraph', attrs, content: inline() };
    }
  };
  return Array.from({ length: count }, () => ({
    type: 'doc',
    content: Array.from({ length: 1 + Math.floor(random() * 5) }, () => block(0)),
  }));
}

/** Every tag and attribute of `html` that is not on the allow-list (text is escaped, so each `<` opens a tag). */
function disallowed(html: string): string[] {
  const out: string[] = [];
  for (const [tag, name, rest] of html.matchAll(/<(\/?[a-z0-9]+)([^<>]*)>/g)) {
    const element = (name as string).replace('/', '');
    if (!(ALLOWED_TAGS as readonly string[]).includes(element)) out.push(tag);
    const attributes = [...(rest as string).matchAll(/ ([a-z]+)="([^"]*)"/g)];
    if (attributes.map((a) => a[0]).join('') !== rest) out.push(`malformed ${tag}`);
    for (const [, attribute, value] of attributes) {
      if (!(ALLOWED_ATTRIBUTES[element] ?? []).includes(attribute as string))
        out.push(`${element}[${attribute}]`);
      if (attribute === 'href' && !safeLinkHref((value as string).replace(/&amp;/g, '&')))
        out.push(`href ${value}`);
      if (
        (attribute === 'src' || attribute === 'srcset') &&
        !(value as string).startsWith('../media/')
      )
        out.push(`${attribute} ${value}`);
    }
  }
  if (html.replace(/<\/?[a-z0-9]+(?: [a-z]+="[^"]*")*>/g, '').includes('<')) out.push('stray <');
  return out;
}

describe('the body renderer', () => {
  it('writes what the editor schema renders: blocks, marks kept open across neighbours, figures', () => {
    const html = render([
      { type: 'heading', attrs: { level: 2 }, content: [text('Drivers wait')] },
      p(
        text('bold ', [{ type: 'bold' }]),
        text('both', [{ type: 'italic' }, { type: 'bold' }]),
        text(' plain'),
      ),
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [p(text('three'))] }],
      },
      {
        type: 'image',
        attrs: { src: MEDIA, alt: 'Port', caption: 'The port.', credit: 'Photo: N.' },
      },
      { type: 'pullQuote', content: [text('Said')] },
      p(text('line'), { type: 'hardBreak' }, text('next')),
      { type: 'horizontalRule' },
    ]);
    expect(html).toBe(
      '<h2>Drivers wait</h2>' +
        '<p><strong>bold <em>both</em></strong> plain</p>' +
        '<ol start="3"><li><p>three</p></li></ol>' +
        `<figure class="figure"><img src="../${MEDIA}" srcset="../${MEDIA.replace('.png', '-480w.webp')} 480w, ../${MEDIA} 800w" sizes="(max-width: 760px) 100vw, 720px" alt="Port" width="800" height="600" loading="lazy" decoding="async"><figcaption><span class="caption">The port.</span> <span class="credit">Photo: N.</span></figcaption></figure>` +
        '<figure class="pull-quote"><blockquote>Said</blockquote></figure>' +
        '<p>line<br>next</p><hr>',
    );
  });

  it('escapes every text and attribute, and drops control characters', () => {
    expect(render([p(text('<script>alert("x")</script> & \u0000\u0007done'))])).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; done</p>',
    );
    expect(
      render([
        {
          type: 'image',
          attrs: { src: MEDIA, alt: '" onerror="alert(1)', caption: '<b>', credit: '' },
        },
      ]),
    ).toContain('alt="&quot; onerror=&quot;alert(1)"');
  });

  it('links only to http, https, mailto and relative addresses; external ones get noopener', () => {
    expect(render([p(text('out', [link('https://example.org/?a=1&b=2')]))])).toBe(
      '<p><a rel="noopener noreferrer" href="https://example.org/?a=1&amp;b=2">out</a></p>',
    );
    expect(render([p(text('mail', [link('mailto:desk@example.org')]))])).toBe(
      '<p><a href="mailto:desk@example.org">mail</a></p>',
    );
    expect(render([p(text('in', [link('/en/politics/')]))])).toBe(
      '<p><a href="/en/politics/">in</a></p>',
    );
    for (const href of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '\\\\evil.example',
      'vbscript:x',
      '',
    ]) {
      expect([href, render([p(text('x', [link(href)]))])]).toEqual([href, '<p>x</p>']);
      expect(safeLinkHref(href)).toBeNull();
    }
    // One link per text, as the editor allows: no <a> inside an <a>.
    expect(render([p(text('two', [link('https://a.example'), link('https://b.example')]))])).toBe(
      '<p><a rel="noopener noreferrer" href="https://a.example">two</a></p>',
    );
  });

  it('unwraps unknown nodes to their text and reports them, and leaves out images that are not bundle media', () => {
    const problems: BodyProblem[] = [];
    const html = render(
      [
        { type: 'script', content: [text('alert(1)')] },
        { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [p(text('framed'))] },
        { type: 'image', attrs: { src: 'https://evil.example/pixel.png', alt: 'remote' } },
      ],
      problems,
    );
    expect(html).toBe('<p>alert(1)</p><p>framed</p>');
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'media_missing',
      'unknown_content',
    ]);
  });

  it('gives HTML the allow-list sanitiser leaves exactly as it is, for hostile and generated documents alike', () => {
    // The checker itself sees what it is meant to.
    expect(
      disallowed(
        '<p onclick="x">a</p><script>b</script><a href="javascript:x">c</a><img src="https://t.example/p.png">',
      ),
    ).toEqual([
      'p[onclick]',
      '<script>',
      '</script>',
      'href javascript:x',
      'src https://t.example/p.png',
    ]);
    const docs = [
      ...fuzzDocs(600),
      ...generateArticles({ count: 40, statuses: 'published', words: [50, 150] }).map(
        (a) => a.body,
      ),
    ];
    let nonEmpty = 0;
    for (const doc of docs) {
      const html = renderBody(doc, resolve, []);
      if (html) nonEmpty++;
      expect(sanitizeArticleHtml(html)).toBe(html);
      expect(disallowed(html)).toEqual([]);
    }
    expect(nonEmpty).toBeGreaterThan(600);
  });

  it('is what the preview page renders too', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        p(text('Same', [{ type: 'bold' }])),
        { type: 'image', attrs: { src: MEDIA, alt: 'a' } },
      ],
    };
    expect(renderRichText(doc)).toBe(
      `<p><strong>Same</strong></p><figure class="figure"><img src="${MEDIA}" alt="a" loading="lazy" decoding="async"></figure>`,
    );
  });
});
