import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../../src/linalg/matrix.ts';

/**
 * Throws `RangeError` unless W (k × d, rows are labels) is rectangular with
 * k ≥ 1 and `label` is an integer in 0 … k−1; messages name the label, k and `what`.
 */
export function assertLabel<T>(W: Matrix<T>, label: number, what: string): void {
  assertRectangular(W, `${what}: W`);
  const [k] = shape(W);
  if (k === 0) throw new RangeError(`${what}: W has no rows (labels)`);
  if (!Number.isInteger(label) || label < 0 || label >= k) {
    throw new RangeError(`${what}: label ${label} is not a label index of W (k = ${k}; valid 0 … ${k - 1})`);
  }
}
