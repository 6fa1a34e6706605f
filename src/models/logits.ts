import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { assertRectangular, matVec, shape } from '../linalg/matrix.ts';

/**
 * Checks that W is a usable unembedding matrix: rectangular, k ≥ 1 labels
 * (rows) and d ≥ 1 columns. Throws `RangeError` naming `what` and the
 * problem (the ragged row, or the empty dimension).
 */
export function assertUnembedding<T>(W: Matrix<T>, what = 'unembedding W'): void {
  assertRectangular(W, what);
  const [k, d] = shape(W);
  if (k === 0) throw new RangeError(`${what}: has no rows (labels)`);
  if (d === 0) throw new RangeError(`${what}: rows have no entries (d = 0)`);
}

/**
 * The exact logits Wx of a classifier with unembedding W (k × d, rows are
 * labels) for an embedding x = f(input) ∈ F^d (notes §1, Eqs. 1–3): entry i
 * is w_iᵀx, over F. Throws `RangeError` when W is not a k × d matrix with
 * k, d ≥ 1 or when x has not d entries (naming both sizes).
 */
export function logits<T>(F: OrderedField<T>, W: Matrix<T>, x: Vector<T>): T[] {
  assertUnembedding(W);
  const [k, d] = shape(W);
  if (x.length !== d) throw new RangeError(`logits: W is ${k} × ${d} but the embedding x has ${x.length} entries`);
  return matVec(F, W, x);
}
