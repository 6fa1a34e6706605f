/**
 * Edge cases of the exact simplex found by mutation testing: no constraints (m = 0), the pivot
 * count it reports, and the Farkas side of the strict-system fallback.
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { decideStrictSystemExact, simplexStandardForm } from '../../../../lp/engine/exact-simplex.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const v = (xs: (number | string)[]) => xs.map((x) => rat(x));

describe('simplexStandardForm without constraints (m = 0)', () => {
  it('x = 0 is optimal for c ≥ 0, and unbounded along e_j for c_j < 0', () => {
    const opt = simplexStandardForm(Q, [], [], v([1, 2]));
    expect(opt.status === 'optimal' && [opt.x.map((t) => Q.format(t)), Q.format(opt.value), opt.y]).toEqual([['0', '0'], '0', []]);
    const unb = simplexStandardForm(Q, [], [], v([1, -2]));
    expect(unb.status === 'unbounded' && unb.ray.map((t) => Q.format(t))).toEqual(['0', '1']);
  });
});

describe('the pivot count', () => {
  it('counts every pivot (a two-constraint LP needs at least two)', () => {
    // min -x0 - x1 s.t. x0 + s0 = 1, x1 + s1 = 1: optimum at x = (1, 1), two pivots at least
    const r = simplexStandardForm(Q, M([[1, 0, 1, 0], [0, 1, 0, 1]]), v([1, 1]), v([-1, -1, 0, 0]));
    expect(r.status === 'optimal' && Q.format(r.value)).toBe('-2');
    expect(r.pivots).toBeGreaterThanOrEqual(2);
    const trivial = simplexStandardForm(Q, [], [], v([1]));
    expect(trivial.pivots).toBe(0);
  });
});

describe('decideStrictSystemExact', () => {
  it('no rows in A: the zero witness of length d (from B)', () => {
    const c = decideStrictSystemExact(Q, [], M([[1, 2, 3]]));
    expect(c.kind === 'witness' && c.x.map((t) => Q.format(t))).toEqual(['0', '0', '0']);
  });
  it('feasible systems get a witness from the Farkas vector, infeasible ones a Motzkin certificate', () => {
    const A = M([[1, 0], [-1, 1], [1, 1]]);
    for (const [B, kind] of [[M([[2, -1]]), 'witness'], [M([[1, -1]]), 'infeasible']] as const) {
      const c = decideStrictSystemExact(Q, A, B);
      expect([c.kind, checkCertificate(Q, A, B, c)]).toEqual([kind, true]);
    }
  });
});

/** Checks that y is dual optimal for min cᵀx, A x = b, x ≥ 0 with optimum value: Aᵀy ≤ c and bᵀy = value. */
function expectDualOptimal(A: Rational[][], b: Rational[], c: Rational[], y: Rational[], value: Rational): void {
  c.forEach((cj, j) => expect(Q.compare(A.reduce((s, row, i) => s.add(row[j].mul(y[i])), Q.zero), cj)).toBeLessThanOrEqual(0));
  expect(Q.format(b.reduce((s, bi, i) => s.add(bi.mul(y[i])), Q.zero))).toBe(Q.format(value));
}

describe("Bland's rule, as documented (ties in the ratio test go to the smallest basic index)", () => {
  // A fully degenerate LP (b = 0): every ratio test ties. Every tie-breaking gives an optimal dual,
  // but only Bland's (smallest basic index) is proved to terminate; found by a search over small
  // LPs against the other tie-breakings (first or last tied row, largest basic index), which land
  // on the other optimal duals (15/13, 16/13, −4) and (−1/4, 13/6, −4) here.
  it('lands on the dual (13/21, 3/7, −11/21) after 4 pivots', () => {
    const A = M([[-2, -2, -2, 3], [-3, 3, -3, -2], [-2, 2, -1, 0]]);
    const b = v([0, 0, 0]);
    const c = v([2, -1, -2, 1]);
    const r = simplexStandardForm(Q, A, b, c);
    if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
    expectDualOptimal(A, b, c, r.y, r.value);
    expect([r.pivots, r.x.map((t) => Q.format(t)), r.y.map((t) => Q.format(t))]).toEqual([4, ['0', '0', '0', '0'], ['13/21', '3/7', '-11/21']]);
  });
});

describe('driving artificials out after phase I', () => {
  // Only original columns may replace an artificial left basic at level 0; an artificial column
  // entering there (a search found this LP) costs a pivot and moves the dual to (0, −2/3, −1/9, 1/9).
  it('pivots on original columns only: 4 pivots, dual (−1/9, −2/3, −1/9, 0)', () => {
    const A = M([[0, -2, 1, 0, 0], [-2, 2, -2, 2, -3], [3, -2, 2, -3, 0], [0, 2, -1, 0, 0]]);
    const b = v([0, 0, 0, 0]);
    const c = v([1, 1, 1, 2, 2]);
    const r = simplexStandardForm(Q, A, b, c);
    if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
    expectDualOptimal(A, b, c, r.y, r.value);
    expect([r.pivots, r.y.map((t) => Q.format(t))]).toEqual([4, ['-1/9', '-2/3', '-1/9', '0']]);
  });
});

describe('shape errors name the simplex', () => {
  it('a ragged A is a RangeError naming "simplex: A"', () => {
    expect(() => simplexStandardForm(Q, M([[1, 2], [3]]), v([1, 1]), v([1, 1]))).toThrow(/simplex: A/);
  });
});
