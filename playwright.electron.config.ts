import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, driven through Playwright's Electron support. Needs Electron's
 * binary (a machine where `npm start` opens the app; on Linux CI run under `xvfb-run`),
 * so it is its own suite: `npm run test:electron`, not part of `npm test`.
 */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
