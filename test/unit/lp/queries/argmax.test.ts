import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { argmaxableRows, decideArgmaxable, argmaxableLabels } from '../../../../lp/queries/argmax.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { simplexStandardForm } from '../../../../lp/engine/exact-simplex.ts';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalArb } from '../../../../properties/arbitraries/rational.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const fmt = (A: Rational[][]) => A.map((r) => r.map((v) => Q.format(v)));

/** Scores W x (+ b) exactly; label i is the strict argmax. */
function strictTop(W: Rational[][], x: Rational[], i: number, bias?: Rational[]): boolean {
  const d = W[0].length;
  const t = bias ? x[d] : rat(1);
  if (bias && Q.sign(t) <= 0) return false;
  const score = (j: number) => W[j].reduce((s, v, c) => s.add(v.mul(x[c])), bias ? bias[j].mul(t) : rat(0));
  return W.every((_, j) => j === i || score(i).compare(score(j)) > 0);
}

/**
 * Independent test: w_i ∈ conv{w_j : j ≠ i} (an exact LP feasibility problem
 * λ ≥ 0, Σ λ = 1, Σ λ_j w_j = w_i, solved by the exact simplex).
 */
function inHullOfOthers(W: Rational[][], i: number): boolean {
  const others = W.filter((_, j) => j !== i);
  const d = W[0].length;
  const A = [...Array.from({ length: d }, (_, c) => others.map((w) => w[c])), others.map(() => rat(1))];
  const b = [...W[i], rat(1)];
  return simplexStandardForm(Q, A, b, others.map(() => rat(0))).status === 'optimal';
}

describe('argmaxableRows', () => {
  const W = M([[1, 0], [0, 1], [-1, 0]]);
  it('without bias: rows w_i − w_j, j ≠ i increasing', () => {
    expect(fmt(argmaxableRows(Q, W, 1))).toEqual([['-1', '1'], ['1', '1']]);
  });
  it('with bias: (w_i − w_j, b_i − b_j) then (0, …, 0, 1)', () => {
    expect(fmt(argmaxableRows(Q, W, 0, [rat(0), rat(2), rat('1/2')]))).toEqual([['1', '-1', '-2'], ['2', '0', '-1/2'], ['0', '0', '1']]);
  });
  it('validates the label index and the bias length', () => {
    expect(() => argmaxableRows(Q, W, 3)).toThrow(/label 3.*k = 3/);
    expect(() => argmaxableRows(Q, W, -1)).toThrow(RangeError);
    expect(() => argmaxableRows(Q, W, 1.5)).toThrow(RangeError);
    expect(() => argmaxableRows(Q, W, 0, [rat(1)])).toThrow(/bias has 1 entries/);
    expect(() => argmaxableRows(Q, [], 0)).toThrow(/no rows/);
    expect(() => argmaxableLabels(Q, W, [rat(1), rat(2)])).toThrow(/3 × 2 but the bias has 2/);
    expect(argmaxableLabels(Q, [])).toEqual([]);
  });
});

describe('decideArgmaxable', () => {
  it('the centre of a square is not argmaxable, its corners are (certified)', () => {
    const W = M([[1, 1], [1, -1], [-1, -1], [-1, 1], [0, 0]]);
    expect(argmaxableLabels(Q, W)).toEqual([true, true, true, true, false]);
    for (let i = 0; i < W.length; i++) {
      const dec = decideArgmaxable(Q, W, i);
      const A = argmaxableRows(Q, W, i);
      expect(checkCertificate(Q, A, undefined, dec.certificate)).toBe(true);
      if (dec.certificate.kind === 'witness') expect(strictTop(W, dec.certificate.x, i)).toBe(true);
    }
  });
  it('equal rows are never argmaxable, even at a vertex (Grivas et al.)', () => {
    const W = M([[2, 0], [2, 0], [0, 1], [-1, -1]]);
    expect(argmaxableLabels(Q, W)).toEqual([false, false, true, true]);
  });
  it('a bias can make the interior label argmaxable', () => {
    const W = M([[1, 1], [1, -1], [-1, -1], [-1, 1], [0, 0]]);
    const bias = [rat(0), rat(0), rat(0), rat(0), rat(3)];
    const dec = decideArgmaxable(Q, W, 4, bias);
    expect(dec.feasible).toBe(true);
    expect(dec.certificate.kind === 'witness' && dec.certificate.x.length).toBe(3);
    expect(dec.certificate.kind === 'witness' && strictTop(W, dec.certificate.x, 4, bias)).toBe(true);
    // (0, 0, b_4) is a vertex of the upper hull of the lifted points iff b_4 > 0
    expect(decideArgmaxable(Q, W, 4, [rat(0), rat(0), rat(0), rat(0), rat('1/100')]).feasible).toBe(true);
    expect(decideArgmaxable(Q, W, 4, [rat(0), rat(0), rat(0), rat(0), rat(0)]).feasible).toBe(false);
    expect(decideArgmaxable(Q, W, 0, [rat(-1), rat(0), rat(0), rat(0), rat(0)]).feasible).toBe(true);
    expect(decideArgmaxable(Q, W, 0, [rat(-300), rat(0), rat(0), rat(0), rat(0)]).feasible).toBe(true); // a vertex of conv(W) stays argmaxable (scale x)
    expect(argmaxableLabels(Q, W, bias)).toEqual([true, true, true, true, true]);
  });
  it('one label is always argmaxable (witness of length d)', () => {
    const dec = decideArgmaxable(Q, M([[3, 4, 5]]), 0);
    expect(dec.feasible).toBe(true);
    expect(dec.certificate.kind === 'witness' && dec.certificate.x.length).toBe(3);
  });
  it('property: argmaxable iff w_i is not in the convex hull of the other rows', () => {
    const entry = rationalArb({ maxNumerator: 3, maxDenominator: 2 });
    const model = fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.tuple(fc.array(fc.array(entry, { minLength: d, maxLength: d }), { minLength: 2, maxLength: 7 }), fc.nat()),
    );
    fc.assert(
      fc.property(model, ([W, pick]) => {
        const i = pick % W.length;
        const dec = decideArgmaxable(Q, W, i);
        if (!checkCertificate(Q, argmaxableRows(Q, W, i), undefined, dec.certificate)) return false;
        if (dec.feasible && !strictTop(W, (dec.certificate as { x: Rational[] }).x, i)) return false;
        return dec.feasible === !inHullOfOthers(W, i);
      }),
      fcParams(200),
    );
  });
});
