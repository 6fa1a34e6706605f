// @ts-check
/**
 * Mutation testing of the certification path and the exact arithmetic (issue 13, item 2):
 * `npm run test:mutation`. See docs/testing.md for the surviving mutants and why each is
 * equivalent, and bench/RESULTS.md for the scores and run times.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'lp/engine/certificate.ts',
    'lp/engine/strict-system.ts',
    'lp/engine/exact-simplex.ts',
    'lp/engine/internal/support-solve.ts',
    'src/linalg/dot-sign.ts',
    'src/field/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'out/mutation/mutation.json' },
  tempDirName: '.stryker/tmp',
  timeoutMS: 10_000,
  thresholds: { high: 95, low: 90, break: 90 },
};
