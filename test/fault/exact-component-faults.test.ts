/**
 * Faults in the exact components behind the engine's checks (issue 13, item 1). A wrong float
 * dual cannot make a wrong certificate: it only picks the support S, and the exact support
 * solve (`dualOnSupport`) and the exact simplex build a certificate that is valid by
 * construction. So the checks of `tryDual` (glpk path), `tryGordan` (nearest-point path) and
 * `finish` (exact fallback, trivial cases) guard against bugs in that exact code; here such a
 * bug is injected by replacing those modules (vi.mock, test-only) with versions that return a
 * wrong certificate when `fault` is on. The answer must stay right and certified, or the
 * engine must throw an internal error, never return the wrong certificate.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../src/field/rational.ts';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { decideStrictSystem } from '../../lp/engine/strict-system.ts';
import { checkCertificate, type Certificate } from '../../lp/engine/certificate.ts';
import { decideStrictFast } from '../../lp/engine/nearest-point.ts';
import { enumerateSignPatterns } from '../../lp/arrangements/sign-patterns.ts';
import { ISSUE_ANSWERS, ISSUE_MATRIX } from './near-degenerate.ts';

const fault = vi.hoisted(() => ({ supportSolve: false, exactSimplex: false }));

/** A Gordan certificate that is wrong for every system without a zero row: y = e_0. */
function wrongGordan<T>(zero: T, one: T, m: number, p: number): Certificate<T> {
  return { kind: 'infeasible', y: Array.from({ length: m }, (_, i) => (i === 0 ? one : zero)), z: Array.from({ length: p }, () => zero) };
}

/** The signature of `dualOnSupport` (lp/engine/internal/, which only lp/engine/ may import). */
type DualOnSupport = <T>(F: OrderedField<T>, A: Matrix<T>, B: Matrix<T>, S: readonly number[], d: number) => Certificate<T> | null;
vi.mock('../../lp/engine/internal/support-solve.ts', async (importOriginal) => {
  const real = await importOriginal<{ dualOnSupport: DualOnSupport }>();
  const dualOnSupport: DualOnSupport = (F, A, B, S, d) => (fault.supportSolve ? wrongGordan(F.zero, F.one, A.length, B.length) : real.dualOnSupport(F, A, B, S, d));
  return { ...real, dualOnSupport };
});
vi.mock('../../lp/engine/exact-simplex.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lp/engine/exact-simplex.ts')>();
  return {
    ...real,
    decideStrictSystemExact: ((F, A, B) => (fault.exactSimplex ? wrongGordan(F.zero, F.one, A.length, B?.length ?? 0) : real.decideStrictSystemExact(F, A, B))) as typeof real.decideStrictSystemExact,
  };
});

afterEach(() => {
  fault.supportSolve = false;
  fault.exactSimplex = false;
});

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));
const INFEASIBLE: { A: Rational[][]; B?: Rational[][] }[] = [
  { A: M([[1, 0], [-1, 1], [0, -1]]) },
  { A: M([[1, 2], [-2, -4], [1, 1]]) },
  { A: M([[1, 0], [-1, 1], [1, 1]]), B: M([[1, -1]]) },
];

describe('a wrong support solve (glpk dual path, nearest-point Gordan path) is caught by the exact check', () => {
  it('decideStrictSystem: the exact fallback answers, certified', () => {
    fault.supportSolve = true;
    for (const { A, B } of INFEASIBLE) {
      const dec = decideStrictSystem(Q, A, B);
      expect([dec.feasible, dec.method]).toEqual([false, 'exact-fallback']);
      expect(checkCertificate(Q, A, B, dec.certificate)).toBe(true);
    }
  });
  it('decideStrictFast: certified', () => {
    fault.supportSolve = true;
    for (const { A } of INFEASIBLE.filter((s) => !s.B)) {
      const c = decideStrictFast(Q, A, 2);
      expect([c.kind, checkCertificate(Q, A, undefined, c)]).toEqual(['infeasible', true]);
    }
  });
  it('the issue matrix still has |S| = 14', () => {
    fault.supportSolve = true;
    expect(enumerateSignPatterns(Q, ISSUE_MATRIX).patterns.length).toBe(ISSUE_ANSWERS.signPatterns);
  });
});

describe('a wrong exact simplex is an internal error, never an answer', () => {
  it('the fallback certificate is checked (exactOnly)', () => {
    fault.exactSimplex = true;
    const A = M([[1, 0], [-1, 1], [1, 1], [3, 1]]);
    expect(() => decideStrictSystem(Q, A, undefined, { exactOnly: true })).toThrow(/fallback certificate failed its check \(internal error\)/);
  });

});
