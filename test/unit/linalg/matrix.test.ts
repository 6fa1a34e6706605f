import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { assertRectangular, dot, matAdd, matEquals, matMul, matSub, matVec, parseMatrix, shapeText, transpose } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);
const twoShapes = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([a, b, c, d]) => fc.tuple(rationalMatrixArb({ k: a, d: b, maxNumerator: 2 }), rationalMatrixArb({ k: c, d, maxNumerator: 2 })));

describe('matrix shape errors name both shapes', () => {
  it('matMul fits exactly when the inner sizes agree, else throws naming both shapes', () => {
    fc.assert(
      fc.property(twoShapes, ([A, B]) => {
        if (A[0].length === B.length) {
          expect(matMul(Q, A, B).length).toBe(A.length);
        } else {
          expect(() => matMul(Q, A, B)).toThrow(new RangeError(`matMul: shapes ${shapeText(A)} and ${shapeText(B)} do not fit`));
        }
      }),
      fcParams(60),
    );
  });

  it('matAdd / matSub throw naming both shapes on a mismatch, and agree otherwise', () => {
    fc.assert(
      fc.property(twoShapes, ([A, B]) => {
        if (shapeText(A) === shapeText(B)) {
          expect(matEquals(Q, matSub(Q, matAdd(Q, A, B), B), A)).toBe(true);
        } else {
          expect(() => matAdd(Q, A, B)).toThrow(new RangeError(`matAdd: shapes ${shapeText(A)} and ${shapeText(B)} differ`));
          expect(() => matSub(Q, A, B)).toThrow(new RangeError(`matSub: shapes ${shapeText(A)} and ${shapeText(B)} differ`));
        }
      }),
      fcParams(60),
    );
  });

  it('dot, matVec, assertRectangular and parseMatrix name what does not fit', () => {
    expect(() => dot(Q, [rat(1)], [rat(1), rat(2)])).toThrow(/lengths 1 and 2 differ/);
    expect(() => matVec(Q, [[rat(1), rat(2)]], [rat(1)])).toThrow(/shape 1 × 2 and vector of length 1/);
    expect(() => assertRectangular([[1, 2], [3]], 'W')).toThrow(/W: row 1 has 1 entries, row 0 has 2/);
    expect(() => parseMatrix(Q2, [['1', 'sqrt(3)']])).toThrow(/row 0, column 1/);
  });

  it('(AB)ᵀ = BᵀAᵀ', () => {
    const pair = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([m, n, p]) => fc.tuple(rationalMatrixArb({ k: m, d: n }), rationalMatrixArb({ k: n, d: p })));
    fc.assert(
      fc.property(pair, ([A, B]) => {
        expect(matEquals(Q, transpose(matMul(Q, A, B)), matMul(Q, transpose(B), transpose(A)))).toBe(true);
      }),
      fcParams(50),
    );
  });
});
