/**
 * Built-in conjecture (false, T H.1): for point configurations (classifiers
 * with a bias), the sign pattern determines the ranking pattern:
 * S([1 | A]) = S([1 | B]) implies R(A) = R(B).
 *
 * Models: a point configuration A (k points in the plane) and B = A with one
 * point moved by a small δ — a perturbation that often keeps the chirotope
 * (so S) but moves a direction w_a − w_b across another, changing R.
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { sameChirotope } from '../../../lp/arrangements/oriented-matroid/chirotope.ts';
import { signPatternsFromCircuits } from '../../../lp/arrangements/oriented-matroid/topes.ts';
import { formatSignVector } from '../../../lp/queries/sign-vector.ts';
import { rationalArb, rationalMatrixArb } from '../../arbitraries/index.ts';
import { defineConjecture, holds, refutedBy } from '../conjecture.ts';
import { formatExactMatrix, formatExactVector } from '../format.ts';
import { certifyPatternDifference, comparePatterns, formatPatternDifference, type PatternDifference } from '../pattern-difference.ts';

/** A point configuration A (k × d) and the move of one point: B = A with row `point` replaced by a_point + δ. */
export interface PointPerturbation {
  readonly A: Rational[][];
  readonly point: number;
  readonly delta: Rational[];
}

/** Evidence: B, the common sign pattern of [1 | A] and [1 | B], and a certified ranking difference. */
export interface SameSignDifferentRankingEvidence {
  readonly B: Rational[][];
  /** S([1 | A]) = S([1 | B]), as sign vectors over the points, sorted. */
  readonly signPattern: string[];
  /** The rankings only in R(A), resp. only in R(B) (as "i,j,…", top first). */
  readonly onlyIn: readonly [string[], string[]];
  readonly difference: PatternDifference<Rational>;
}

/** [1 | A]: the point configuration in homogeneous coordinates (a constant first column). */
export function homogenize(A: Matrix<Rational>): Rational[][] {
  return A.map((row) => [Q.one, ...row]);
}

/** B = A with row `point` moved by δ, exactly. Throws `RangeError` for a bad point index or δ length. */
export function perturbed(p: PointPerturbation): Rational[][] {
  if (!Number.isInteger(p.point) || p.point < 0 || p.point >= p.A.length) throw new RangeError(`perturbation: point ${p.point} is out of range 0 … ${p.A.length - 1}`);
  if (p.delta.length !== p.A[0].length) throw new RangeError(`perturbation: δ has ${p.delta.length} entries, the points have ${p.A[0].length}`);
  return p.A.map((row, i) => (i === p.point ? row.map((x, c) => Q.add(x, p.delta[c])) : row.slice()));
}

/**
 * Decides the conjecture on two point configurations A, B (k × d each) over Q:
 * `null` when the premise fails (the chirotopes of [1 | A] and [1 | B]
 * differ, which for equal rank is equivalent to S([1 | A]) ≠ S([1 | B])) or
 * when R(A) = R(B); otherwise the evidence, with S of both enumerated by the
 * LP engine and compared (an `Error` if they differ — the engines would
 * contradict each other). R([1 | A]) = R(A): the constant column cancels in
 * the differences.
 */
export function sameSignDifferentRanking(A: Matrix<Rational>, B: Matrix<Rational>): SameSignDifferentRankingEvidence | null {
  const hA = homogenize(A);
  const hB = homogenize(B);
  if (!sameChirotope(Q, hA, hB)) return null;
  const rankings = comparePatterns(Q, 'ranking', A, B);
  if (rankings.same) return null;
  const signs = comparePatterns(Q, 'sign', hA, hB);
  if (!signs.same) throw new Error('equal chirotopes but different enumerated sign patterns: the LP and oriented-matroid engines disagree');
  return { B: B.map((r) => r.slice()), signPattern: signs.patterns[0], onlyIn: rankings.onlyIn, difference: rankings.differences[0] };
}

/**
 * Independent exact re-check of the evidence: equal chirotopes, the sign
 * patterns recomputed by the oriented-matroid engine (circuits, no LP) equal
 * for both and equal to the evidence's, and the ranking difference's witness
 * and Gordan certificate.
 */
export function certifySameSignDifferentRanking(A: Matrix<Rational>, e: SameSignDifferentRankingEvidence): boolean {
  const hA = homogenize(A);
  const hB = homogenize(e.B);
  const sA = signPatternsFromCircuits(Q, hA).map(formatSignVector).sort();
  const sB = signPatternsFromCircuits(Q, hB).map(formatSignVector).sort();
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((s, t) => s === y[t]);
  return sameChirotope(Q, hA, hB) && same(sA, sB) && same(sA, [...e.signPattern].sort()) && certifyPatternDifference(Q, [A, e.B], e.difference);
}

/** Exact text of the evidence for A. */
export function formatSameSignDifferentRanking(A: Matrix<Rational>, e: SameSignDifferentRankingEvidence, names: readonly [string, string] = ['A', 'B']): string {
  return [
    formatExactMatrix(Q, A, `${names[0]} (points)`),
    formatExactMatrix(Q, e.B, `${names[1]} (points)`),
    `S([1|${names[0]}]) = S([1|${names[1]}]) (equal chirotopes; ${e.signPattern.length} sign vectors): ${e.signPattern.join(' ')}`,
    `R(${names[0]}) \\ R(${names[1]}): ${e.onlyIn[0].map((r) => `(${r})`).join(' ') || '∅'}`,
    `R(${names[1]}) \\ R(${names[0]}): ${e.onlyIn[1].map((r) => `(${r})`).join(' ') || '∅'}`,
    formatPatternDifference(Q, e.difference, names),
  ].join('\n');
}

const K = 5;

export default defineConjecture<PointPerturbation, SameSignDifferentRankingEvidence>({
  name: 'sign-pattern-determines-ranking-pattern',
  description: 'For point configurations (classifiers with a bias), S([1 | A]) = S([1 | B]) implies R(A) = R(B); tried on B = A with one point moved.',
  source: 'T H.1 (App. H.2; Björner et al., Oriented Matroids, §1.10)',
  expected: 'false',
  arbitrary: fc.record({
    A: rationalMatrixArb({ k: K, d: 2, distinctRows: true, maxNumerator: 6, maxDenominator: 2 }),
    point: fc.integer({ min: 0, max: K - 1 }),
    delta: fc.array(rationalArb({ maxNumerator: 2, maxDenominator: 4 }), { minLength: 2, maxLength: 2 }),
  }),
  runs: 200,
  check(p) {
    const e = sameSignDifferentRanking(p.A, perturbed(p));
    return e === null ? holds() : refutedBy(e);
  },
  certify: (p, e) => certifySameSignDifferentRanking(p.A, e),
  format: (p, e) => [`point ${p.point} moved by δ = ${formatExactVector(Q, p.delta)}:`, formatSameSignDifferentRanking(p.A, e)].join('\n'),
});
