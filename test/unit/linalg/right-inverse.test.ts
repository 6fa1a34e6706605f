import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import { matVec } from '../../../src/linalg/matrix.ts';
import { columnRightInverse, solveOnColumns } from '../../../src/linalg/right-inverse.ts';
import { rationalArb, rationalMatrixArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));

describe('columnRightInverse', () => {
  it('the examples of its docstring', () => {
    const r = columnRightInverse(Q, M([[1, 0, 2], [0, 0, 4]]))!;
    expect([r.columns, r.inverse.map((row) => row.map((v) => Q.format(v)))]).toEqual([[0, 2], [['1', '-1/2'], ['0', '1/4']]]);
    expect(columnRightInverse(Q, M([[1, 2], [2, 4]]))).toBeNull();
    expect(solveOnColumns(Q, r, 3, [Q.fromRational(3), Q.fromRational(8)]).map((v) => Q.format(v))).toEqual(['-1', '0', '2']);
    expect(() => solveOnColumns(Q, r, 3, [Q.one])).toThrow(RangeError);
  });

  it('exists exactly for full row rank, and solves A x = s exactly (random, degenerate matrices)', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 1, max: 4 }, d: { min: 1, max: 6 }, degenerate: true }), fc.array(rationalArb(), { minLength: 4, maxLength: 4 }), (A, s0) => {
        const r = columnRightInverse(Q, A);
        expect(r !== null).toBe(rank(Q, A) === A.length);
        if (r === null) return;
        const s = s0.slice(0, A.length);
        const x = solveOnColumns(Q, r, A[0].length, s);
        expect(matVec(Q, A, x).map((v, i) => Q.equals(v, s[i]))).toEqual(s.map(() => true));
      }),
      fcParams(100),
    );
  });

  it('falls back to the exact pivots when the float pivoting guesses a singular block', () => {
    // Exactly, row 1 − row 0 / 3 = (0, 0, 2^-100): columns 0 and 2 are needed. In floats
    // (pivot 9 in column 0, factor 1/3), 7/3 − (1/3)·7 = 4.4e-16 > 2^-100, so the pivoting
    // guesses columns 0 and 1, whose block [[9, 7], [3, 7/3]] is singular; the exact check
    // must catch it.
    expect(7 / 3 - (1 / 3) * 7).toBeGreaterThan(2 ** -100);
    const tiny = Q.div(Q.one, Q.fromRational(2 ** 50 * 2 ** 50));
    const A = [[Q.fromRational(9), Q.fromRational(7), Q.zero], [Q.fromRational(3), Q.fromRational(7, 3), tiny]];
    const r = columnRightInverse(Q, A)!;
    expect(r.columns).toEqual([0, 2]);
    const x = solveOnColumns(Q, r, 3, [Q.one, Q.zero]);
    expect(matVec(Q, A, x).map((v) => Q.format(v))).toEqual(['1', '0']);
  });
});
