/**
 * Article images in browser mode: a file in the store's media/ folder loads in the page
 * through /media/ on the session cookie alone, as <img> elements will load it; a name
 * outside the content-addressed pattern does not.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, openDesk, test } from './fixtures';

test('a stored image loads from /media/ in the page', async ({ page, desk }) => {
  const png = await sharp({
    create: { width: 40, height: 24, channels: 3, background: { r: 200, g: 32, b: 47 } },
  })
    .png()
    .toBuffer();
  const name = `${createHash('sha256').update(png).digest('hex')}.png`;
  await mkdir(join(desk.dataDir, 'media'), { recursive: true });
  await writeFile(join(desk.dataDir, 'media', name), png);
  await writeFile(join(desk.dataDir, 'media', 'notes.png'), png);

  await openDesk(page, desk);
  // Loaded as <img> elements load them: same origin, session cookie, no token header.
  const sources = [`/media/${name}`, '/media/notes.png', `/media/..%2F${name}`];
  const sizes = await page.evaluate(`Promise.all(${JSON.stringify(sources)}.map((src) =>
    new Promise((resolve) => {
      const image = new Image();
      image.onload = () => resolve(image.naturalWidth + 'x' + image.naturalHeight);
      image.onerror = () => resolve('error');
      image.src = src;
    })))`);
  expect(sizes).toEqual(['40x24', 'error', 'error']);
});
