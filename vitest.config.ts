import { defineConfig } from 'vitest/config'

// One project per layer of the testing pyramid that needs its own set-up:
// unit (pure domain and shared code, the web app's pure modules, and the analyzer's evaluation in eval/), server
// (repositories, services and routes, on SQLite and, when TEST_DATABASE_URL is set, PostgreSQL) and e2e (Playwright
// in Debian's Chromium). server-isolated holds the server files that replace a module (vi.mock): they need a module
// cache of their own.
const ISOLATED_SERVER_TESTS = ['src/server/security/passwords.test.ts']

// Vitest's default on a 2-core machine is one worker (available parallelism − 1): every file would run
// one after another. The unit and server projects run on two workers (each server file has its own
// SQLite file and PostgreSQL schema); the browser journeys run after them, one file at a time, since each
// drives Chromium against a server of its own and two at once starve each other on two cores.
const PARALLEL = { maxWorkers: 2, sequence: { groupOrder: 0 } }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...PARALLEL,
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'src/web/**/*.test.ts',
            'scripts/**/*.test.ts',
            'eval/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          ...PARALLEL,
          name: 'server',
          include: ['src/server/**/*.test.ts'],
          exclude: [...ISOLATED_SERVER_TESTS],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
          // Test files share a worker's module cache: the app and its dependencies are imported once per
          // worker, not once per file (that import was a third of the project's time). Every file builds
          // its own app and database, so nothing else is shared.
          isolate: false,
        },
      },
      {
        test: {
          ...PARALLEL,
          name: 'server-isolated',
          include: [...ISOLATED_SERVER_TESTS],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
