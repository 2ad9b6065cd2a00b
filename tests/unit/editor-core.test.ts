import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { sniffImageType } from '../../electron/core/media/media-import.js';
import { renderRichText } from '../../electron/core/render/rich-text-html.js';
import { startBridge, type RunningBridge } from '../../electron/web/bridge-server.js';
import { AppError } from '../../shared/errors.js';
import { makeTempDir, openTestCore, type TestClock } from '../helpers/temp-store.js';

// A 1×1 PNG, and the first bytes of the other accepted types.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function setup(): Promise<{ core: Core; dir: string; clock: TestClock }> {
  const { dir, cleanup: rmDir } = await makeTempDir('editor-core');
  const { core, clock } = await openTestCore(dir);
  cleanup.push(rmDir, () => core.close());
  return { core, dir, clock };
}

describe('media import', () => {
  it('recognises images by their bytes, not their names', () => {
    expect(sniffImageType(PNG)).toBe('png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBe('gif');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(Buffer.from('<svg onload="x">'))).toBeNull();
  });

  it('stores an image once under its hash and refuses other files', async () => {
    const { core, dir } = await setup();
    const first = await core.call('media:import', {
      fileName: 'harbour.png',
      dataBase64: PNG.toString('base64'),
    });
    expect(first.src).toMatch(/^media\/[a-f0-9]{64}\.png$/);
    const again = await core.call('media:import', {
      fileName: 'copy.jpg',
      dataBase64: PNG.toString('base64'),
    });
    expect(again.src).toBe(first.src);
    expect(await readFile(join(dir, first.src))).toEqual(PNG);
    await expect(
      core.call('media:import', {
        fileName: 'evil.png',
        dataBase64: Buffer.from('<script>alert(1)</script>').toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      core.call('media:import', { fileName: 'x.png', dataBase64: 'not base64!' }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('serves media to the token holder only, and only hash-named files', async () => {
    const { core } = await setup();
    const bridge: RunningBridge = await startBridge({ core, rendererDir: '/nonexistent' });
    cleanup.push(() => bridge.close());
    const { src } = await core.call('media:import', {
      fileName: 'a.png',
      dataBase64: PNG.toString('base64'),
    });
    const base = `http://127.0.0.1:${bridge.port}`;
    const headers = { 'x-newsroom-token': bridge.token };
    const ok = await fetch(`${base}/${src}`, { headers });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(PNG);
    expect((await fetch(`${base}/${src}`)).status).toBe(401);
    for (const bad of ['/media/..%2fstore.json', '/media/../store.json', '/media/abc.png']) {
      expect((await fetch(`${base}${bad}`, { headers })).status, bad).toBe(404);
    }
  });
});

describe('rich text rendering', () => {
  it('renders every block of the article schema', () => {
    const html = renderRichText({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            {
              type: 'text',
              text: ' link',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
            },
          ],
        },
        { type: 'pullQuote', content: [{ type: 'text', text: 'Said' }] },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Q' }] }],
        },
        {
          type: 'image',
          attrs: {
            src: `media/${'ab'.repeat(32)}.png`,
            alt: 'Port',
            caption: 'The port',
            credit: 'Photo: N.',
          },
        },
        { type: 'horizontalRule' },
      ],
    });
    expect(html).toContain('<h2>Sub</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a rel="noopener noreferrer" href="https://example.org"> link</a>');
    expect(html).toContain('<figure class="pull-quote"><blockquote>Said</blockquote></figure>');
    expect(html).toContain('<blockquote><p>Q</p></blockquote>');
    expect(html).toContain(
      `<figure class="figure"><img src="media/${'ab'.repeat(32)}.png" alt="Port" loading="lazy" decoding="async"><figcaption><span class="caption">The port</span> <span class="credit">Photo: N.</span></figcaption></figure>`,
    );
    expect(html).toContain('<hr>');
  });

  it('drops scripts, handlers and javascript: links from a hostile document', () => {
    const html = renderRichText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '<script>alert(1)</script>' },
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'gone' } },
        {
          type: 'image',
          attrs: { src: `media/${'cd'.repeat(32)}.png`, alt: '" onerror="alert(1)' },
        },
        { type: 'madeUpNode', content: [{ type: 'text', text: 'gone' }] },
      ],
    });
    expect(html).not.toMatch(/<script|javascript:/);
    // The quote stays inside the alt text: no attribute of its own.
    expect(html).toContain(
      `<img src="media/${'cd'.repeat(32)}.png" alt="&quot; onerror=&quot;alert(1)" loading="lazy" decoding="async">`,
    );
    expect(html).not.toContain('alt="gone"');
    // An unknown node is unwrapped to its text, which is escaped like any other.
    expect(html).toContain('gone');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('twins and preview', () => {
  it('creates a linked twin carrying category, tags, dateline and images', async () => {
    const { core, clock } = await setup();
    const original = await core.call('articles:create', {
      content: {
        language: 'en',
        headline: 'Ferry resumes',
        dateline: 'Baku',
        categoryId: 'economy',
        featuredImage: { src: 'media/x.png', alt: '', caption: 'Ferry', credit: 'AP' },
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Text to translate.' }] },
            { type: 'image', attrs: { src: 'media/y.png', alt: '', caption: 'Deck', credit: '' } },
          ],
        },
      },
    });
    const { original: linked, twin } = await core.call('articles:createTwin', { id: original.id });
    expect(twin.language).toBe('ru');
    expect(twin.twinId).toBe(original.id);
    expect(linked.twinId).toBe(twin.id);
    expect(twin.categoryId).toBe('economy');
    expect(twin.dateline).toBe('Baku');
    expect(twin.featuredImage?.src).toBe('media/x.png');
    expect(twin.body.content).toEqual([
      { type: 'image', attrs: { src: 'media/y.png', alt: '', caption: 'Deck', credit: '' } },
    ]);
    await expect(core.call('articles:createTwin', { id: original.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    const list = await core.call('articles:list', {});
    expect(list.items.map((i) => i.twinState)).toEqual(['current', 'current']);
    clock.advance(60_000);
    await core.call('articles:save', {
      id: linked.id,
      baseRevision: linked.revision,
      content: { ...linked, headline: 'Ferry resumes on Monday' },
    });
    const after = await core.call('articles:list', {});
    const byId = new Map(after.items.map((i) => [i.id, i.twinState]));
    expect(byId.get(linked.id)).toBe('behind');
    expect(byId.get(twin.id)).toBe('outdated');
  });

  it('previews unsaved content as a page with a strict policy and no scripts', async () => {
    const { core } = await setup();
    const article = await core.call('articles:create', { content: { language: 'ru' } });
    const { html } = await core.call('preview:article', {
      id: article.id,
      content: {
        language: 'ru',
        headline: 'Заголовок <img src=x onerror=alert(1)>',
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }],
        },
      },
    });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<p>Текст</p>');
    expect(html).toContain('Заголовок &lt;img');
    // The export's page: structured data is the only script element, and it is not code.
    const code = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
    expect(code).not.toMatch(/<script|<img src=x/);
  });
});
