import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { positiveDiagonalArb } from '../../../properties/arbitraries/positive-diagonal.ts';
import { translationArb } from '../../../properties/arbitraries/translation.ts';
import { quadraticArb } from '../../../properties/arbitraries/quadratic.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { assertPositiveDiagonal, padColumns, scaleRows, translateRows } from '../../../src/linalg/scaling.ts';
import { braidDifferences } from '../../../src/linalg/braid.ts';
import { gramMatrix } from '../../../src/linalg/gram.ts';
import { matEquals, matMul, matVec, shape } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);
const withDiag = rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }).chain((W) => fc.tuple(fc.constant(W), positiveDiagonalArb(W.length)));

describe('scaleRows (ΛW, L5.3)', () => {
  it('equals diag(λ)·W and keeps the sign of every (Wx)_i', () => {
    fc.assert(
      fc.property(withDiag, fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 }), ([W, l], xs) => {
        const L = l.map((li, i) => l.map((_, j) => (i === j ? li : Q.zero)));
        const S = scaleRows(Q, l, W);
        expect(matEquals(Q, S, matMul(Q, L, W))).toBe(true);
        const x = xs.slice(0, shape(W)[1]).map((v) => rat(v));
        expect(matVec(Q, S, x).map((y) => Q.sign(y))).toEqual(matVec(Q, W, x).map((y) => Q.sign(y)));
      }),
      fcParams(100),
    );
  });

  it('works over Q(√2) with irrational positive factors', () => {
    const arb = quadraticMatrixArb(Q2, { k: 3, d: 2, maxNumerator: 3, maxDenominator: 2 });
    const lambdas = fc.array(quadraticArb(Q2, { maxNumerator: 3, maxDenominator: 2 }).filter((x) => Q2.sign(x) > 0), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(arb, lambdas, (W, l) => {
        const S = scaleRows(Q2, l, W);
        S.forEach((row, i) => row.forEach((x, j) => expect(Q2.equals(x, Q2.mul(l[i], W[i][j]))).toBe(true)));
      }),
      fcParams(40),
    );
  });

  it('throws RangeError naming a non-positive λ and a length mismatch', () => {
    const W = [[rat(1), rat(2)], [rat(3), rat(4)]];
    expect(() => scaleRows(Q, [rat(1), rat(0)], W)).toThrow(/λ_1 = 0 is not positive/);
    expect(() => assertPositiveDiagonal(Q, [rat(-1, 2)])).toThrow(new RangeError('positive diagonal: λ_0 = -1/2 is not positive'));
    expect(() => assertPositiveDiagonal(Q2, [Q2.of(rat(1), rat(-1))])).toThrow(/λ_0 = 1-1\*sqrt\(2\)/);
    expect(() => scaleRows(Q, [rat(1)], W)).toThrow(/1 scale factors for a matrix with 2 rows \(2 × 2\)/);
    expect(() => assertPositiveDiagonal(Q, [rat(1), rat(1, 9)])).not.toThrow();
  });
});

describe('padColumns ([W 0], L5.3)', () => {
  it('adds zero columns and keeps the Gram matrix', () => {
    fc.assert(
      fc.property(rationalMatrixArb(), fc.nat({ max: 3 }), (W, extra) => {
        const P = padColumns(Q, W, extra);
        expect(shape(P)).toEqual([W.length, W[0].length + extra]);
        P.forEach((row, i) => row.forEach((x, j) => expect(j < W[0].length ? Q.equals(x, W[i][j]) : Q.isZero(x)).toBe(true)));
        expect(matEquals(Q, gramMatrix(Q, P), gramMatrix(Q, W))).toBe(true);
      }),
      fcParams(60),
    );
  });

  it('throws RangeError for a bad extra', () => {
    expect(() => padColumns(Q, [[rat(1)]], -1)).toThrow(/non-negative integer, got -1/);
    expect(() => padColumns(Q, [[rat(1)]], 1.5)).toThrow(RangeError);
  });
});

describe('translateRows (W + 1vᵀ, L3.1)', () => {
  it('moves every row by v and leaves every difference w_i − w_j (hence every softmax output) unchanged', () => {
    const arb = rationalMatrixArb().chain((W) => fc.tuple(fc.constant(W), translationArb(W[0].length)));
    fc.assert(
      fc.property(arb, ([W, v]) => {
        const T = translateRows(Q, W, v);
        T.forEach((row, i) => row.forEach((x, j) => expect(Q.equals(Q.sub(x, W[i][j]), v[j])).toBe(true)));
        expect(matEquals(Q, braidDifferences(Q, T), braidDifferences(Q, W))).toBe(true);
      }),
      fcParams(80),
    );
  });

  it('throws RangeError naming both sizes on a length mismatch', () => {
    expect(() => translateRows(Q, [[rat(1), rat(2)]], [rat(1)])).toThrow(new RangeError('translateRows: matrix is 1 × 2 but the translation has 1 entries'));
    expect(translateRows(Q, [], [rat(1)])).toEqual([]);
  });
});
