import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import { matVec, parseMatrix, type Matrix } from '../../../../src/linalg/matrix.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { bruteForceSignPatterns, enumerateSignPatterns } from '../../../../lp/arrangements/sign-patterns.ts';
import { decideSignVector, signVectorRows } from '../../../../lp/queries/sign-vector.ts';
import { formatSignVector, parseSignVector } from '../../../../lp/queries/sign-vector.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { fastCertificate } from '../../../../lp/engine/nearest-point.ts';

const R = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((x) => rat(x)));
const examples = JSON.parse(readFileSync(new URL('../../../../../shared/paper/examples.json', import.meta.url), 'utf8'));

/** Exact check that sign(W x) is the sign vector s. */
function realises<T>(F: OrderedField<T>, W: Matrix<T>, x: readonly T[], s: readonly number[]): boolean {
  return matVec(F, W, x).every((v, i) => F.sign(v) === s[i]);
}

/** Every enumerated pattern has an exact witness, the list is sorted without repeats and closed under negation. */
function expectCertified<T>(F: OrderedField<T>, W: Matrix<T>, e: ReturnType<typeof enumerateSignPatterns<T>>): void {
  expect(e.witnesses.length).toBe(e.patterns.length);
  e.patterns.forEach((s, i) => expect(realises(F, W, e.witnesses[i], s)).toBe(true));
  const keys = e.patterns.map(formatSignVector);
  expect([...keys].sort()).toEqual(keys);
  expect(new Set(keys).size).toBe(keys.length);
  if (e.complete) for (const s of e.patterns) expect(keys).toContain(formatSignVector(s.map((v) => -v as 1 | -1)));
}

describe('one sign vector (Def. 5.1)', () => {
  const W = R([[1, 0], [0, 1], [1, 1]]);
  it('builds the rows s_i·w_i', () => {
    const A = signVectorRows(Q, W, [1, -1, 1]);
    expect(A.map((r) => r.map((v) => Q.format(v)))).toEqual([['1', '0'], ['0', '-1'], ['1', '1']]);
  });
  it('decides with a checked witness or Gordan certificate', () => {
    const yes = decideSignVector(Q, W, parseSignVector('+-+', 3));
    expect(yes.feasible).toBe(true);
    expect(yes.certificate.kind === 'witness' && realises(Q, W, yes.certificate.x, [1, -1, 1])).toBe(true);
    const no = decideSignVector(Q, W, parseSignVector('++-', 3));
    expect(no.feasible).toBe(false);
    expect(checkCertificate(Q, signVectorRows(Q, W, [1, 1, -1]), undefined, no.certificate)).toBe(true);
  });
  it('rejects a sign vector of the wrong length or with a bad entry', () => {
    expect(() => decideSignVector(Q, W, [1, 1])).toThrow(/2 entries, W has k = 3/);
    expect(() => signVectorRows(Q, W, [1, 0 as 1, 1])).toThrow(/entry 1/);
    expect(() => signVectorRows(Q, [[rat(1)], []], [1, 1])).toThrow(RangeError);
  });
});

describe('enumeration of S(W) by adjacent regions', () => {
  it('finds the 6 regions of three lines in the plane', () => {
    const e = enumerateSignPatterns(Q, R([[1, 0], [0, 1], [1, 1]]));
    expect(e.patterns.map(formatSignVector)).toEqual(['+++', '+-+', '+--', '-++', '-+-', '---']);
    expect(e.complete).toBe(true);
    expect(e.lps).toBeLessThanOrEqual(3 * e.patterns.length);
  });

  it('handles a zero row, parallel and anti-parallel rows, rank deficiency and d ≥ k', () => {
    expect(enumerateSignPatterns(Q, R([[1, 2], [0, 0], [3, 1]]))).toEqual({ patterns: [], witnesses: [], lps: 0, complete: true });
    const par = R([[1, 2], [2, 4], [-1, -2], [0, 1]]);
    const ep = enumerateSignPatterns(Q, par);
    expect(ep.patterns.map(formatSignVector)).toEqual(['++-+', '++--', '--++', '--+-']);
    expectCertified(Q, par, ep);
    const low = R([[1, 0, 0], [0, 1, 0], [1, 1, 0], [2, -1, 0]]); // rank 2 in R^3: 4 lines in a plane, 8 regions
    const el = enumerateSignPatterns(Q, low);
    expect(el.patterns.length).toBe(8);
    expectCertified(Q, low, el);
    const id = R([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]); // d ≥ k: everything
    expect(enumerateSignPatterns(Q, id).patterns.length).toBe(8);
    const empty = enumerateSignPatterns(Q, []);
    expect(empty.patterns).toEqual([[]]);
  });

  it('agrees with brute force on random small W, generic and degenerate', () => {
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 4 } }),
      rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 4 }, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => {
      const e = enumerateSignPatterns(Q, W);
      expect(e.patterns).toEqual(bruteForceSignPatterns(Q, W));
      expectCertified(Q, W, e);
      expect(e.lps).toBeLessThanOrEqual(W.length * Math.max(1, e.patterns.length));
    }), fcParams(30));
  });

  it('works over Q(√39) (App. C.3) and respects S(W) = −S(W)', () => {
    const F = quadraticField(39);
    const W = parseMatrix(F, examples['C.3'].W);
    const e = enumerateSignPatterns(F, W);
    expectCertified(F, W, e);
    expect(e.patterns.map(formatSignVector)).toEqual(bruteForceSignPatterns(F, W).map(formatSignVector));
    // six unit vectors in three antipodal pairs (rows 2 and 5 are ±(1,0)): 6 lines' worth of regions
    expect(e.patterns.length).toBe(6);
  });

  it('stops at the limit and reports progress', () => {
    const W = R([[1, 0], [0, 1], [1, 1], [1, -1], [2, 1]]);
    const seen: number[] = [];
    const e = enumerateSignPatterns(Q, W, { limit: 4, onProgress: (n) => seen.push(n) });
    expect(e.complete).toBe(false);
    expect(e.patterns.length).toBe(4);
    expect(seen).toEqual([1, 2, 3, 4]);
    expectCertified(Q, W, e);
    expect(enumerateSignPatterns(Q, W).patterns.length).toBe(10);
    expect(() => enumerateSignPatterns(Q, W, { limit: 0 })).toThrow(/limit/);
  });
});

describe('brute force', () => {
  it('refuses large k', () => {
    expect(() => bruteForceSignPatterns(Q, Array.from({ length: 21 }, () => [rat(1)]))).toThrow(/k = 21/);
  });
});

describe('fast path of the enumerations (float nearest point, certified exactly)', () => {
  it('returns only exactly checked certificates, agreeing with decideStrictSystem, and succeeds on almost every system', () => {
    let certified = 0;
    let total = 0;
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 9 }, d: { min: 1, max: 4 }, nonZeroRows: true }),
      rationalMatrixArb({ k: { min: 1, max: 9 }, d: { min: 1, max: 4 }, nonZeroRows: true, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (A) => {
      const d = A[0].length;
      const c = fastCertificate(Q, A, d);
      total++;
      if (c === null) return;
      certified++;
      expect(checkCertificate(Q, A, undefined, c)).toBe(true);
      expect(c.kind === 'witness').toBe(decideStrictSystem(Q, A).feasible);
    }), fcParams(150));
    expect(certified).toBeGreaterThanOrEqual(Math.floor(0.9 * total));
  });
});
