import { defineConfig } from 'vitest/config';

/**
 * The test files Stryker runs (`npm run test:mutation`, stryker.config.mjs): the tests of the
 * certification path and of the exact arithmetic only, so that a mutant never runs the whole
 * suite. A test that kills mutants of those files belongs in one of these folders.
 */
export default defineConfig({
  test: {
    include: [
      'test/unit/lp/engine/**/*.test.ts',
      'test/unit/field/**/*.test.ts',
      'test/unit/linalg/dot-sign.test.ts',
      'test/fault/**/*.test.ts',
      'test/docs/doc-examples.test.ts',
    ],
    testTimeout: 60_000,
  },
});
