import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import {
  orthogonalMatrixArb,
  pointConfigurationArb,
  positiveDiagonalArb,
  positiveScalarArb,
  rankingArb,
  rationalMatrixArb,
  signVectorArb,
  translationArb,
} from '../../../properties/arbitraries/index.ts';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { determinant } from '../../../src/linalg/determinant.ts';

describe('arbitraries reach what they promise', () => {
  it('orthogonalMatrixArb gives det +1 and det −1; without reflections only +1', () => {
    const dets = fc.sample(orthogonalMatrixArb(3), fcParams(60)).map((R) => Q.format(determinant(Q, R)));
    expect(new Set(dets)).toEqual(new Set(['1', '-1']));
    const proper = fc.sample(orthogonalMatrixArb(3, { reflections: false }), fcParams(30)).map((R) => Q.format(determinant(Q, R)));
    expect(new Set(proper)).toEqual(new Set(['1']));
  });

  it('rankingArb reaches all 4! rankings and signVectorArb all 2³ sign vectors', () => {
    expect(new Set(fc.sample(rankingArb(4), fcParams(600)).map((p) => p.join(''))).size).toBe(24);
    expect(new Set(fc.sample(signVectorArb(3), fcParams(200)).map((s) => s.join(','))).size).toBe(8);
  });

  it('size ranges are covered from min to max', () => {
    const shapes = new Set(fc.sample(rationalMatrixArb({ k: { min: 2, max: 4 }, d: { min: 1, max: 2 } }), fcParams(200)).map((W) => `${W.length}x${W[0].length}`));
    expect(shapes).toEqual(new Set(['2x1', '2x2', '3x1', '3x2', '4x1', '4x2']));
  });
});

describe('arbitraries reject bad options with RangeError', () => {
  it('names the bad option', () => {
    expect(() => rationalMatrixArb({ k: 0 })).toThrow(/k must be an integer ≥ 1/);
    expect(() => rationalMatrixArb({ d: { min: 3, max: 2 } })).toThrow(/d must be/);
    expect(() => rationalMatrixArb({ degenerate: true, generalPosition: true })).toThrow(/exclude each other/);
    expect(() => pointConfigurationArb({ degenerate: true, generalPosition: true })).toThrow(/exclude each other/);
    expect(() => positiveDiagonalArb(-1)).toThrow(/k must be a non-negative integer/);
    expect(() => positiveScalarArb({ maxNumerator: 0 })).toThrow(RangeError);
    expect(() => translationArb(1.5)).toThrow(/d must be a non-negative integer/);
    expect(() => orthogonalMatrixArb(-2)).toThrow(/d must be a non-negative integer/);
    expect(() => signVectorArb(-1)).toThrow(RangeError);
    expect(() => rankingArb(2.5)).toThrow(RangeError);
  });
});
