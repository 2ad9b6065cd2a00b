import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Article } from '../../shared/domain';
import { EditorPage } from './editor-page';
import { expect, openDesk, test, type DeskServer } from './fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/paste/${name}`, import.meta.url), 'utf8');

async function newArticle(
  desk: DeskServer,
  content: Record<string, unknown> = {},
): Promise<Article> {
  return desk.call<Article>('articles:create', { content: { language: 'en', ...content } });
}

function paragraphs(...texts: string[]): Record<string, unknown> {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

async function storedBody(desk: DeskServer, id: string): Promise<string> {
  const article = await desk.call<Article>('articles:get', { id });
  return JSON.stringify(article.body);
}

test('an article with every kind of block is all there after a reload', async ({ page, desk }) => {
  const article = await newArticle(desk);
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await editor.headline.fill('Dockers return to the quay');
  await editor.standfirst.fill('A three-day stoppage ends.');
  await editor.body.click();
  const kb = page.keyboard;
  await kb.type('Opening with ');
  await kb.press('ControlOrMeta+b');
  await kb.type('bold');
  await kb.press('ControlOrMeta+b');
  await kb.type(' and ');
  await kb.press('ControlOrMeta+i');
  await kb.type('italic');
  await kb.press('ControlOrMeta+i');
  await kb.press('Enter');
  await editor.tool('Subheading').click();
  await kb.type('What they won');
  await kb.press('Enter');
  await editor.tool('Small subheading').click();
  await kb.type('In detail');
  await kb.press('Enter');
  await editor.tool('Bulleted list').click();
  await kb.type('Overtime');
  await kb.press('Enter');
  await kb.type('Safety officer');
  await kb.press('Enter');
  await kb.press('Enter');
  await editor.tool('Numbered list').click();
  await kb.type('Talks in May');
  await kb.press('Enter');
  await kb.press('Enter');
  await editor.tool('Quote').click();
  await kb.type('We stayed out for our families');
  await kb.press('Enter');
  await editor.tool('Quote').click();
  await editor.tool('Pull quote').click();
  await kb.type('Nobody expected a deal this soon');
  await kb.press('Enter');
  await kb.type('port notice');
  await kb.press('Shift+Home');
  await expect(page.getByRole('button', { name: 'Link', exact: true })).toBeEnabled();
  await editor.tool('Link').click();
  await page.getByLabel('Link address').fill('https://example.org/port');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(editor.body.locator('a')).toHaveText('port notice');
  // The editor takes focus back on the next frame.
  await expect(editor.body).toBeFocused();
  await kb.press('End');
  await kb.press('Enter');
  await page.locator('.editor-toolbar input[type=file]').setInputFiles({
    name: 'quay.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await page.getByLabel('Image caption').fill('The quay at dawn');
  await page.getByLabel('Image credit').fill('Photo: Nino K.');
  await editor.body.click({ position: { x: 5, y: 5 } });
  await kb.press('ControlOrMeta+End');
  await editor.tool('Horizontal rule').click();
  await editor.tool('Undo').isEnabled();
  await expect(editor.body.locator('hr')).toHaveCount(1);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.body).toBeVisible();
  await expect(editor.headline).toHaveValue('Dockers return to the quay');
  await expect(editor.standfirst).toHaveValue('A three-day stoppage ends.');
  await expect(editor.body.locator('p strong')).toHaveText('bold');
  await expect(editor.body.locator('p em')).toHaveText('italic');
  await expect(editor.body.locator('h2')).toHaveText('What they won');
  await expect(editor.body.locator('h3')).toHaveText('In detail');
  await expect(editor.body.locator('ul > li')).toHaveText(['Overtime', 'Safety officer']);
  await expect(editor.body.locator('ol > li')).toHaveText(['Talks in May']);
  await expect(editor.body.locator('blockquote')).toHaveText('We stayed out for our families');
  await expect(editor.body.locator('aside.pull-quote')).toHaveText(
    'Nobody expected a deal this soon',
  );
  await expect(editor.body.locator('a[href="https://example.org/port"]')).toHaveText('port notice');
  await expect(editor.body.locator('figure img')).toHaveAttribute(
    'src',
    /^\/media\/[a-f0-9]{64}\.png$/,
  );
  await expect(page.getByLabel('Image caption')).toHaveValue('The quay at dawn');
  await expect(page.getByLabel('Image credit')).toHaveValue('Photo: Nino K.');
  await expect(editor.body.locator('hr')).toHaveCount(1);
  // The image is served from the store's media folder, not inlined.
  const stored = await storedBody(desk, article.id);
  expect(stored).not.toContain('base64');
  const loaded = await editor.body
    .locator('figure img')
    .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
  expect(loaded).toBe(1);
});

test('paste from Word and Google Docs comes out clean; plain text keeps paragraphs', async ({
  page,
  desk,
}) => {
  const article = await newArticle(desk);
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await editor.body.click();
  await editor.paste({ 'text/html': fixture('word.html'), 'text/plain': 'ignored' });
  await expect(editor.body.locator('h2').first()).toHaveText('Harbour workers return to the quay');
  await expect(editor.body.locator('ul li')).toHaveText([
    'Overtime paid at double rate',
    'A safety officer on every shift',
  ]);
  await expect(editor.body.locator('ol li')).toHaveText([
    'Talks resume in May',
    'The port publishes its accounts',
  ]);
  await expect(editor.body.locator('strong')).toHaveText('Monday');
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://example.org/port');
  await editor.focusEnd();
  // The Word text ends in a list: a second Enter leaves it.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await editor.paste({ 'text/html': fixture('gdocs.html') });
  await expect(editor.body.locator('h2').last()).toHaveText('Паром из Алата отменён');
  await expect(editor.body.locator('strong')).toHaveText(['Monday', 'задержал']);
  await editor.focusEnd();
  await page.keyboard.press('Enter');
  await editor.paste({ 'text/plain': 'First pasted paragraph.\n\nSecond pasted paragraph.' });
  await expect(editor.body.locator('p', { hasText: 'pasted paragraph' })).toHaveText([
    'First pasted paragraph.',
    'Second pasted paragraph.',
  ]);
  const html = await editor.body.innerHTML();
  expect(html).not.toMatch(/mso-|o:p|file:|docs-internal-guid|font-family|color:|Symbol/);
  await editor.waitSaved();
  const stored = await storedBody(desk, article.id);
  expect(stored).not.toMatch(/mso-|file:|font-family|docs-internal/);
  expect(stored).toContain('"type":"bulletList"');
  expect(stored).toContain('"type":"orderedList"');
});

test('autosave reaches the store within 2 s of the last keystroke and survives a reload', async ({
  page,
  desk,
}) => {
  const article = await newArticle(desk, { body: paragraphs('Existing text.') });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await editor.focusEnd();
  await expect(editor.saveState).toHaveText('All changes saved');
  await page.keyboard.type(' Typed and never saved by hand.');
  const lastKey = Date.now();
  // The status line has a store of its own: it follows the keys, then the autosave.
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await expect
    .poll(() => storedBody(desk, article.id), { timeout: 2_000, intervals: [100] })
    .toContain('Typed and never saved by hand.');
  expect(Date.now() - lastKey).toBeLessThan(2_500);
  await expect(editor.saveState).toHaveText(/^Saved at /);
  await expect(editor.saveState).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(editor.body).toContainText('Existing text. Typed and never saved by hand.');
  const revisions = await desk.call<{ autosave: boolean }[]>('revisions:list', {
    articleId: article.id,
  });
  expect(revisions[0]?.autosave).toBe(true);
});

test('offline edits are kept locally, written when the desk is back, and restored by a reload', async ({
  page,
  desk,
}) => {
  const article = await newArticle(desk, { body: paragraphs('Before the outage.') });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  const cutOff = async (p: Page): Promise<void> => {
    await p.route('**/api/dispatch', (route) => route.abort());
  };
  await cutOff(page);
  await editor.focusEnd();
  await page.keyboard.type(' Written offline.');
  await expect(editor.saveState).toHaveText('Offline copy only: will save when the desk is back');
  expect(await storedBody(desk, article.id)).not.toContain('Written offline.');
  await page.unroute('**/api/dispatch');
  await expect
    .poll(() => storedBody(desk, article.id), { timeout: 10_000 })
    .toContain('Written offline.');
  await editor.waitSaved();

  // Cut off again, type, and reload once the desk is back: the local copy is written.
  await cutOff(page);
  await editor.focusEnd();
  await page.keyboard.type(' And more.');
  await expect(editor.saveState).toHaveAttribute('data-state', 'offline');
  await page.unroute('**/api/dispatch');
  await page.reload();
  await expect(editor.body).toContainText('Written offline. And more.');
  await expect.poll(() => storedBody(desk, article.id), { timeout: 10_000 }).toContain('And more.');
});

test('a conflict between two tabs is shown, compared and resolved without overwriting', async ({
  page,
  desk,
  context,
}) => {
  const article = await newArticle(desk, { headline: 'Ferry', body: paragraphs('Shared start.') });
  const first = new EditorPage(page);
  const second = new EditorPage(await context.newPage());
  await first.open(desk.url, article.id);
  await second.open(desk.url, article.id);

  // The second tab edits while its saves cannot get through, so both tabs hold edits at once.
  await second.page.route('**/api/dispatch', (route) => route.abort());
  await second.focusEnd();
  await second.page.keyboard.type(' Second tab words.');
  await expect(second.saveState).toHaveAttribute('data-state', 'offline');

  await first.focusEnd();
  await first.page.keyboard.type(' First tab words.');
  await first.waitSaved();
  await second.page.unroute('**/api/dispatch');
  const panel = second.page.getByRole('alertdialog', { name: 'This article was saved elsewhere' });
  await expect(panel).toBeVisible();
  await expect(second.saveState).toHaveAttribute('data-state', 'conflict');
  await expect(panel.locator('ins')).toContainText(['Second']);
  await expect(panel.locator('del')).toContainText(['First']);
  // Nothing was overwritten while the writer decides.
  expect(await storedBody(desk, article.id)).toContain('First tab words.');

  await panel.getByRole('button', { name: 'Keep mine' }).click();
  await expect(panel).toBeHidden();
  await second.waitSaved();
  const stored = await desk.call<Article>('articles:get', { id: article.id });
  expect(JSON.stringify(stored.body)).toContain('Shared start. Second tab words.');
  expect(stored.revision).toBe(3);
  // The first tab had nothing unsaved, so it now shows the kept version.
  await expect(first.body).toContainText('Shared start. Second tab words.');
});

test('a conflict can be settled by taking the other version', async ({ page, desk, context }) => {
  const article = await newArticle(desk, { body: paragraphs('Base.') });
  const first = new EditorPage(page);
  const second = new EditorPage(await context.newPage());
  await first.open(desk.url, article.id);
  await second.open(desk.url, article.id);
  await second.page.route('**/api/dispatch', (route) => route.abort());
  await second.focusEnd();
  await second.page.keyboard.type(' Mine.');
  await expect(second.saveState).toHaveAttribute('data-state', 'offline');
  await first.focusEnd();
  await first.page.keyboard.type(' Theirs.');
  await first.waitSaved();
  await second.page.unroute('**/api/dispatch');
  await second.page.getByRole('button', { name: 'Take theirs' }).click();
  await expect(second.body).toHaveText('Base. Theirs.');
  await expect(second.saveState).toHaveAttribute('data-state', 'saved');
  expect(await storedBody(desk, article.id)).toContain('Base. Theirs.');
});

/** Two tabs on one article: the second edits while offline, the first saves meanwhile. */
async function conflictingEdits(
  desk: DeskServer,
  first: EditorPage,
  second: EditorPage,
  articleId: string,
  edits: { secondInFirstParagraph: string; firstAtEnd: string },
): Promise<void> {
  await first.open(desk.url, articleId);
  await second.open(desk.url, articleId);
  await second.page.route('**/api/dispatch', (route) => route.abort());
  await second.body.locator('p').first().click();
  await second.page.keyboard.press('End');
  await second.page.keyboard.type(edits.secondInFirstParagraph);
  await expect(second.saveState).toHaveAttribute('data-state', 'offline');
  await first.focusEnd();
  await first.page.keyboard.type(edits.firstAtEnd);
  await first.waitSaved();
  await second.page.unroute('**/api/dispatch');
}

test('a conflict where the two tabs changed different paragraphs merges both', async ({
  page,
  desk,
  context,
}) => {
  const article = await newArticle(desk, {
    headline: 'Ferry',
    body: paragraphs('Opening.', 'Middle.', 'Closing.'),
  });
  const first = new EditorPage(page);
  const second = new EditorPage(await context.newPage());
  await conflictingEdits(desk, first, second, article.id, {
    secondInFirstParagraph: ' Second tab words.',
    firstAtEnd: ' First tab words.',
  });
  const panel = second.page.getByRole('alertdialog', { name: 'This article was saved elsewhere' });
  await panel.getByRole('button', { name: 'Merge both' }).click();
  await expect(panel).toBeHidden();
  await second.waitSaved();
  await expect(second.body.locator('p')).toHaveText([
    'Opening. Second tab words.',
    'Middle.',
    'Closing. First tab words.',
  ]);
  const stored = await desk.call<Article>('articles:get', { id: article.id });
  expect(stored.revision).toBe(3);
  expect(JSON.stringify(stored.body)).toContain('Opening. Second tab words.');
  expect(JSON.stringify(stored.body)).toContain('Closing. First tab words.');
});

test('a merge of two edits to the same paragraph is refused and nothing changes', async ({
  page,
  desk,
  context,
}) => {
  const article = await newArticle(desk, { body: paragraphs('Only paragraph.') });
  const first = new EditorPage(page);
  const second = new EditorPage(await context.newPage());
  await conflictingEdits(desk, first, second, article.id, {
    secondInFirstParagraph: ' Mine.',
    firstAtEnd: ' Theirs.',
  });
  const panel = second.page.getByRole('alertdialog', { name: 'This article was saved elsewhere' });
  await panel.getByRole('button', { name: 'Merge both' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Both versions changed the same part (Body text)',
  );
  await expect(panel.getByRole('button', { name: 'Merge both' })).toBeDisabled();
  await expect(second.body).toHaveText('Only paragraph. Mine.');
  await expect(second.saveState).toHaveAttribute('data-state', 'conflict');
  expect(await storedBody(desk, article.id)).toContain('Only paragraph. Theirs.');
});

test('revision history compares two revisions and restores one as a new revision', async ({
  page,
  desk,
}) => {
  let article = await newArticle(desk, { headline: 'Budget', body: paragraphs('Draft one.') });
  for (const text of ['Draft two, longer.', 'Draft three.']) {
    article = await desk.call<Article>('articles:save', {
      id: article.id,
      baseRevision: article.revision,
      content: { ...article, body: paragraphs(text) },
    });
  }
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'Revision history' });
  await expect(history.getByText('Revision 3')).toBeVisible();
  await history.getByRole('radio', { name: 'From 1' }).check();
  await history.getByRole('radio', { name: 'To 2' }).check();
  await expect(history.locator('.history-diff del')).toContainText(['one']);
  await expect(history.locator('.history-diff ins')).toContainText(['two, longer']);
  await history.getByRole('button', { name: 'Restore revision 2' }).click();
  await expect(history.getByText('Revision 2 restored as revision 4.')).toBeVisible();
  await expect(editor.body).toHaveText('Draft two, longer.');
  const stored = await desk.call<Article>('articles:get', { id: article.id });
  expect(stored.revision).toBe(4);
  expect(JSON.stringify(stored.body)).toContain('Draft two, longer.');
});

test('a Cyrillic headline gives a transliterated slug; a hand-made slug is validated', async ({
  page,
  desk,
}) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  const editor = new EditorPage(page);
  await expect(editor.body).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await editor.headline.fill('Ферри между Баку и Актау ходит дважды в неделю');
  await expect(editor.slug).toHaveValue('ferri-mezhdu-baku-i-aktau-khodit-dvazhdy-v-nedelyu');
  await editor.body.click();
  await page.keyboard.type('Он сказал: "Это "наш" порт".');
  await expect(editor.body).toHaveText('Он сказал: «Это „наш“ порт».');
  await editor.waitSaved();
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const stored = await desk.call<Article>('articles:get', { id });
  expect(stored.slug).toBe('ferri-mezhdu-baku-i-aktau-khodit-dvazhdy-v-nedelyu');
  await editor.slug.fill('Bad slug');
  await expect(page.getByText('Lower-case latin letters and digits')).toBeVisible();
  await editor.slug.fill('baku-aktau-ferry');
  await editor.waitSaved();
  expect((await desk.call<Article>('articles:get', { id })).slug).toBe('baku-aktau-ferry');
  await editor.headline.fill('Паром Баку — Актау');
  await editor.waitSaved();
  expect((await desk.call<Article>('articles:get', { id })).slug).toBe('baku-aktau-ferry');
});

test('a Russian twin is created with the shared fields and the desk shows the pair', async ({
  page,
  desk,
}) => {
  const article = await newArticle(desk, {
    headline: 'Ferry resumes',
    dateline: 'Baku',
    categoryId: 'economy',
  });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await page.getByRole('button', { name: 'Create Russian version' }).click();
  await expect(page.getByRole('link', { name: 'English version' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('ru');
  await expect(page.getByLabel('Dateline')).toHaveValue('Baku');
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('economy');
  await editor.headline.fill('Паром возобновил рейсы');
  await editor.waitSaved();
  await page.getByRole('link', { name: 'English version' }).click();
  await expect(editor.headline).toHaveValue('Ferry resumes');
  await editor.standfirst.fill('Crossings to Aktau resume on Monday.');
  await editor.waitSaved();
  await page.getByRole('link', { name: /Back to the desk/ }).click();
  const original = page.getByRole('article', { name: 'Ferry resumes' });
  await expect(original.getByText('Russian version out of date')).toBeVisible();
  const twin = page.getByRole('article', { name: 'Паром возобновил рейсы' });
  await expect(twin.getByText('Older than its original')).toBeVisible();
});

test('preview renders the article in a frame that runs no script', async ({ page, desk }) => {
  const article = await newArticle(desk, {
    headline: 'Preview <script>window.parent.pwned = 1</script>',
    body: paragraphs('Body for preview.'),
  });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await page.getByRole('button', { name: 'Preview' }).click();
  const frame = page.frameLocator('iframe[title="Article preview"]');
  await expect(frame.locator('h1')).toHaveText('Preview <script>window.parent.pwned = 1</script>');
  await expect(frame.locator('p', { hasText: 'Body for preview.' })).toBeVisible();
  await expect(page.locator('iframe[title="Article preview"]')).toHaveAttribute('sandbox', '');
  expect(
    await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
});

test('find and replace honours match case and whole word; counts, help and focus mode', async ({
  page,
  desk,
}) => {
  const article = await newArticle(desk, {
    body: paragraphs('Ferry to Baku. The ferry left; ferrymen waved.', 'Another ferry came.'),
  });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await expect(page.getByText('11 words')).toBeVisible();
  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('search', { name: 'Find and replace' });
  await find.getByLabel('Find', { exact: true }).fill('ferry');
  await expect(find.getByRole('status')).toHaveText('1 of 4');
  await find.getByLabel('Whole word').check();
  await expect(find.getByRole('status')).toHaveText('1 of 3');
  await find.getByLabel('Match case').check();
  await expect(find.getByRole('status')).toHaveText('1 of 2');
  await find.getByLabel('Replace with').fill('boat');
  await find.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor.body).toHaveText(
    'Ferry to Baku. The boat left; ferrymen waved.Another boat came.',
  );
  await expect(find.getByRole('status')).toHaveText('No matches');
  await editor.tool('Undo').click();
  await expect(editor.body).toContainText('The ferry left');

  await page.keyboard.press('ControlOrMeta+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Find and replace/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect(page.getByRole('region', { name: 'Article details' })).toBeHidden();
  await expect(editor.body).toBeVisible();
  await page.getByRole('button', { name: 'Leave focus mode' }).click();
  await expect(page.getByRole('region', { name: 'Article details' })).toBeVisible();
});

test('a pasted image file is copied into the store, not inlined', async ({ page, desk }) => {
  const article = await newArticle(desk, { body: paragraphs('Screenshot below.') });
  const editor = new EditorPage(page);
  await editor.open(desk.url, article.id);
  await editor.focusEnd();
  await editor.body.evaluate(
    (element, bytes) => {
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, init: object) => unknown;
        ClipboardEvent: new (type: string, init: object) => unknown;
      };
      const transfer = new dom.DataTransfer();
      transfer.items.add(new dom.File([new Uint8Array(bytes)], 'shot.png', { type: 'image/png' }));
      const event = new dom.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true });
      (element as unknown as { dispatchEvent(e: unknown): boolean }).dispatchEvent(event);
    },
    [...PNG],
  );
  await expect(editor.body.locator('figure img')).toHaveAttribute(
    'src',
    /^\/media\/[a-f0-9]{64}\.png$/,
  );
  await editor.waitSaved();
  const stored = await storedBody(desk, article.id);
  expect(stored).toMatch(/"src":"media\/[a-f0-9]{64}\.png"/);
  expect(stored).not.toContain('data:');
});
