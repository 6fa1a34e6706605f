import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { centerColumns, columnMeans, isCentered } from '../../../src/linalg/centering.ts';
import { translateRows } from '../../../src/linalg/scaling.ts';
import { braidDifferences } from '../../../src/linalg/braid.ts';
import { matEquals } from '../../../src/linalg/matrix.ts';

const Q2 = quadraticField(2);

function centeringProperty<T>(F: OrderedField<T>) {
  return (W: T[][]): void => {
    const C = centerColumns(F, W);
    expect(isCentered(F, C)).toBe(true);
    // every column sums to zero, computed here directly
    C[0].forEach((_, c) => expect(F.isZero(C.reduce((s, row) => F.add(s, row[c]), F.zero))).toBe(true));
    // centering is the translation by −mean (L3.1): same differences, same model
    const v = columnMeans(F, W).map((m) => F.neg(m));
    expect(matEquals(F, C, translateRows(F, W, v))).toBe(true);
    expect(matEquals(F, braidDifferences(F, C), braidDifferences(F, W))).toBe(true);
    expect(matEquals(F, centerColumns(F, C), C)).toBe(true);
  };
}

describe('centering', () => {
  it('makes every column sum to 0 and is a translation (Q)', () => {
    fc.assert(fc.property(rationalMatrixArb({ k: { min: 1, max: 6 } }), centeringProperty(Q)), fcParams(80));
  });

  it('makes every column sum to 0 and is a translation (Q(√2))', () => {
    fc.assert(fc.property(quadraticMatrixArb(Q2, { k: { min: 1, max: 5 }, maxNumerator: 3, maxDenominator: 2 }), centeringProperty(Q2)), fcParams(30));
  });

  it('isCentered is false for an uncentered matrix; columnMeans rejects an empty matrix', () => {
    expect(isCentered(Q, [[rat(1), rat(0)], [rat(0), rat(0)]])).toBe(false);
    expect(() => columnMeans(Q, [])).toThrow(RangeError);
  });

  it('rejects a ragged matrix naming the row', () => {
    const ragged = [[rat(1), rat(2)], [rat(3)]];
    expect(() => columnMeans(Q, ragged)).toThrow(/column means: W: row 1 has 1 entries, row 0 has 2/);
    expect(() => centerColumns(Q, ragged)).toThrow(RangeError);
    expect(() => isCentered(Q, [[rat(1)], [rat(-1), rat(0)]])).toThrow(/isCentered: W: row 1 has 2 entries/);
    expect(() => braidDifferences(Q, [[rat(1)], [rat(2), rat(3)]])).toThrow(/braidDifferences: W: row 1 has 2 entries/);
  });
});
