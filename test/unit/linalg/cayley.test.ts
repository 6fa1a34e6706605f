import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { quadraticArb } from '../../../properties/arbitraries/quadratic.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { cayleyOrthogonal, isSkewSymmetric } from '../../../src/linalg/cayley.ts';
import { determinant } from '../../../src/linalg/determinant.ts';
import { build, identity, matEquals, matMul, transpose } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);

/** A d × d skew-symmetric matrix over F from entries for the strict upper triangle. */
function skewArb<T>(F: OrderedField<T>, entry: fc.Arbitrary<T>, maxD: number): fc.Arbitrary<T[][]> {
  return fc.integer({ min: 0, max: maxD }).chain((d) =>
    fc.array(entry, { minLength: (d * (d - 1)) / 2, maxLength: (d * (d - 1)) / 2 }).map((u) => {
      const S = build(d, d, () => F.zero);
      let t = 0;
      for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) { S[i][j] = u[t++]; S[j][i] = F.neg(S[i][j]); }
      return S;
    }),
  );
}

describe('Cayley transform (exact orthogonal matrices)', () => {
  it('QᵀQ = QQᵀ = I and det Q = 1 for skew-symmetric S over Q', () => {
    fc.assert(
      fc.property(skewArb(Q, rationalArb({ maxNumerator: 5, maxDenominator: 4 }), 4), (S) => {
        expect(isSkewSymmetric(Q, S)).toBe(true);
        const R = cayleyOrthogonal(Q, S);
        const I = identity(Q, S.length);
        expect(matEquals(Q, matMul(Q, transpose(R), R), I)).toBe(true);
        expect(matEquals(Q, matMul(Q, R, transpose(R)), I)).toBe(true);
        expect(Q.equals(determinant(Q, R), Q.one)).toBe(true);
      }),
      fcParams(80),
    );
  });

  it('QᵀQ = I and det Q = 1 for skew-symmetric S over Q(√2)', () => {
    fc.assert(
      fc.property(skewArb(Q2, quadraticArb(Q2, { maxNumerator: 3, maxDenominator: 2 }), 3), (S) => {
        const R = cayleyOrthogonal(Q2, S);
        expect(matEquals(Q2, matMul(Q2, transpose(R), R), identity(Q2, S.length))).toBe(true);
        expect(Q2.equals(determinant(Q2, R), Q2.one)).toBe(true);
      }),
      fcParams(40),
    );
  });

  it('gives the known rotation for S = [[0, 1/2], [−1/2, 0]]', () => {
    // (I − S)(I + S)⁻¹ = [[3/5, −4/5], [4/5, 3/5]]
    const R = cayleyOrthogonal(Q, [[rat(0), rat(1, 2)], [rat(-1, 2), rat(0)]]);
    expect(matEquals(Q, R, [[rat(3, 5), rat(-4, 5)], [rat(4, 5), rat(3, 5)]])).toBe(true);
  });

  it('isSkewSymmetric rejects non-zero diagonals, asymmetric entries and non-square matrices', () => {
    expect(isSkewSymmetric(Q, [[rat(1)]])).toBe(false);
    expect(isSkewSymmetric(Q, [[rat(0), rat(1)], [rat(1), rat(0)]])).toBe(false);
    expect(isSkewSymmetric(Q, [[rat(0), rat(1)]])).toBe(false);
    expect(isSkewSymmetric(Q, [])).toBe(true);
  });

  it('throws RangeError naming the first offending entry or the shape', () => {
    const S = [[rat(0), rat(1), rat(2)], [rat(-1), rat(0), rat(3)], [rat(-2), rat(3), rat(0)]];
    expect(() => cayleyOrthogonal(Q, S)).toThrow(new RangeError('Cayley transform: matrix is not skew-symmetric at entry (1, 2) = 3, but entry (2, 1) = 3'));
    expect(() => cayleyOrthogonal(Q, [[rat(1, 2)]])).toThrow(/entry \(0, 0\) = 1\/2/);
    expect(() => cayleyOrthogonal(Q, [[rat(0), rat(1)]])).toThrow(/1 × 2, not square/);
  });
});
