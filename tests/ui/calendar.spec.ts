/**
 * The calendar and the scheduler in Chromium against the real core: a desk chief drags an
 * article from the unscheduled lane to tomorrow 09:00 (and moves it on by keyboard), an
 * editor cannot, and a scheduled article publishes when the core's clock passes its time.
 */
import { DateTime } from 'luxon';
import type { Page } from '@playwright/test';
import { expect, holdAnswer, openDesk, settle, test, type DeskServer } from './fixtures';

test.use({ deskArgs: ['--test-clock'] });

const ZONE = 'Asia/Baku';

interface Seeded {
  id: string;
  headline: string;
}

async function seedEdited(
  desk: DeskServer,
  headline: string,
  role: 'editor' | 'desk_chief',
): Promise<Seeded> {
  await desk.call('settings:update', {
    timeZone: ZONE,
    profile: { name: 'Nino', role: 'desk_chief' },
  });
  const { id } = await desk.call<{ id: string }>('articles:create', {
    content: { language: 'en', headline, byline: 'Arman Seitkali' },
  });
  await desk.call('workflow:transition', { id, action: 'submit' });
  await desk.call('workflow:transition', { id, action: 'markEdited' });
  await desk.call('settings:update', {
    profile: { name: role === 'editor' ? 'Arman' : 'Nino', role },
  });
  return { id, headline };
}

/** Moves the core's clock (browser mode's --test-clock route); the scheduler runs a pass. */
async function setCoreClock(desk: DeskServer, now: string): Promise<void> {
  const response = await fetch(`${desk.origin}/api/test/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsroom-token': desk.token },
    body: JSON.stringify({ now }),
  });
  expect(response.ok).toBe(true);
}

function tomorrow(): { date: string; label: string } {
  const day = DateTime.now().setZone(ZONE).plus({ days: 1 });
  const date = day.toFormat('yyyy-MM-dd');
  const label = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  return { date, label };
}

/** The calendar's day view, moved on to tomorrow. */
async function openTomorrow(
  page: Page,
  desk: DeskServer,
): Promise<{ date: string; label: string }> {
  await openDesk(page, desk, '#/calendar');
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  const day = tomorrow();
  await expect(page.getByText(`Showing ${day.label}`)).toBeVisible();
  return day;
}

async function drag(
  page: Page,
  from: ReturnType<Page['locator']>,
  to: ReturnType<Page['locator']>,
): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('nothing to drag or nowhere to drop');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 20, source.y + 20, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

test('a desk chief drags an article from the unscheduled lane to tomorrow 09:00', async ({
  page,
  desk,
}) => {
  const article = await seedEdited(desk, 'Caspian ferry adds a Sunday crossing', 'desk_chief');
  const day = await openTomorrow(page, desk);
  const lane = page.getByRole('complementary', { name: 'Unscheduled' });
  const handle = lane.getByRole('button', { name: `Move ${article.headline}` });
  const nine = page.getByRole('group', { name: `${day.label}, 09:00` });
  await drag(page, handle, nine);

  await expect(nine.getByRole('link', { name: /09:00 EN Caspian ferry/ })).toBeVisible();
  await expect(lane.getByText('No edited articles are waiting.')).toBeVisible();
  const stored = await desk.call<{ status: string; publishAt: string }>('articles:get', {
    id: article.id,
  });
  expect(stored.status).toBe('scheduled');
  expect(stored.publishAt).toBe(
    DateTime.fromISO(`${day.date}T09:00`, { zone: ZONE }).toUTC().toISO(),
  );
  await page.screenshot({ path: 'test-results/calendar-day.png' });

  // The same move by keyboard: pick up, one hour down, drop, each key once the screen
  // reader has been told the last one took effect, as a person waits for the card to move.
  // The first move's events may arrive after the pick-up (late on a loaded machine): the
  // calendar holds them until the drop, so they do not cancel the keyboard drag.
  const ten = page.getByRole('group', { name: `${day.label}, 10:00` });
  const told = (text: string) => page.getByRole('status').filter({ hasText: text });
  await nine.getByRole('button', { name: `Move ${article.headline}` }).focus();
  await page.keyboard.press('Space');
  // Picked up, and over its own hour.
  await expect(told(`${article.headline} is over ${day.label}, 09:00.`)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(told(`${article.headline} is over ${day.label}, 10:00.`)).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(ten.getByRole('link', { name: /10:00 EN Caspian ferry/ })).toBeVisible();
  const moved = await desk.call<{ publishAt: string }>('articles:get', { id: article.id });
  expect(moved.publishAt).toBe(
    DateTime.fromISO(`${day.date}T10:00`, { zone: ZONE }).toUTC().toISO(),
  );
});

test('an editor cannot schedule from the calendar', async ({ page, desk }) => {
  const article = await seedEdited(desk, 'Almaty metro extension opens', 'editor');
  const day = await openTomorrow(page, desk);
  const lane = page.getByRole('complementary', { name: 'Unscheduled' });
  await expect(lane.getByText('Only the desk chief can schedule')).toBeVisible();
  await expect(lane.getByRole('button', { name: `Move ${article.headline}` })).toHaveCount(0);
  // Dragging the card itself does nothing either.
  await drag(
    page,
    lane.getByRole('link', { name: /Almaty metro/ }),
    page.getByRole('group', { name: `${day.label}, 09:00` }),
  );
  await expect(lane.getByRole('link', { name: /Almaty metro/ })).toBeVisible();
  expect((await desk.call<{ status: string }>('articles:get', { id: article.id })).status).toBe(
    'edited',
  );
  // And the core refuses it whatever the UI shows.
  await expect(
    desk.call('workflow:schedule', { id: article.id, local: `${day.date}T09:00` }),
  ).rejects.toThrow(/Only the desk chief can schedule/);
});

test('the scheduled article publishes when the clock passes its time, and the desk shows it', async ({
  page,
  desk,
}) => {
  const article = await seedEdited(desk, 'Tbilisi opens a new cable car line', 'desk_chief');
  const day = tomorrow();
  const { articles } = await desk.call<{ articles: { publishAt: string }[] }>('workflow:schedule', {
    id: article.id,
    local: `${day.date}T09:00`,
  });
  const publishAt = articles[0]?.publishAt ?? '';
  await openDesk(page, desk);
  const row = page.getByRole('article', { name: article.headline });
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();

  const setClock = (now: string) => setCoreClock(desk, now);
  await setClock(new Date(Date.parse(publishAt) - 60_000).toISOString());
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
  expect((await desk.call<{ status: string }>('articles:get', { id: article.id })).status).toBe(
    'scheduled',
  );

  await setClock(new Date(Date.parse(publishAt) + 30_000).toISOString());
  await expect(row.getByText('Published', { exact: true })).toBeVisible();
  const stored = await desk.call<{ status: string; transitions: { by: string; to: string }[] }>(
    'articles:get',
    {
      id: article.id,
    },
  );
  expect(stored.status).toBe('published');
  expect(stored.transitions.at(-1)).toMatchObject({ to: 'published', by: 'Scheduler' });
});

/**
 * An edited article scheduled for tomorrow 09:00 with overdue articles held for the desk
 * chief, and the instant an hour after its time (as after a night with the laptop asleep).
 */
async function heldUntilConfirmed(
  desk: DeskServer,
  headline: string,
): Promise<{ article: Seeded; anHourLate: string }> {
  const article = await seedEdited(desk, headline, 'desk_chief');
  await desk.call('settings:update', { catchUp: 'confirm' });
  const { articles } = await desk.call<{ articles: { publishAt: string }[] }>('workflow:schedule', {
    id: article.id,
    local: `${tomorrow().date}T09:00`,
  });
  const anHourLate = new Date(Date.parse(articles[0]?.publishAt ?? '') + 3_600_000);
  return { article, anHourLate: anHourLate.toISOString() };
}

test('overdue articles wait for the desk chief when the settings say so', async ({
  page,
  desk,
}) => {
  const { article, anHourLate } = await heldUntilConfirmed(
    desk,
    'Parliament delays the media law vote',
  );
  await openDesk(page, desk);
  await setCoreClock(desk, anHourLate);
  const notice = page.getByRole('alert').filter({ hasText: 'waits for your confirmation' });
  await expect(notice.getByRole('link', { name: article.headline })).toBeVisible();
  const row = page.getByRole('article', { name: article.headline });
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
  await notice.getByRole('button', { name: 'Publish them now' }).click();
  await expect(row.getByText('Published', { exact: true })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('a status answer that arrives after a notice does not hide the notice', async ({
  page,
  desk,
}) => {
  const { article, anHourLate } = await heldUntilConfirmed(
    desk,
    'Ministers meet at the border post',
  );
  // The status the notice asks for as the desk opens is answered by the core at once (no
  // article waits yet), and that answer is held on its way back to the page.
  const held = await holdAnswer(page, 'schedule:status');
  await openDesk(page, desk);
  await held.answered;
  await setCoreClock(desk, anHourLate);
  const notice = page.getByRole('alert').filter({ hasText: 'waits for your confirmation' });
  await expect(notice.getByRole('link', { name: article.headline })).toBeVisible();
  // The older answer arrives last, and the page takes it in.
  held.release();
  await held.delivered;
  await settle(page);
  await expect(notice.getByRole('link', { name: article.headline })).toBeVisible();
  await held.stop();
});

test('the calendar warns when a pinned top story would hold the home page as a scheduled article goes live', async ({
  page,
  desk,
}) => {
  const lead = await seedEdited(desk, 'Talks on the border resume', 'desk_chief');
  await desk.call('workflow:publish', { id: lead.id });
  const board = await desk.call<{ version: number }>('board:get', { language: 'en' });
  await desk.call('board:place', {
    baseVersion: board.version,
    zoneId: 'en-top',
    articleId: lead.id,
    position: 0,
    until: null,
    fromZoneId: null,
  });
  const due = await seedEdited(desk, 'Budget vote tomorrow morning', 'desk_chief');
  await desk.call('workflow:schedule', { id: due.id, local: `${tomorrow().date}T11:00` });
  await openTomorrow(page, desk);
  const warning = page.getByRole('alert').filter({ hasText: 'is pinned as the English top story' });
  await expect(warning).toContainText(
    '“Talks on the border resume” is pinned as the English top story with no end',
  );
  await expect(warning).toContainText('will not lead the home page');
});
