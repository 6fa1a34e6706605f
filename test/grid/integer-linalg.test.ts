import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { integerIndependentRows, integerRankProfile } from '../../src/linalg/integer-elimination.ts';
import { columnSpaceCertificate } from '../../src/grid/column-space-certificate.ts';
import { compareMaximalMinors } from '../../src/grid/minor-comparison.ts';
import { IntegerRing } from '../../src/field/integers.ts';
import { rref, independentRows } from '../../src/linalg/echelon.ts';
import { bareissDeterminantBigInt } from '../../src/linalg/determinant.ts';
import { matMul } from '../../src/linalg/matrix.ts';
import { RationalField } from '../../src/field/rational.ts';
import { fcParams } from '../../properties/settings.ts';

const toQ = (A: bigint[][]) => A.map((r) => r.map((x) => RationalField.fromRational(x)));
const small = fc.integer({ min: -3, max: 3 }).map(BigInt);
const matrix = (rows: number, cols: number) => fc.array(fc.array(small, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const shape = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }));

describe('fraction-free rank profile', () => {
  it('has the pivot columns and independent rows of the exact rational rref', () => {
    fc.assert(
      fc.property(shape.chain(([m, n]) => matrix(m, n)), (A) => {
        const p = integerRankProfile(A);
        expect(p.pivotColumns).toEqual(rref(RationalField, toQ(A)).pivots);
        expect(p.rank).toBe(p.pivotColumns.length);
        expect(integerIndependentRows(A)).toEqual(independentRows(RationalField, toQ(A)));
      }),
      fcParams(200),
    );
  });

  it('throws on a ragged matrix, naming the row', () => {
    expect(() => integerRankProfile([[1n, 2n], [3n]])).toThrow(/row 1 has 1 entries, row 0 has 2/);
  });
});

describe('column-space certificate and minor-by-minor comparison', () => {
  // A (m × r, full column rank) and an r × r T; B = A·T.
  const pair = fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 3 }))
    .filter(([m, r]) => m >= r)
    .chain(([m, r]) => fc.tuple(matrix(m, r), matrix(r, r)))
    .filter(([A]) => integerRankProfile(A).rank === A[0].length);

  it('B = A·T with det T ≠ 0: certified, σ = sign det T, and every minor agrees', () => {
    fc.assert(
      fc.property(pair.filter(([, T]) => bareissDeterminantBigInt(T) !== 0n), ([A, T]) => {
        const B = matMul(IntegerRing, A, T);
        const cert = columnSpaceCertificate(A, B);
        expect(cert).not.toBeNull();
        expect(cert!.sigma).toBe(bareissDeterminantBigInt(T) > 0n ? 1 : -1);
        // The certificate's own equation, re-checked here: A·T' = Δ·B.
        expect(matMul(IntegerRing, A, cert!.T)).toEqual(B.map((r) => r.map((x) => cert!.delta * x)));
        const cmp = compareMaximalMinors(A, B);
        expect(cmp.mismatches).toBe(0);
        expect(cmp.complete).toBe(true);
        if (cmp.sigma !== null) expect(cmp.sigma).toBe(cert!.sigma);
      }),
      fcParams(200),
    );
  });

  it('det T = 0 or a changed row of B: no certificate', () => {
    fc.assert(
      fc.property(pair, fc.nat(), ([A, T], k) => {
        const B = matMul(IntegerRing, A, T);
        if (bareissDeterminantBigInt(T) === 0n) {
          expect(columnSpaceCertificate(A, B)).toBeNull();
          return;
        }
        const i = k % A.length;
        const changed = B.map((r, t) => (t === i ? r.map((x, c) => (c === 0 ? x + 1n : x)) : r));
        // The changed B is in col(A) iff e_i-direction lies in it; then a certificate must still verify.
        const cert = columnSpaceCertificate(A, changed);
        const r = A[0].length;
        if (cert) {
          // Still in col(A) (possible when e_i ∈ col(A)): the certificate must verify.
          expect(matMul(IntegerRing, A, cert.T)).toEqual(changed.map((row) => row.map((x) => cert.delta * x)));
        } else {
          // No certificate: col(changed) ⊄ col(A) or rank(changed) < r.
          const joint = integerRankProfile(A.map((row, t) => [...row, ...changed[t]])).rank;
          expect(joint > r || integerRankProfile(changed).rank < r).toBe(true);
        }
      }),
      fcParams(200),
    );
  });

  it('a row flipped in B only: the comparison finds a mismatch on a subset containing that row', () => {
    // A: 4 generic vectors in R^2 (no two parallel), so every 2 × 2 minor is non-zero.
    const A = [[1n, 0n], [0n, 1n], [1n, 1n], [1n, -2n]];
    for (let i = 0; i < 4; i++) {
      const B = A.map((r, t) => (t === i ? r.map((x) => -x) : r));
      expect(columnSpaceCertificate(A, B)).toBeNull();
      const cmp = compareMaximalMinors(A, B, { stopAtFirstMismatch: true });
      expect(cmp.mismatches).toBe(1);
      expect(cmp.complete).toBe(false);
      // σ is fixed by the first subset {0, 1}: the mismatches are the subsets that
      // contain i when i ∉ {0, 1}, and those that do not contain i otherwise.
      expect(cmp.firstMismatch!.includes(i)).toBe(i > 1);
      const full = compareMaximalMinors(A, B);
      expect(full.mismatches).toBe(3);
    }
  });

  it('counts exact zeros and rejects shape mismatches', () => {
    const A = [[1n, 2n], [2n, 4n], [0n, 1n]];
    const cmp = compareMaximalMinors(A, A);
    expect(cmp.zerosA).toBe(1);
    expect(cmp.zerosB).toBe(1);
    expect(cmp.minors).toBe(3);
    // A zero against a non-zero is a mismatch under either global sign, in both directions.
    const B = [[1n, 0n], [0n, 1n], [1n, 1n]];
    expect(compareMaximalMinors(A, B)).toMatchObject({ mismatches: 2, firstMismatch: [0, 1], zerosA: 1, zerosB: 0 });
    expect(compareMaximalMinors(B, A)).toMatchObject({ mismatches: 2, firstMismatch: [0, 1], zerosA: 0, zerosB: 1 });
    expect(() => compareMaximalMinors(A, [[1n, 2n]])).toThrow(/shapes 3 × 2 and 1 × 2 differ/);
    expect(() => columnSpaceCertificate([[1n, 2n], [2n, 4n]], [[1n, 0n], [0n, 1n]])).toThrow(/rank 1, not full column rank/);
  });
});
