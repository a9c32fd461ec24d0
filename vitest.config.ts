import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four tiers (see README, "Tests"):
//   unit — pure logic in lib/, plain Node, no DOM;
//   dom  — components and site adapters on fixture pages in happy-dom, with WXT's fake browser;
//   e2e  — the built extension in real Chromium on routed real URLs (slow, run one file at a time);
//   e2e-firefox — a few core paths of the built Firefox add-on in Firefox ESR, over WebDriver BiDi.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/dom/setup.ts'],
          // The chat helper's test hooks (a forced failure) are part of what this tier checks;
          // vitest serves import.meta.env from these variables.
          env: { EVENTUALLY_TEST_HOOKS: 'true' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
        },
      },
    ],
  },
});
