import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../../src/linalg/matrix.ts';
import { matVec, transpose, dot } from '../../../../src/linalg/matrix.ts';
import { simplexStandardForm, decideStrictSystemExact, type SimplexResult } from '../../../../lp/engine/exact-simplex.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { glpk } from '../../../../lp/engine/glpk.ts';
import { fcParams } from '../../../../properties/settings.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const V = (xs: (number | string)[]): Rational[] => xs.map((v) => rat(v));

/** Exact verification of a simplex result by LP duality / Farkas / a ray. */
function verified<T>(F: OrderedField<T>, A: Matrix<T>, b: readonly T[], c: readonly T[], r: SimplexResult<T>): boolean {
  const primalOk = (x: readonly T[]) => x.every((v) => F.sign(v) >= 0) && matVec(F, A, x).every((v, i) => F.equals(v, b[i]));
  const At = transpose(A);
  if (r.status === 'optimal') {
    const dualOk = At.every((col, j) => F.compare(dot(F, col, r.y), c[j]) <= 0);
    return primalOk(r.x) && dualOk && F.equals(dot(F, c, r.x), r.value) && F.equals(dot(F, b, r.y), r.value);
  }
  if (r.status === 'infeasible') return At.every((col) => F.sign(dot(F, col, r.farkas)) <= 0) && F.sign(dot(F, b, r.farkas)) > 0;
  return primalOk(r.x) && r.ray.every((v) => F.sign(v) >= 0) && matVec(F, A, r.ray).every((v) => F.isZero(v)) && F.sign(dot(F, c, r.ray)) < 0;
}

describe('simplexStandardForm', () => {
  it('solves a small LP to its exact optimum with an exact dual', () => {
    // min −x1 − x2 s.t. x1 + 2x2 + s1 = 4, 3x1 + x2 + s2 = 6: optimum (8/5, 6/5), value −14/5
    const A = M([[1, 2, 1, 0], [3, 1, 0, 1]]);
    const b = V([4, 6]);
    const c = V([-1, -1, 0, 0]);
    const r = simplexStandardForm(Q, A, b, c);
    expect(r.status).toBe('optimal');
    if (r.status !== 'optimal') return;
    expect(r.x.map((v) => Q.format(v))).toEqual(['8/5', '6/5', '0', '0']);
    expect(Q.format(r.value)).toBe('-14/5');
    expect(r.y.map((v) => Q.format(v))).toEqual(['-2/5', '-1/5']);
    expect(verified(Q, A, b, c, r)).toBe(true);
  });
  it('returns a Farkas certificate for an infeasible LP (also with b < 0 rows)', () => {
    const A = M([[1, 1], [1, -1]]);
    const b = V([-1, 3]);
    const r = simplexStandardForm(Q, A, b, V([0, 0]));
    expect(r.status).toBe('infeasible');
    expect(verified(Q, A, b, V([0, 0]), r)).toBe(true);
  });
  it('returns a ray for an unbounded LP', () => {
    const A = M([[1, -1]]);
    const r = simplexStandardForm(Q, A, V([1]), V([-1, 0]));
    expect(r.status).toBe('unbounded');
    expect(verified(Q, A, V([1]), V([-1, 0]), r)).toBe(true);
  });
  it("terminates on Beale's cycling example (Bland's rule) at the optimum −1/20", () => {
    const A = M([
      [1, 0, 0, '1/4', -60, '-1/25', 9],
      [0, 1, 0, '1/2', -90, '-1/50', 3],
      [0, 0, 1, 0, 0, 1, 0],
    ]);
    const b = V([0, 0, 1]);
    const c = V([0, 0, 0, '-3/4', 150, '-1/50', 6]);
    const r = simplexStandardForm(Q, A, b, c);
    expect(r.status).toBe('optimal');
    expect(r.status === 'optimal' && Q.format(r.value)).toBe('-1/20');
    expect(verified(Q, A, b, c, r)).toBe(true);
  });
  it('keeps redundant rows (an artificial stays basic at zero) and still returns valid duals', () => {
    const A = M([[1, 1, 1], [2, 2, 2], [1, 0, -1]]);
    const b = V([3, 6, 0]);
    const c = V([1, 2, 0]);
    const r = simplexStandardForm(Q, A, b, c);
    expect(r.status).toBe('optimal');
    expect(verified(Q, A, b, c, r)).toBe(true);
  });
  it('works over Q(√2)', () => {
    const F = quadraticField(2);
    const P = (rows: string[][]) => rows.map((r) => r.map((s) => F.parse(s)));
    const A = P([['1', 'sqrt(2)', '1', '0'], ['sqrt(2)', '1', '0', '1']]);
    const b = [F.parse('1'), F.parse('1')];
    const c = [F.parse('-1'), F.parse('-1'), F.zero, F.zero];
    const r = simplexStandardForm(F, A, b, c);
    expect(r.status).toBe('optimal');
    // optimum at x1 = x2 = 1/(1+√2) = √2 − 1, value 2 − 2√2
    expect(r.status === 'optimal' && F.format(r.value)).toBe('2-2*sqrt(2)');
    expect(verified(F, A, b, c, r)).toBe(true);
  });
  it('throws RangeError on mismatched shapes', () => {
    expect(() => simplexStandardForm(Q, M([[1, 2]]), V([1, 2]), V([0, 0]))).toThrow(/b has 2/);
    expect(() => simplexStandardForm(Q, M([[1, 2]]), V([1]), V([0]))).toThrow(/c has 1/);
  });
  it('property: exact results verify by duality and agree with glpk (float objective, NOT exact)', () => {
    const small = fc.integer({ min: -3, max: 3 });
    const lp = fc.integer({ min: 1, max: 3 }).chain((m) =>
      fc.integer({ min: 1, max: 5 }).chain((n) =>
        fc.record({
          A: fc.array(fc.array(small, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          b: fc.array(small, { minLength: m, maxLength: m }),
          c: fc.array(small, { minLength: n, maxLength: n }),
        }),
      ),
    );
    fc.assert(
      fc.property(lp, ({ A, b, c }) => {
        const Ae = A.map((r) => r.map((v) => rat(v)));
        const be = b.map((v) => rat(v));
        const ce = c.map((v) => rat(v));
        const r = simplexStandardForm(Q, Ae, be, ce);
        if (!verified(Q, Ae, be, ce, r)) return false;
        const g = glpk.solve(
          {
            name: 'sf',
            objective: { direction: glpk.GLP_MIN, name: 'obj', vars: c.map((coef, j) => ({ name: `x${j}`, coef })) },
            subjectTo: A.map((row, i) => ({ name: `r${i}`, vars: row.map((coef, j) => ({ name: `x${j}`, coef })), bnds: { type: glpk.GLP_FX, lb: b[i], ub: b[i] } })),
            bounds: c.map((_, j) => ({ name: `x${j}`, type: glpk.GLP_LO, lb: 0, ub: 0 })),
          },
          { msglev: glpk.GLP_MSG_OFF, presol: false },
        ).result;
        if (r.status === 'optimal') return g.status === glpk.GLP_OPT && Math.abs(g.z - r.value.valueOf()) < 1e-7;
        if (r.status === 'infeasible') return g.status === glpk.GLP_NOFEAS || g.status === glpk.GLP_INFEAS;
        return g.status === glpk.GLP_UNBND;
      }),
      fcParams(300),
    );
  });
});

describe('decideStrictSystemExact', () => {
  it('finds witnesses and Gordan/Motzkin certificates that check', () => {
    const cases: [Rational[][], Rational[][] | undefined, boolean][] = [
      [M([[1, 0], [-1, 1], [0, -1]]), undefined, false],
      [M([[1, 0], [-1, 1], [1, 1]]), undefined, true],
      [M([[1, 0], [-1, 1], [1, 1]]), M([[1, -1]]), false],
      [M([[1, 0], [-1, 1], [1, 1]]), M([[2, -1]]), true],
      [[], M([[1, 1]]), true],
    ];
    for (const [A, B, feasible] of cases) {
      const cert = decideStrictSystemExact(Q, A, B);
      expect(cert.kind === 'witness').toBe(feasible);
      expect(checkCertificate(Q, A, B, cert)).toBe(true);
    }
  });
});
