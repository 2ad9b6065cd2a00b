/** One article page for all: the editor's preview, the Export screen's preview and the exported page. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { exportBundle } from '../../electron/core/export/export-bundle.js';
import { contentOf, type Article } from '../../shared/domain.js';
import type { TestClock } from '../helpers/temp-store.js';
import { addImage, openSiteStore, paragraph, publish } from '../helpers/export-fixtures.js';

let dir: string;
let dataDir: string;
let core: Core;
let clock: TestClock;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ dir, dataDir, core, clock, close } = await openSiteStore('preview-page', 'Asia/Baku'));
});
afterEach(() => close());

/** What may differ between a preview and the exported page: where the bundle's files would be, and the Latest news data. */
function normalise(html: string): string {
  return html
    .replace(/<section class="latest"[\s\S]*?<\/section>/, '<LATEST>')
    .replace(/<link rel="stylesheet" href="[^"]*">|<style>[^<]*<\/style>/, '<CSS>')
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '<CSP>')
    .replace(/ srcset="[^"]*" sizes="[^"]*"/g, '')
    .replace(
      /src="(data:image\/png;base64,[^"]*|(\.\.\/)+media\/[a-f0-9]{64}\.png)"/g,
      'src="IMG"',
    );
}

async function story(): Promise<{ article: Article; image: string }> {
  const image = await addImage(dataDir, 1200, 600);
  await publish(
    core,
    { language: 'en', headline: 'Older news', categoryId: 'politics' },
    '2025-12-08T10:00:00.000Z',
  );
  const article = await publish(
    core,
    {
      language: 'en',
      headline: 'Caspian ferry line adds a crossing',
      standfirst: 'Freight operators expect shorter queues.',
      byline: 'Aida Karimova',
      dateline: 'Baku',
      categoryId: 'economy',
      featuredImage: {
        src: image,
        alt: 'The terminal',
        caption: 'At dawn.',
        credit: 'Desk archive',
      },
      correctionNote: 'An earlier version gave the wrong day.',
      body: {
        type: 'doc',
        content: [
          paragraph('The line will run twice a week.'),
          {
            type: 'image',
            attrs: { src: image, alt: 'The deck', caption: 'On deck.', credit: '' },
          },
        ],
      },
    },
    '2025-12-09T08:30:00.000Z',
  );
  clock.set('2025-12-10T08:00:00.000Z');
  return { article, image };
}

describe('the article preview', () => {
  it('is the exported page, with the stylesheet and images inline', async () => {
    const { article } = await story();
    await exportBundle({
      dataDir,
      target: join(dir, 'site'),
      mode: 'full',
      now: clock.now(),
      workers: 0,
    });
    const exported = await readFile(
      join(dir, 'site', 'en/2025/12/caspian-ferry-line-adds-a-crossing/index.html'),
      'utf8',
    );
    const editor = (await core.call('preview:article', { id: article.id })).html;
    const screen = (await core.call('export:preview', { id: article.id })).html;
    expect(editor).toBe(screen);
    expect(normalise(editor)).toBe(normalise(exported));
    // The frame has no bundle: the page carries what it shows, and its CSP allows only that.
    expect(editor).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="The terminal"/);
    expect(editor).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="The deck"/);
    expect(editor).toMatch(/content="default-src 'none'; style-src 'sha256-[^']+'; img-src data:;/);
    expect(editor).not.toContain('rel="stylesheet"');
    expect(editor).toContain('<section class="latest"');
    expect(editor).toContain('Older news');
  });

  it('shows the editor’s unsaved content on the page', async () => {
    const { article } = await story();
    const { html } = await core.call('preview:article', {
      id: article.id,
      content: { ...contentOf(article), headline: 'A headline not yet saved' },
    });
    expect(html).toContain('<h1>A headline not yet saved</h1>');
    expect(html).toContain('<title>A headline not yet saved — Caspian Desk</title>');
    expect((await core.call('export:preview', { id: article.id })).html).toContain(
      '<h1>Caspian ferry line adds a crossing</h1>',
    );
  });
});
