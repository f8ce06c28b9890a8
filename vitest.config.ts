import { defineConfig } from 'vitest/config';

/** Three suites: pure logic (beside the code), the built site, and real Chromium. */
export default defineConfig({
  test: {
    projects: [
      // A few unit tests lay out a graph or load citation.js: seconds on a busy two-core machine, past Vitest's 5 s default.
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/helpers/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/browser-check.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
