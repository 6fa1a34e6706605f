import { defineConfig } from 'vitest/config';

/**
 * The browser test of the HTML report (`npm run test:browser`): headless Chromium driven by
 * playwright-core. Kept apart from `npm test` (vitest.config.ts excludes test/browser/**), so
 * the main test suite never needs a browser.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
