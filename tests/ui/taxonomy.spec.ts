/** The taxonomy manager: categories and tags added and renamed in both languages by hand. */
import { expect, openDesk, test } from './fixtures';

interface Named {
  id: string;
  name: { en: string; ru: string };
  aliases?: string[];
}

test('a desk chief adds and renames categories and tags in both languages', async ({
  page,
  desk,
}) => {
  await openDesk(page, desk, '#/taxonomy');
  const categories = page.getByRole('region', { name: 'Categories' });

  // A new category, with its name in both languages.
  await categories.getByLabel('English name').last().fill('Environment');
  await categories.getByLabel('Russian name').last().fill('Экология');
  await categories.getByRole('button', { name: 'Add category' }).click();
  await expect(categories.getByRole('listitem', { name: 'Environment' })).toBeVisible();

  // Sport renamed in its own row.
  const sport = categories.getByRole('listitem', { name: 'Sport' });
  await sport.getByLabel('English name').fill('Sports');
  await sport.getByLabel('Russian name').fill('Спорт и игры');
  await sport.getByRole('button', { name: 'Save' }).click();
  await expect(categories.getByRole('listitem', { name: 'Sports' })).toBeVisible();

  const stored = await desk.call<Named[]>('categories:list', {});
  expect(stored.map((c) => c.name)).toEqual(
    expect.arrayContaining([
      { en: 'Environment', ru: 'Экология' },
      { en: 'Sports', ru: 'Спорт и игры' },
    ]),
  );

  // A tag with aliases in other scripts.
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByRole('combobox', { name: 'Kind' }).first().selectOption('place');
  await tags.getByLabel('English name').fill('Tbilisi');
  await tags.getByLabel('Russian name').fill('Тбилиси');
  await tags.getByLabel('Aliases (comma-separated, any script)').fill('Tiflis, თბილისი');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await expect(tags.getByRole('cell', { name: 'Tbilisi / Тбилиси' })).toBeVisible();
  const tag = (await desk.call<Named[]>('tags:list', {})).find((t) => t.name.en === 'Tbilisi');
  expect(tag?.name.ru).toBe('Тбилиси');
  expect(tag?.aliases).toEqual(['Tiflis', 'თბილისი']);
});
