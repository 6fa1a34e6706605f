import type { OrderedField } from '../field/ordered-field.ts';
import { RationalField, integerRow, type Rational } from '../field/rational.ts';
import { fieldKind } from '../field/field-kind.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, shape } from './matrix.ts';
import { bareissDeterminantBigInt } from './integer-elimination.ts';

export { bareissDeterminantBigInt };

/** Throws `RangeError` naming the shape unless A is rectangular and square; returns n. */
function assertSquare<T>(A: Matrix<T>, what: string): number {
  assertRectangular(A, what);
  const [n, m] = shape(A);
  if (n !== m) throw new RangeError(`${what}: matrix is ${n} × ${m}, not square`);
  return n;
}

/**
 * Determinant of a square matrix A (n × n) over any ordered field F, by
 * exact Gaussian elimination with row swaps (n³ field operations). The
 * determinant of the 0 × 0 matrix is 1.
 * Throws `RangeError` naming the shape when A is not square, or naming the
 * row when A is ragged.
 * Source: standard Gaussian elimination (e.g. Golub & Van Loan, §3.2).
 */
export function determinantGaussian<T>(F: OrderedField<T>, A: Matrix<T>): T {
  const n = assertSquare(A, 'determinant');
  const M = A.map((r) => r.slice());
  let det = F.one;
  for (let c = 0; c < n; c++) {
    let p = -1;
    for (let i = c; i < n; i++) if (!F.isZero(M[i][c])) { p = i; break; }
    if (p < 0) return F.zero;
    if (p !== c) { [M[c], M[p]] = [M[p], M[c]]; det = F.neg(det); }
    det = F.mul(det, M[c][c]);
    for (let i = c + 1; i < n; i++) {
      if (F.isZero(M[i][c])) continue;
      const f = F.div(M[i][c], M[c][c]);
      for (let j = c; j < n; j++) M[i][j] = F.sub(M[i][j], F.mul(f, M[c][j]));
    }
  }
  return det;
}

/**
 * Determinant of a square rational matrix A (n × n) via Bareiss: each row
 * i is multiplied by the least common multiple m_i of its denominators so
 * that it becomes an integer row, the integer determinant is computed by
 * `bareissDeterminantBigInt`, and the result is divided by m_0 ⋯ m_{n−1}
 * (the determinant is linear in each row). Exact.
 * Throws `RangeError` naming the shape when A is not square, or naming the
 * row when A is ragged.
 */
export function determinantBareiss(A: Matrix<Rational>): Rational {
  assertSquare(A, 'determinant');
  let multiplier = 1n;
  const integerRows = A.map((row) => {
    const { ints, multiplier: m } = integerRow(row);
    multiplier *= m;
    return ints;
  });
  return RationalField.fromRational(bareissDeterminantBigInt(integerRows), multiplier);
}

/**
 * Determinant of a square matrix A (n × n) over F, exact. Dispatches to the
 * fraction-free `determinantBareiss` when F is Q (`fieldKind`), and to `determinantGaussian` for every other field (e.g. Q(√n)).
 * Throws `RangeError` naming the shape when A is not square.
 */
export function determinant<T>(F: OrderedField<T>, A: Matrix<T>): T {
  if (fieldKind(F) === 'Q') return determinantBareiss(A as unknown as Matrix<Rational>) as unknown as T;
  return determinantGaussian(F, A);
}
