// @ts-check
/**
 * The mutation step of .ci/run: the full configuration (stryker.config.mjs) restricted to the
 * certificate checks themselves — `checkCertificate`, the engine that returns only checked
 * certificates, and the exact sign of a dot product — so that it fits CI's time on 2 cores
 * (the whole set, `npm run test:mutation`, takes about an hour there; see bench/RESULTS.md).
 * Incremental (`.stryker/incremental-ci.json`, committed): a run re-tests the mutants whose
 * code or covering tests changed since the file was written; `--force` re-tests all
 * (see docs/testing.md for what incremental mode does not notice).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['lp/engine/certificate.ts', 'lp/engine/strict-system.ts', 'src/linalg/dot-sign.ts'],
  incremental: true,
  incrementalFile: '.stryker/incremental-ci.json',
  jsonReporter: { fileName: 'out/mutation/mutation-ci.json' },
  tempDirName: '.stryker/tmp-ci',
  reporters: ['clear-text', 'json'],
};
