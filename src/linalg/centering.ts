import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, shape } from './matrix.ts';

/** Column means of W (k × d) over F: a vector of length d. Throws `RangeError` for k = 0 or a ragged W (naming the row). */
export function columnMeans<T>(F: OrderedField<T>, W: Matrix<T>): T[] {
  assertRectangular(W, 'column means: W');
  const [k, d] = shape(W);
  if (k === 0) throw new RangeError('column means of a matrix with no rows');
  const kk = F.fromRational(k);
  return Array.from({ length: d }, (_, c) => F.div(W.reduce((s, row) => F.add(s, row[c]), F.zero), kk));
}

/**
 * W − 1·meanᵀ: subtracts the column means so that the rows sum to zero
 * (notes §2, "Centering"; App. C.2). A translation in the sense of L3.1, so
 * the centered model is softmax-equivalent to W. Shape k × d, field F.
 */
export function centerColumns<T>(F: OrderedField<T>, W: Matrix<T>): T[][] {
  const mean = columnMeans(F, W);
  return W.map((row) => row.map((x, c) => F.sub(x, mean[c])));
}

/** True when every column of W (k × d) sums to zero exactly. Throws `RangeError` for a ragged W (naming the row). */
export function isCentered<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  assertRectangular(W, 'isCentered: W');
  const [, d] = shape(W);
  return Array.from({ length: d }, (_, c) => W.reduce((s, row) => F.add(s, row[c]), F.zero)).every((s) => F.isZero(s));
}
