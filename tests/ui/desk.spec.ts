import { expect, openDesk, test } from './fixtures';

test('create an article, edit it, reload: it is still there', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page
    .getByLabel('Headline', { exact: true })
    .fill('Ферри между Баку и Актау ходит дважды в неделю');
  await page
    .getByLabel('Standfirst')
    .fill('Водители грузовиков ждали места на пароме до четырёх дней.');
  const body = page.getByRole('textbox', { name: 'Body text' });
  await body.click();
  await page.keyboard.type('Первый абзац.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Второй абзац о ёлках.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(
    'Ферри между Баку и Актау ходит дважды в неделю',
  );
  await expect(body.locator('p')).toHaveText(['Первый абзац.', 'Второй абзац о ёлках.']);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(
    'ferri-mezhdu-baku-i-aktau-khodit-dvazhdy-v-nedelyu',
  );
});

test('a Cyrillic search finds the article, ё and е alike, and marks the match', async ({
  page,
  desk,
}) => {
  await desk.call('articles:create', {
    content: {
      language: 'ru',
      headline: 'Ёлку на площади Свободы нарядили волонтёры',
      standfirst: 'Праздник в Тбилиси',
    },
  });
  await desk.call('articles:create', {
    content: { language: 'en', headline: 'Caspian ferry adds a crossing' },
  });
  await openDesk(page, desk);
  await expect(page.getByText('2 articles')).toBeVisible();
  await page.getByRole('searchbox').fill('елку');
  await expect(page.getByText('1 article', { exact: true })).toBeVisible();
  const row = page.getByRole('article', { name: 'Ёлку на площади Свободы нарядили волонтёры' });
  await expect(row).toBeVisible();
  await expect(row.locator('mark')).toHaveText('Ёлку');
});

test('switching the interface to Russian localises the frame and plurals', async ({
  page,
  desk,
}) => {
  for (let i = 0; i < 5; i++) {
    await desk.call('articles:create', {
      content: { language: 'ru', headline: `Новость ${i + 1}` },
    });
  }
  await openDesk(page, desk, '#/settings');
  await page.getByLabel('Interface language').selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();
  await page.getByRole('link', { name: 'Лента' }).click();
  await expect(page.getByText('5 статей')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Лента' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('first run offers the sample newsroom', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Open the sample newsroom' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
});
