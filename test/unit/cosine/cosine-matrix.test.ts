import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { matMul } from '../../../src/linalg/matrix.ts';
import { scaleRows, padColumns, translateRows } from '../../../src/linalg/scaling.ts';
import { centerColumns } from '../../../src/linalg/centering.ts';
import {
  centeredCosineMatrix,
  cosine,
  cosineEquals,
  cosineMatrix,
  cosineMatrixEntriesEqual,
  cosineMatrixEquals,
} from '../../../src/cosine/index.ts';
import {
  orthogonalMatrixArb,
  positiveDiagonalArb,
  quadraticMatrixArb,
  rationalMatrixArb,
  translationArb,
} from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const K2 = quadraticField(2);
const M = (rows: (number | string)[][]) => rows.map((r) => r.map((x) => rat(x as string)));

describe('cosine matrix C(W) (Def. 5.2)', () => {
  it('is symmetric with unit diagonal and entries cos(w_i, w_j) (Q and Q(√2))', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, nonZeroRows: true }), (W) => {
        const C = cosineMatrix(Q, W);
        W.forEach((_, i) => {
          expect(C[i][i]).toEqual({ sign: 1, square: Q.one });
          W.forEach((__, j) => {
            expect(cosineEquals(Q, C[i][j], C[j][i])).toBe(true);
            expect(cosineEquals(Q, C[i][j], cosine(Q, W[i], W[j]))).toBe(true);
          });
        });
      }),
      fcParams(80),
    );
    fc.assert(
      fc.property(quadraticMatrixArb(K2, { k: { min: 1, max: 4 }, d: 2, nonZeroRows: true }), (W) => {
        const C = cosineMatrix(K2, W);
        W.forEach((_, i) => W.forEach((__, j) => expect(cosineEquals(K2, C[i][j], cosine(K2, W[i], W[j]))).toBe(true)));
      }),
      fcParams(30),
    );
  });

  it('names the zero row, and refuses ragged matrices and different label counts', () => {
    expect(() => cosineMatrix(Q, M([[1, 0], [2, 1], [0, 0]]))).toThrow(/row 2 \(label 2\) is zero/);
    expect(() => cosineMatrix(Q, M([[1, 0], [2]]))).toThrow(RangeError);
    expect(() => cosineMatrixEquals(Q, M([[1, 0], [0, 1]]), M([[1, 0]]))).toThrow(/2 rows .* W2 has 1/);
    expect(() => cosineMatrixEquals(Q, M([[1, 0], [0, 1]]), M([[1, 0], [0, 0]]))).toThrow(/W2.*row 1/);
  });

  it('C(Λ[W 0]R) = C(W) exactly for positive diagonal Λ, zero-padding and orthogonal R (L5.3 corollary)', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, nonZeroRows: true }).chain((W) =>
      fc.tuple(fc.constant(W), positiveDiagonalArb(W.length), fc.integer({ min: 0, max: 1 })).chain(([W0, L, pad]) =>
        fc.tuple(fc.constant(W0), fc.constant(L), fc.constant(pad), orthogonalMatrixArb(W0[0].length + pad)),
      ),
    );
    fc.assert(
      fc.property(arb, ([W, L, pad, R]) => {
        const W2 = matMul(Q, scaleRows(Q, L, padColumns(Q, W, pad)), R);
        expect(cosineMatrixEquals(Q, W, W2)).toBe(true);
      }),
      fcParams(40),
    );
  });

  it('negating one row changes C(W) exactly when that row has a non-zero cosine with another row', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 3 }, nonZeroRows: true }), fc.nat(), (W, t) => {
        const i = t % W.length;
        const flipped = W.map((row, r) => (r === i ? row.map((x) => Q.neg(x)) : row));
        const C = cosineMatrix(Q, W);
        const someNonZero = C[i].some((c, j) => j !== i && c.sign !== 0);
        expect(cosineMatrixEquals(Q, W, flipped)).toBe(!someNonZero);
      }),
      fcParams(80),
    );
  });

  it('centered cosines are translation invariant; raw cosines are not in general', () => {
    const arb = rationalMatrixArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 3 } }).chain((W) => fc.tuple(fc.constant(W), translationArb(W[0].length)));
    fc.assert(
      fc.property(arb, ([W, v]) => {
        const centered = centerColumns(Q, W);
        fc.pre(centered.every((row) => row.some((x) => !Q.isZero(x))));
        const A = centeredCosineMatrix(Q, W);
        const B = centeredCosineMatrix(Q, translateRows(Q, W, v));
        expect(cosineMatrixEntriesEqual(Q, A, B)).toBe(true);
        expect(cosineMatrixEntriesEqual(Q, A, cosineMatrix(Q, centered))).toBe(true);
      }),
      fcParams(60),
    );
    // C.1's labels 0, 1: the translation of L3.2 changes cos from 4/5 to -1
    const W = M([[1, '1/2'], ['1/2', 1]]);
    expect(cosineMatrixEquals(Q, W, translateRows(Q, W, [rat(-3, 4), rat(-3, 4)]))).toBe(false);
    expect(() => centeredCosineMatrix(Q, M([[1, 0], [2, 0], [3, 0]]))).toThrow(/after centering.*row 1/);
  });
});
