// @ts-check
/**
 * The mutation step of .ci/run: the full configuration (stryker.config.mjs) restricted to the
 * certificate checks themselves — `checkCertificate`, the engine that returns only checked
 * certificates, and the exact sign of a dot product — so that it fits CI's time on 2 cores
 * (the whole set, `npm run test:mutation`, takes about an hour there; see bench/RESULTS.md).
 * No incremental file: every CI run tests every mutant of these files afresh.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['lp/engine/certificate.ts', 'lp/engine/strict-system.ts', 'src/linalg/dot-sign.ts'],
  incremental: false,
  jsonReporter: { fileName: 'out/mutation/mutation-ci.json' },
  tempDirName: '.stryker/tmp-ci',
  reporters: ['clear-text', 'json'],
};
