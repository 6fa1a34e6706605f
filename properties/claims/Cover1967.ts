/**
 * Claim "Cover1967" (Cover 1967, notes §5): k points in general position in
 * R^d induce |R(W)| = 2·Σ_{j≥0} |s(k, k−d+1+2j)| rankings (|s| the unsigned
 * Stirling numbers of the first kind).
 *
 * Checked exactly on random rational W in general position for rankings
 * (`inGeneralPositionForRankings`: every forest of ≤ min(d, k−1) braid
 * differences independent, exact ranks): R(W) enumerated (every witness
 * re-checked) and its size compared with `cover1967(k, d)`.
 */
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { shape } from '../../src/linalg/matrix.ts';
import { cover1967 } from '../../lp/arrangements/counting/cover.ts';
import { inGeneralPositionForRankings } from '../../lp/arrangements/counting/general-position.ts';
import { rationalMatrixArb } from '../arbitraries/index.ts';
import { runsFromEnv } from '../settings.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { enumerateCertifiedPatterns } from '../fuzz/pattern-difference.ts';
import { claimOutcome, runCountedProperty, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/** The check on one W in general position for rankings: |R(W)| = cover1967(k, d), R(W) enumerated with certified witnesses. */
export function checkCover1967(W: Rational[][]): CountedCheck {
  const [k, d] = shape(W);
  if (!inGeneralPositionForRankings(Q, W)) return { ok: false, certificates: 0, detail: `not in general position for rankings\n${formatExactMatrix(Q, W, 'W')}` };
  const e = enumerateCertifiedPatterns(Q, 'ranking', W);
  const expected = cover1967(k, d);
  if (BigInt(e.patterns.length) !== expected) return { ok: false, certificates: e.certificates, detail: `|R(W)| = ${e.patterns.length}, Cover (1967) gives ${expected} for k = ${k}, d = ${d}\n${formatExactMatrix(Q, W, 'W')}` };
  return { ok: true, certificates: e.certificates };
}

/** Claim Cover1967: `run` checks `runs` random W in general position for rankings (default 20; k ≤ 5, d ≤ 4, integer entries). */
export const claimCover1967: ClaimCheck = {
  id: 'Cover1967',
  statement: '|R(W)| = 2·Σ_j |s(k, k−d+1+2j)| for k points in general position in R^d.',
  method: 'property over N random exact models in general position for rankings (R(W) enumerated, witnesses certified)',
  run(opts: ClaimRunOptions = {}) {
    const runs = opts.runs ?? runsFromEnv(20);
    const arb = rationalMatrixArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 4 }, maxNumerator: 40, maxDenominator: 1, distinctRows: true }).filter((W) =>
      inGeneralPositionForRankings(Q, W),
    );
    const part = runCountedProperty(arb, checkCover1967, { seed: opts.seed, runs, defaultRuns: runs, onProgress: opts.onProgress });
    return claimOutcome([part], `|R(W)| equals Cover's count on ${part.cases} random models in general position`);
  },
};
