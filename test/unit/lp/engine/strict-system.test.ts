import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../../src/linalg/matrix.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { engineStats, resetEngineStats } from '../../../../lp/engine/engine-stats.ts';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalArb } from '../../../../properties/arbitraries/rational.ts';
import { solveIntegerSystem } from '../../../../src/linalg/integer-elimination.ts';
import { solve } from '../../../../src/linalg/echelon.ts';
import { NON_FINITE_INPUT, solveMaxMarginLP } from '../../../../lp/engine/max-margin-lp.ts';
import { enumerateSignPatterns } from '../../../../lp/arrangements/sign-patterns.ts';
import { signPatternsFromCircuits } from '../../../../lp/arrangements/oriented-matroid/topes.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));

/** Decides, asserts the certificate is checked, returns feasibility. */
function decided<T>(F: OrderedField<T>, A: Matrix<T>, B?: Matrix<T>, exactOnly = false): boolean {
  const dec = decideStrictSystem(F, A, B, { exactOnly });
  expect(checkCertificate(F, A, B, dec.certificate)).toBe(true);
  expect(dec.feasible).toBe(dec.certificate.kind === 'witness');
  if (exactOnly) expect(dec.method).toBe('exact-fallback');
  return dec.feasible;
}

describe('decideStrictSystem: hand-made systems', () => {
  it('Gordan: three vectors around the origin have no common positive side', () => {
    expect(decided(Q, M([[1, 0], [-1, 1], [0, -1]]))).toBe(false);
    expect(decided(Q, M([[1, 0], [-1, 1], [0, -1]]), undefined, true)).toBe(false);
  });
  it('a pointed cone is feasible', () => {
    expect(decided(Q, M([[1, 0], [-1, 1], [1, 1], [3, 1]]))).toBe(true);
    expect(decided(Q, M([[1, 0], [-1, 1], [1, 1], [3, 1]]), undefined, true)).toBe(true);
  });
  it('Motzkin: B x = 0 can make a feasible system infeasible', () => {
    const A = M([[1, 0], [-1, 1], [1, 1]]);
    expect(decided(Q, A)).toBe(true);
    expect(decided(Q, A, M([[1, -1]]))).toBe(false);
    expect(decided(Q, A, M([[1, -1]]), true)).toBe(false);
    expect(decided(Q, A, M([[2, -1]]))).toBe(true);
    expect(decided(Q, A, M([[2, -1]]), true)).toBe(true);
  });
  it('witnesses satisfy B x = 0 exactly even for non-dyadic B', () => {
    const A = M([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    const B = M([['1/3', '-1/7', '-1/11']]);
    const dec = decideStrictSystem(Q, A, B);
    expect(dec.feasible).toBe(true);
    expect(dec.method).toBe('glpk');
    expect(checkCertificate(Q, A, B, dec.certificate)).toBe(true);
  });
  it('no rows in A: feasible with x = 0 of the right length', () => {
    const dec = decideStrictSystem(Q, [], M([[1, 2, 3]]));
    expect(dec.feasible).toBe(true);
    expect(dec.certificate.kind === 'witness' && dec.certificate.x.length).toBe(3);
    const dec2 = decideStrictSystem(Q, [], undefined, { columns: 4 });
    expect(dec2.certificate.kind === 'witness' && dec2.certificate.x.length).toBe(4);
  });
  it('a zero row in A: infeasible with y = e_i', () => {
    const A = M([[1, 2], [0, 0], [3, 1]]);
    const dec = decideStrictSystem(Q, A);
    expect(dec.feasible).toBe(false);
    expect(dec.certificate.kind === 'infeasible' && dec.certificate.y.map((v) => Q.format(v))).toEqual(['0', '1', '0']);
  });
  it('d = 0 and B of full column rank force x = 0: infeasible', () => {
    expect(decided(Q, [[], []] as Rational[][])).toBe(false);
    expect(decided(Q, M([[1, 1], [2, -1]]), M([[1, 0], [0, 1]]))).toBe(false);
    expect(decided(Q, M([[1, 1], [2, -1]]), M([[1, 0], [0, 1]]), true)).toBe(false);
  });
  it('dependent rows of B and rank-deficient A', () => {
    const A = M([[1, 1, 0], [2, 2, 0], [1, 1, 1]]);
    const B = M([[0, 0, 1], [0, 0, 2], [0, 0, -5]]);
    expect(decided(Q, A, B)).toBe(true);
    expect(decided(Q, A, B, true)).toBe(true);
    const A2 = M([[1, 1, 0], [-2, -2, 0], [1, 1, 1]]);
    expect(decided(Q, A2, B)).toBe(false);
    expect(decided(Q, A2, B, true)).toBe(false);
  });
  it('more columns than rows (d ≥ m) is feasible for independent rows', () => {
    expect(decided(Q, M([[1, 2, 3, 4], [-1, 0, 2, 1]]))).toBe(true);
  });
  it('huge and tiny dyadic entries (float64 data)', () => {
    const tiny = rat(1n, 2n ** 52n);
    const huge = rat(2n ** 60n);
    const A = [[huge, tiny], [Q.neg(huge), tiny], [tiny, Q.neg(huge)]];
    // x = (0, 1) gives tiny, tiny, −huge: row 2 fails; x = (0,1) region shows infeasible? check both engines agree
    expect(decided(Q, A)).toBe(decided(Q, A, undefined, true));
    const A2 = [[huge, tiny], [Q.neg(huge), tiny]];
    expect(decided(Q, A2)).toBe(true);
  });
  it('Q(√2) and Q(√39) systems: certificates solved and checked in the field', () => {
    const F2 = quadraticField(2);
    const A = [['1', 'sqrt(2)'], ['-sqrt(2)', '1'], ['1/2*sqrt(2)-1', '-1-sqrt(2)']].map((r) => r.map((s) => F2.parse(s)));
    expect(decided(F2, A)).toBe(decided(F2, A, undefined, true));
    const F39 = quadraticField(39);
    const s = F39.parse('1/20*sqrt(39)');
    const w = [[F39.parse('19/20'), s], [F39.parse('-19/20'), s], [F39.parse('-1'), F39.zero]];
    const diff = (a: number, b: number) => w[a].map((v, c) => F39.sub(v, w[b][c]));
    expect(decided(F39, [diff(0, 2)], [diff(0, 1)])).toBe(true);
    expect(decided(F39, [diff(0, 1), diff(0, 2), diff(2, 0)])).toBe(false);
    // an irrational Gordan certificate found through glpk's duals (Q(√n) support solve)
    const A3 = [['19/20', '1/20*sqrt(39)'], ['0', '1'], ['-1', '-sqrt(39)']].map((r) => r.map((t) => F39.parse(t)));
    const dec = decideStrictSystem(F39, A3);
    expect(dec.method).toBe('glpk');
    expect(dec.certificate.kind === 'infeasible' && dec.certificate.y.some((v) => v.b.n !== 0n)).toBe(true);
    expect(checkCertificate(F39, A3, undefined, dec.certificate)).toBe(true);
  });
  it('throws RangeError naming both shapes when A and B do not fit, or rows differ', () => {
    expect(() => decideStrictSystem(Q, M([[1, 2]]), M([[1, 2, 3]]))).toThrow(/1 × 2.*1 × 3/);
    expect(() => decideStrictSystem(Q, [[rat(1), rat(2)], [rat(1)]])).toThrow(RangeError);
    expect(() => decideStrictSystem(Q, M([[1, 2]]), undefined, { columns: 3 })).toThrow(RangeError);
  });
});

describe('decideStrictSystem: fallback path', () => {
  it('exactOnly decisions are made by the exact simplex and counted', () => {
    resetEngineStats();
    decideStrictSystem(Q, M([[1, 0], [-1, 1], [0, -1]]), undefined, { exactOnly: true });
    decideStrictSystem(Q, M([[1, 0], [-1, 1]]), undefined, { exactOnly: true });
    decideStrictSystem(Q, M([[1, 0], [-1, 1]]));
    expect(engineStats()).toEqual({ decisions: 3, glpk: 1, fallbacks: 2 });
  });
  it('a margin of ~1e-13 (below glpk tolerances) falls back, is decided correctly, certified and counted', () => {
    // rows (1, ε), (−1, ε): feasible only with x_2 > 0 and |x_1| < ε x_2; margin ~ ε
    const eps = rat(1, 10n ** 13n);
    resetEngineStats();
    const A = [[rat(1), eps], [rat(-1), eps], [rat(0), rat(1)]];
    expect(decided(Q, A)).toBe(true);
    const A2 = [[rat(1), eps], [rat(-1), eps], [rat(0), rat(-1)]];
    expect(decided(Q, A2)).toBe(false);
    const A3 = [[rat(1), eps], [rat(-1), eps]];
    expect(decided(Q, A3)).toBe(true);
    const stats = engineStats();
    expect(stats.decisions).toBe(3);
    expect(stats.fallbacks).toBeGreaterThan(0);
    expect(stats.glpk + stats.fallbacks).toBe(3);
  });
});

describe('decideStrictSystem: exact entries beyond the float64 range', () => {
  it('never hands NaN or Infinity to glpk (its simplex aborts the WebAssembly module): decided exactly, glpk still usable after', () => {
    expect(solveMaxMarginLP([[Number.NaN, 1]], [], 2)).toMatchObject({ optimal: false, status: NON_FINITE_INPUT });
    expect(solveMaxMarginLP([[1, 1]], [[Infinity, 0]], 2)).toMatchObject({ optimal: false, status: NON_FINITE_INPUT });
    const F = quadraticField(2);
    const big = rat(10n ** 400n);
    // a − a·√2 < 0 with a = 10^400: as floats Infinity − Infinity = NaN; 10^400 alone is Infinity
    const nanEntry = F.of(big, Q.neg(big));
    const A = [[nanEntry, F.one], [F.neg(F.one), F.zero], [F.one, F.one]];
    expect(Number.isNaN(F.toNumber(nanEntry))).toBe(true);
    expect(decided(F, A)).toBe(true);
    const S = enumerateSignPatterns(F, A);
    expect(S.patterns).toEqual(signPatternsFromCircuits(F, A));
    expect(decided(Q, [[big, rat(1)], [Q.neg(big), rat(-1)]])).toBe(false);
    // glpk is still alive and used for an ordinary system
    const dec = decideStrictSystem(Q, M([[1, 0], [-1, 1], [1, 1], [3, 1]]));
    expect(dec).toMatchObject({ feasible: true, method: 'glpk' });
  });
});

describe('solveIntegerSystem (fraction-free, internal)', () => {
  it('agrees with exact rational elimination on random integer systems', () => {
    const small = fc.integer({ min: -3, max: 3 });
    const sys = fc.integer({ min: 1, max: 5 }).chain((r) =>
      fc.integer({ min: 1, max: 5 }).chain((c) =>
        fc.tuple(fc.array(fc.array(small, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }), fc.array(small, { minLength: r, maxLength: r }), fc.boolean()),
      ),
    );
    fc.assert(
      fc.property(sys, ([A, b, dependent]) => {
        if (dependent && A.length > 1) A[A.length - 1] = A[0].map((v, j) => 2 * v - A[1][j]);
        const res = solveIntegerSystem(A.map((r) => r.map(BigInt)), b.map(BigInt));
        const ref = solve(Q, A.map((r) => r.map((v) => rat(v))), b.map((v) => rat(v)));
        if (res === null || ref === null) return res === ref;
        return res.den > 0n && A.every((row, i) => row.reduce((s, v, j) => s + BigInt(v) * res.num[j], 0n) === BigInt(b[i]) * res.den);
      }),
      fcParams(300),
    );
  });
});

describe('decideStrictSystem: glpk path agrees with the exact simplex (property)', () => {
  const small = rationalArb({ maxNumerator: 4, maxDenominator: 3 });
  const system = fc.integer({ min: 1, max: 4 }).chain((d) =>
    fc.tuple(
      fc.array(fc.array(small, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 7 }),
      fc.option(fc.array(fc.array(small, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    ),
  );
  it('same answer, both certificates check', () => {
    fc.assert(
      fc.property(system, ([A, B]) => {
        const viaGlpk = decideStrictSystem(Q, A, B);
        const exact = decideStrictSystem(Q, A, B, { exactOnly: true });
        return (
          viaGlpk.feasible === exact.feasible &&
          checkCertificate(Q, A, B, viaGlpk.certificate) &&
          checkCertificate(Q, A, B, exact.certificate)
        );
      }),
      fcParams(300),
    );
  });
});

describe('decideStrictSystem: degenerate Q(√2) systems with B (property)', () => {
  const F = quadraticField(2);
  const part = rationalArb({ maxNumerator: 3, maxDenominator: 2 });
  const el = fc.tuple(part, fc.integer({ min: -1, max: 1 })).map(([a, b]) => F.of(a, rat(b)));
  const system = fc.integer({ min: 1, max: 4 }).chain((d) =>
    fc.tuple(
      fc.array(fc.array(el, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.array(el, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 2 }),
      fc.nat(),
    ),
  );
  it('agrees with the exact simplex on repeated / opposite rows, and rarely needs the fallback', () => {
    let auto = 0;
    let autoFallbacks = 0;
    fc.assert(
      fc.property(system, ([A0, B, pick]) => {
        // degenerate on purpose: repeat a row (scaled) and add the negative of another
        const A = [...A0, A0[pick % A0.length].map((v) => F.add(v, v)), A0[(pick >> 3) % A0.length].map((v) => F.neg(v))];
        const before = engineStats();
        const viaGlpk = decideStrictSystem(F, A, B);
        const after = engineStats();
        if (after.glpk + after.fallbacks > before.glpk + before.fallbacks) {
          auto++;
          autoFallbacks += after.fallbacks - before.fallbacks;
        }
        const exact = decideStrictSystem(F, A, B, { exactOnly: true });
        return viaGlpk.feasible === exact.feasible && checkCertificate(F, A, B, viaGlpk.certificate) && checkCertificate(F, A, B, exact.certificate);
      }),
      fcParams(120),
    );
    expect(auto).toBeGreaterThan(0);
    expect(autoFallbacks / auto).toBeLessThan(0.02);
  });
});
