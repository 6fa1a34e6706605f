/**
 * Claim L5.3 (proof App. F): for W with non-zero rows, the cosine matrix
 * C(W) determines the sign pattern S(W).
 *
 * Checked exactly on random rational models (with degenerate structure mixed
 * in) through the corollary: W' = Λ[W 0]R (Λ positive diagonal, optional
 * zero padding, R orthogonal, exact Cayley) has C(W') = C(W) (signs and
 * squares of every cosine) and S(W') = S(W) (both enumerated, every
 * witness re-checked, any difference certified). The proof steps of App. F
 * are checked one by one, each as an equality of enumerated sign patterns:
 * S(W) = S(G) with G = WWᵀ (same column space), S(G) = S(GΛ) (scaling
 * columns), S(GΛ) = S(ΛGΛ) (scaling rows), for the same positive diagonal Λ.
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { gramMatrix } from '../../src/linalg/gram.ts';
import { scaleRows } from '../../src/linalg/scaling.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { runsFromEnv } from '../settings.ts';
import { scaledRotated, scaledRotatedPairArb, formatScaledRotatedPair, type ScaledRotatedPair } from '../fuzz/model-pairs.ts';
import { comparePatterns, formatPatternDifference } from '../fuzz/pattern-difference.ts';
import { claimOutcome, runCountedProperty, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/** GΛ: column j of G times λ_j (G k × k, λ positive). */
function scaleColumns(G: Matrix<Rational>, lambdas: readonly Rational[]): Rational[][] {
  return G.map((row) => row.map((x, j) => Q.mul(x, lambdas[j])));
}

/**
 * The L5.3 check on one pair (W, Λ, pad, R): C(Λ[W 0]R) = C(W), S(Λ[W 0]R) =
 * S(W), and the App. F chain S(W) = S(WWᵀ) = S(WWᵀΛ) = S(ΛWWᵀΛ), all exact.
 * Certificates: the cosine identity plus every witness and difference
 * certificate of the five pattern comparisons.
 */
export function checkL5_3(p: ScaledRotatedPair): CountedCheck {
  const W2 = scaledRotated(p);
  const fail = (what: string): CountedCheck => ({ ok: false, certificates: 0, detail: `${what}\n${formatScaledRotatedPair(p)}` });
  if (!cosineMatrixEquals(Q, p.W, W2)) return fail("C(W') ≠ C(W)");
  let certificates = 1;
  const G = gramMatrix(Q, p.W);
  const GL = scaleColumns(G, p.lambdas);
  const LGL = scaleRows(Q, p.lambdas, GL);
  const steps: [string, Matrix<Rational>, Matrix<Rational>][] = [
    ["S(W') = S(W) for W' = Λ[W 0]R", p.W, W2],
    ['S(W) = S(WWᵀ)', p.W, G],
    ['S(WWᵀ) = S(WWᵀΛ)', G, GL],
    ['S(WWᵀΛ) = S(ΛWWᵀΛ)', GL, LGL],
  ];
  for (const [what, A, B] of steps) {
    const cmp = comparePatterns(Q, 'sign', A, B);
    certificates += cmp.certificates;
    if (!cmp.same) return fail(`${what} fails:\n${formatPatternDifference(Q, cmp.differences[0], ['left', 'right'])}`);
  }
  return { ok: true, certificates };
}

/** Claim L5.3: `run` checks `runs` random pairs (default 25; half with degenerate structure). */
export const claimL5_3: ClaimCheck = {
  id: 'L5.3',
  statement: 'C(W) determines S(W): C(Λ[W 0]R) = C(W) and S(Λ[W 0]R) = S(W); App. F: S(W) = S(WWᵀ) = S(WWᵀΛ) = S(ΛWWᵀΛ).',
  method: 'property over N random exact models (sign patterns enumerated and certified, cosines compared exactly)',
  run(opts: ClaimRunOptions = {}) {
    const runs = opts.runs ?? runsFromEnv(25);
    const size = { k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, nonZeroRows: true, maxPad: 1 };
    const pairs = fc.oneof(scaledRotatedPairArb(size), scaledRotatedPairArb({ ...size, degenerate: true }));
    const part = runCountedProperty(pairs, checkL5_3, { seed: opts.seed, runs, defaultRuns: runs, onProgress: opts.onProgress });
    return claimOutcome([part], `C and S preserved by Λ[W 0]R, and the App. F chain, on ${part.cases} random models`);
  },
};
