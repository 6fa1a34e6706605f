import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from './matrix.ts';
import { assertRectangular, shape, shapeText } from './matrix.ts';

/**
 * Throws `RangeError` naming the first index i with λ_i ≤ 0 (and its value)
 * unless every λ_i is strictly positive over F, i.e. unless diag(λ) is a
 * positive diagonal matrix (the Λ of L5.3).
 */
export function assertPositiveDiagonal<T>(F: OrderedField<T>, lambdas: Vector<T>): void {
  lambdas.forEach((l, i) => {
    if (F.sign(l) <= 0) throw new RangeError(`positive diagonal: λ_${i} = ${F.format(l)} is not positive`);
  });
}

/**
 * ΛW for Λ = diag(λ_0 … λ_{k−1}) positive and W k × d over F: row i is
 * λ_i·w_i (k × d). Positive row scaling keeps every sign of Wx, so
 * S(ΛW) = S(W) and C(ΛW) = C(W) (L5.3, App. F).
 * Throws `RangeError` when λ has not k entries (naming both sizes) or when
 * some λ_i ≤ 0 (naming i); `RangeError` naming the row when W is ragged.
 */
export function scaleRows<T>(F: OrderedField<T>, lambdas: Vector<T>, W: Matrix<T>): T[][] {
  assertRectangular(W, 'scaleRows');
  if (lambdas.length !== W.length) {
    throw new RangeError(`scaleRows: ${lambdas.length} scale factors for a matrix with ${W.length} rows (${shapeText(W)})`);
  }
  assertPositiveDiagonal(F, lambdas);
  return W.map((row, i) => row.map((x) => F.mul(lambdas[i], x)));
}

/**
 * [W 0]: W (k × d) padded with `extra` zero columns to k × (d + extra) over
 * F. Embeds the unembeddings in a larger space without changing any inner
 * product, so C([W 0]) = C(W) (the partial isometries of L5.3's corollary).
 * Throws `RangeError` when `extra` is not a non-negative integer, or naming
 * the row when W is ragged.
 */
export function padColumns<T>(F: OrderedField<T>, W: Matrix<T>, extra: number): T[][] {
  assertRectangular(W, 'padColumns');
  if (!Number.isSafeInteger(extra) || extra < 0) throw new RangeError(`padColumns: extra must be a non-negative integer, got ${extra}`);
  return W.map((row) => [...row, ...Array.from({ length: extra }, () => F.zero)]);
}

/**
 * W + 1vᵀ over F: every row w_i (W k × d) translated by the same v ∈ F^d.
 * Leaves every softmax probability unchanged (L3.1, App. A); the
 * translations of L3.2 / L3.3 are applied with it.
 * Throws `RangeError` naming both lengths when v has not d entries (for
 * k = 0 any v is accepted and the result is empty), or naming the row when W
 * is ragged.
 */
export function translateRows<T>(F: OrderedField<T>, W: Matrix<T>, v: Vector<T>): T[][] {
  assertRectangular(W, 'translateRows');
  const [k, d] = shape(W);
  if (k === 0) return [];
  if (v.length !== d) throw new RangeError(`translateRows: matrix is ${k} × ${d} but the translation has ${v.length} entries`);
  return W.map((row) => row.map((x, c) => F.add(x, v[c])));
}
