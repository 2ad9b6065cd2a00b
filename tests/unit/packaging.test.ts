/**
 * The packaging resources electron-builder reads: the icons exist at the sizes each
 * platform needs, and every build/ path the configuration names is really there.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const config = readFileSync('build/electron-builder.yml', 'utf8');

describe('electron-builder resources', () => {
  it.each([512, 256])('has a %i pixel square PNG icon', async (size) => {
    const meta = await sharp(`build/icons/${size}x${size}.png`).metadata();
    expect(meta).toMatchObject({ format: 'png', width: size, height: size });
  });

  it('names only build/ paths that exist', () => {
    const paths = [...config.matchAll(/\bbuild\/[\w./-]+/g)].map((match) => match[0]);
    expect(paths.length).toBeGreaterThan(2);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });

  it('packs the bundles and the built renderer, with the bundled main as entry', () => {
    expect(config).toMatch(/^files:\n(?: {2}- .+\n)*? {2}- dist\/\*\*\/\*$/m);
    expect(config).toMatch(/^ {2}- dist-electron\/\*\*\/\*$/m);
    expect(config).toMatch(/^ {2}main: dist-electron\/main\.cjs$/m);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });
});
