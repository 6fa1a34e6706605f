import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../properties/arbitraries/rational-matrix.ts';
import { quadraticMatrixArb } from '../../../properties/arbitraries/quadratic-matrix.ts';
import { translationArb } from '../../../properties/arbitraries/translation.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { independentRows, nullspace, rank, rref, solve } from '../../../src/linalg/echelon.ts';
import { dot, matMul, matVec, shape, transpose, zeros, matEquals } from '../../../src/linalg/matrix.ts';
import { determinant } from '../../../src/linalg/determinant.ts';
import { combinations } from '../../../src/linalg/minors.ts';

const Q2 = quadraticField(2);
/** Generic and degenerate (rank-deficient, repeated rows, …) matrices, so nullspaces are often non-trivial. */
const matQ = fc.oneof(rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 5 } }), rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 5 }, degenerate: true }));
const matQ2 = quadraticMatrixArb(Q2, { k: { min: 1, max: 4 }, d: { min: 1, max: 4 }, maxNumerator: 3, maxDenominator: 2, degenerate: true });

/** The largest r with a non-zero r × r minor: an independent definition of the rank (small matrices only). */
function rankByMinors<T>(F: OrderedField<T>, A: readonly (readonly T[])[]): number {
  const [m, n] = shape(A);
  for (let r = Math.min(m, n); r > 0; r--) {
    for (const rows of combinations(m, r)) {
      for (const cols of combinations(n, r)) if (!F.isZero(determinant(F, rows.map((i) => cols.map((j) => A[i][j]))))) return r;
    }
  }
  return 0;
}

function nullspaceProperty<T>(F: OrderedField<T>) {
  return (A: T[][]): void => {
    const [m, n] = shape(A);
    const N = nullspace(F, A);
    expect(N.length + rank(F, A)).toBe(n);
    if (N.length > 0) {
      expect(matEquals(F, matMul(F, A, transpose(N)), zeros(F, m, N.length))).toBe(true);
      expect(rank(F, N)).toBe(N.length);
    }
    expect(rank(F, A)).toBe(rankByMinors(F, A));
  };
}

describe('rref / rank / nullspace', () => {
  it('A·Nᵀ = 0, the basis is independent and rank + nullity = n (Q)', () => {
    fc.assert(fc.property(matQ, nullspaceProperty(Q)), fcParams(100));
  });

  it('A·Nᵀ = 0, the basis is independent and rank + nullity = n (Q(√2))', () => {
    fc.assert(fc.property(matQ2, nullspaceProperty(Q2)), fcParams(40));
  });

  it('rref is in reduced form with unit pivots and has the row space of A', () => {
    fc.assert(
      fc.property(matQ, (A) => {
        const { R, pivots } = rref(Q, A);
        pivots.forEach((c, r) => {
          R.forEach((row, i) => expect(Q.equals(row[c], i === r ? Q.one : Q.zero)).toBe(true));
          for (let j = 0; j < c; j++) expect(Q.isZero(R[r][j])).toBe(true);
        });
        R.slice(pivots.length).forEach((row) => expect(row.every((x) => Q.isZero(x))).toBe(true));
        expect(rank(Q, [...A, ...R])).toBe(pivots.length);
      }),
      fcParams(80),
    );
  });

  it('independentRows picks rank(A) independent rows', () => {
    fc.assert(
      fc.property(matQ, (A) => {
        const idx = independentRows(Q, A);
        expect(idx.length).toBe(rank(Q, A));
        expect(rank(Q, idx.map((i) => A[i]))).toBe(idx.length);
      }),
      fcParams(80),
    );
  });
});

describe('solve', () => {
  it('solves A x = b whenever b = A x0 (Q)', () => {
    const arb = matQ.chain((A) => fc.tuple(fc.constant(A), translationArb(shape(A)[1])));
    fc.assert(
      fc.property(arb, ([A, x0]) => {
        const b = matVec(Q, A, x0);
        const x = solve(Q, A, b);
        expect(x).not.toBeNull();
        expect(matVec(Q, A, x!).every((y, i) => Q.equals(y, b[i]))).toBe(true);
      }),
      fcParams(80),
    );
  });

  it('returns null exactly when some y with yᵀA = 0 has yᵀb ≠ 0 (Q)', () => {
    const arb = matQ.chain((A) => fc.tuple(fc.constant(A), translationArb(shape(A)[0])));
    let inconsistent = 0;
    fc.assert(
      fc.property(arb, ([A, b]) => {
        const x = solve(Q, A, b);
        const certificate = nullspace(Q, transpose(A)).find((y) => !Q.isZero(dot(Q, y, b)));
        expect(x === null).toBe(certificate !== undefined);
        if (x === null) inconsistent++;
        else expect(matVec(Q, A, x).every((y, i) => Q.equals(y, b[i]))).toBe(true);
      }),
      fcParams(100),
    );
    expect(inconsistent).toBeGreaterThan(0);
  });

  it('solves over Q(√2)', () => {
    fc.assert(
      fc.property(matQ2, (A) => {
        const x0 = A[0].map((_, j) => Q2.of(rat(j), rat(1, j + 1)));
        const b = matVec(Q2, A, x0);
        const x = solve(Q2, A, b);
        expect(x).not.toBeNull();
        expect(matVec(Q2, A, x!).every((y, i) => Q2.equals(y, b[i]))).toBe(true);
      }),
      fcParams(40),
    );
  });

  it('throws RangeError naming both sizes on a right-hand side of the wrong length', () => {
    expect(() => solve(Q, [[rat(1), rat(2)]], [rat(1), rat(2)])).toThrow(/matrix 1 × 2 and right-hand side of length 2/);
  });

  it('rejects a ragged matrix naming the row, instead of reading row 0\'s width (a wrong rank or solution)', () => {
    // rows [1] and [2, 3]: read with row 0's width this was rank 1 and "solved" by x = 1
    const ragged = [[rat(1)], [rat(2), rat(3)]];
    expect(() => rank(Q, ragged)).toThrow(/rref: A: row 1 has 2 entries, row 0 has 1/);
    expect(() => rref(Q, [[rat(1), rat(2)], [rat(3)]])).toThrow(/row 1 has 1 entries, row 0 has 2/);
    expect(() => nullspace(Q, ragged)).toThrow(RangeError);
    expect(() => solve(Q, ragged, [rat(1), rat(2)])).toThrow(/solve: A: row 1 has 2 entries/);
    expect(() => independentRows(Q, ragged)).toThrow(/independentRows: A: row 1 has 2 entries/);
    expect(() => transpose(ragged)).toThrow(/transpose: A: row 1 has 2 entries/);
    expect(() => matMul(Q, ragged, [[rat(1)]])).toThrow(/matMul: A: row 1 has 2 entries/);
    expect(() => matMul(Q, [[rat(1), rat(1)]], ragged)).toThrow(/matMul: B: row 1 has 2 entries/);
  });
});
