import { expect, openDesk, test } from './fixtures';
import { DeskPage } from './pages/desk-page';

test('spike with undo, restore from the trash, and purge after a confirmation', async ({
  page,
  desk,
}) => {
  await desk.call('articles:create', { content: { language: 'en', headline: 'Keep me' } });
  await desk.call('articles:create', { content: { language: 'ru', headline: 'Убери меня' } });
  await openDesk(page, desk);
  const deskPage = new DeskPage(page);
  await deskPage.expectCount(2);

  // Spike, then undo from the message.
  await deskPage.spike('Убери меня');
  await expect(deskPage.toast).toContainText('Moved to the trash: “Убери меня”.');
  await deskPage.expectCount(1);
  await deskPage.toast.getByRole('button', { name: 'Undo' }).click();
  await deskPage.expectCount(2);
  await expect(deskPage.row('Убери меня')).toContainText('Draft');

  // Spike again, restore from the trash.
  await deskPage.spike('Убери меня');
  await deskPage.expectCount(1);
  await deskPage.goTo('Trash');
  await expect(deskPage.heading).toHaveText('Trash');
  await expect(deskPage.row('Убери меня')).toContainText('Spiked');
  await deskPage.restore('Убери меня');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await deskPage.goTo('Desk');
  await expect(deskPage.row('Убери меня')).toContainText('Draft');

  // Purge asks first; Cancel (the default) keeps the article.
  await deskPage.spike('Убери меня');
  await deskPage.goTo('Trash');
  let dialog = await deskPage.askToPurge('Убери меня');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  dialog = await deskPage.askToPurge('Убери меня');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(deskPage.row('Убери меня')).toBeVisible();
  dialog = await deskPage.askToPurge('Убери меня');
  await dialog.getByRole('button', { name: 'Delete for ever' }).click();
  await expect(deskPage.toast).toContainText('Deleted for ever: “Убери меня”.');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  const all = await desk.call<{ total: number }>('articles:list', { status: 'all' });
  expect(all.total).toBe(1);
});

test('emptying the trash deletes every spiked article, after a confirmation', async ({
  page,
  desk,
}) => {
  for (const headline of ['One', 'Two', 'Three']) {
    const article = await desk.call<{ id: string }>('articles:create', {
      content: { language: 'en', headline },
    });
    if (headline !== 'Three') await desk.call('articles:spike', { id: article.id });
  }
  await openDesk(page, desk, '#/trash');
  const deskPage = new DeskPage(page);
  await deskPage.expectCount(2);
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  const dialog = page.getByRole('alertdialog', {
    name: 'Delete all 2 articles in the trash for ever?',
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await deskPage.expectCount(2);
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await dialog.getByRole('button', { name: 'Empty the trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(deskPage.toast).toContainText('Emptied the trash.');
  await deskPage.goTo('Desk');
  await expect(deskPage.row('Three')).toBeVisible();
  await deskPage.expectCount(1);
  const all = await desk.call<{ total: number }>('articles:list', { status: 'all' });
  expect(all.total).toBe(1);
});
