/**
 * The two boundaries eslint.config.js keeps, checked through ESLint's own API on small
 * snippets linted as if they lived at the given paths: 'electron' is importable only in
 * electron/main and electron/preload; `window.newsroom` is touched only in renderer/src/bridge.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const IMPORT_ELECTRON = "import { app } from 'electron';\nexport const name = app.getName();\n";
const REQUIRE_TYPE =
  "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n";

describe("'electron' imports", () => {
  it.each([
    'electron/core/store/leak.ts',
    'electron/web/leak.ts',
    'electron/cli/commands/leak.ts',
    'shared/leak.ts',
    'renderer/src/features/desk/leak.ts',
    'tests/unit/leak.test.ts',
  ])('are refused in %s', async (path) => {
    expect(await ruleIds(IMPORT_ELECTRON, path)).toContain('no-restricted-imports');
    expect(await ruleIds(REQUIRE_TYPE, path)).toContain('no-restricted-imports');
  });

  it.each(['electron/main/window.ts', 'electron/preload/extra.ts'])(
    'are allowed in %s',
    async (path) => {
      expect(await ruleIds(IMPORT_ELECTRON, path)).toEqual([]);
    },
  );
});

describe('window.newsroom', () => {
  it.each([
    ['a member access', 'export const api = window.newsroom;\n'],
    ['optional chaining', "export const call = window.newsroom?.channels['app:status'];\n"],
    ['a computed key', "export const api = window['newsroom'];\n"],
    ['destructuring', 'const { newsroom } = window;\nexport const api = newsroom;\n'],
    ['globalThis', 'export const api = globalThis.newsroom;\n'],
  ])('is refused outside the bridge (%s)', async (_label, code) => {
    const ids = await ruleIds(code, 'renderer/src/features/desk/Leak.tsx');
    expect(
      ids.some((id) => id === 'no-restricted-properties' || id === 'no-restricted-syntax'),
    ).toBe(true);
  });

  it('is allowed in renderer/src/bridge', async () => {
    expect(
      await ruleIds('export const api = window.newsroom;\n', 'renderer/src/bridge/other.ts'),
    ).toEqual([]);
  });

  it('leaves other newsroom names alone', async () => {
    expect(
      await ruleIds(
        "export const settings = { newsroomName: 'Desk' };\nexport const n = settings.newsroomName;\n",
        'renderer/src/features/settings/names.ts',
      ),
    ).toEqual([]);
  });
});
