import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { logits } from './logits.ts';

/**
 * The logistic function σ(t) = 1/(1 + e^{−t}) — float64, NOT exact —
 * evaluated without overflow: 1/(1 + e^{−t}) for t ≥ 0, e^t/(1 + e^t) for t < 0.
 * Throws `RangeError` for NaN.
 */
export function sigmoidFloat64(t: number): number {
  if (Number.isNaN(t)) throw new RangeError('sigmoid of NaN');
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/**
 * log σ(t) — float64, NOT exact — without overflow or catastrophic
 * cancellation: −log1p(e^{−t}) for t ≥ 0, t − log1p(e^t) for t < 0.
 * Throws `RangeError` for NaN.
 */
export function logSigmoidFloat64(t: number): number {
  if (Number.isNaN(t)) throw new RangeError('log-sigmoid of NaN');
  return t >= 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t));
}

/**
 * Per-label probabilities σ(w_iᵀx) of the sigmoid (multi-label) classifier
 * with unembedding W (k × d, rows are labels) at embedding x ∈ F^d (notes
 * §1, Eq. 2) — float64, NOT exact: the logits are exact over F, then
 * rounded with `F.toNumber`. Throws `RangeError` on a shape mismatch.
 */
export function sigmoidProbabilitiesFloat64<T>(F: OrderedField<T>, W: Matrix<T>, x: Vector<T>): number[] {
  return logits(F, W, x).map((t) => sigmoidFloat64(F.toNumber(t)));
}

/**
 * Probability p(z | x) = Π_i σ(z_i·w_iᵀx) of the label combination
 * z ∈ {±1}^k (+1: label on) under the sigmoid classifier with unembedding W
 * (k × d) at embedding x ∈ F^d (notes §1, Eq. 3) — float64, NOT exact:
 * exact logits, then exp of the float sum of log σ terms (no underflow of
 * intermediate products). The most likely combination is sign(Wx) (Def. 5.1).
 * Throws `RangeError` when z has not k entries, or naming the index of an
 * entry that is not +1 or −1; `RangeError` on a shape mismatch of W and x.
 */
export function labelCombinationProbabilityFloat64<T>(F: OrderedField<T>, W: Matrix<T>, x: Vector<T>, z: readonly number[]): number {
  const s = logits(F, W, x);
  if (z.length !== s.length) throw new RangeError(`label combination has ${z.length} entries but W has ${s.length} labels`);
  let logp = 0;
  z.forEach((zi, i) => {
    if (zi !== 1 && zi !== -1) throw new RangeError(`label combination: entry ${i} is ${zi}, not +1 or -1`);
    logp += logSigmoidFloat64(zi * F.toNumber(s[i]));
  });
  return Math.exp(logp);
}
