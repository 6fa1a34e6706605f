/**
 * Which path of `decideStrictSystem` answers (the `method` and the engine counters): trivial
 * systems need no LP; glpk's answer is certified from its primal or its dual over every field
 * (Q, Q(√n), any other ordered field), with and without B. A path that silently fails costs a
 * fallback, never a wrong answer — these tests see the fallback.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../../properties/settings.ts';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { engineStats, resetEngineStats } from '../../../../lp/engine/engine-stats.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
/** Q under another identity: `fieldKind` calls it 'other', so the generic exact code runs. */
const Other: OrderedField<Rational> = { ...Q, name: 'Q (generic)' };

describe('trivial systems are decided without any LP', () => {
  it('no rows in A: the zero witness; a zero row: y = e_i; counted as decisions only', () => {
    resetEngineStats();
    const a = decideStrictSystem(Q, [], M([[1, 2]]));
    const b = decideStrictSystem(Q, M([[1, 2], [0, 0]]));
    expect([a.feasible, a.method, b.feasible, b.method]).toEqual([true, 'exact-fallback', false, 'exact-fallback']);
    expect(b.certificate.kind === 'infeasible' && b.certificate.y.map((v) => Q.format(v))).toEqual(['0', '1']);
    expect(engineStats()).toEqual({ decisions: 2, glpk: 0, fallbacks: 0 });
  });
});

describe('glpk answers are certified over every field (no fallback)', () => {
  const F2 = quadraticField(2);
  const fields: [string, OrderedField<unknown>, (v: number | string) => unknown][] = [
    ['Q', Q as OrderedField<unknown>, (v) => rat(v)],
    ['Q(√2)', F2 as OrderedField<unknown>, (v) => F2.parse(String(v))],
    ['another field', Other as OrderedField<unknown>, (v) => rat(v)],
  ];
  const systems: { name: string; A: (number | string)[][]; B?: (number | string)[][]; feasible: boolean }[] = [
    { name: 'Gordan (three directions around 0)', A: [[1, 0], [-1, 1], [0, -1]], feasible: false },
    { name: 'Gordan with a redundant row (support smaller than A)', A: [[1, 0], [-1, 0], [1, 1], [2, 1]], feasible: false },
    { name: 'Motzkin (B makes it infeasible)', A: [[1, 0], [-1, 1], [1, 1]], B: [[1, -1]], feasible: false },
    { name: 'Motzkin with two rows of B', A: [[1, 0, 0], [0, 1, 0], [-1, -1, 1]], B: [[0, 0, 1], [1, -1, 0]], feasible: false },
    { name: 'a pointed cone', A: [[1, 0], [-1, 1], [1, 1], [3, 1]], feasible: true },
    { name: 'a witness on the nullspace of B', A: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], B: [['1/3', '-1/7', '-1/11']], feasible: true },
  ];
  for (const [fname, F, el] of fields) {
    for (const s of systems) {
      it(`${fname}: ${s.name}`, () => {
        const A = s.A.map((r) => r.map(el));
        const B = s.B?.map((r) => r.map(el));
        resetEngineStats();
        const dec = decideStrictSystem(F, A, B);
        expect([dec.feasible, dec.method]).toEqual([s.feasible, 'glpk']);
        expect(checkCertificate(F, A, B, dec.certificate)).toBe(true);
        expect(engineStats()).toEqual({ decisions: 1, glpk: 1, fallbacks: 0 });
        if (dec.certificate.kind === 'infeasible') expect(dec.certificate.z.length).toBe(B?.length ?? 0);
      });
    }
  }
});

describe('glpk certifies ordinary systems itself (the exact fallback stays rare)', () => {
  it('random feasible integer systems (property): every one certified by glpk, none by the fallback', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 5 }).chain((d) => fc.tuple(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: d, maxLength: d }).filter((x) => x.some((v) => v !== 0)),
        fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: d, maxLength: d }), { minLength: 2, maxLength: 8 }),
      )),
      ([x0, rows]) => {
        // orient every row to the side of x0 (rows orthogonal to x0 are dropped)
        const A = rows.map((r) => ({ r, s: r.reduce((acc, v, j) => acc + v * x0[j], 0) })).filter((t) => t.s !== 0).map((t) => t.r.map((v) => rat(t.s > 0 ? v : -v)));
        fc.pre(A.length > 0);
        const dec = decideStrictSystem(Q, A);
        expect([dec.feasible, dec.method]).toEqual([true, 'glpk']);
      },
    ), fcParams(100));
  });
});

describe('the paths around glpk (injected answers)', () => {
  const OPTIMAL = 5;
  it('a rank-deficient system is decided once, on its row space (one decision counted)', () => {
    resetEngineStats();
    const dec = decideStrictSystem(Q, M([[1, 2], [2, 4], [-1, -2]]));
    expect(dec.feasible).toBe(false);
    expect(checkCertificate(Q, M([[1, 2], [2, 4], [-1, -2]]), undefined, dec.certificate)).toBe(true);
    expect(engineStats().decisions).toBe(1);
  });
  it('a rank-deficient feasible system is decided on its row space: the witness is 0 off the kept columns', () => {
    // rank 2 in 3 columns: columns 0 and 1 are kept, x₂ = 0 (glpk on the full system would use x₂)
    const A = M([[1, 2, 3], [2, 4, 6], [1, 0, 1]]);
    const dec = decideStrictSystem(Q, A);
    expect(dec.feasible).toBe(true);
    expect(checkCertificate(Q, A, undefined, dec.certificate)).toBe(true);
    expect(dec.certificate.kind === 'witness' && Q.isZero(dec.certificate.x[2])).toBe(true);
  });
  it('a dual one entry longer than A is not used, even when the witness has the right length', () => {
    // infeasible: rows 0 and 2 are opposite; the extra dual entry would name a row that does not exist
    const A = M([[1, 0], [0, 1], [-1, 0]]);
    const solver = () => ({ optimal: true, status: OPTIMAL, margin: 0, x: [0, 0], y: [0, 0, 0, 1] });
    resetEngineStats();
    const dec = decideStrictSystem(Q, A, undefined, { solvers: { maxMargin: solver } });
    expect([dec.feasible, dec.method]).toEqual([false, 'exact-fallback']);
    expect(checkCertificate(Q, A, undefined, dec.certificate)).toBe(true);
  });
  it('a dual on every row whose support solve is not ≥ 0 goes to the full fallback (counted as a fallback, not as glpk)', () => {
    // (1,0), (0,1), (1,1) do not surround 0: their one affine dependence has y₃ = −1; (−1,−1) makes the system infeasible
    const A = M([[1, 0], [0, 1], [1, 1], [-1, -1]]);
    const solver = () => ({ optimal: true, status: OPTIMAL, margin: 0, x: [0, 0], y: [1, 1, 1, 1] });
    resetEngineStats();
    const dec = decideStrictSystem(Q, A, undefined, { solvers: { maxMargin: solver } });
    expect([dec.feasible, dec.method]).toEqual([false, 'exact-fallback']);
    expect(checkCertificate(Q, A, undefined, dec.certificate)).toBe(true);
    expect(engineStats()).toEqual({ decisions: 1, glpk: 0, fallbacks: 1 });
  });
  it('the columns option must agree with A and B (RangeError naming both)', () => {
    expect(() => decideStrictSystem(Q, M([[1, 2]]), undefined, { columns: 3 })).toThrow('strict system: columns option is 3 but A/B have 2 columns');
  });
});

describe("glpk's dual on its support (dualOnSupport, injected duals, every field)", () => {
  const OPTIMAL = 5;
  const F2 = quadraticField(2);
  const fields: [string, OrderedField<unknown>, (v: number | string) => unknown][] = [
    ['Q', Q as OrderedField<unknown>, (v) => rat(v)],
    ['Q(√2)', F2 as OrderedField<unknown>, (v) => F2.parse(String(v))],
    ['another field', Other as OrderedField<unknown>, (v) => rat(v)],
  ];
  const cases: { name: string; A: (number | string)[][]; B?: (number | string)[][]; y: number[]; method: 'glpk' | 'exact-fallback' }[] = [
    // S = {0, 1}: y₀(1,0) + y₁(0,1) = 0 with y₀ + y₁ = 1 has no solution; the rows of S alone are feasible
    { name: 'a support whose system has no solution: the fallback decides', A: [[1, 0], [0, 1], [-1, -1]], y: [1, 1, 0], method: 'exact-fallback' },
    // S = rows 0..3: the support solution has y₂ < 0 ((1,0), (0,1), (1,1) do not surround 0), the exact simplex on S certifies
    { name: 'a support solution with a negative entry: the exact simplex on the support certifies', A: [[1, 0], [0, 1], [1, 1], [-1, -1], [2, 3]], y: [1, 1, 1, 1, 0], method: 'glpk' },
    // S = every row; the solution (1/2, 1/2, 0) has a zero entry and is a certificate
    { name: 'a support solution with a zero entry is a certificate', A: [[1, 0], [-1, 0], [0, 1]], y: [1, 1, 1], method: 'glpk' },
    // y = 1, z = −1: Σ y = 1 normalises y only (with z in the sum there is no solution)
    { name: 'Motzkin: the normalisation Σ y = 1 is over y only', A: [[1]], B: [[1]], y: [1], method: 'glpk' },
    // rows with denominators: the integerised system is scaled back to y = (2, 1, 3)
    { name: 'rows with denominators: the integer solution is scaled back per row', A: [['1/2', 0], [-1, 1], [0, '-1/3']], y: [1, 1, 1], method: 'glpk' },
  ];
  for (const [fname, F, el] of fields) {
    for (const c of cases) {
      it(`${fname}: ${c.name}`, () => {
        const A = c.A.map((r) => r.map(el));
        const B = c.B?.map((r) => r.map(el));
        const solver = (_A: unknown, _B: unknown, d: number) => ({ optimal: true, status: OPTIMAL, margin: 0, x: new Array<number>(d).fill(0), y: c.y });
        const dec = decideStrictSystem(F, A, B, { solvers: { maxMargin: solver } });
        expect([dec.feasible, dec.method]).toEqual([false, c.method]);
        expect(checkCertificate(F, A, B, dec.certificate)).toBe(true);
      });
    }
  }
});
