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
