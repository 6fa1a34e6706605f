import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from './matrix.ts';
import { assertRectangular, shape } from './matrix.ts';
import { rref } from './echelon.ts';
import { inverse } from './inverse.ts';

/**
 * A right inverse of a matrix of full row rank, supported on as many columns as it has
 * rows: for A (m × n) of rank m, columns c_0 < … < c_{m−1} whose square submatrix
 * S = A[:, c] is invertible, and S⁻¹ (m × m), exact over F. The vector x with
 * x_c = S⁻¹s and zeros elsewhere solves A x = s for every s (`solveOnColumns`).
 */
export interface ColumnRightInverse<T> {
  /** The m columns of S, increasing. */
  readonly columns: number[];
  /** S⁻¹, exact. */
  readonly inverse: T[][];
}

/** Columns whose submatrix float partial pivoting finds invertible (a guess, NOT exact), or null when it finds a (near-)zero pivot. */
function floatPivotColumns<T>(F: OrderedField<T>, A: Matrix<T>): number[] | null {
  const R = A.map((row) => row.map((x) => F.toNumber(x)));
  const columns: number[] = [];
  for (let r = 0; r < R.length; r++) {
    let best = -1;
    for (let c = 0; c < R[r].length; c++) if (!columns.includes(c) && (best < 0 || Math.abs(R[r][c]) > Math.abs(R[r][best]))) best = c;
    if (best < 0 || !(Math.abs(R[r][best]) > 0) || !Number.isFinite(R[r][best])) return null;
    for (let i = r + 1; i < R.length; i++) {
      const f = R[i][best] / R[r][best];
      if (f !== 0) R[i] = R[i].map((v, c) => v - f * R[r][c]);
    }
    columns.push(best);
  }
  return columns.sort((a, b) => a - b);
}

/** S⁻¹ for S = A[:, columns], or null when S is singular (decided exactly). */
function inverseOn<T>(F: OrderedField<T>, A: Matrix<T>, columns: readonly number[]): T[][] | null {
  try {
    return inverse(F, A.map((row) => columns.map((c) => row[c])));
  } catch (e) {
    if (e instanceof RangeError && /singular/.test(e.message)) return null;
    throw e;
  }
}

/**
 * A right inverse of A (m × n, m ≥ 0) over F supported on m columns
 * (`ColumnRightInverse`), or `null` when rank A < m (decided exactly). The
 * columns are chosen by float partial pivoting (fast; a guess) and S's
 * invertibility is then decided exactly by inverting S over F; when the guess
 * is singular, the pivot columns of the exact reduced echelon form are used
 * (slower for wide matrices of long rationals). So `null` and every returned
 * inverse are exact. Throws `RangeError` when A is ragged.
 * Source: standard linear algebra (a matrix of full row rank has an invertible
 * maximal square submatrix).
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const r = columnRightInverse(Q, M([[1, 0, 2], [0, 0, 4]]));
 * [r.columns, r.inverse.map((row) => row.map((v) => Q.format(v)))]
 * // => [[0, 2], [['1', '-1/2'], ['0', '1/4']]]
 * columnRightInverse(Q, M([[1, 2], [2, 4]]))
 * // => null
 * ```
 */
export function columnRightInverse<T>(F: OrderedField<T>, A: Matrix<T>): ColumnRightInverse<T> | null {
  assertRectangular(A, 'columnRightInverse: A');
  const [m, n] = shape(A);
  if (m > n) return null;
  const guess = floatPivotColumns(F, A);
  const fromGuess = guess === null ? null : inverseOn(F, A, guess);
  if (guess !== null && fromGuess !== null) return { columns: guess, inverse: fromGuess };
  const { pivots } = rref(F, A);
  if (pivots.length < m) return null;
  const exact = inverseOn(F, A, pivots);
  if (exact === null) throw new Error('columnRightInverse: the pivot columns of the reduced echelon form are singular (a bug)');
  return { columns: pivots, inverse: exact };
}

/**
 * The solution x (n entries) of A x = s that `r` (a right inverse of A, m × n,
 * from `columnRightInverse`) gives: x_c = S⁻¹s on the columns of `r`, zero
 * elsewhere. Exact over F. Throws `RangeError` when s does not have m entries.
 *
 * @example
 * ```ts
 * const A = [[1, 0, 2], [0, 0, 4]].map((r) => r.map((v) => Q.fromRational(v)));
 * const r = columnRightInverse(Q, A);
 * solveOnColumns(Q, r, 3, [Q.fromRational(3), Q.fromRational(8)]).map((v) => Q.format(v))
 * // => ['-1', '0', '2']
 * ```
 */
export function solveOnColumns<T>(F: OrderedField<T>, r: ColumnRightInverse<T>, n: number, s: Vector<T>): T[] {
  const m = r.columns.length;
  if (s.length !== m) throw new RangeError(`solveOnColumns: the right-hand side has ${s.length} entries, the right inverse needs ${m}`);
  const x = Array.from({ length: n }, () => F.zero);
  r.columns.forEach((c, t) => {
    x[c] = r.inverse[t].reduce((acc, v, u) => F.add(acc, F.mul(v, s[u])), F.zero);
  });
  return x;
}
