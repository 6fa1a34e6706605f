import { describe, expect, it } from 'vitest';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { denseMatrix, type DenseMatrix, type FloatArray } from '../../../src/dense/dense-matrix.ts';
import { BINARY32, BINARY64, dotErrorBound, gamma } from '../../../src/dense/dot-error-bound.ts';
import { filterContext, logitInterval, labelsNotBelow, witnessBound } from '../../../src/dense/logit-enclosure.ts';
import { exactLogit, exactView, exactWitness, compareDyadic } from '../../../src/dense/exact-logits.ts';
import { commonExponent, dyadicIntegers, lowestBitExponent, scaledInteger } from '../../../src/dense/exact-integers.ts';
import { jsKernel, type MatrixKernel } from '../../../src/dense/kernel.ts';
import { rng } from '../lp/scale/helpers.ts';

/**
 * A binary32 kernel simulated in JS: each dot product summed in a random
 * order, either with FMAs (fround(s + a·b): a product of two binary32 values
 * is exact in float64, so this rounds once like an FMA) or with a rounded
 * product then a rounded sum; optionally flushing subnormal results to zero.
 */
export function float32Kernel(W: DenseMatrix, seed: number, mode: 'fma' | 'separate', ftz = false): MatrixKernel {
  const r = rng(seed);
  const { k, d, data } = W;
  const flush = (v: number) => (ftz && Math.abs(v) < 2 ** -126 ? 0 : v);
  return {
    name: `simulated binary32 (${mode}${ftz ? ', flush to zero' : ''})`,
    format: BINARY32,
    inputType: 'float32',
    async products(X: FloatArray, m: number) {
      const P = new Float32Array(m * k);
      const order = Array.from({ length: d }, (_, c) => c);
      for (let b = 0; b < m; b++) {
        for (let j = 0; j < k; j++) {
          for (let c = d - 1; c > 0; c--) { const t = Math.floor(r() * (c + 1)); [order[c], order[t]] = [order[t], order[c]]; }
          let s = 0;
          for (const c of order) {
            const p = flush(data[j * d + c]) * flush(X[b * d + c]); // with ftz also denormals-are-zero on inputs
            s = mode === 'fma' ? flush(Math.fround(s + p)) : flush(Math.fround(s + flush(Math.fround(p))));
          }
          P[b * k + j] = s;
        }
      }
      return P;
    },
    async close() {},
  };
}

const exactDot = (a: ArrayLike<number>, b: ArrayLike<number>): Rational => {
  let s = Q.zero;
  for (let c = 0; c < a.length; c++) s = s.add(rationalFromFloat64(a[c]).mul(rationalFromFloat64(b[c])));
  return s;
};

/** Adversarial rows and witnesses, all binary32 values. */
function adversarial(seed: number): { W: DenseMatrix; X: Float32Array; m: number } {
  const r = rng(seed);
  const d = 2 + Math.floor(r() * 30);
  const k = 6;
  const f = (v: number) => Math.fround(v);
  const pick = (): number => {
    const kind = Math.floor(r() * 5);
    if (kind === 0) return f((r() - 0.5) * 2 ** (Math.floor(r() * 60) - 30)); // wide exponents
    if (kind === 1) return f((r() < 0.5 ? -1 : 1) * 2 ** -(126 + Math.floor(r() * 23))); // subnormal binary32
    if (kind === 2) return f(1 + (r() < 0.5 ? 2 ** -23 : -(2 ** -24))); // next to 1
    if (kind === 3) return f(2 ** 60 * (r() - 0.5)); // huge
    return f(Math.floor(r() * 9) - 4);
  };
  const rows: number[][] = Array.from({ length: k }, () => Array.from({ length: d }, pick));
  // cancellation: row 1 = row 0 with one entry nudged; row 2 = row 0 permuted signs (sum ≈ 0 with x = ones)
  rows[1] = rows[0].slice();
  rows[1][0] = f(rows[1][0] * (1 + 2 ** -23));
  rows[2] = rows[0].map((v, c) => (c % 2 === 0 ? v : -v));
  rows[3] = rows[0].slice(); // an exact tie with row 0
  const X = Float32Array.from({ length: 2 * d }, (_, c) => (c < d ? pick() : 1));
  return { W: denseMatrix(Float32Array.from(rows.flat()), k, d), X, m: 2 };
}

describe('exact integer views', () => {
  it('lowest set bit, common exponent and scaled integers are exact (against fraction.js)', () => {
    const r = rng(3);
    const xs = [1, -0.75, 5e-324, 2 ** -1022, 1.7976931348623157e308, 0.1, Math.fround(1e-40), 2 ** 100];
    for (let t = 0; t < 300; t++) xs.push((r() - 0.5) * 2 ** (Math.floor(r() * 400) - 200));
    const E = commonExponent(xs);
    for (const x of xs) {
      const q = rationalFromFloat64(x);
      const n = scaledInteger(x, E);
      expect(Q.equals(q, Q.fromRational(n).mul(E >= 0 ? Q.fromRational(1n << BigInt(E)) : Q.fromRational(1n, 1n << BigInt(-E))))).toBe(true);
      expect(Number.isInteger(x * 2 ** -lowestBitExponent(x)) || lowestBitExponent(x) < -1000).toBe(true);
    }
    expect(dyadicIntegers([0.5, 0.25, -3, 0])).toEqual({ ints: [2n, 1n, -12n, 0n], exponent: -2 });
    expect(lowestBitExponent(0)).toBe(Infinity);
  });
});

describe('the dot-product error bound (Higham §3.1) and the logit enclosures', () => {
  it('γ_n and the absolute term', () => {
    expect(gamma(768, BINARY32)).toBeGreaterThan((768 * 2 ** -24) / (1 - 768 * 2 ** -24));
    expect(() => gamma(2 ** 23, BINARY32)).toThrow(RangeError);
    expect(dotErrorBound(3, BINARY64, 1, 1, 0, 0)).toBeGreaterThan(3 * 2 ** -53);
  });
  it('encloses the exact logit for adversarial binary32 products (cancellation, ties, subnormals, huge/small exponents; FMA or not; flush to zero)', async () => {
    let decidedByFilter = 0;
    let undecided = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { W, X, m } = adversarial(seed);
      const ctx = filterContext(W, BINARY32);
      for (const [mode, ftz] of [['fma', false], ['separate', false], ['separate', true]] as const) {
        const P = await float32Kernel(W, seed, mode, ftz).products(X, m);
        for (let b = 0; b < m; b++) {
          const x = X.subarray(b * W.d, (b + 1) * W.d);
          const wb = witnessBound(ctx, x);
          const view = exactView(W);
          const ew = exactWitness(x);
          for (let j = 0; j < W.k; j++) {
            const [lo, hi] = logitInterval(ctx, wb, P, b * W.k, j, 0);
            const exact = exactDot(W.data.subarray(j * W.d, (j + 1) * W.d), x);
            expect(Q.compare(rationalFromFloat64(lo), exact)).toBeLessThanOrEqual(0);
            expect(Q.compare(exact, rationalFromFloat64(hi))).toBeLessThanOrEqual(0);
            // the BigInt logit equals the fraction.js one
            const e = exactLogit(view, j, ew);
            const asQ = Q.fromRational(e.n).mul(e.e >= 0 ? Q.fromRational(1n << BigInt(e.e)) : Q.fromRational(1n, 1n << BigInt(-e.e)));
            expect(Q.equals(asQ, exact)).toBe(true);
          }
          // pairwise decisions: filter-proved ones agree with exact arithmetic
          for (let i = 0; i < W.k; i++) {
            const ivI = logitInterval(ctx, wb, P, b * W.k, i, 0);
            for (let j = 0; j < W.k; j++) {
              if (i === j) continue;
              const ivJ = logitInterval(ctx, wb, P, b * W.k, j, 0);
              const s = compareDyadic(exactLogit(view, i, ew), exactLogit(view, j, ew));
              if (ivI[0] > ivJ[1]) { decidedByFilter++; expect(s).toBe(1); }
              else if (ivI[1] <= ivJ[0]) { decidedByFilter++; expect(s).toBeLessThanOrEqual(0); }
              else undecided++;
            }
          }
          // labelsNotBelow lists exactly the labels whose upper end reaches the threshold
          const thr = logitInterval(ctx, wb, P, b * W.k, 0, 0)[0];
          const listed = labelsNotBelow(ctx, wb, P, b * W.k, 0, thr);
          const expected = Array.from({ length: W.k }, (_, j) => j).filter((j) => !(logitInterval(ctx, wb, P, b * W.k, j, 0)[1] < thr));
          expect(listed).toEqual(expected);
        }
      }
    }
    expect(decidedByFilter).toBeGreaterThan(undecided); // the filter decides most pairs
    expect(undecided).toBeGreaterThan(100); // and the ties / cancellations reach the exact step
  });
  it('a shrunken bound is caught: with the error bound scaled by 1e-6 some enclosure misses the exact value', async () => {
    let missed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { W, X, m } = adversarial(seed);
      const ctx = filterContext(W, BINARY32, 1e-6);
      const P = await float32Kernel(W, seed, 'separate').products(X, m);
      for (let b = 0; b < m; b++) {
        const x = X.subarray(b * W.d, (b + 1) * W.d);
        const wb = witnessBound(ctx, x);
        for (let j = 0; j < W.k; j++) {
          const [lo, hi] = logitInterval(ctx, wb, P, b * W.k, j, 0);
          const exact = exactDot(W.data.subarray(j * W.d, (j + 1) * W.d), x);
          if (Q.compare(rationalFromFloat64(lo), exact) > 0 || Q.compare(exact, rationalFromFloat64(hi)) > 0) missed++;
        }
      }
    }
    expect(missed).toBeGreaterThan(0); // so the tests above would notice a bound that is too small
  });
  it('the js kernel (binary64, worker threads for large blocks) matches the in-thread loop', async () => {
    const r = rng(9);
    const k = 700;
    const d = 40;
    const W = denseMatrix(Float32Array.from({ length: k * d }, () => Math.fround(r() - 0.5)), k, d);
    const X = Float64Array.from({ length: 200 * d }, () => r() - 0.5);
    const threaded = jsKernel(W.data, k, d, 2);
    const single = jsKernel(W.data, k, d, 1);
    const a = await threaded.products(X, 200);
    const b = await single.products(X, 200);
    expect(Array.from(a)).toEqual(Array.from(b));
    // overlapping calls (the scale engine prefetches a block while it judges another) each get their own products
    // (each result is copied the moment its promise resolves: a job resolved before its workers finished shows zeros)
    const Y = Array.from({ length: 25 }, () => Array.from(X, (v) => -2 * v)).flat();
    const [p, q] = await Promise.all([threaded.products(X, 200).then((P) => Array.from(P)), threaded.products(Float64Array.from(Y), 5000).then((P) => Array.from(P))]);
    expect(p).toEqual(Array.from(b));
    expect(q).toEqual(Array.from({ length: 25 }, () => Array.from(b, (v) => -2 * v)).flat());
    await threaded.close();
    expect(threaded.name).toMatch(/js/);
  });
});
