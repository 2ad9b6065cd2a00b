/**
 * Stores for export tests, made through the real core: a small bilingual newsroom with
 * twins, tags, a correction, images (real PNGs made with sharp), and the hostile set.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Core } from '../../electron/core/core.js';
import { makeTempDir, openTestCore, type TestClock } from './temp-store.js';
import type { Article, ArticleContentInput, RichTextNode } from '../../shared/domain.js';

export interface SiteStore {
  dir: string;
  /** The store, in `dir/store`; the rest of `dir` is free for bundles. */
  dataDir: string;
  core: Core;
  clock: TestClock;
  /** Closes the core and removes `dir`. */
  close: () => Promise<void>;
}

/** An empty store with the settings a site needs (name, base URL, time zone), for export tests. */
export async function openSiteStore(label: string, timeZone: string): Promise<SiteStore> {
  const { dir, cleanup } = await makeTempDir(label);
  const dataDir = join(dir, 'store');
  const { core, clock } = await openTestCore(dataDir);
  await core.call('settings:update', {
    newsroomName: 'Caspian Desk',
    baseUrl: 'https://news.example.org/',
    timeZone,
  });
  return {
    dir,
    dataDir,
    core,
    clock,
    close: async () => {
      await core.close();
      await cleanup();
    },
  };
}

/** Every file below `folder` by its path inside it, with its content's SHA-256, sorted by path. */
export async function treeHashes(folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(
      full.slice(folder.length + 1),
      createHash('sha256')
        .update(await readFile(full))
        .digest('hex'),
    );
  }
  return new Map([...out].sort());
}

export const paragraph = (text: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});

/** Creates an article and moves it to `published` (or another status) at `publishedAt`. */
export async function publish(
  core: Core,
  content: Partial<ArticleContentInput> & { language: 'en' | 'ru' },
  publishedAt: string,
  extra: Partial<Article> = {},
): Promise<Article> {
  const created = await core.call('articles:create', { content });
  return core.articles.update(created.id, (article) => ({
    ...article,
    status: 'published',
    publishedAt,
    publishAt: publishedAt,
    ...extra,
  }));
}

/** A real PNG in the store's media folder, named by its content hash as the editor stores it. */
export async function addImage(
  dataDir: string,
  width: number,
  height: number,
  colour = '#3a6ea5',
): Promise<string> {
  const png = await sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
  const name = `media/${createHash('sha256').update(png).digest('hex')}.png`;
  await mkdir(join(dataDir, 'media'), { recursive: true });
  await writeFile(join(dataDir, name), png);
  return name;
}

export interface Newsroom {
  enLead: Article;
  ruLead: Article;
  others: Article[];
  draft: Article;
  embargoed: Article;
  held: Article;
  image: string;
}

/** Eight published stories (a twin pair among them), a draft, an embargoed and a held-back one. */
export async function seedNewsroom(core: Core, dataDir: string): Promise<Newsroom> {
  await core.call('settings:update', {
    newsroomName: 'Caspian Desk',
    baseUrl: 'https://news.example.org/',
    timeZone: 'Asia/Baku',
  });
  core.meta.data.tags = [
    {
      id: 'tbilisi',
      kind: 'place',
      slug: 'tbilisi',
      name: { en: 'Tbilisi', ru: 'Тбилиси' },
      aliases: [],
    },
    {
      id: 'ferries',
      kind: 'topic',
      slug: 'ferries',
      name: { en: 'Ferries', ru: 'Паромы' },
      aliases: [],
    },
  ];
  await core.meta.write();
  const image = await addImage(dataDir, 1200, 800);
  const enLead = await publish(
    core,
    {
      language: 'en',
      headline: 'Caspian ferry line adds a second weekly crossing',
      standfirst: 'Freight operators expect shorter queues at both ports.',
      byline: 'Leyla Hasanova',
      dateline: 'Baku',
      categoryId: 'economy',
      tagIds: ['ferries'],
      correctionNote: 'An earlier version gave the wrong day for the first sailing.',
      featuredImage: {
        src: image,
        alt: 'A ferry at the Baku terminal',
        caption: 'The terminal at dawn.',
        credit: 'Photo: Desk archive',
      },
      body: {
        type: 'doc',
        content: [
          paragraph('The port authority announced a second weekly sailing between Baku and Aktau.'),
          {
            type: 'heading',
            attrs: { level: 2 },
            content: [{ type: 'text', text: 'Drivers wait for days' }],
          },
          {
            type: 'blockquote',
            content: [paragraph('“We lose a week every harvest,” one driver said.')],
          },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [paragraph('Tuesdays from Baku')] },
              { type: 'listItem', content: [paragraph('Fridays from Aktau')] },
            ],
          },
          {
            type: 'image',
            attrs: {
              src: image,
              alt: 'Trucks queue at the port',
              caption: 'The queue in October.',
              credit: 'Photo: Desk archive',
            },
          },
          { type: 'pullQuote', content: [paragraph('Twice a week changes everything.')] },
          paragraph('Read the schedule on the port site.', [
            { type: 'link', attrs: { href: 'https://port.example.az/schedule' } },
          ]),
        ],
      },
    },
    '2025-12-09T08:30:00.000Z',
  );
  const ruLead = await publish(
    core,
    {
      language: 'ru',
      headline: 'Паром между Баку и Актау будет ходить дважды в неделю',
      standfirst: 'Перевозчики ждут, что очереди в обоих портах сократятся.',
      byline: 'Лейла Гасанова',
      dateline: 'Баку',
      categoryId: 'economy',
      tagIds: ['ferries'],
      twinId: enLead.id,
      body: {
        type: 'doc',
        content: [paragraph('Портовое управление объявило о втором еженедельном рейсе.')],
      },
    },
    '2025-12-09T09:00:00.000Z',
  );
  await core.articles.update(enLead.id, (a) => ({ ...a, twinId: ruLead.id }));
  const others: Article[] = [];
  const more: ['en' | 'ru', string, string, string, string][] = [
    [
      'en',
      'politics',
      'Parliament in Tbilisi passes the assembly law',
      'The vote came after a night session.',
      '2025-12-08T18:00:00.000Z',
    ],
    [
      'en',
      'culture',
      'Almaty opens a library without walls',
      'Books can be borrowed without a card.',
      '2025-12-07T10:00:00.000Z',
    ],
    [
      'en',
      'sport',
      'Wrestlers from Ganja take three medals',
      'The team returns on Sunday.',
      '2025-12-06T15:00:00.000Z',
    ],
    [
      'ru',
      'society',
      'В Алматы открылась библиотека под открытым небом',
      'Книги можно брать без читательского билета.',
      '2025-12-08T07:00:00.000Z',
    ],
    [
      'ru',
      'politics',
      'Парламент в Тбилиси принял закон о собраниях',
      'Голосование прошло после ночного заседания.',
      '2025-12-07T20:00:00.000Z',
    ],
    [
      'ru',
      'incidents',
      'Оползень перекрыл дорогу у Батуми',
      'Спасатели расчищают трассу.',
      '2025-12-05T06:00:00.000Z',
    ],
  ];
  for (const [language, categoryId, headline, standfirst, at] of more) {
    others.push(
      await publish(
        core,
        {
          language,
          categoryId,
          headline,
          standfirst,
          byline: language === 'en' ? 'Nino Beridze' : 'Нино Беридзе',
          tagIds: headline.includes('Tbilisi') || headline.includes('Тбилиси') ? ['tbilisi'] : [],
          body: { type: 'doc', content: [paragraph(`${standfirst} ${headline}.`)] },
        },
        at,
      ),
    );
  }
  const draft = await core.call('articles:create', {
    content: {
      language: 'en',
      headline: 'Unfinished draft about the budget',
      categoryId: 'economy',
    },
  });
  const embargoed = await publish(
    core,
    { language: 'en', headline: 'Embargoed report on inflation', categoryId: 'economy' },
    '2025-12-09T10:00:00.000Z',
    { embargoUntil: '2026-06-01T00:00:00.000Z' },
  );
  const held = await publish(
    core,
    { language: 'en', headline: 'Held back pending legal check', categoryId: 'politics' },
    '2025-12-09T11:00:00.000Z',
    {
      flags: { legalCheck: true, notForPublication: true, reason: 'legal' },
    },
  );
  return {
    enLead: await core.articles.get(enLead.id),
    ruLead,
    others,
    draft,
    embargoed,
    held,
    image,
  };
}

const link = (href: string, text = 'link'): RichTextNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
});

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(2)',
  '  javascript:alert(3)',
  'java\tscript:alert(4)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(5)',
  '&#106;avascript:alert(6)',
];

/**
 * The hostile set: markup and script in every text field, dangerous URL schemes, unknown
 * node types (script, iframe, svg), style attributes, remote, data: and ../ images, an
 * SVG with a script stored under an image name, and reserved category and tag slugs.
 */
export async function seedHostile(
  core: Core,
  dataDir: string,
): Promise<{ hostile: Article; svgName: string }> {
  const image = await addImage(dataDir, 640, 480);
  // An SVG with a script, stored under an image name: refused by its bytes, not its name.
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>',
  );
  const svgName = `media/${createHash('sha256').update(svg).digest('hex')}.png`;
  await writeFile(join(dataDir, svgName), svg);
  core.meta.data.categories = [
    ...core.meta.data.categories,
    {
      id: 'reserved',
      slug: 'con',
      order: 9,
      name: { en: '<b>Con</b><script>alert(1)</script>', ru: 'Кон' },
    },
  ];
  core.meta.data.tags = [
    {
      id: 'nul',
      kind: 'topic',
      slug: 'nul',
      name: { en: '"><svg onload=alert(1)>', ru: 'Нуль' },
      aliases: [],
    },
  ];
  await core.meta.write();
  const hostile = await publish(
    core,
    {
      language: 'en',
      headline: '<script>alert("headline")</script> Breaking',
      standfirst: '"><img src=x onerror=alert(1)>',
      byline: '</script><script>alert(2)</script>',
      dateline: '<svg onload=alert(3)>',
      correctionNote: '<iframe src="javascript:alert(4)"></iframe>',
      seoTitle: '</title><script>alert(5)</script>',
      seoDescription: 'x" style="width: expression(alert(6))',
      categoryId: 'reserved',
      tagIds: ['nul'],
      featuredImage: { src: svgName, alt: 'svg', caption: '<script>alert(7)</script>', credit: '' },
      body: {
        type: 'doc',
        content: [
          paragraph('<script>alert(8)</script><img src=x onerror=alert(9)>'),
          ...HOSTILE_HREFS.map((href) => link(href)),
          link('https://example.com/ok', 'a fine link'),
          { type: 'script', content: [{ type: 'text', text: 'alert(10)' }] },
          { type: 'iframe', attrs: { src: 'https://evil.example/frame' } },
          { type: 'svg', attrs: { onload: 'alert(11)' }, content: [paragraph('inside svg')] },
          {
            type: 'paragraph',
            attrs: { style: 'background:url(javascript:alert(12))', onclick: 'alert(13)' },
            content: [
              {
                type: 'text',
                text: 'styled',
                marks: [{ type: 'textStyle', attrs: { style: 'width: expression(alert(14))' } }],
              },
            ],
          },
          {
            type: 'heading',
            attrs: { level: '<script>' },
            content: [{ type: 'text', text: 'Heading' }],
          },
          {
            type: 'image',
            attrs: { src: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', alt: 'data' },
          },
          { type: 'image', attrs: { src: 'https://evil.example/pixel.png', alt: 'remote' } },
          { type: 'image', attrs: { src: '../../../../etc/passwd', alt: 'escape' } },
          { type: 'image', attrs: { src: 'media/../../store.json', alt: 'escape' } },
          { type: 'image', attrs: { src: 'javascript:alert(15)', alt: 'js' } },
          {
            type: 'image',
            attrs: {
              src: image,
              alt: 'A real photo',
              caption: '<b>bold?</b>',
              credit: '" onerror="alert(16)',
            },
          },
        ],
      },
    },
    '2025-12-09T08:30:00.000Z',
  );
  return { hostile, svgName };
}
