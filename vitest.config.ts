import { defineConfig } from 'vitest/config';

/**
 * One runner for the whole suite. Database tests (`*.db.test.ts`) run twice: once on the
 * embedded PGlite and once on the local PostgreSQL server (DESIGN §4.2). Browser journeys
 * (`e2e/*.e2e.test.ts`) drive Debian's Chromium against a real server process.
 */
const dbTests = ['apps/**/*.db.test.ts', 'packages/**/*.db.test.ts'];

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', './tools/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'sops/**/*.test.ts'],
          exclude: [...dbTests, '**/node_modules/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: dbTests,
          env: { TZ: 'UTC', SIGAP_TEST_BACKEND: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: dbTests,
          env: { TZ: 'UTC', SIGAP_TEST_BACKEND: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
