import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { shape } from '../linalg/matrix.ts';
import { assertUnembedding } from '../models/logits.ts';

/**
 * Checks a pair of labels (i, j) of W (k × d, rows are labels) for the
 * Section 3 constructions (T3.4, App. D): W a valid unembedding, i and j
 * integers in 0 … k−1 and i ≠ j; with `distinct`, also w_i ≠ w_j exactly
 * over F. Throws `RangeError` naming the index or the equal rows.
 */
export function assertLabelPair<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number, what: string, distinct: boolean): void {
  assertUnembedding(W, `${what}: W`);
  const [k] = shape(W);
  for (const [name, idx] of [['i', i], ['j', j]] as const) {
    if (!Number.isSafeInteger(idx) || idx < 0 || idx >= k) throw new RangeError(`${what}: label index ${name} = ${idx} is not in 0 … ${k - 1}`);
  }
  if (i === j) throw new RangeError(`${what}: the two labels must differ, got i = j = ${i}`);
  if (distinct && W[i].every((x, c) => F.equals(x, W[j][c]))) {
    throw new RangeError(`${what}: rows ${i} and ${j} are equal (w_${i} = w_${j}); no translation changes their cosine`);
  }
}
