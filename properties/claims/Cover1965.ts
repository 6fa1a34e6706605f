/**
 * Claim "Cover1965" (Cover 1965, notes §5): k vectors in general position in
 * R^d (every min(k, d) of them independent) have
 * |S(W)| = 2·Σ_{i=0}^{d−1} C(k−1, i) sign vectors.
 *
 * Checked exactly on random rational W in general position: S(W) enumerated
 * (every witness re-checked), its size compared with `cover1965(k, d)`, and
 * the general position re-checked by `isInGeneralPosition` (exact minors).
 */
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { shape } from '../../src/linalg/matrix.ts';
import { cover1965 } from '../../lp/arrangements/counting/cover.ts';
import { isInGeneralPosition, rationalMatrixArb } from '../arbitraries/index.ts';
import { runsFromEnv } from '../settings.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { enumerateCertifiedPatterns } from '../fuzz/pattern-difference.ts';
import { claimOutcome, runCountedProperty, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/** The check on one W in general position: |S(W)| = cover1965(k, d), S(W) enumerated with certified witnesses. */
export function checkCover1965(W: Rational[][]): CountedCheck {
  const [k, d] = shape(W);
  if (!isInGeneralPosition(Q, W)) return { ok: false, certificates: 0, detail: `not in general position\n${formatExactMatrix(Q, W, 'W')}` };
  const e = enumerateCertifiedPatterns(Q, 'sign', W);
  const expected = cover1965(k, d);
  if (BigInt(e.patterns.length) !== expected) return { ok: false, certificates: e.certificates, detail: `|S(W)| = ${e.patterns.length}, Cover (1965) gives ${expected} for k = ${k}, d = ${d}\n${formatExactMatrix(Q, W, 'W')}` };
  return { ok: true, certificates: e.certificates };
}

/** Claim Cover1965: `run` checks `runs` random W in general position (default 30; k ≤ 7, d ≤ 4). */
export const claimCover1965: ClaimCheck = {
  id: 'Cover1965',
  statement: '|S(W)| = 2·Σ_{i<d} C(k−1, i) for k vectors in general position in R^d.',
  method: 'property over N random exact models in general position (S(W) enumerated, witnesses certified)',
  run(opts: ClaimRunOptions = {}) {
    const runs = opts.runs ?? runsFromEnv(30);
    const arb = rationalMatrixArb({ k: { min: 1, max: 7 }, d: { min: 1, max: 4 }, generalPosition: true });
    const part = runCountedProperty(arb, checkCover1965, { seed: opts.seed, runs, defaultRuns: runs, onProgress: opts.onProgress });
    return claimOutcome([part], `|S(W)| equals Cover's count on ${part.cases} random models in general position`);
  },
};
