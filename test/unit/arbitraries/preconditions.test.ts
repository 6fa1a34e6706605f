import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import {
  orthogonalMatrixArb,
  pointConfigurationArb,
  positiveDiagonalArb,
  positiveScalarArb,
  quadraticMatrixArb,
  rankingArb,
  rationalMatrixArb,
  signVectorArb,
  translationArb,
} from '../../../properties/arbitraries/index.ts';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { quadraticField, type Quadratic } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import { combinations } from '../../../src/linalg/minors.ts';
import { identity, matEquals, matMul, shape, transpose } from '../../../src/linalg/matrix.ts';
import { squaredRowNorms } from '../../../src/linalg/gram.ts';

const Q2 = quadraticField(2);

// Independent statements of the preconditions (rank by row reduction, not the arbitraries' minors).
const nonZeroRows = <T>(F: OrderedField<T>, W: T[][]) => squaredRowNorms(F, W).every((n) => F.sign(n) > 0);
const distinctRows = <T>(F: OrderedField<T>, W: T[][]) => new Set(W.map((row) => row.map((x) => F.format(x)).join(' '))).size === W.length;
function generalPosition<T>(F: OrderedField<T>, W: T[][]): boolean {
  const [k, d] = shape(W);
  const r = Math.min(k, d);
  for (const rows of combinations(k, r)) if (rank(F, rows.map((i) => W[i])) !== r) return false;
  return true;
}
const inRange = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

/**
 * Runs an always-failing property over `arb`, so that fast-check shrinks as far as it can, and checks
 * `pre` on every value the property saw (the first one and every shrink candidate) and on the final
 * counterexample. Asserts that shrinking did happen, so the check is not vacuous: when the env seed's
 * first value is already minimal (nothing to shrink), the next seeds seed + 1, seed + 2, … are tried
 * (deterministic for every env seed; at most 20).
 */
function checkPreconditionThroughShrinking<V>(arb: fc.Arbitrary<V>, pre: (v: V) => boolean, runs = 1): V {
  const { seed, numRuns } = fcParams(runs);
  for (let attempt = 0; attempt < 20; attempt++) {
    const seen: V[] = [];
    const out = fc.check(
      fc.property(arb, (v) => {
        seen.push(v);
        return false;
      }),
      { seed: seed + attempt, numRuns },
    );
    expect(out.failed).toBe(true);
    const [shrunk] = out.counterexample!;
    for (const v of seen) expect(pre(v)).toBe(true);
    expect(pre(shrunk)).toBe(true);
    if (out.numShrinks > 0) return shrunk;
  }
  throw new Error(`no shrinking happened from the first value of 20 seeds from ${seed}`);
}

/**
 * Asserts that a matrix shrunk by `fieldMatrixArb` (no `degenerate`) from a property failing exactly
 * for k ≥ kMin, d ≥ dMin has a shape fast-check could not shrink further: k = kMin (dropping rows
 * keeps nonZeroRows, distinctRows and generalPosition, and k − 1 is always a shrink candidate, the
 * top k − 1 rows), and d = dMin unless the d − 1 candidate (the left d − 1 columns) breaks `pre`
 * (then the filter rejected it; e.g. two rows agreeing on those columns under distinctRows).
 * [kMin, dMin] itself is reached only for some seeds: filtered shrinking stops at local minima.
 */
function expectShapeShrunk<T>(W: T[][], kMin: number, dMin: number, pre: (W: T[][]) => boolean): void {
  const [k, d] = shape(W);
  expect(k).toBe(kMin);
  expect(d).toBeGreaterThanOrEqual(dMin);
  if (d > dMin) expect(pre(W.map((row) => row.slice(0, d - 1))), `the ${k} × ${d - 1} corner keeps the preconditions, so d should have shrunk`).toBe(false);
}

describe('matrix arbitraries keep their preconditions, also while shrinking', () => {
  const cases = [
    { name: 'nonZeroRows', opts: { nonZeroRows: true }, pre: (W: Rational[][]) => nonZeroRows(Q, W) },
    { name: 'distinctRows', opts: { distinctRows: true, maxNumerator: 2, maxDenominator: 1 }, pre: (W: Rational[][]) => distinctRows(Q, W) },
    { name: 'generalPosition', opts: { generalPosition: true }, pre: (W: Rational[][]) => generalPosition(Q, W) },
    {
      name: 'all three, degenerate-free',
      opts: { nonZeroRows: true, distinctRows: true, generalPosition: true },
      pre: (W: Rational[][]) => nonZeroRows(Q, W) && distinctRows(Q, W) && generalPosition(Q, W),
    },
    { name: 'degenerate + distinctRows + nonZeroRows', opts: { degenerate: true, distinctRows: true, nonZeroRows: true }, pre: (W: Rational[][]) => distinctRows(Q, W) && nonZeroRows(Q, W) },
  ];
  for (const c of cases) {
    it(`rationalMatrixArb({ ${c.name} }) with k ∈ 2…6, d ∈ 1…4`, () => {
      const arb = rationalMatrixArb({ k: { min: 2, max: 6 }, d: { min: 1, max: 4 }, ...c.opts });
      const shaped = (W: Rational[][]) => inRange(W.length, 2, 6) && inRange(W[0].length, 1, 4) && W.every((r) => r.length === W[0].length) && c.pre(W);
      fc.assert(fc.property(arb, (W) => shaped(W)), fcParams(60));
      // Shrinking all the way down, and shrinking a property that fails only for k ≥ 4 and d ≥ 3.
      const smallest = checkPreconditionThroughShrinking(arb, shaped, 3);
      const seen: Rational[][][] = [];
      const out = fc.check(fc.property(arb, (W) => (seen.push(W), W.length < 4 || W[0].length < 3)), fcParams(100));
      expect(out.failed).toBe(true);
      if ('degenerate' in c.opts) {
        // The structures are re-imposed after every shape shrink (a repeated row at k = 2, a zero or
        // constant column at d = 1 break the preconditions), so no corner argument: the shape only shrinks.
        expect(shape(smallest)[0]).toBeGreaterThanOrEqual(2);
        expect(shape(smallest)[1]).toBeGreaterThanOrEqual(1);
        expect(shape(out.counterexample![0])[0]).toBeGreaterThanOrEqual(4);
        expect(shape(out.counterexample![0])[1]).toBeGreaterThanOrEqual(3);
        const first = seen.find((W) => W.length >= 4 && W[0].length >= 3)!;
        expect(shape(out.counterexample![0])[0]).toBeLessThanOrEqual(shape(first)[0]);
        expect(shape(out.counterexample![0])[1]).toBeLessThanOrEqual(shape(first)[1]);
      } else {
        expectShapeShrunk(smallest, 2, 1, shaped);
        expectShapeShrunk(out.counterexample![0], 4, 3, shaped);
      }
      for (const W of seen) expect(shaped(W)).toBe(true);
    });
  }

  it('fixed k and d are respected', () => {
    fc.assert(fc.property(rationalMatrixArb({ k: 7, d: 2, generalPosition: true }), (W) => shape(W)[0] === 7 && shape(W)[1] === 2 && generalPosition(Q, W)), fcParams(30));
  });

  it('entries respect maxNumerator and maxDenominator', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ maxNumerator: 4, maxDenominator: 3 }), (W) => W.every((row) => row.every((x) => x.n <= 4n && x.d <= 3n))),
      fcParams(50),
    );
  });

  it('quadraticMatrixArb keeps nonZeroRows, distinctRows and generalPosition over Q(√2)', () => {
    const arb = quadraticMatrixArb(Q2, { k: { min: 2, max: 5 }, d: { min: 1, max: 3 }, maxNumerator: 2, maxDenominator: 2, nonZeroRows: true, distinctRows: true, generalPosition: true });
    const pre = (W: Quadratic[][]) => nonZeroRows(Q2, W) && distinctRows(Q2, W) && generalPosition(Q2, W);
    fc.assert(fc.property(arb, pre), fcParams(40));
    expectShapeShrunk(checkPreconditionThroughShrinking(arb, pre), 2, 1, pre);
  });
});

describe('other arbitraries keep their preconditions, also while shrinking', () => {
  it('orthogonalMatrixArb: RᵀR = I, det ±1, both signs occur', () => {
    const arb = fc.integer({ min: 1, max: 4 }).chain((d) => orthogonalMatrixArb(d));
    const orthogonal = (R: Rational[][]) => matEquals(Q, matMul(Q, transpose(R), R), identity(Q, R.length));
    fc.assert(fc.property(arb, orthogonal), fcParams(60));
    const shrunk = checkPreconditionThroughShrinking(orthogonalMatrixArb(3), orthogonal);
    expect(matEquals(Q, shrunk, identity(Q, 3))).toBe(true);
  });

  it('pointConfigurationArb: first column of ones, affine general position', () => {
    const arb = pointConfigurationArb({ k: { min: 3, max: 6 }, d: 2, generalPosition: true, maxNumerator: 3, maxDenominator: 2 });
    const pre = (W: Rational[][]) => W.every((row) => Q.equals(row[0], Q.one)) && shape(W)[1] === 3 && generalPosition(Q, W);
    fc.assert(fc.property(arb, pre), fcParams(40));
    checkPreconditionThroughShrinking(arb, pre);
  });

  it('positiveDiagonalArb and positiveScalarArb: every value > 0', () => {
    const diag = fc.nat({ max: 6 }).chain((k) => positiveDiagonalArb(k).map((l) => ({ k, l })));
    const pre = ({ k, l }: { k: number; l: Rational[] }) => l.length === k && l.every((x) => Q.sign(x) > 0);
    fc.assert(fc.property(diag, pre), fcParams(50));
    checkPreconditionThroughShrinking(diag, pre);
    const s = checkPreconditionThroughShrinking(positiveScalarArb(), (a) => Q.sign(a) > 0);
    expect(Q.equals(s, Q.one)).toBe(true);
  });

  it('translationArb: d entries; shrinks to the zero vector', () => {
    const v = checkPreconditionThroughShrinking(translationArb(4), (x) => x.length === 4);
    expect(v.every((x) => Q.isZero(x))).toBe(true);
  });

  it('signVectorArb: k entries in {1, −1}', () => {
    const pre = (s: number[]) => s.length === 5 && s.every((x) => x === 1 || x === -1);
    fc.assert(fc.property(signVectorArb(5), pre), fcParams(50));
    expect(checkPreconditionThroughShrinking(signVectorArb(5), pre)).toEqual([1, 1, 1, 1, 1]);
  });

  it('rankingArb: a permutation of 0 … k−1; shrinks to the identity ranking', () => {
    const isPermutation = (p: number[]) => p.length === 6 && [...p].sort((a, b) => a - b).every((x, i) => x === i);
    fc.assert(fc.property(rankingArb(6), isPermutation), fcParams(80));
    expect(checkPreconditionThroughShrinking(rankingArb(6), isPermutation)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fc.sample(rankingArb(0), 1)).toEqual([[]]);
  });
});
