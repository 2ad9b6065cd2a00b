// Renders build/icon.svg to the PNG icons electron-builder packs (icons/<size>x<size>.png:
// Linux takes the folder, Windows and macOS convert the 256 and 512 pixel files).
// Run again after editing the SVG: node build/render-icons.mjs
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = [512, 256];

await mkdir(join(here, 'icons'), { recursive: true });
for (const size of sizes) {
  await sharp(join(here, 'icon.svg'), { density: Math.ceil((72 * size) / 512) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(join(here, 'icons', `${size}x${size}.png`));
}
process.stdout.write(`icons: ${sizes.map((size) => `${size}x${size}.png`).join(', ')}\n`);
