import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { inverse } from '../../../src/linalg/inverse.ts';
import { determinant } from '../../../src/linalg/determinant.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import { identity, matEquals, matMul } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);
const squareQ = (degenerate: boolean) =>
  fc.integer({ min: 1, max: 4 }).chain((n) => rationalMatrixArb({ k: n, d: n, maxNumerator: 6, maxDenominator: 4, degenerate }));

describe('inverse (exact)', () => {
  it('A⁻¹A = AA⁻¹ = I over Q for non-singular A, and singular A is rejected with its rank', () => {
    fc.assert(
      fc.property(fc.oneof(squareQ(false), squareQ(true)), (A) => {
        const n = A.length;
        if (Q.isZero(determinant(Q, A))) {
          expect(() => inverse(Q, A)).toThrow(new RangeError(`inverse: the ${n} × ${n} matrix is singular (rank ${rank(Q, A)})`));
          return;
        }
        const B = inverse(Q, A);
        expect(matEquals(Q, matMul(Q, B, A), identity(Q, n))).toBe(true);
        expect(matEquals(Q, matMul(Q, A, B), identity(Q, n))).toBe(true);
      }),
      fcParams(120),
    );
  });

  it('A⁻¹A = I over Q(√2)', () => {
    const arb = fc.integer({ min: 1, max: 3 }).chain((n) => quadraticMatrixArb(Q2, { k: n, d: n, maxNumerator: 3, maxDenominator: 2 }));
    fc.assert(
      fc.property(arb.filter((A) => !Q2.isZero(determinant(Q2, A))), (A) => {
        expect(matEquals(Q2, matMul(Q2, inverse(Q2, A), A), identity(Q2, A.length))).toBe(true);
      }),
      fcParams(50),
    );
  });

  it('inverts a known matrix and the empty matrix', () => {
    // [[2,1],[1,1]]⁻¹ = [[1,−1],[−1,2]]
    expect(matEquals(Q, inverse(Q, [[rat(2), rat(1)], [rat(1), rat(1)]]), [[rat(1), rat(-1)], [rat(-1), rat(2)]])).toBe(true);
    expect(inverse(Q, [])).toEqual([]);
  });

  it('throws RangeError for non-square, ragged and singular input', () => {
    expect(() => inverse(Q, [[rat(1), rat(2)]])).toThrow(/1 × 2, not square/);
    expect(() => inverse(Q, [[rat(1), rat(2)], [rat(1)]])).toThrow(/row 1 has 1 entries/);
    expect(() => inverse(Q, [[rat(1), rat(2)], [rat(2), rat(4)]])).toThrow(/singular \(rank 1\)/);
  });
});
