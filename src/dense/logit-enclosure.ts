/**
 * Rigorous enclosures of logits from a kernel's floating-point products (the
 * filter of the scale path's exact predicates).
 *
 * For W (k × d, rows are labels), an optional bias b, a witness (x, t) (x a
 * float vector given to the kernel exactly, t ≥ 0 a float; t = 0 without
 * bias) and the kernel's product p̂_j ≈ w_j·x, the logit ℓ_j = w_j·x + b_j·t
 * lies in [lo_j, hi_j] with
 *
 *   lo_j = ĉ_j − Ê_j,  hi_j = ĉ_j + Ê_j,  ĉ_j = fl(p̂_j + fl(b_j·t)),
 *   Ê_j = K_j + 2^-40·(|p̂_j| + |b_j t| + K_j) + 2^-1000,
 *
 * where K_j is the kernel's dot error bound (`dotErrorBound`: γ_d‖w_j‖₂‖x‖₂
 * plus the underflow term, from upper bounds of the norms). The 2^-40 term
 * covers every float64 rounding after the kernel (the product b_j·t, the sum
 * ĉ_j, and the subtraction/addition forming lo_j and hi_j, each at most 2^-53
 * relative to quantities bounded by |p̂_j| + |b_j t| + K_j, fewer than 2^12
 * of them), and 2^-1000 every float64 underflow (at most 2^-1074 each).
 * A non-finite product or bound gives (−∞, +∞): undecided, re-decided exactly.
 *
 * So lo_a > hi_b proves ℓ_a > ℓ_b, hi_a ≤ lo_b proves ℓ_a ≤ ℓ_b, and a pair
 * with neither is re-decided exactly (`exact-logits.ts`).
 *
 * A witness off the float grid (ties: an exact rational x* on a hyperplane)
 * is given to the kernel as the float x that differs from x* on ONE column c
 * only, by |x*_c − x_c| ≤ Δ (Δ verified exactly by the caller). Then
 * ℓ_j(x*) = ℓ_j(x) + w_jc·(x*_c − x_c), so K_j gains the term Δ·|w_jc|
 * (computed in float64; its rounding is covered by the 2^-40 term, which is
 * relative to a sum that includes it): the enclosure is one of ℓ_j(x*).
 * Source: Higham, Accuracy and Stability of Numerical Algorithms, §3.1; the
 * filtered-predicate pattern of Shewchuk (1997) and CGAL.
 */
import type { DenseMatrix, FloatArray } from './dense-matrix.ts';
import { rowNorms, vectorNorms } from './dense-matrix.ts';
import { gamma, type FloatFormat } from './dot-error-bound.ts';

/** Per-matrix data of the filter: W, its row-norm upper bounds, and the kernel's format. */
export interface FilterContext {
  readonly W: DenseMatrix;
  readonly l2: Float64Array;
  readonly l1: Float64Array;
  readonly format: FloatFormat;
  /**
   * Multiplies every error bound (1 = the rigorous bound). Only for fault
   * injection in tests: a value < 1 makes the filter unsound, which the exact
   * checks downstream must catch.
   */
  readonly boundScale: number;
}

/** The filter context of W for a kernel computing in `format` (row norms: O(k·d) once). */
export function filterContext(W: DenseMatrix, format: FloatFormat, boundScale = 1): FilterContext {
  const { l2, l1 } = rowNorms(W);
  return { W, l2, l1, format, boundScale };
}

const REL = 2 ** -40;
const ABS = 2 ** -1000;

/**
 * Per-witness constants of the bound K_j = (g·l2[j] + c0 + c1·l1[j] + delta·|W[j, column]|)·scale
 * (`column` −1: the witness is the kernel's input itself, no correction).
 */
export interface WitnessBound {
  readonly g: number;
  readonly c0: number;
  readonly c1: number;
  readonly scale: number;
  readonly column: number;
  readonly delta: number;
}

/** An exact witness x* given to the kernel as x: they differ on `column` only, by at most `delta`. */
export interface ColumnCorrection {
  readonly column: number;
  readonly delta: number;
}

/**
 * The bound constants of a witness x (d entries, the kernel's input) under
 * the context's kernel format; with a `correction`, of the exact witness x*
 * that differs from x on one column (see the module docstring).
 */
export function witnessBound(ctx: FilterContext, x: ArrayLike<number>, correction?: ColumnCorrection): WitnessBound {
  const d = ctx.W.d;
  const xn = vectorNorms(x);
  const gam = gamma(d, ctx.format);
  // underflow term (1 + γ)·μ·(2d + ‖w_j‖₁ + ‖x‖₁)·1.01 = c0 + c1·‖w_j‖₁
  const c1 = (1 + gam) * ctx.format.minNormal * 1.01;
  const column = correction === undefined || correction.delta === 0 ? -1 : correction.column;
  return { g: gam * xn.l2, c0: c1 * (2 * d + xn.l1), c1, scale: ctx.boundScale, column, delta: column < 0 ? 0 : correction!.delta };
}

/**
 * The enclosure [lo, hi] of ℓ_j = w_j·x + b_j·t from the product p̂_j = P[offset + j]
 * (see the module docstring); (−∞, +∞) when not finite.
 * @example
 * const ctx = filterContext(denseMatrix(new Float64Array([1, 0, 0, 1]), 2, 2), BINARY64);
 * const x = new Float64Array([2, 1]);
 * logitInterval(ctx, witnessBound(ctx, x), new Float64Array([2, 1]), 0, 0, 0); // [2 − ε, 2 + ε]
 */
export function logitInterval(ctx: FilterContext, wb: WitnessBound, P: FloatArray, offset: number, j: number, t: number): [number, number] {
  const p = P[offset + j];
  const bt = ctx.W.bias === undefined ? 0 : ctx.W.bias[j] * t;
  const corr = wb.column < 0 ? 0 : wb.delta * Math.abs(ctx.W.data[j * ctx.W.d + wb.column]);
  const K = (wb.g * ctx.l2[j] + wb.c0 + wb.c1 * ctx.l1[j] + corr) * wb.scale;
  const c = p + bt;
  const E = K + REL * (Math.abs(p) + Math.abs(bt) + K) + ABS;
  return Number.isFinite(c) && Number.isFinite(E) ? [c - E, c + E] : [-Infinity, Infinity];
}

/**
 * The labels j whose logit is NOT proven below `threshold`: hi_j ≥ threshold
 * (or not finite), in increasing j. One fused pass over the k products of
 * one witness (the hot loop of the scale path).
 */
export function labelsNotBelow(ctx: FilterContext, wb: WitnessBound, P: FloatArray, offset: number, t: number, threshold: number): number[] {
  const { l2, l1 } = ctx;
  const { k, d, data } = ctx.W;
  const bias = ctx.W.bias;
  const { g, c0, c1, scale, column, delta } = wb;
  const out: number[] = [];
  for (let j = 0; j < k; j++) {
    const p = P[offset + j];
    const bt = bias === undefined ? 0 : bias[j] * t;
    const K = (g * l2[j] + c0 + c1 * l1[j] + (column < 0 ? 0 : delta * Math.abs(data[j * d + column]))) * scale;
    const hi = p + bt + (K + REL * (Math.abs(p) + Math.abs(bt) + K) + ABS);
    if (!(hi < threshold)) out.push(j);
  }
  return out;
}
