/**
 * The workflow panel on the article screen, in Chromium against the real core: an editor
 * moves a draft through editing (and is not offered scheduling); a desk chief schedules
 * at a time the clocks go back over and is asked which of the two is meant.
 */
import { expect, openDesk, test, type DeskServer } from './fixtures';

test.use({ deskArgs: ['--test-clock'] });

async function seedDraft(desk: DeskServer, headline: string): Promise<string> {
  const { id } = await desk.call<{ id: string }>('articles:create', {
    content: { language: 'en', headline },
  });
  return id;
}

test('an editor submits a draft and marks it edited; the history records who and when', async ({
  page,
  desk,
}) => {
  await desk.call('settings:update', { profile: { name: 'Arman', role: 'editor' } });
  const id = await seedDraft(desk, 'Bishkek budget hearing postponed');
  await openDesk(page, desk, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Workflow' });
  await expect(panel.getByText('Status: Draft')).toBeVisible();
  await expect(panel.getByText('Scheduling and publishing are for the desk chief.')).toBeVisible();
  await panel.getByRole('button', { name: 'Submit for editing' }).click();
  await expect(panel.getByText('Status: Submitted')).toBeVisible();
  await panel.getByRole('button', { name: 'Mark as edited' }).click();
  await expect(panel.getByText('Status: Edited')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  const history = panel.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Submitted → Edited by Arman');
  // The form still saves on the new revision: no false conflict after the status changes.
  await page.getByLabel('Headline', { exact: true }).fill('Bishkek budget hearing moved to Friday');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
  const stored = await desk.call<{ status: string; headline: string }>('articles:get', { id });
  expect(stored).toMatchObject({
    status: 'edited',
    headline: 'Bishkek budget hearing moved to Friday',
  });
});

test('a desk chief scheduling inside the fall-back hour is asked which one', async ({
  page,
  desk,
}) => {
  await desk.call('settings:update', {
    timeZone: 'America/New_York',
    profile: { name: 'Nino', role: 'desk_chief' },
  });
  const id = await seedDraft(desk, 'Clocks go back tonight');
  await desk.call('workflow:transition', { id, action: 'submit' });
  await desk.call('workflow:transition', { id, action: 'markEdited' });
  await openDesk(page, desk, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Workflow' });
  const form = panel.getByRole('group', { name: 'Publish at (newsroom time, America/New_York)' });
  await form.getByLabel('Date').fill('2027-11-07');
  await form.getByLabel('Time').fill('01:30');
  await form.getByRole('button', { name: 'Schedule' }).click();
  const question = panel.getByRole('group', { name: /happens twice/ });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'The second 01:30 (UTC-05:00)' }).click();
  await expect(panel.getByText('Status: Scheduled')).toBeVisible();
  await expect(
    panel.getByText('Sun, 7 Nov 2027, 01:30 newsroom time (America/New_York)').first(),
  ).toBeVisible();
  const stored = await desk.call<{ publishAt: string }>('articles:get', { id });
  expect(stored.publishAt).toBe('2027-11-07T06:30:00.000Z');
});

test('an open article follows the scheduler: it shows published without a reload, and still saves', async ({
  page,
  desk,
}) => {
  await desk.call('settings:update', {
    timeZone: 'Asia/Almaty',
    profile: { name: 'Nino', role: 'desk_chief' },
  });
  const id = await seedDraft(desk, 'Almaty air quality improves');
  await desk.call('workflow:transition', { id, action: 'submit' });
  await desk.call('workflow:transition', { id, action: 'markEdited' });
  const local =
    new Date(Date.now() + 5 * 3_600_000 + 2 * 86_400_000).toISOString().slice(0, 11) + '10:00';
  const { articles } = await desk.call<{ articles: { publishAt: string }[] }>('workflow:schedule', {
    id,
    local,
  });
  await openDesk(page, desk, `#/article/${id}`);
  const panel = page.getByRole('region', { name: 'Workflow' });
  await expect(panel.getByText('Status: Scheduled')).toBeVisible();
  const response = await fetch(`${desk.origin}/api/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsroom-token': desk.token },
    body: JSON.stringify({ now: articles[0]?.publishAt }),
  });
  expect(response.ok).toBe(true);
  await expect(panel.getByText('Status: Published')).toBeVisible();
  await expect(
    panel.getByRole('region', { name: 'History' }).getByRole('listitem').first(),
  ).toContainText('Scheduled → Published by Scheduler');
  await page.getByLabel('Standfirst').fill('Readings fell by a third this week.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
});
