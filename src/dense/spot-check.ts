/**
 * The kernel's soundness spot check: the filter's bound (`dot-error-bound.ts`)
 * assumes the kernel computes each product with IEEE arithmetic of its
 * stated format. On every block, a random sample of its m·k products is
 * recomputed here in float64 (our own loop) and must agree within the sum of
 * both rigorous bounds; a violation throws. A kernel that is wrong on a
 * fraction q of the entries escapes n samples with probability (1 − q)^n,
 * so systematic faults (a reduced-precision mode, a transposed layout, a
 * bad build) are caught; a single wrong entry may not be — that residual
 * risk is what the `js` kernel (our own loops) removes.
 */
import type { FloatArray } from './dense-matrix.ts';
import { vectorNorms } from './dense-matrix.ts';
import { BINARY64, dotErrorBound } from './dot-error-bound.ts';
import type { FilterContext } from './logit-enclosure.ts';

/**
 * Checks `samples` random products P[b·k + j] (b < m, j < k) of the block X
 * (m × d) against float64 dot products; returns the number checked (all
 * m·k when samples ≥ m·k). `rand` gives uniform numbers in [0, 1).
 * Throws `Error` naming the kernel, the entry and both values on a violation.
 */
export function spotCheckProducts(ctx: FilterContext, kernelName: string, X: FloatArray, m: number, P: FloatArray, samples: number, rand: () => number): number {
  const { k, d, data } = ctx.W;
  const total = m * k;
  const n = Math.min(samples, total);
  for (let s = 0; s < n; s++) {
    const e = n === total ? s : Math.floor(rand() * total);
    const b = Math.floor(e / k);
    const j = e % k;
    let ref = 0;
    for (let c = 0; c < d; c++) ref += data[j * d + c] * X[b * d + c];
    const xb = X.subarray(b * d, (b + 1) * d);
    const xn = vectorNorms(xb);
    const bound = dotErrorBound(d, ctx.format, ctx.l2[j], xn.l2, ctx.l1[j], xn.l1) + dotErrorBound(d, BINARY64, ctx.l2[j], xn.l2, ctx.l1[j], xn.l1);
    const got = P[e];
    if (!(Math.abs(got - ref) <= bound * (1 + 2 ** -30)) && Number.isFinite(ref)) {
      throw new Error(`kernel ${kernelName} broke its error bound: product (witness ${b}, label ${j}) is ${got}, float64 gives ${ref}, bound ${bound}; refusing to certify with it (use the js kernel)`);
    }
  }
  return n;
}

/**
 * A seeded generator of uniform numbers in [0, 1) (mulberry32, 32-bit
 * state): reproducible sampling for the spot check. NOT for cryptography.
 * @example
 * const r = seededUniform(1); r(); // the same first number on every run
 */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
