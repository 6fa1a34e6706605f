import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { shape, transpose } from '../../src/linalg/matrix.ts';
import { maximalMinors } from '../../src/linalg/minors.ts';

/**
 * The exact preconditions the matrix arbitraries filter on (kept separate so
 * that the arbitraries and the tests of other modules state them the same way).
 * W is k × d over F, rows are labels.
 */

/** True when no row of W is the zero vector (exact). Needed for cosines (Def. 5.2, L5.3). */
export function hasNonZeroRows<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  return W.every((row) => row.some((x) => !F.isZero(x)));
}

/** True when the rows of W are pairwise different (exact). Needed for T5.6 (DW has no zero row). */
export function hasDistinctRows<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  for (let i = 0; i < W.length; i++) {
    for (let j = i + 1; j < W.length; j++) if (W[i].every((x, c) => F.equals(x, W[j][c]))) return false;
  }
  return true;
}

/**
 * True when the rows of W (k × d) are in general position: every min(k, d)
 * of them are linearly independent. Checked with exact maximal minors
 * (`maximalMinors`): for k ≥ d every d × d minor of W is non-zero; for k < d
 * some k × k minor of W is non-zero (W has full row rank). Cover (1965)
 * counts the sign patterns of such W. A matrix with no rows or no columns
 * is in general position.
 */
export function isInGeneralPosition<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  const [k, d] = shape(W);
  if (k === 0 || d === 0) return true;
  if (k >= d) {
    for (const { minor } of maximalMinors(F, W)) if (F.isZero(minor)) return false;
    return true;
  }
  for (const { minor } of maximalMinors(F, transpose(W))) if (!F.isZero(minor)) return true;
  return false;
}
