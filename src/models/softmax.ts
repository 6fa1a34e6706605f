import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { logits } from './logits.ts';

/** Unit roundoff of float64, u = 2⁻⁵³. */
export const FLOAT64_UNIT_ROUNDOFF = 2 ** -53;

/**
 * Softmax of float64 logits z (length k ≥ 1) — float64, NOT exact — with the
 * stable log-sum-exp shift: p_i = exp(z_i − m) / Σ_j exp(z_j − m), m = max z
 * (notes §1, Eq. 1). Never overflows; the top label's term is exp(0) = 1, so
 * the denominator is ≥ 1. Error bound: `softmaxFloat64ErrorBound`.
 * Throws `RangeError` for an empty z and `RangeError` naming the index of a
 * non-finite logit.
 */
export function softmaxFloat64(z: readonly number[]): number[] {
  if (z.length === 0) throw new RangeError('softmax of an empty logit vector');
  z.forEach((t, i) => {
    if (!Number.isFinite(t)) throw new RangeError(`softmax: logit ${i} is ${t}, not a finite number`);
  });
  let m = z[0];
  for (const t of z) if (t > m) m = t;
  const e = z.map((t) => Math.exp(t - m));
  let s = 0;
  for (const t of e) s += t;
  return e.map((t) => t / s);
}

/**
 * Softmax probabilities p(y_i | x) of the classifier with unembedding W
 * (k × d, rows are labels) at embedding x ∈ F^d — float64, NOT exact: the
 * logits Wx are computed exactly over F, rounded with `F.toNumber`, then
 * passed to `softmaxFloat64`. Throws `RangeError` on a shape mismatch.
 */
export function softmaxProbabilitiesFloat64<T>(F: OrderedField<T>, W: Matrix<T>, x: Vector<T>): number[] {
  return softmaxFloat64(logits(F, W, x).map((t) => F.toNumber(t)));
}

/**
 * A rigorous bound B on |p̂_i − p_i| for every label i, where p = softmax(z)
 * is the exact softmax of real logits z (length k) and p̂ =
 * `softmaxFloat64(ẑ)` is computed from float64 logits with |ẑ_i − z_i| ≤
 * `logitError` (E); `maxAbsLogit` (M) is an upper bound on max_i |z_i|.
 * Float64 arithmetic, NOT exact; used as a tolerance DERIVED from the inputs.
 *
 * Derivation (u = 2⁻⁵³, γ_n = nu/(1 − nu), Higham 2002 §3):
 * - shift: a_i = fl(ẑ_i − m̂) = z_i − z_{i*} + η_i with |η_i| ≤ Δ = 2E + 2u(M + E),
 *   and softmax(a) = softmax(z + η) =: q satisfies q_i/p_i ∈ [e^{−2Δ}, e^{2Δ}];
 * - exp: assumed within 1 ulp (V8's fdlibm port), i.e. relative error ≤ 2u, plus
 *   an absolute 2⁻¹⁰⁷⁴ in the subnormal range; the top term is exp(0) = 1, so S ≥ 1;
 * - sum of k non-negative terms: relative error ≤ γ_{k−1}; division: ≤ u.
 * So |p̂_i − q_i| ≤ ρ·q_i + 2⁻¹⁰⁷³ with ρ = (1+2u)(1+u)/((1−γ_{k−1})(1−2u−k·2⁻¹⁰⁷⁴)) − 1,
 * and B = expm1(2Δ) + ρ·e^{2Δ} + 2⁻¹⁰⁷³, scaled by (1 + 2⁻⁴⁰) to cover the
 * rounding of this very evaluation. Throws `RangeError` for k < 1, negative or
 * non-finite M or E, or (k−1)u ≥ 1.
 */
export function softmaxFloat64ErrorBound(k: number, maxAbsLogit: number, logitError: number): number {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`softmaxFloat64ErrorBound: k must be a positive integer, got ${k}`);
  if (!(maxAbsLogit >= 0) || !Number.isFinite(maxAbsLogit)) throw new RangeError(`softmaxFloat64ErrorBound: maxAbsLogit must be finite and ≥ 0, got ${maxAbsLogit}`);
  if (!(logitError >= 0) || !Number.isFinite(logitError)) throw new RangeError(`softmaxFloat64ErrorBound: logitError must be finite and ≥ 0, got ${logitError}`);
  const u = FLOAT64_UNIT_ROUNDOFF;
  const nu = (k - 1) * u;
  if (nu >= 1) throw new RangeError(`softmaxFloat64ErrorBound: k = ${k} is too large for the bound`);
  const gamma = nu / (1 - nu);
  const tiny = 2 ** -1074;
  const delta = 2 * logitError + 2 * u * (maxAbsLogit + logitError);
  const rho = ((1 + 2 * u) * (1 + u)) / ((1 - gamma) * (1 - 2 * u - k * tiny)) - 1;
  const bound = Math.expm1(2 * delta) + rho * Math.exp(2 * delta) + 2 * tiny;
  return bound * (1 + 2 ** -40);
}
