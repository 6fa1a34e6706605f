/**
 * Throws `RangeError` unless there is at least one label (k ≥ 1) and `label`
 * is an integer in 0 … k−1; messages name the label, k and `what`.
 */
export function assertLabel(k: number, label: number, what: string): void {
  if (k === 0) throw new RangeError(`${what}: W has no rows (labels)`);
  if (!Number.isInteger(label) || label < 0 || label >= k) {
    throw new RangeError(`${what}: label ${label} is not a label index of W (k = ${k}; valid 0 … ${k - 1})`);
  }
}
