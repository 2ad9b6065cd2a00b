import type { Page } from '@playwright/test';
import { expect, openDesk, test, type DeskServer } from './fixtures';

interface Created {
  id: string;
  revision: number;
}

const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Five categorised examples a category in each language: enough for the model to rank. */
async function seedArchive(desk: DeskServer): Promise<void> {
  // Archive articles carry a tag, so they are not in the bulk tagger's queue.
  const archived = await desk.call<{ id: string }>('tags:create', {
    kind: 'topic',
    name: { en: 'Archive', ru: 'Архив' },
  });
  const archive: Record<string, Record<'en' | 'ru', string[]>> = {
    politics: {
      en: [
        'Parliament passed the election law',
        'The president met the opposition',
        'Ministers signed a treaty',
        'Coalition talks failed before the vote',
        'The prime minister resigned',
      ],
      ru: [
        'Парламент принял закон о выборах',
        'Президент встретился с оппозицией',
        'Министры подписали договор',
        'Коалиционные переговоры провалились',
        'Премьер-министр ушёл в отставку',
      ],
    },
    sport: {
      en: [
        'The team won the football match',
        'The wrestler took gold at the tournament',
        'The coach named his squad',
        'The striker scored twice in the final',
        'The boxer kept his title',
      ],
      ru: [
        'Команда выиграла футбольный матч',
        'Борец завоевал золото турнира',
        'Тренер назвал состав сборной',
        'Нападающий забил дважды в финале',
        'Боксёр сохранил титул чемпиона',
      ],
    },
  };
  for (const [categoryId, byLanguage] of Object.entries(archive)) {
    for (const language of ['en', 'ru'] as const) {
      for (const headline of byLanguage[language]) {
        await desk.call('articles:create', {
          content: { language, headline, categoryId, tagIds: [archived.id], body: doc(headline) },
        });
      }
    }
  }
  await desk.call('gazetteer:adopt', { keys: ['baku', 'azerbaijan', 'tbilisi'] });
}

async function openArticle(page: Page, desk: DeskServer, id: string): Promise<void> {
  await openDesk(page, desk, `#/article/${id}`);
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
}

test('suggestions for a new English article: accept the category, accept and reject tags', async ({
  page,
  desk,
}) => {
  await seedArchive(desk);
  const article = await desk.call<Created>('articles:create', { content: { language: 'en' } });
  await openArticle(page, desk, article.id);
  await page
    .getByLabel('Headline', { exact: true })
    .fill('Parliament in Baku votes on the election law');
  await page
    .getByLabel('Body text', { exact: true })
    .fill(
      'The president of Azerbaijan addressed parliament in Baku. Deputy Rauf Mammadov said the vote would come in Baku next week.',
    );
  const panel = page.getByRole('complementary', { name: 'Suggestions' });
  await expect(panel.getByRole('listitem', { name: 'Politics' })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: 'Baku' })).toContainText('mentioned 3 times');
  await expect(panel.getByRole('listitem', { name: 'Rauf Mammadov' })).toContainText('person');

  await panel.getByRole('button', { name: 'Accept Politics' }).click();
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('politics');
  await panel.getByRole('button', { name: 'Accept Baku' }).click();
  await expect(page.getByRole('list', { name: 'Tags', exact: true })).toContainText('Baku');
  // Reject by key: focus the item, press X.
  await panel.getByRole('listitem', { name: 'Azerbaijan' }).focus();
  await page.keyboard.press('x');
  await expect(panel.getByRole('listitem', { name: 'Azerbaijan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();

  const saved = await desk.call<{ categoryId: string; tagIds: string[] }>('articles:get', {
    id: article.id,
  });
  expect(saved.categoryId).toBe('politics');
  expect(saved.tagIds).toEqual(['baku']);
  // The rejection is remembered with the article.
  await page.reload();
  await page
    .getByRole('complementary', { name: 'Suggestions' })
    .getByRole('button', { name: 'Refresh' })
    .click();
  await expect(panel.getByRole('listitem', { name: 'Rauf Mammadov' })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: 'Azerbaijan' })).toHaveCount(0);
});

test('suggestions for a new Russian article, inflected names included', async ({ page, desk }) => {
  await seedArchive(desk);
  const article = await desk.call<Created>('articles:create', { content: { language: 'ru' } });
  await openArticle(page, desk, article.id);
  await page
    .getByLabel('Headline', { exact: true })
    .fill('Сборная Азербайджана выиграла матч в Тбилиси');
  await page
    .getByLabel('Body text', { exact: true })
    .fill(
      'Нападающий забил в финале турнира. Тренер Ровшан Гусейнов похвалил команду. Матч с Азербайджаном прошёл в Тбилиси.',
    );
  const panel = page.getByRole('complementary', { name: 'Suggestions' });
  await expect(panel.getByRole('listitem', { name: 'Sport' })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: 'Азербайджан' })).toContainText(
    'mentioned 2 times',
  );
  await expect(panel.getByRole('listitem', { name: 'Ровшан Гусейнов' })).toBeVisible();
  // A new tag from a candidate.
  await panel.getByRole('button', { name: 'Accept Ровшан Гусейнов' }).click();
  await expect(page.getByRole('list', { name: 'Tags', exact: true })).toContainText(
    'Ровшан Гусейнов',
  );
  const created = await desk.call<{ name: { en: string; ru: string }; kind: string }[]>(
    'tags:list',
    {},
  );
  expect(created).toContainEqual(
    expect.objectContaining({
      kind: 'person',
      name: { en: 'Rovshan Guseynov', ru: 'Ровшан Гусейнов' },
    }),
  );
  await panel.getByRole('listitem', { name: 'Sport' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('sport');
  await page.screenshot({ path: 'test-results/tagger-panel-ru.png' });
});

test('the bulk tagger tags three articles by keyboard alone', async ({ page, desk }) => {
  await seedArchive(desk);
  const headlines = [
    'The striker scored in the league match',
    'Parliament debates the election law',
    'The coach praised the team after the match',
  ];
  const ids: string[] = [];
  for (const headline of headlines) {
    const created = await desk.call<Created>('articles:create', {
      content: { language: 'en', headline, body: doc(`${headline} in Baku.`) },
    });
    ids.push(created.id);
  }
  await openDesk(page, desk, '#/tagger');
  await page.getByLabel('Language').selectOption('en');
  const current = page.getByRole('article', { name: 'Article being tagged' });
  const options = page
    .getByRole('complementary', { name: 'Suggestions' })
    .getByRole('list', { name: 'Suggestions' })
    .getByRole('listitem');
  for (let i = 0; i < 3; i++) {
    await expect(current).toContainText(`1 of ${3 - i}`);
    await expect(options.first()).toBeVisible();
    await page.locator('body').focus();
    await expect(options.filter({ hasText: 'Baku' })).toBeVisible();
    const texts = await options.allTextContents();
    const baku = texts.findIndex((text) => text.includes('Baku')) + 1;
    await page.keyboard.press('1');
    await page.keyboard.press(String(baku));
    await expect(page.getByRole('list', { name: 'Chosen' }).getByRole('listitem')).toHaveCount(2);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  }
  await expect(page.getByText('Nothing left to tag here.')).toBeVisible();
  const expected: Record<string, string> = { 0: 'sport', 1: 'politics', 2: 'sport' };
  for (const [i, id] of ids.entries()) {
    const saved = await desk.call<{ categoryId: string | null; tagIds: string[] }>('articles:get', {
      id,
    });
    expect(saved.categoryId).toBe(expected[i]);
    expect(saved.tagIds).toContain('baku');
  }
});

test('merging two tags shows in every affected article', async ({ page, desk }) => {
  const a = await desk.call<{ id: string }>('tags:create', {
    kind: 'place',
    name: { en: 'Tbilisi', ru: 'Тбилиси' },
  });
  const b = await desk.call<{ id: string }>('tags:create', {
    kind: 'place',
    name: { en: 'Tiflis', ru: 'Тифлис' },
  });
  const one = await desk.call<Created>('articles:create', {
    content: { language: 'en', headline: 'Old town', tagIds: [b.id] },
  });
  const two = await desk.call<Created>('articles:create', {
    content: { language: 'en', headline: 'New bridge', tagIds: [a.id, b.id] },
  });
  await openDesk(page, desk, '#/taxonomy');
  await page.getByRole('checkbox', { name: 'Select Tiflis' }).check();
  await page.getByLabel('Merge selected into').selectOption(a.id);
  await page.getByRole('button', { name: 'Merge', exact: true }).last().click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged; 2 articles now carry “Tbilisi”' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Tiflis' })).toHaveCount(0);
  for (const id of [one.id, two.id]) {
    await openArticle(page, desk, id);
    const chips = page.getByRole('list', { name: 'Tags', exact: true });
    await expect(chips.getByRole('listitem')).toHaveText(['Tbilisi×']);
  }
  // The desk's tag filter finds both.
  await openDesk(page, desk, '#/desk');
  await page.getByLabel('Tags').selectOption(a.id);
  await expect(page.getByText('2 articles')).toBeVisible();
});
