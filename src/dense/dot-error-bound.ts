/**
 * A-priori error bound of a floating-point dot product, the filter of the
 * scale path's exact predicates (the CGAL / Shewchuk pattern: decide in
 * floating point when the computed value is farther from zero than a
 * rigorous bound of its error, re-decide exactly otherwise).
 *
 * Bound (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed.,
 * SIAM 2002, §3.1, eq. (3.5) and Lemma 3.1): if ŝ is a·b (n terms) computed
 * with IEEE binary arithmetic of unit roundoff u (2^-24 for binary32, 2^-53
 * for binary64, round to nearest) in ANY order of summation, with or without
 * fused multiply-adds (an FMA rounds once where a product and a sum round
 * twice, so the same bound holds), and no overflow occurs, then
 *
 *   |ŝ − a·b| ≤ γ_n Σ_l |a_l b_l| + A,   γ_n = n·u / (1 − n·u)   (n·u < 1),
 *
 * where A = 0 without underflow. Underflow / flush-to-zero (an absolute
 * term, Higham §2.1 with the underflow model fl(x) = x(1+δ) + η): every
 * product may lose |η| ≤ μ (μ = 2^-126 for binary32, 2^-1022 for binary64:
 * the smallest normal, which also covers a result flushed to zero), every
 * addition may lose < μ when results are flushed to zero (it is exact under
 * gradual underflow), and a subnormal INPUT treated as zero (denormals-are-
 * zero) loses |a_l b_l| ≤ μ·|b_l| (or μ·|a_l|). Each of these errors is then
 * carried through at most n further roundings, a factor ≤ 1 + γ_n, so
 *
 *   A = (1 + γ_n)·μ·(2n + ‖a‖₁ + ‖b‖₁).
 *
 * The scale path bounds Σ|a_l b_l| by ‖a‖₂‖b‖₂ (Cauchy–Schwarz) with
 * precomputed upper bounds of the norms (`rowNorms`), so one bound per row
 * and per witness serves all k·B products of a block. The bound is then
 * evaluated in float64 with a 1 % margin (`gamma` returns 1.01·γ_n), which
 * covers the float64 rounding of its own evaluation (a handful of operations,
 * each 2^-53 relative).
 *
 * Assumptions, stated: the kernel computes every dot product with IEEE
 * binary32 or binary64 additions and multiplications (or FMAs) of the stated
 * unit roundoff in some order, on inputs that are exactly the given floats;
 * no overflow (a non-finite result is re-decided exactly). No extended
 * precision is assumed, and none would hurt (it only shrinks the error).
 * A kernel that breaks this (reduced precision such as bf16/TF32, a wrong
 * layout) is caught by `spotCheckProducts` with high probability when it
 * errs on many entries; `--kernel js` (our own loops) avoids the assumption.
 */

/** Unit roundoff and smallest normal of an IEEE binary format. */
export interface FloatFormat {
  /** 'float32' (binary32) or 'float64' (binary64). */
  readonly name: 'float32' | 'float64';
  /** u = 2^-p, p the significand precision: 2^-24 or 2^-53. */
  readonly u: number;
  /** μ: the smallest positive normal number, 2^-126 or 2^-1022. */
  readonly minNormal: number;
}

/** IEEE 754 binary32. */
export const BINARY32: FloatFormat = { name: 'float32', u: 2 ** -24, minNormal: 2 ** -126 };
/** IEEE 754 binary64. */
export const BINARY64: FloatFormat = { name: 'float64', u: 2 ** -53, minNormal: 2 ** -1022 };

/**
 * 1.01·γ_n for dot products of n terms in format F (an upper bound of
 * γ_n = n·u/(1 − n·u), Higham Lemma 3.1). Throws `RangeError` when n·u ≥ 1/2
 * (no useful bound; n ≥ 2^23 terms in binary32).
 * @example
 * gamma(768, BINARY32); // ≈ 4.6e-5
 */
export function gamma(n: number, F: FloatFormat): number {
  const nu = n * F.u;
  if (!(nu < 0.5)) throw new RangeError(`dot error bound: ${n} terms are too many for ${F.name} (n·u = ${nu} ≥ 1/2)`);
  return (1.01 * nu) / (1 - nu);
}

/**
 * The absolute (underflow) term A = (1 + γ_n)·μ·(2n + ‖a‖₁ + ‖b‖₁) of the
 * bound, from upper bounds of the 1-norms (see the module docstring).
 */
export function underflowTerm(n: number, F: FloatFormat, a1: number, b1: number): number {
  return (1 + gamma(n, F)) * F.minNormal * (2 * n + a1 + b1) * 1.01;
}

/**
 * The error bound of a computed dot product of n terms in format F, from
 * upper bounds of ‖a‖₂, ‖b‖₂ (for Σ|a_l b_l| ≤ ‖a‖₂‖b‖₂) and ‖a‖₁, ‖b‖₁:
 * γ_n·‖a‖₂‖b‖₂ + A. Rigorous under the assumptions of the module docstring.
 * @example
 * dotErrorBound(3, BINARY64, 1, 1, 2, 2); // ≈ 3.4e-16
 */
export function dotErrorBound(n: number, F: FloatFormat, a2: number, b2: number, a1: number, b1: number): number {
  return gamma(n, F) * a2 * b2 + underflowTerm(n, F, a1, b1);
}
