import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { positiveDiagonalArb } from '../../../../properties/arbitraries/positive-diagonal.ts';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import { matMul, transpose, type Matrix } from '../../../../src/linalg/matrix.ts';
import { nullspace } from '../../../../src/linalg/echelon.ts';
import { determinant } from '../../../../src/linalg/determinant.ts';
import { gramMatrix } from '../../../../src/linalg/gram.ts';
import { combinations } from '../../../../src/linalg/minors.ts';
import { chirotope, sameChirotope } from '../../../../lp/arrangements/oriented-matroid/chirotope.ts';
import { circuits } from '../../../../lp/arrangements/oriented-matroid/circuits.ts';
import { conformsTo, signPatternsFromCircuits } from '../../../../lp/arrangements/oriented-matroid/topes.ts';
import { regionCount } from '../../../../lp/arrangements/counting/zaslavsky.ts';
import { formatSignVector } from '../../../../lp/queries/sign-vector.ts';

const R = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((x) => rat(x)));

/** Reference: all minimal dependent row subsets by brute force over every subset, with the signs of their dependency. */
function circuitsBySubsets<T>(F: OrderedField<T>, W: Matrix<T>): string[] {
  const k = W.length;
  const out: string[] = [];
  for (let size = 1; size <= k; size++) {
    for (const C of combinations(k, size)) {
      const N = nullspace(F, transpose(C.map((i) => W[i])));
      if (N.length !== 1 || N[0].some((x) => F.isZero(x))) continue; // not dependent, or not minimal
      const X = new Array<number>(k).fill(0);
      C.forEach((i, t) => { X[i] = F.sign(N[0][t]); });
      out.push(X.join(','), X.map((x) => (x === 0 ? 0 : -x)).join(','));
    }
  }
  return out.sort();
}

const key = (cs: (-1 | 0 | 1)[][]) => cs.map((c) => c.join(',')).sort();

describe('chirotope (Björner et al. §3.5)', () => {
  it('gives the signs of the maximal minors of a column basis', () => {
    const c = chirotope(Q, R([[1, 0], [0, 1], [1, 1]]));
    expect(c.rank).toBe(2);
    expect([...c.signs.entries()].sort()).toEqual([['0,1', 1], ['0,2', 1], ['1,2', -1]]);
    // rank-deficient: only the independent column 0 is kept; zero minors are omitted
    const d = chirotope(Q, R([[1, 2], [2, 4], [0, 0], [-1, -2]]));
    expect(d.rank).toBe(1);
    expect([...d.signs.entries()].sort()).toEqual([['0', 1], ['1', 1], ['3', -1]]);
    expect([...chirotope(Q, R([[0, 0], [0, 0]])).signs.entries()]).toEqual([['', 1]]);
  });

  it('is unchanged (up to one global sign) by W ↦ ΛWA, Λ positive diagonal, A invertible, and by W ↦ WWᵀ', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 } }).chain((W) =>
      fc.tuple(fc.constant(W), positiveDiagonalArb(W.length), rationalMatrixArb({ k: W[0].length, d: W[0].length })),
    );
    fc.assert(fc.property(arb, ([W, lambda, A]) => {
      fc.pre(!Q.isZero(determinant(Q, A)));
      const LW = W.map((row, i) => row.map((x) => Q.mul(lambda[i], x)));
      expect(sameChirotope(Q, W, matMul(Q, LW, A))).toBe(true);
      expect(sameChirotope(Q, W, gramMatrix(Q, W))).toBe(true);
    }), fcParams(60));
  });

  it('tells apart configurations with different chirotopes', () => {
    // the third row crosses from one side of row 0 to the other
    expect(sameChirotope(Q, R([[1, 0], [0, 1], [1, 1]]), R([[1, 0], [0, 1], [1, -1]]))).toBe(false);
    expect(sameChirotope(Q, R([[1, 0], [0, 1], [1, 1]]), R([[1, 0], [0, 1], [2, 2]]))).toBe(true);
    expect(sameChirotope(Q, R([[1, 0], [0, 1], [1, 1]]), R([[1, 0], [0, 1], [1, 0]]))).toBe(false); // a new zero minor
    expect(sameChirotope(Q, R([[1, 0], [0, 1]]), R([[1, 0], [0, 1], [1, 1]]))).toBe(false);
  });

  it('rejects a ragged matrix', () => {
    expect(() => chirotope(Q, [[rat(1), rat(2)], [rat(1)]])).toThrow(RangeError);
  });
});

describe('signed circuits', () => {
  it('finds the dependency of three vectors in the plane, loops and parallel pairs', () => {
    expect(key(circuits(Q, R([[1, 0], [0, 1], [1, 1]])))).toEqual(['-1,-1,1', '1,1,-1']);
    // a loop {1} and the anti-parallel pair 2·w_0 + w_2 = 0
    expect(key(circuits(Q, R([[1, 2], [0, 0], [-2, -4]])))).toEqual(['-1,0,-1', '0,-1,0', '0,1,0', '1,0,1']);
  });

  it('equal the minimal dependent subsets found by brute force, with exact dependency signs (incl. non-generic W)', () => {
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 } }),
      rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 }, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => {
      expect(key(circuits(Q, W))).toEqual(circuitsBySubsets(Q, W));
    }), fcParams(80));
  });

  it('number 2·C(k, d+1) for k vectors in general position in R^d (rank d)', () => {
    const W = R([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1], [1, 2, 4], [1, 3, 9]]);
    expect(circuits(Q, W).length).toBe(2 * 15);
  });

  it('work over Q(√2)', () => {
    const F = quadraticField(2);
    const s = F.of(rat(0), rat(1));
    const W = [[F.one, F.zero], [F.zero, F.one], [s, s]];
    expect(key(circuits(F, W))).toEqual(['-1,-1,1', '1,1,-1']);
  });
});

describe('topes from circuits', () => {
  it('gives the sign patterns of small examples', () => {
    // three lines through the origin in the plane: 6 regions
    const S = signPatternsFromCircuits(Q, R([[1, 0], [0, 1], [1, 1]])).map(formatSignVector);
    // x_0 > 0 and x_1 > 0 force x_0 + x_1 > 0: '++-' and '--+' are missing (the circuit w_0 + w_1 − w_2 = 0)
    expect(S).toEqual(['+++', '+-+', '+--', '-++', '-+-', '---']);
    expect(signPatternsFromCircuits(Q, R([[1, 2], [0, 0]]))).toEqual([]); // a zero row
    expect(signPatternsFromCircuits(Q, R([[1, 2], [-2, -4]])).map(formatSignVector)).toEqual(['+-', '-+']); // anti-parallel
    expect(signPatternsFromCircuits(Q, [])).toEqual([[]]);
  });

  it('is symmetric (S = −S), has no conforming circuit, and has Zaslavsky many elements', () => {
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 7 }, d: { min: 1, max: 4 }, nonZeroRows: true }),
      rationalMatrixArb({ k: { min: 1, max: 7 }, d: { min: 1, max: 4 }, nonZeroRows: true, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => {
      const S = signPatternsFromCircuits(Q, W);
      const keys = new Set(S.map(formatSignVector));
      for (const s of S) expect(keys.has(formatSignVector(s.map((x) => -x as 1 | -1)))).toBe(true);
      const cs = circuits(Q, W);
      for (const s of S) for (const X of cs) expect(conformsTo(X, s)).toBe(false);
      expect(BigInt(S.length)).toBe(regionCount(Q, W));
    }), fcParams(80));
  });
});
