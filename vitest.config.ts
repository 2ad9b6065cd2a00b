import { defineConfig } from 'vitest/config';

/**
 * Time-zone sensitive tests run once per process time zone (TZ set for the test process)
 * to prove that nothing in scheduling depends on the machine's zone.
 */
const TIME_ZONE_TESTS = ['tests/unit/workflow-schedule.test.ts'];
const PROCESS_TIME_ZONES = ['UTC', 'Asia/Baku', 'Asia/Almaty', 'Europe/Moscow', 'America/New_York'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: TIME_ZONE_TESTS },
      },
      ...PROCESS_TIME_ZONES.map((zone) => ({
        extends: true as const,
        test: {
          name: `tz-${zone}`,
          include: TIME_ZONE_TESTS,
          env: { TZ: zone, EXPECT_TZ: zone },
        },
      })),
    ],
  },
});
