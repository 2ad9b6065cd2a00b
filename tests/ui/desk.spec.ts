import { expect, openDesk, test } from './fixtures';
import { DeskPage } from './pages/desk-page';

test('create an article, edit it, reload: it is still there', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Start empty' }).click();
  const deskPage = new DeskPage(page);
  await expect(page.getByText('No articles yet.')).toBeVisible();
  await deskPage.newArticle();
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
  await page.getByRole('link', { name: 'Back to the desk' }).click();
  const row = deskPage.row('Ферри между Баку и Актау ходит дважды в неделю');
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('6 words');
  await deskPage.expectCount(1);
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
  const deskPage = new DeskPage(page);
  await openDesk(page, desk);
  await deskPage.expectCount(2);
  for (const query of ['елку', 'ЁЛКУ', 'волонтеры']) {
    await deskPage.search.fill(query);
    await deskPage.expectCount(1);
    await expect(deskPage.rows).toHaveCount(1);
    await expect(deskPage.row('Ёлку на площади Свободы нарядили волонтёры')).toBeVisible();
  }
  await deskPage.search.fill('елку');
  await expect(
    deskPage.row('Ёлку на площади Свободы нарядили волонтёры').locator('mark'),
  ).toHaveText('Ёлку');
  await deskPage.search.fill('пароход');
  await expect(page.getByText('No articles match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await deskPage.expectCount(2);
  await expect(deskPage.search).toHaveValue('');
});

test('switching the interface to Russian localises the frame, plurals and dates', async ({
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
  await expect(page.getByText('5 статей в хранилище')).toBeVisible();
  await page.getByRole('link', { name: 'Лента' }).click();
  await expect(page.getByText('5 статей')).toBeVisible();
  const row = page.getByRole('article', { name: 'Новость 1' });
  await expect(row).toContainText('Черновик');
  await expect(row).toContainText('Изменено сегодня');
  await page.getByRole('searchbox').fill('Новость 1');
  await expect(page.getByText('1 статья', { exact: true })).toBeVisible();
  await page.getByRole('searchbox').fill('');
  await page.getByLabel('Статус', { exact: true }).selectOption('draft');
  await expect(page.getByText('5 статей')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Корзина' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Новая статья' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // Back to English: every string follows.
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByLabel('Язык интерфейса').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('the sample newsroom opens with about forty articles in both languages', async ({
  page,
  desk,
}) => {
  await openDesk(page, desk);
  const deskPage = new DeskPage(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Newsroom Desk' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample newsroom' }).click();
  await deskPage.expectCount(40);
  await expect(deskPage.rows.first()).toBeVisible();
  await deskPage.filter('Language', 'ru');
  await deskPage.expectCount(20);
  await expect(
    deskPage.row('Паромная линия через Каспий добавит второй рейс в неделю'),
  ).toBeVisible();
  await deskPage.filter('Status', 'published');
  await deskPage.filter('Category', { label: 'Sport' });
  await deskPage.expectCount(2);
  await deskPage.filter('Language', { label: 'Any' });
  await deskPage.expectCount(4);
  // A twin is one click away: the Russian marathon story links to the English one.
  await deskPage
    .row('На Ташкентский марафон вышли рекордные 14 тысяч бегунов')
    .getByRole('link', { name: 'English version' })
    .click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(
    'Tashkent marathon draws a record 14,000 runners',
  );
  await page.getByRole('link', { name: 'Back to the desk' }).click();
  // The sample stays once loaded: a reload shows the desk, not the welcome.
  await page.reload();
  await expect(deskPage.heading).toHaveText('Desk');
});

test('filters and sort narrow and order the desk', async ({ page, desk }) => {
  const make = async (language: string, headline: string, categoryId: string) =>
    desk.call<{ id: string }>('articles:create', { content: { language, headline, categoryId } });
  await make('en', 'Bravo budget vote', 'politics');
  await make('ru', 'Альфа: матч года', 'sport');
  const spiked = await make('en', 'Alpha fire on the hill', 'incidents');
  await desk.call('articles:spike', { id: spiked.id });
  await make('en', 'Charlie exports rise', 'economy');

  await openDesk(page, desk);
  const deskPage = new DeskPage(page);
  await deskPage.expectCount(3);
  await deskPage.filter('Sort', { label: 'Headline A–Z' });
  await expect
    .poll(() => deskPage.headlines())
    .toEqual(['Bravo budget vote', 'Charlie exports rise', 'Альфа: матч года']);
  await deskPage.filter('Sort', { label: 'Recently updated' });
  await expect
    .poll(() => deskPage.headlines())
    .toEqual(['Charlie exports rise', 'Альфа: матч года', 'Bravo budget vote']);
  await deskPage.filter('Language', { label: 'English' });
  await deskPage.expectCount(2);
  await deskPage.filter('Category', { label: 'Economy' });
  await deskPage.expectCount(1);
  await expect(deskPage.row('Charlie exports rise')).toBeVisible();
  await deskPage.filter('Category', { label: 'Any' });
  await deskPage.filter('Status', { label: 'Spiked' });
  await expect.poll(() => deskPage.headlines()).toEqual(['Alpha fire on the hill']);
  await deskPage.filter('Status', { label: 'All' });
  await deskPage.expectCount(3);
});

test('keyboard: arrows move through the rows and Enter opens one', async ({ page, desk }) => {
  for (const headline of ['First story', 'Second story', 'Third story']) {
    await desk.call('articles:create', { content: { language: 'en', headline } });
  }
  await openDesk(page, desk);
  const deskPage = new DeskPage(page);
  await deskPage.expectCount(3);
  await deskPage.search.focus();
  // Tab leaves the filters and lands on the list's one focusable row.
  const rowFocused = () => deskPage.rows.first().evaluate((el) => el.matches(':focus'));
  for (let i = 0; i < 8 && !(await rowFocused()); i++) await page.keyboard.press('Tab');
  await expect(deskPage.row('Third story')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(deskPage.row('Second story')).toBeFocused();
  await page.keyboard.press('End');
  await expect(deskPage.row('First story')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(deskPage.row('Second story')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Second story');
  await page.getByRole('link', { name: 'Back to the desk' }).click();
  await deskPage.expectCount(3);
  await page.keyboard.press('/');
  await expect(deskPage.search).toBeFocused();
});
