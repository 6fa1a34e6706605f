/**
 * Float inverses of symmetric positive definite matrices for the scale path's whitening
 * (lp/scale/internal/first-witness.ts): a Cholesky inverse of a d × d matrix, and the
 * inverse of a ridge-regularised sample covariance by the Woodbury identity when the
 * sample has fewer rows than columns. Heuristics for first witnesses: NOT exact (every
 * witness they lead to is certified exactly elsewhere).
 */
import type { FloatArray } from './dense-matrix.ts';

/**
 * The ridge ρ = factor·tr(C)/d of a covariance C with trace tr(C) in d dimensions (1 for a
 * zero trace). NOT exact.
 * @example
 * ridgeOf(6, 3, 1e-3); // 0.002
 */
export function ridgeOf(trace: number, d: number, factor: number): number {
  return trace > 0 ? (factor * trace) / d : 1;
}

/**
 * Inverse of a symmetric positive definite d × d matrix A (row-major) by Cholesky, float64
 * (NOT exact); a non-positive pivot is clamped to 1e-300 (no error thrown).
 * @example
 * spdInverse(new Float64Array([4, 0, 0, 2]), 2); // Float64Array [0.25, 0, 0, 0.5]
 */
export function spdInverse(A: Float64Array, d: number): Float64Array {
  const L = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let s = A[j * d + j];
    for (let p = 0; p < j; p++) s -= L[j * d + p] * L[j * d + p];
    const ljj = Math.sqrt(Math.max(s, 1e-300));
    L[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = A[i * d + j];
      for (let p = 0; p < j; p++) t -= L[i * d + p] * L[j * d + p];
      L[i * d + j] = t / ljj;
    }
  }
  // M = L⁻¹ (lower triangular), then A⁻¹ = Mᵀ M
  const M = new Float64Array(d * d);
  for (let c = 0; c < d; c++) {
    M[c * d + c] = 1 / L[c * d + c];
    for (let i = c + 1; i < d; i++) {
      let t = 0;
      for (let p = c; p < i; p++) t -= L[i * d + p] * M[p * d + c];
      M[i * d + c] = t / L[i * d + i];
    }
  }
  const out = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      let t = 0;
      for (let p = b; p < d; p++) t += M[p * d + a] * M[p * d + b];
      out[a * d + b] = t;
      out[b * d + a] = t;
    }
  }
  return out;
}

/**
 * (ZᵀZ/s + ρI)⁻¹ (d × d, row-major) with ρ = `ridgeOf(tr(ZᵀZ/s), d, factor)`, for a
 * centred sample Z of s rows given transposed (Zt is d × s, row-major), computed for
 * fewer rows than columns (s < d: a head of few labels in many dimensions) by the
 * Woodbury identity, (1/ρ)(I − Zᵀ(sρI + ZZᵀ)⁻¹Z): an s × s Cholesky and O(s·d²)
 * products instead of the O(d³) Cholesky of the d × d covariance (7 × 2 304: 1.6 s
 * instead of 47 s for the whole argmax run). float64, NOT exact; throws nothing.
 * Source: Woodbury (1950); Higham, Accuracy and Stability of Numerical Algorithms, §10.
 * @example
 * // one sample row (1, 1) in d = 2: C = [[1, 1], [1, 1]], ρ = 10⁻³; C + ρI has inverse ≈ [[500.2, −499.8], [−499.8, 500.2]]
 * smallSampleInverse(new Float64Array([1, 1]), 2, 1, 1e-3); // Float64Array [500.2499…, -499.7501…, -499.7501…, 500.2499…]
 */
export function smallSampleInverse(Zt: FloatArray, d: number, s: number, factor: number): Float64Array {
  const H = new Float64Array(s * s); // ZZᵀ, then sρI + ZZᵀ
  let trace = 0;
  for (let p = 0; p < s; p++) {
    for (let q = p; q < s; q++) {
      let t = 0;
      for (let c = 0; c < d; c++) t += Zt[c * s + p] * Zt[c * s + q];
      H[p * s + q] = t;
      H[q * s + p] = t;
    }
    trace += H[p * s + p] / Math.max(s, 1);
  }
  const ridge = ridgeOf(trace, d, factor);
  for (let p = 0; p < s; p++) H[p * s + p] += s * ridge;
  const Hinv = spdInverse(H, s);
  const T = new Float64Array(s * d); // (sρI + ZZᵀ)⁻¹ Z
  for (let p = 0; p < s; p++) for (let q = 0; q < s; q++) {
    const h = Hinv[p * s + q];
    if (h !== 0) for (let c = 0; c < d; c++) T[p * d + c] += h * Zt[c * s + q];
  }
  const out = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      let t = 0;
      for (let p = 0; p < s; p++) t += Zt[a * s + p] * T[p * d + b];
      const v = ((a === b ? 1 : 0) - t) / ridge;
      out[a * d + b] = v;
      out[b * d + a] = v;
    }
  }
  return out;
}
