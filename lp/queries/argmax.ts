import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import { assertLabel } from './internal/validate.ts';
import type { Decision } from '../engine/strict-system.ts';
import { decideStrictSystem } from '../engine/strict-system.ts';

/**
 * The rows of the strict system "label i can be the top label" for the
 * unembedding W (k × d, rows are labels) over F:
 * - without bias: w_i − w_j for j ≠ i in increasing j ((k−1) × d), so that
 *   label i is the unique argmax of W x iff these rows · x > 0;
 * - with bias b (k entries): (w_i − w_j, b_i − b_j) for j ≠ i, then the row
 *   (0, …, 0, 1), a k × (d+1) matrix in the homogenised variable (x, t):
 *   (w_i − w_j)ᵀx + (b_i − b_j) t > 0 with t > 0 (divide by t for the input x/t).
 * Throws `RangeError` naming the label and k for a bad index, or naming the
 * lengths when the bias does not have k entries.
 * Source: Grivas, Bogoychev & Lopez (ACL 2022), "Low-rank softmax can have
 * unargmaxable classes in theory but rarely in practice"; notes §5.
 */
export function argmaxableRows<T>(F: OrderedField<T>, W: Matrix<T>, i: number, bias?: readonly T[]): T[][] {
  assertLabel(W, i, 'argmaxable');
  const [k, d] = shape(W);
  if (bias !== undefined && bias.length !== k) throw new RangeError(`argmaxable: W is ${k} × ${d} but the bias has ${bias.length} entries (need ${k})`);
  const rows: T[][] = [];
  for (let j = 0; j < k; j++) {
    if (j === i) continue;
    const row = W[i].map((v, c) => F.sub(v, W[j][c]));
    if (bias !== undefined) row.push(F.sub(bias[i], bias[j]));
    rows.push(row);
  }
  if (bias !== undefined) rows.push(Array.from({ length: d + 1 }, (_, c) => (c === d ? F.one : F.zero)));
  return rows;
}

/**
 * Certified decision whether label i can be the (unique) top label of the
 * softmax with unembedding W (k × d) and optional bias b: the strict system
 * of `argmaxableRows` decided by `decideStrictSystem`. A witness x (length d,
 * or d+1 = (x, t) with bias) makes label i the strict argmax; an infeasibility
 * certificate y ≥ 0 combines the rows to zero (for no bias: w_i is a convex
 * combination of the others, or equals one of them). With k = 1 the label is
 * trivially argmaxable (witness 0). Throws `RangeError` as `argmaxableRows`.
 * Source: Grivas, Bogoychev & Lopez (2022); notes §5, T5.5 / App. H.1.
 */
export function decideArgmaxable<T>(F: OrderedField<T>, W: Matrix<T>, i: number, bias?: readonly T[]): Decision<T> {
  const A = argmaxableRows(F, W, i, bias);
  const d = shape(W)[1] + (bias === undefined ? 0 : 1);
  return decideStrictSystem(F, A, undefined, { columns: d });
}

/**
 * For each label of W (k × d, optional bias of length k), whether it can be
 * the top label (`decideArgmaxable`; k certified decisions); `[]` when W has
 * no rows. Throws `RangeError` when W is not rectangular or the bias length is wrong.
 * Source: Grivas, Bogoychev & Lopez (2022).
 */
export function argmaxableLabels<T>(F: OrderedField<T>, W: Matrix<T>, bias?: readonly T[]): boolean[] {
  assertRectangular(W, 'argmaxableLabels: W');
  const [k, d] = shape(W);
  if (bias !== undefined && bias.length !== k) throw new RangeError(`argmaxableLabels: W is ${k} × ${d} but the bias has ${bias.length} entries (need ${k})`);
  return W.map((_, i) => decideArgmaxable(F, W, i, bias).feasible);
}
