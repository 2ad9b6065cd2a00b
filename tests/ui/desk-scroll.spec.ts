/**
 * A desk larger than one page: rows are fetched by offset as the list scrolls (pages of
 * 200), keyboard End reaches the last article, and what shows at each position is what
 * the core lists there. (The 50,000-article check is a manual run; see the report.)
 */
import { rm } from 'node:fs/promises';
import { generateArticles, writeCorpusStore } from '../bench/corpus';
import { expect, makeStoreDir, openDesk, startDeskServer, test } from './fixtures';
import { DeskPage } from './pages/desk-page';

const COUNT = 1_500;

test('a long desk loads rows page by page as it scrolls, to the very last one', async ({
  page,
}) => {
  const dataDir = await makeStoreDir();
  await writeCorpusStore(
    dataDir,
    generateArticles({ count: COUNT, seed: 7, statuses: 'mixed', words: [40, 60] }),
  );
  const desk = await startDeskServer(dataDir);
  try {
    const headlineAt = async (offset: number): Promise<string> => {
      const result = await desk.call<{ items: { headline: string }[] }>('articles:list', {
        offset,
        limit: 1,
      });
      return result.items[0]?.headline ?? '';
    };
    const pages = new Set<number>();
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/dispatch')) return;
      const body = request.postDataJSON() as { channel: string; payload: { offset?: number } };
      if (body.channel === 'articles:list') pages.add(body.payload.offset ?? 0);
    });
    await openDesk(page, desk);
    const deskPage = new DeskPage(page);
    await deskPage.expectCount(COUNT);
    expect([...pages]).toEqual([0]);

    // Into the middle: the rows there arrive and match the core's order.
    await deskPage.list.evaluate((el) => {
      el.scrollTop = 100 * 700;
    });
    const middle = deskPage.list.locator('[aria-posinset="705"]');
    await expect(middle.locator('.row-headline')).toHaveText(await headlineAt(704));
    expect(pages.has(600)).toBe(true);
    expect(pages.size).toBeLessThan(5);

    // Keyboard End reaches the last article.
    await middle.focus();
    await page.keyboard.press('End');
    const last = deskPage.list.locator(`[aria-posinset="${COUNT}"]`);
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-setsize', String(COUNT));
    await expect(last.locator('.row-headline')).toHaveText(await headlineAt(COUNT - 1));
    expect(pages.has(1400)).toBe(true);
    await expect(deskPage.list.locator('.placeholder')).toHaveCount(0);
  } finally {
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
