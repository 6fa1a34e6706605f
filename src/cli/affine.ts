/**
 * The bias of a model enters every strict system the same way (homogenisation): the logits
 * Wx + b are [W | b]·(x, t) at t = 1, and for t > 0 the sign of every row of a strict system
 * is unchanged by dividing by t. So a system on the rows of W (k × d) with a bias becomes the
 * same system on the rows of [W | b] (k × (d+1)) plus one last row (0, …, 0, 1) for t > 0.
 * This is the convention of `argmaxableRows` with bias (Grivas, Bogoychev & Lopez 2022).
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';

/** [W | b]: W (k × d) with the bias b (k entries) as an extra last column, k × (d+1). Throws `RangeError` naming both lengths when b has not k entries. */
export function appendBiasColumn<T>(W: Matrix<T>, b: readonly T[]): T[][] {
  if (b.length !== W.length) throw new RangeError(`appendBiasColumn: W has ${W.length} rows but the bias has ${b.length} entries`);
  return W.map((row, i) => [...row, b[i]]);
}

/** The row (0, …, 0, 1) of length `columns`: requires t > 0 for the homogenising coordinate t. */
export function positiveTRow<T>(F: OrderedField<T>, columns: number): T[] {
  return Array.from({ length: columns }, (_, c) => (c === columns - 1 ? F.one : F.zero));
}

/**
 * The rows of a strict system for a model with optional bias: `rowsOf(W)` without bias;
 * with bias b, `rowsOf([W | b])` followed by (0, …, 0, 1). A witness then has d+1 entries
 * (x, t) with t > 0, and x/t is an input of the model. Throws `RangeError` (from
 * `appendBiasColumn`) when the bias has not one entry per row of W.
 */
export function systemRows<T>(F: OrderedField<T>, W: Matrix<T>, bias: readonly T[] | undefined, rowsOf: (M: Matrix<T>) => T[][]): T[][] {
  if (bias === undefined) return rowsOf(W);
  const Wb = appendBiasColumn(W, bias);
  return [...rowsOf(Wb), positiveTRow(F, Wb[0].length)];
}
