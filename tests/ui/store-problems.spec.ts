/**
 * Store problems show as banners, never a blank screen: documents moved to quarantine,
 * a core that stops answering (and comes back), and a store that is already open.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  expect,
  makeStoreDir,
  openDesk,
  runRefusedDeskServer,
  startDeskServer,
  test,
} from './fixtures';
import { DeskPage } from './pages/desk-page';

test('a corrupt article file shows a quarantine banner that can be dismissed', async ({ page }) => {
  const dataDir = await makeStoreDir();
  // A store with one good article and one file cut off in the middle of a write.
  const first = await startDeskServer(dataDir);
  await first.call('articles:create', { content: { language: 'en', headline: 'Still here' } });
  await first.stop();
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await writeFile(join(dataDir, 'articles', 'broken42.json'), '{"id":"broken42","headline":"Ha');
  const desk = await startDeskServer(dataDir);
  try {
    await openDesk(page, desk);
    const deskPage = new DeskPage(page);
    const banner = deskPage.banner('1 unreadable document was moved to quarantine.');
    await expect(banner).toBeVisible();
    await banner.getByText('Details').click();
    await expect(banner).toContainText('broken42.json');
    // The rest of the store opened.
    await expect(deskPage.row('Still here')).toBeVisible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
    await page.reload();
    await expect(deskPage.row('Still here')).toBeVisible();
    await expect(deskPage.banner('moved to quarantine')).toBeHidden();
    // Dismissing clears the report, not the evidence.
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.includes('broken42'))).toBe(
      true,
    );
  } finally {
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('when the server stops a banner says so, and it goes when a server is back on the port', async ({
  page,
}) => {
  const dataDir = await makeStoreDir();
  let desk = await startDeskServer(dataDir);
  try {
    await desk.call('articles:create', { content: { language: 'en', headline: 'Before' } });
    await openDesk(page, desk);
    const deskPage = new DeskPage(page);
    await expect(deskPage.row('Before')).toBeVisible();
    const banner = deskPage.banner('The desk server cannot be reached');
    await expect(banner).toBeHidden();

    await desk.stop();
    await expect(banner).toBeVisible();
    // The desk stays on screen behind the banner.
    await expect(deskPage.row('Before')).toBeVisible();

    desk = await startDeskServer(dataDir, [], { port: desk.port, token: desk.token });
    await desk.call('articles:create', { content: { language: 'en', headline: 'After' } });
    await expect(banner).toBeHidden({ timeout: 15_000 });
    // Back online, the list catches up with what changed meanwhile.
    await expect(deskPage.row('After')).toBeVisible();
    await deskPage.expectCount(2);
  } finally {
    await desk.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a store that is already open refuses a second server with a clear message', async ({
  page,
  desk,
}) => {
  const refused = await runRefusedDeskServer(desk.dataDir);
  expect(refused.code).toBe(3);
  expect(refused.stderr).toMatch(/open in another|already open|locked/i);
  expect(refused.stdout).not.toContain('Open http');
  // The first server is untouched and still serves its desk.
  await desk.call('articles:create', { content: { language: 'en', headline: 'Unharmed' } });
  await openDesk(page, desk);
  await expect(new DeskPage(page).row('Unharmed')).toBeVisible();
});
