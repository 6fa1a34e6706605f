import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, build, shape } from './matrix.ts';
import { rref } from './echelon.ts';

/**
 * The inverse A⁻¹ of a square matrix A (n × n) over F, exactly: Gauss–Jordan
 * elimination of [A | I] (via `rref`), whose right block is A⁻¹ when the
 * left block reduces to I. The inverse of the 0 × 0 matrix is 0 × 0.
 * Throws `RangeError` naming the shape when A is not square (or ragged), and
 * `RangeError` giving the rank when A is singular.
 * Source: standard Gauss–Jordan inversion (e.g. Golub & Van Loan, §3.2).
 */
export function inverse<T>(F: OrderedField<T>, A: Matrix<T>): T[][] {
  assertRectangular(A, 'inverse');
  const [n, m] = shape(A);
  if (n !== m) throw new RangeError(`inverse: matrix is ${n} × ${m}, not square`);
  const augmented = build(n, 2 * n, (i, j) => (j < n ? A[i][j] : j - n === i ? F.one : F.zero));
  const { R, pivots } = rref(F, augmented);
  const rankA = pivots.filter((c) => c < n).length;
  if (rankA < n) throw new RangeError(`inverse: the ${n} × ${n} matrix is singular (rank ${rankA})`);
  return R.map((row) => row.slice(n));
}
