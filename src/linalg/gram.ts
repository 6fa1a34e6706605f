import type { Ring } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, build, dot } from './matrix.ts';

/**
 * The Gram matrix G = W·Wᵀ (k × k) of W (k × d) over F: G_ij = ⟨w_i, w_j⟩.
 * Symmetric; computed once per pair. Used by L5.3 (App. F: S(W) = S(WWᵀ)).
 * Throws `RangeError` naming the row when W is ragged.
 */
export function gramMatrix<T>(F: Ring<T>, W: Matrix<T>): T[][] {
  assertRectangular(W, 'gramMatrix: W');
  const k = W.length;
  const G = build(k, k, () => F.zero);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const g = dot(F, W[i], W[j]);
      G[i][j] = g;
      G[j][i] = g;
    }
  }
  return G;
}

/** Squared Euclidean norms ‖w_i‖² of the rows of W (k × d; k entries), exactly over F. */
export function squaredRowNorms<T>(F: Ring<T>, W: Matrix<T>): T[] {
  return W.map((row) => dot(F, row, row));
}
