/**
 * The curation board in Chromium against the real core: a store seeded with published
 * articles in both languages, cards dragged by mouse and by keyboard, a pin, a reload.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { generateArticles, writeCorpusStore } from '../bench/corpus';
import {
  expect,
  holdAnswer,
  openDesk,
  settle,
  startDeskServer,
  test as base,
  type DeskServer,
} from './fixtures';

interface ZoneItemShape {
  article: { id: string; headline: string };
  source: string;
}
interface BoardShape {
  version: number;
  zones: { id: string; name: string; items: ZoneItemShape[] }[];
}

/** The article at `index` in the English Latest news of `view`. */
function latestArticle(view: BoardShape, index: number): ZoneItemShape['article'] {
  const item = view.zones.find((z) => z.id === 'en-latest')?.items[index];
  if (!item) throw new Error('Latest news is too short');
  return item.article;
}

/** Each test gets a store with 24 published articles (about half in English). */
const test = base.extend<{ board: DeskServer }>({
  // eslint-disable-next-line no-empty-pattern
  board: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'newsroom-board-'));
    await writeCorpusStore(dataDir, generateArticles({ count: 24, seed: 11, words: [30, 60] }));
    const server = await startDeskServer(dataDir);
    await use(server);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

class BoardPage {
  constructor(
    readonly page: Page,
    readonly desk: DeskServer,
  ) {}

  async open(): Promise<void> {
    await openDesk(this.page, this.desk, '#/board');
    await expect(this.zone('Latest news').getByRole('listitem').first()).toBeVisible();
  }

  zone(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  cards(name: string): Locator {
    return this.zone(name).getByRole('listitem');
  }

  handle(headline: string): Locator {
    return this.page.getByRole('button', { name: `Move “${headline}”`, exact: true });
  }

  async headlines(name: string): Promise<string[]> {
    return this.cards(name).evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label') ?? ''),
    );
  }

  /** Drags to the target's middle (or its bottom edge, below any card: the end of a zone). */
  async dragByMouse(
    handle: Locator,
    target: Locator,
    at: 'middle' | 'bottom' = 'middle',
  ): Promise<void> {
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('nothing to drag or nowhere to drop');
    const page = this.page;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    const y = at === 'bottom' ? to.y + to.height - 6 : to.y + Math.min(to.height / 2, 60);
    await page.mouse.move(to.x + to.width / 2, y, { steps: 16 });
    await page.mouse.move(to.x + to.width / 2 + 2, y - 1, { steps: 2 });
    await page.mouse.up();
  }

  async latestHeadline(desk: DeskServer, index: number): Promise<string> {
    return latestArticle(await desk.call<BoardShape>('board:get', { language: 'en' }), index)
      .headline;
  }
}

test('drag a card by mouse from Latest news into Top story; reload keeps it', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  const headline = await ui.latestHeadline(board, 2);
  await ui.dragByMouse(ui.handle(headline), ui.zone('Top story'));
  await expect(ui.cards('Top story')).toHaveCount(1);
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', headline);
  expect(await ui.headlines('Latest news')).not.toContain(headline);
  await page.reload();
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', headline);
  // Dropped on the search panel, the card leaves Top story and the rule takes it back.
  await ui.dragByMouse(
    ui.handle(headline),
    page.getByRole('complementary', { name: 'Published articles' }),
  );
  await expect(ui.cards('Top story')).toHaveCount(0);
  await expect.poll(() => ui.headlines('Latest news')).toContain(headline);
});

test('an answer asked for before a move does not undo the move on screen', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  // From here the core's next answer to the board's own request (English) is held on its
  // way back to the page; later requests pass.
  const held = await holdAnswer(page, 'board:get', (payload) => payload['language'] === 'en');
  // An article is saved elsewhere: the board asks for itself again (before the move below).
  const headline = await ui.latestHeadline(board, 1);
  const other = latestArticle(await board.call<BoardShape>('board:get', { language: 'en' }), 3).id;
  const article = await board.call<{ revision: number }>('articles:get', { id: other });
  await board.call('articles:save', {
    id: other,
    baseRevision: article.revision,
    content: { ...article, byline: 'Desk' },
  });
  await held.answered;
  await ui.dragByMouse(ui.handle(headline), ui.zone('Top story'));
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', headline);
  // The answer from before the move now arrives, and the page takes it in. Top story is
  // watched meanwhile: the card must not leave it, even for a moment.
  await page.evaluate(`(() => {
    const zone = [...document.querySelectorAll('section[aria-labelledby]')].find(
      (section) => document.getElementById(section.getAttribute('aria-labelledby'))?.textContent.trim() === 'Top story',
    );
    window.__emptied = !zone;
    new MutationObserver(() => {
      if (!zone.querySelector('li')) window.__emptied = true;
    }).observe(zone, { childList: true, subtree: true });
  })()`);
  held.release();
  await held.delivered;
  await settle(page);
  expect(await page.evaluate('window.__emptied')).toBe(false);
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', headline);
  await held.stop();
});

test('drag a card by keyboard into Top story, with spoken announcements', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  const headline = await ui.latestHeadline(board, 0);
  await ui.handle(headline).focus();
  await page.keyboard.press('Space');
  // Picking up announces the card over its own place at once.
  await expect(page.getByText(`“${headline}” is over Latest news, position 1.`)).toBeAttached();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowLeft');
    if (await page.getByText(`“${headline}” is over Top story`).count()) break;
  }
  await expect(page.getByText(`“${headline}” is over Top story, position 1.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    page.getByText(`“${headline}” was dropped into Top story at position 1.`),
  ).toBeAttached();
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', headline);
  const stored = await board.call<BoardShape>('board:get', { language: 'en' });
  expect(stored.zones.find((z) => z.id === 'en-top')?.items.map((i) => i.article.headline)).toEqual(
    [headline],
  );
});

test('pin an article to Latest news position 1 until tomorrow; reload, the board is as left', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  const headline = await ui.latestHeadline(board, 4);
  const card = ui
    .cards('Latest news')
    .filter({ has: page.getByRole('link', { name: headline, exact: true }) });
  await card.getByRole('button', { name: `Actions for “${headline}”` }).click();
  await card.getByRole('button', { name: 'Pin…' }).click();
  const dialog = page.getByRole('dialog', { name: `Pin “${headline}”` });
  await dialog.getByLabel('Position').selectOption('1');
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  const local = `${tomorrow.toISOString().slice(0, 10)}T18:00`;
  await dialog.getByLabel(/Until/).fill(local);
  await dialog.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(ui.cards('Latest news').first()).toHaveAttribute('aria-label', headline);
  await expect(ui.cards('Latest news').first()).toContainText('Pinned until');
  const before = await ui.headlines('Latest news');
  await page.reload();
  await expect(ui.cards('Latest news').first()).toHaveAttribute('aria-label', headline);
  await expect(ui.cards('Latest news').first()).toContainText('Pinned until');
  expect(await ui.headlines('Latest news')).toEqual(before);
  // Undo takes the pin away again.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(ui.cards('Latest news').first()).not.toContainText('Pinned');
});

test('a drop into a full zone is refused and the board says why', async ({ page, board }) => {
  const ui = new BoardPage(page, board);
  const first = await board.call<BoardShape>('board:get', { language: 'en' });
  const top = latestArticle(first, 0);
  await board.call('board:place', {
    baseVersion: first.version,
    zoneId: 'en-top',
    articleId: top.id,
    position: 0,
  });
  await ui.open();
  await expect(ui.zone('Top story')).toContainText('Full');
  const headline = await ui.latestHeadline(board, 1);
  await ui.dragByMouse(ui.handle(headline), ui.zone('Top story'));
  await expect(page.getByRole('alert').filter({ hasText: 'Top story is full' })).toBeVisible();
  expect(await ui.headlines('Top story')).toEqual([top.headline]);
  expect(await ui.headlines('Latest news')).toContain(headline);
});

test('Add to zone from the desk list and from the editor', async ({ page, board }) => {
  const view = await board.call<BoardShape>('board:get', { language: 'en' });
  const article = latestArticle(view, 0);
  await openDesk(page, board);
  await expect(page.getByText('24 articles')).toBeVisible();
  await page.getByRole('searchbox').fill(article.headline);
  await expect(page.getByText('24 articles')).toBeHidden();
  const row = page.getByRole('article', { name: article.headline });
  await row.getByRole('button', { name: 'Add to zone' }).click();
  const dialog = page.getByRole('dialog', { name: `Add “${article.headline}” to a zone` });
  await dialog.getByRole('button', { name: /^Featured/ }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added to Featured.');
  await expect(dialog).toContainText('Shown in Featured, position 1');
  const after = await board.call<BoardShape>('board:get', { language: 'en' });
  expect(after.zones.find((z) => z.id === 'en-featured')?.items.map((i) => i.article.id)).toEqual([
    article.id,
  ]);
  // The same control in the editor's top bar.
  const other = latestArticle(view, 1);
  await openDesk(page, board, `#/article/${other.id}`);
  await page.getByRole('button', { name: 'Add to zone' }).click();
  const inEditor = page.getByRole('dialog', { name: `Add “${other.headline}” to a zone` });
  await inEditor.getByRole('button', { name: /^Top story/ }).click();
  await expect(inEditor.getByRole('status')).toHaveText('Added to Top story.');
  const final = await board.call<BoardShape>('board:get', { language: 'en' });
  expect(final.zones.find((z) => z.id === 'en-top')?.items.map((i) => i.article.id)).toEqual([
    other.id,
  ]);
});

test('drag from the search panel into Featured, then reorder within Featured', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  const view = await board.call<BoardShape>('board:get', { language: 'en' });
  const first = latestArticle(view, 0).headline;
  const second = latestArticle(view, 1).headline;
  const panel = page.getByRole('complementary', { name: 'Published articles' });
  await panel.getByRole('searchbox').fill(first);
  await ui.dragByMouse(
    panel.getByRole('button', { name: `Move “${first}” to a zone` }),
    ui.zone('Featured'),
  );
  await expect(ui.cards('Featured')).toHaveCount(1);
  await panel.getByRole('searchbox').fill(second);
  await expect(panel.getByRole('button', { name: `Move “${second}” to a zone` })).toBeVisible();
  await ui.dragByMouse(
    panel.getByRole('button', { name: `Move “${second}” to a zone` }),
    ui.zone('Featured'),
    'bottom',
  );
  await expect.poll(() => ui.headlines('Featured')).toEqual([first, second]);
  // Reorder: the second card goes above the first.
  await ui.dragByMouse(ui.handle(second), ui.cards('Featured').first());
  await expect.poll(() => ui.headlines('Featured')).toEqual([second, first]);
  await page.getByRole('heading', { name: 'Featured' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => ui.headlines('Featured')).toEqual([first, second]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => ui.headlines('Featured')).toEqual([second, first]);
});

test('an editor sees the board but cannot arrange it', async ({ page, board }) => {
  await board.call('settings:update', { profile: { name: 'Aram', role: 'editor' } });
  const ui = new BoardPage(page, board);
  await ui.open();
  await expect(page.getByText('Only a desk chief can change the board.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Move “/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Undo/ })).toHaveCount(0);
});

test('an article unpublished while on the board leaves it, and the desk chief is told', async ({
  page,
  board,
}) => {
  const view = await board.call<BoardShape>('board:get', { language: 'en' });
  const article = latestArticle(view, 3);
  await board.call('board:place', {
    baseVersion: view.version,
    zoneId: 'en-top',
    articleId: article.id,
    position: 0,
  });
  const ui = new BoardPage(page, board);
  await ui.open();
  await expect(ui.cards('Top story')).toHaveCount(1);
  await board.call('workflow:transition', { id: article.id, action: 'unpublish' });
  await expect(ui.cards('Top story')).toHaveCount(0);
  await expect(page.getByRole('alert', { name: 'Articles that left the board' })).toContainText(
    `“${article.headline}” was unpublished and left Top story.`,
  );
  await expect(page.getByRole('link', { name: /Board/ })).toContainText('1');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert', { name: 'Articles that left the board' })).toHaveCount(0);
});

test('the preview shows the home page as the export renders it, led by the board’s top story', async ({
  page,
  board,
}) => {
  const ui = new BoardPage(page, board);
  await ui.open();
  const newest = await ui.latestHeadline(board, 0);
  const older = await ui.latestHeadline(board, 2);
  await expect(ui.zone('Top story')).toContainText('the site leads with the newest story');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const home = page.frameLocator('iframe[title="Home page"]');
  await expect(home.locator('section.top-story')).toContainText(newest);
  await ui.handle(older).scrollIntoViewIfNeeded();
  await ui.dragByMouse(ui.handle(older), ui.zone('Top story'));
  await expect(ui.cards('Top story').first()).toHaveAttribute('aria-label', older);
  await expect(home.locator('section.top-story')).toContainText(older);
  await expect(home.locator('section.latest')).toContainText(newest);
  await expect(home.getByRole('heading', { name: 'Latest news' })).toBeVisible();
});
