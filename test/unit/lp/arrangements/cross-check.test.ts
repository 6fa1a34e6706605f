/**
 * Cross-check of the three engines for S(W) and R(W) (issue 3): the LP
 * region search, the oriented-matroid engine (no LP: circuits), and brute
 * force, on random exact matrices (k ≤ 8, d ≤ 4) including non-generic ones,
 * point configurations and Q(√n) matrices; the counts are compared with
 * Cover's formulas in general position and with Zaslavsky's count otherwise.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../../properties/arbitraries/quadratic-matrix.ts';
import { pointConfigurationArb } from '../../../../properties/arbitraries/point-configuration.ts';
import { isInGeneralPosition } from '../../../../properties/arbitraries/matrix-preconditions.ts';
import { RationalField as Q } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../../src/linalg/matrix.ts';
import { braidDifferences, braidPairs } from '../../../../src/linalg/braid.ts';
import { bruteForceSignPatterns, enumerateSignPatterns } from '../../../../lp/arrangements/sign-patterns.ts';
import { enumerateRankingPatterns, rankingPatternsViaBraid } from '../../../../lp/arrangements/ranking-patterns.ts';
import { decideRanking } from '../../../../lp/queries/ranking.ts';
import { signPatternsFromCircuits } from '../../../../lp/arrangements/oriented-matroid/topes.ts';
import { cover1965, cover1967 } from '../../../../lp/arrangements/counting/cover.ts';
import { regionCount } from '../../../../lp/arrangements/counting/zaslavsky.ts';
import { inGeneralPositionForRankings } from '../../../../lp/arrangements/counting/general-position.ts';
import { formatSignVector } from '../../../../lp/queries/sign-vector.ts';

const Q2 = quadraticField(2);
const Q5 = quadraticField(5);

/** All permutations of 0 … k−1 (k ≤ 5 here). */
function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  return permutations(k - 1).flatMap((p) => Array.from({ length: k }, (_, t) => [...p.slice(0, t), k - 1, ...p.slice(t)]));
}

/** Reads a sign vector over braidPairs(k) (+ = i above j) as a ranking; the vector must be a total order. */
function rankingOf(k: number, s: readonly number[]): number[] {
  const wins = new Array<number>(k).fill(0);
  braidPairs(k).forEach(([i, j], r) => { wins[s[r] === 1 ? i : j]++; });
  return Array.from({ length: k }, (_, i) => i).sort((a, b) => wins[b] - wins[a]);
}
const lex = (a: number[], b: number[]) => { for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return a[t] - b[t]; return 0; };
const hasZeroRow = <T>(F: OrderedField<T>, W: Matrix<T>) => W.some((row) => row.every((v) => F.isZero(v)));
const hasEqualRows = <T>(F: OrderedField<T>, W: Matrix<T>) => W.some((a, i) => W.some((b, j) => j > i && a.every((v, c) => F.equals(v, b[c]))));

/** S(W): LP search = circuits = brute force; count = Cover 1965 (general position) or Zaslavsky. */
function crossCheckSignPatterns<T>(F: OrderedField<T>, W: Matrix<T>, stats: { generic: number; other: number }): void {
  const lp = enumerateSignPatterns(F, W);
  expect(lp.complete).toBe(true);
  const keys = lp.patterns.map(formatSignVector);
  expect(signPatternsFromCircuits(F, W).map(formatSignVector)).toEqual(keys);
  expect(bruteForceSignPatterns(F, W).map(formatSignVector)).toEqual(keys);
  const n = BigInt(lp.patterns.length);
  if (isInGeneralPosition(F, W)) { stats.generic++; expect(n).toBe(cover1965(W.length, W[0].length)); }
  else { stats.other++; expect(n).toBe(hasZeroRow(F, W) ? 0n : regionCount(F, W)); }
}

/** R(W): transposition search = S(DW) route = circuits of DW = brute force (k ≤ 5); count = Cover 1967 or Zaslavsky on DW. */
function crossCheckRankingPatterns<T>(F: OrderedField<T>, W: Matrix<T>, stats: { generic: number; other: number }): void {
  const k = W.length;
  const lp = enumerateRankingPatterns(F, W);
  expect(lp.complete).toBe(true);
  expect(rankingPatternsViaBraid(F, W)).toEqual(lp.rankings);
  const DW = braidDifferences(F, W);
  expect(signPatternsFromCircuits(F, DW).map((s) => rankingOf(k, s)).sort(lex)).toEqual(lp.rankings);
  if (k <= 5) expect(permutations(k).filter((p) => decideRanking(F, W, p).feasible).sort(lex)).toEqual(lp.rankings);
  const n = BigInt(lp.rankings.length);
  if (!hasEqualRows(F, W) && inGeneralPositionForRankings(F, W)) { stats.generic++; expect(n).toBe(cover1967(k, W[0].length)); }
  else { stats.other++; expect(n).toBe(hasEqualRows(F, W) ? 0n : regionCount(F, DW)); }
}

describe('S(W): LP engine = oriented-matroid engine = brute force', () => {
  it('on random rational W, k ≤ 8, d ≤ 4: generic, degenerate, point configurations', () => {
    const stats = { generic: 0, other: 0 };
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 8 }, d: { min: 1, max: 4 } }),
      rationalMatrixArb({ k: { min: 2, max: 8 }, d: { min: 1, max: 4 }, degenerate: true, maxNumerator: 4, maxDenominator: 2 }),
      rationalMatrixArb({ k: { min: 2, max: 8 }, d: { min: 1, max: 4 }, degenerate: true, nonZeroRows: true, maxNumerator: 4, maxDenominator: 2 }),
      pointConfigurationArb({ k: { min: 2, max: 8 }, d: { min: 1, max: 3 }, degenerate: true, maxNumerator: 4, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => crossCheckSignPatterns(Q, W, stats)), fcParams(200));
    expect(stats.generic).toBeGreaterThan(20);
    expect(stats.other).toBeGreaterThan(20);
  });

  it('on random Q(√2) and Q(√5) matrices', () => {
    const stats = { generic: 0, other: 0 };
    fc.assert(fc.property(quadraticMatrixArb(Q2, { k: { min: 1, max: 6 }, d: { min: 1, max: 3 }, maxNumerator: 3, maxDenominator: 2 }), (W) => crossCheckSignPatterns(Q2, W, stats)), fcParams(15));
    fc.assert(fc.property(quadraticMatrixArb(Q5, { k: { min: 2, max: 6 }, d: { min: 1, max: 3 }, degenerate: true, maxNumerator: 3, maxDenominator: 2 }), (W) => crossCheckSignPatterns(Q5, W, stats)), fcParams(15));
    expect(stats.generic + stats.other).toBe(2 * fcParams(15).numRuns);
  });
});

describe('R(W): transposition search = S(DW) route = oriented-matroid engine on DW = brute force', () => {
  it('on random rational W, k ≤ 6, d ≤ 4: generic, degenerate, point configurations', () => {
    const stats = { generic: 0, other: 0 };
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 4 }, maxNumerator: 20 }),
      rationalMatrixArb({ k: { min: 2, max: 6 }, d: { min: 1, max: 4 }, degenerate: true, maxNumerator: 4, maxDenominator: 2 }),
      pointConfigurationArb({ k: { min: 2, max: 6 }, d: { min: 1, max: 3 }, degenerate: true, maxNumerator: 4, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => crossCheckRankingPatterns(Q, W, stats)), fcParams(200));
    expect(stats.generic).toBeGreaterThan(20);
    expect(stats.other).toBeGreaterThan(20);
  });

  it('on random Q(√2) matrices', () => {
    const stats = { generic: 0, other: 0 };
    fc.assert(fc.property(quadraticMatrixArb(Q2, { k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, maxNumerator: 3, maxDenominator: 2 }), (W) => crossCheckRankingPatterns(Q2, W, stats)), fcParams(15));
    expect(stats.generic + stats.other).toBe(fcParams(15).numRuns);
  });
});
