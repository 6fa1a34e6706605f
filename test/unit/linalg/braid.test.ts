import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { braidDifferences, braidMatrix, braidPairs } from '../../../src/linalg/braid.ts';
import { binomial } from '../../../src/linalg/minors.ts';
import { matEquals, matMul, matVec } from '../../../src/linalg/matrix.ts';
import { rank } from '../../../src/linalg/echelon.ts';

const Q2 = quadraticField(2);

describe('braid matrix D_k (Def. 5.4)', () => {
  it('has C(k,2) rows e_i − e_j, i < j in lexicographic order, of rank k − 1 with D·1 = 0', () => {
    for (let k = 1; k <= 7; k++) {
      const pairs = braidPairs(k);
      expect(BigInt(pairs.length)).toBe(binomial(k, 2));
      pairs.forEach(([i, j], r) => {
        expect(i).toBeLessThan(j);
        if (r > 0) {
          const [pi, pj] = pairs[r - 1];
          expect(pi < i || (pi === i && pj < j)).toBe(true);
        }
      });
      const D = braidMatrix(Q, k);
      D.forEach((row, r) => {
        const [i, j] = pairs[r];
        row.forEach((x, c) => expect(Q.equals(x, Q.fromRational(c === i ? 1 : c === j ? -1 : 0))).toBe(true));
      });
      if (k > 1) {
        expect(rank(Q, D)).toBe(k - 1);
        expect(matVec(Q, D, Array.from({ length: k }, () => Q.one)).every((x) => Q.isZero(x))).toBe(true);
      }
    }
    expect(braidPairs(4)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
  });

  // k ≥ 2: D_1 has no rows, and a matrix with no rows is stored as 0 × 0, so matMul(D_1, W) cannot fit.
  it('D·W = braidDifferences(W) over Q', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 6 } }), (W) => {
        expect(matEquals(Q, matMul(Q, braidMatrix(Q, W.length), W), braidDifferences(Q, W))).toBe(true);
      }),
      fcParams(60),
    );
  });

  it('D·W = braidDifferences(W) over Q(√2)', () => {
    fc.assert(
      fc.property(quadraticMatrixArb(Q2, { k: { min: 2, max: 5 }, maxNumerator: 3, maxDenominator: 2 }), (W) => {
        expect(matEquals(Q2, matMul(Q2, braidMatrix(Q2, W.length), W), braidDifferences(Q2, W))).toBe(true);
      }),
      fcParams(30),
    );
  });

  it('throws RangeError for k < 1', () => {
    expect(() => braidMatrix(Q, 0)).toThrow(/positive integer, got 0/);
  });
});
