import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { bareissDeterminantBigInt, determinant, determinantBareiss, determinantGaussian } from '../../../src/linalg/determinant.ts';
import { build, identity, matMul, transpose } from '../../../src/linalg/matrix.ts';
import { rank } from '../../../src/linalg/echelon.ts';

const Q2 = quadraticField(2);
const square = (n: number, degenerate = false) => rationalMatrixArb({ k: n, d: n, maxNumerator: 6, maxDenominator: 5, degenerate });
const anySquare = (degenerate = false) => fc.integer({ min: 1, max: 4 }).chain((n) => square(n, degenerate));
const squarePair = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(square(n), square(n)));
const squarePairQ2 = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(quadraticMatrixArb(Q2, { k: n, d: n, maxNumerator: 3, maxDenominator: 2 }), quadraticMatrixArb(Q2, { k: n, d: n, maxNumerator: 3, maxDenominator: 2 })));

/** Leibniz formula: Σ over permutations σ of sign(σ) Π A[i][σ(i)], exact (independent reference for n ≤ 4). */
function leibniz<T>(F: OrderedField<T>, A: readonly (readonly T[])[]): T {
  const n = A.length;
  let total = F.zero;
  const perm = (prefix: number[], rest: number[], sign: 1 | -1): void => {
    if (rest.length === 0) {
      const term = prefix.reduce((p, c, i) => F.mul(p, A[i][c]), F.one);
      total = sign > 0 ? F.add(total, term) : F.sub(total, term);
      return;
    }
    rest.forEach((c, idx) => {
      // choosing the idx-th remaining column passes idx transpositions
      perm([...prefix, c], rest.filter((_, j) => j !== idx), (idx % 2 === 0 ? sign : -sign) as 1 | -1);
    });
  };
  perm([], Array.from({ length: n }, (_, i) => i), 1);
  return total;
}

describe('determinant (exact)', () => {
  it('Bareiss over Q equals Gaussian elimination and the Leibniz formula', () => {
    fc.assert(
      fc.property(anySquare(), (A) => {
        const g = determinantGaussian(Q, A);
        expect(Q.equals(determinantBareiss(A), g)).toBe(true);
        expect(Q.equals(leibniz(Q, A), g)).toBe(true);
        expect(Q.equals(determinant(Q, A), g)).toBe(true);
      }),
      fcParams(120),
    );
  });

  it('Bareiss on bigint matrices equals the Leibniz formula, including singular ones', () => {
    const intMatrix = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.array(fc.array(fc.bigInt({ min: -20n, max: 20n }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
    );
    const withRepeat = intMatrix.map((A) => (A.length > 1 ? [A[1], ...A.slice(1)] : A));
    fc.assert(
      fc.property(fc.oneof(intMatrix, withRepeat), (A) => {
        const ref = leibniz(Q, A.map((r) => r.map((x) => Q.fromRational(x))));
        expect(Q.equals(Q.fromRational(bareissDeterminantBigInt(A)), ref)).toBe(true);
      }),
      fcParams(150),
    );
  });

  it('det(AB) = det(A)·det(B) over Q', () => {
    fc.assert(
      fc.property(squarePair, ([A, B]) => {
        expect(Q.equals(determinant(Q, matMul(Q, A, B)), Q.mul(determinant(Q, A), determinant(Q, B)))).toBe(true);
      }),
      fcParams(80),
    );
  });

  it('det(AB) = det(A)·det(B) over Q(√2)', () => {
    fc.assert(
      fc.property(squarePairQ2, ([A, B]) => {
        expect(Q2.equals(determinant(Q2, matMul(Q2, A, B)), Q2.mul(determinant(Q2, A), determinant(Q2, B)))).toBe(true);
      }),
      fcParams(60),
    );
  });

  it('det(Aᵀ) = det(A), and det(A) = 0 exactly when rank(A) < n (Q and Q(√2))', () => {
    fc.assert(
      fc.property(fc.oneof(anySquare(true), anySquare()), (A) => {
        expect(Q.equals(determinant(Q, transpose(A)), determinant(Q, A))).toBe(true);
        expect(Q.isZero(determinant(Q, A))).toBe(rank(Q, A) < A.length);
      }),
      fcParams(100),
    );
    fc.assert(
      fc.property(quadraticMatrixArb(Q2, { k: 3, d: 3, maxNumerator: 3, maxDenominator: 2, degenerate: true }), (A) => {
        expect(Q2.equals(determinant(Q2, transpose(A)), determinant(Q2, A))).toBe(true);
        expect(Q2.isZero(determinant(Q2, A))).toBe(rank(Q2, A) < 3);
      }),
      fcParams(40),
    );
  });

  it('Vandermonde determinants equal Π_{i<j} (x_j − x_i)', () => {
    const xs = [rat(-3, 2), rat(1, 3), rat(2), rat(5, 4), rat(-7)];
    const V = build(5, 5, (i, j) => xs[i].pow(j));
    let expected = Q.one;
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) expected = Q.mul(expected, Q.sub(xs[j], xs[i]));
    expect(Q.equals(determinant(Q, V), expected)).toBe(true);
    expect(Q.equals(determinantGaussian(Q, V), expected)).toBe(true);
  });

  it('needs a pivot swap and handles the empty matrix', () => {
    // [[0,1],[1,0]] needs a row swap: det −1.
    expect(bareissDeterminantBigInt([[0n, 1n], [1n, 0n]])).toBe(-1n);
    expect(Q.equals(determinantBareiss([[rat(0), rat(1, 2)], [rat(1, 3), rat(0)]]), rat(-1, 6))).toBe(true);
    expect(bareissDeterminantBigInt([])).toBe(1n);
    expect(Q.equals(determinant(Q, identity(Q, 0)), Q.one)).toBe(true);
  });

  it('throws RangeError naming the shape for non-square or ragged input', () => {
    const A = [[rat(1), rat(2), rat(3)], [rat(4), rat(5), rat(6)]];
    expect(() => determinant(Q, A)).toThrow(/2 × 3, not square/);
    expect(() => determinantBareiss(A)).toThrow(RangeError);
    expect(() => determinantGaussian(Q2, [[Q2.one, Q2.zero]])).toThrow(/1 × 2, not square/);
    expect(() => bareissDeterminantBigInt([[1n, 2n], [3n]])).toThrow(/row 1 has 1 entries/);
  });
});
