import { describe, expect, it } from 'vitest';
import { denseMatrix, type DenseMatrix } from '../../../src/dense/dense-matrix.ts';
import { addEnclosed, exactColumnSums, nearestLabels, type NearestMeasure } from '../../../src/dense/nearest-labels.ts';
import { compareCosines, cosine, type ExactCosine } from '../../../src/cosine/exact-cosine.ts';
import { cosineToText } from '../../../src/cosine/cosine-text.ts';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';
import { RationalField as Q, rat, type Rational } from '../../../src/field/rational.ts';
import { BINARY32, BINARY64 } from '../../../src/dense/dot-error-bound.ts';
import type { FloatArray } from '../../../src/dense/dense-matrix.ts';
import type { MatrixKernel } from '../../../src/dense/kernel.ts';
import { rng } from '../lp/scale/helpers.ts';

/**
 * Kernels simulated in JS, both reading binary32 inputs: `binary32` rounds every product and
 * partial sum to binary32 (columns in a seeded random order); `binary64` computes in binary64 (columns in order)
 * over W's own (float64) data, so the rounding of μ — and of w_i — to a float32 dominates the
 * product bound.
 */
function simulatedKernel(W: DenseMatrix, arithmetic: 'binary32' | 'binary64', seed = 1): MatrixKernel {
  const r = rng(seed);
  const { k, d, data } = W;
  const round = arithmetic === 'binary32' ? Math.fround : (x: number) => x;
  return {
    name: `simulated (binary32 inputs, ${arithmetic} arithmetic)`,
    format: arithmetic === 'binary32' ? BINARY32 : BINARY64,
    inputType: 'float32',
    async products(X: FloatArray, m: number) {
      const P = new Float64Array(m * k);
      const order = Array.from({ length: d }, (_, c) => c);
      if (arithmetic === 'binary32') order.sort(() => r() - 0.5);
      for (let b = 0; b < m; b++) for (let j = 0; j < k; j++) {
        let s = 0;
        for (const c of order) s = round(s + round(data[j * d + c] * X[b * d + c]));
        P[b * k + j] = s;
      }
      return P;
    },
    async close() {},
  };
}

/** App. C.2 scaled by 10: exact in float64, same cosines and ties. */
const C2 = denseMatrix(new Float64Array([14, -10, 14, 10, -9, 3, -10, 0, -9, -3]), 5, 2);

/**
 * The reference: every label's exact cosine by fraction.js rationals (rows read exactly,
 * μ = Σ w / k as a rational), sorted by `compareCosines`, ties by index; undefined ones dropped.
 */
function reference(W: DenseMatrix, i: number, measure: NearestMeasure): { label: number; cos: ExactCosine<Rational> }[] {
  const rows = Array.from({ length: W.k }, (_, j) => Array.from(W.data.subarray(j * W.d, (j + 1) * W.d), rationalFromFloat64));
  const mu = rows[0].map((_, c) => rows.reduce((s, r) => s.add(r[c]), Q.zero).div(W.k));
  const minus = (a: Rational[], b: Rational[]) => a.map((x, c) => x.sub(b[c]));
  const zero = (a: Rational[]) => a.every((x) => x.equals(0));
  const b = measure === 'cosine' ? rows[i] : minus(rows[i], mu);
  const v = (j: number) => (measure === 'cosine' ? rows[j] : measure === 'centered' ? minus(rows[j], mu) : minus(rows[j], rows[i]));
  const out: { label: number; cos: ExactCosine<Rational> }[] = [];
  for (let j = 0; j < W.k; j++) if (j !== i && !zero(v(j)) && !zero(b)) out.push({ label: j, cos: cosine(Q, v(j), b) });
  return out.sort((x, y) => compareCosines(Q, y.cos, x.cos) || x.label - y.label);
}

/** The listed labels and ranks must be exactly the reference's first n (plus the labels tied with the n-th). */
function expectExact(W: DenseMatrix, i: number, n: number, got: Awaited<ReturnType<typeof nearestLabels>>): void {
  for (const list of got.lists) {
    const ref = reference(W, i, list.measure);
    const cut = ref.findIndex((r, t) => t >= n && compareCosines(Q, r.cos, ref[n - 1].cos) !== 0);
    const want = ref.slice(0, cut < 0 ? ref.length : cut).map((r) => ({ label: r.label, rank: 1 + ref.findIndex((s) => compareCosines(Q, s.cos, r.cos) === 0), cos: `${r.cos.sign} ${Q.format(r.cos.square)}` }));
    expect(list.neighbours!.map((x) => ({ label: x.label, rank: x.rank, cos: `${x.cosine.sign} ${Q.format(x.cosine.square)}` })), `${list.measure} of label ${i}`).toEqual(want);
  }
}

describe('nearestLabels: App. C.2', () => {
  it('label 2: the cosine-nearest are 3 and 4 (notes §3), by all three measures here; cosines are the paper\'s', async () => {
    const r = await nearestLabels(C2, 2, 4, { kernel: 'js' });
    expect(r.lists.map((l) => l.measure)).toEqual(['cosine', 'centered', 'differences']);
    for (const l of r.lists) expect(l.neighbours!.map((x) => x.label)).toEqual([3, 4, 1, 0]);
    expect(r.lists[0].neighbours!.map((x) => cosineToText(Q, x.cosine))).toEqual(['3/sqrt(10)', '4/5', '-8/sqrt(185)', '-13/sqrt(185)']);
    // C.2 is centered: centered cosines equal cosines
    expect(r.lists[1].neighbours!.map((x) => cosineToText(Q, x.cosine))).toEqual(r.lists[0].neighbours!.map((x) => cosineToText(Q, x.cosine)));
    // C(DW) reading: cos(w_3 − w_2, w_2 − μ) = 0 (w_3 − w_2 = (−1, −3) ⟂ (−9, 3))
    expect(cosineToText(Q, r.lists[2].neighbours![0].cosine)).toBe('0');
    expectExact(C2, 2, 4, r);
  });

  it('label 3: labels 2 and 4 tie exactly (rank 1 both); with n = 1 both are listed', async () => {
    const r = await nearestLabels(C2, 3, 1, { kernel: 'js' });
    for (const l of r.lists) expect(l.neighbours!.map((x) => [x.label, x.rank])).toEqual([[2, 1], [4, 1]]);
    const r3 = await nearestLabels(C2, 3, 3, { kernel: 'js' });
    expect(r3.lists[0].neighbours!.map((x) => [x.label, x.rank])).toEqual([[2, 1], [4, 1], [0, 3], [1, 3]]);
  });
});

/** Rows = a large common offset + small integer vectors: the centered and C(DW) scores cancel catastrophically in float. */
function offsetMatrix(k: number, d: number, seed: number, offset: number): DenseMatrix {
  const r = rng(seed);
  const base = Array.from({ length: d }, () => Math.round((r() - 0.5) * offset));
  const data = new Float64Array(k * d);
  for (let j = 0; j < k; j++) for (let c = 0; c < d; c++) data[j * d + c] = base[c] + Math.round((r() - 0.5) * 6);
  return denseMatrix(data, k, d);
}

/** Near-duplicate rows: w_j = s_j·v + e_j with s_j near 1 and e_j in the last bits, so cosines differ in the last bit of a float64. */
function lastBitMatrix(k: number, d: number, seed: number): DenseMatrix {
  const r = rng(seed);
  const v = Array.from({ length: d }, () => 1 + r());
  const data = new Float64Array(k * d);
  for (let j = 0; j < k; j++) {
    for (let c = 0; c < d; c++) {
      const x = v[c] * 2 ** 40;
      data[j * d + c] = x + (r() < 0.3 ? (r() < 0.5 ? -1 : 1) : 0) * (j % 3);
    }
  }
  return denseMatrix(data, k, d);
}

describe('nearestLabels: exact order on adversarial near-ties', () => {
  it('agrees with the rational reference (labels, ranks, exact cosines) on near-tied and offset matrices', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      for (const W of [lastBitMatrix(12, 4, seed), offsetMatrix(12, 3, seed, 2 ** 50)]) {
        for (const i of [0, 5]) {
          const r = await nearestLabels(W, i, 4, { kernel: 'js' });
          expectExact(W, i, 4, r);
        }
      }
    }
  });

  it('agrees with the reference under a simulated binary32 kernel (float32 data)', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const r0 = rng(seed);
      const data = Float32Array.from({ length: 15 * 6 }, (_, t) => Math.fround(100 + (t % 6) + r0() * 2 ** -10));
      const W = denseMatrix(data, 15, 6);
      const r = await nearestLabels(W, 3, 5, { kernel: simulatedKernel(W, 'binary32', seed) });
      expectExact(W, 3, 5, r);
    }
  });

  it('without the error bound (the float values alone) the order is wrong on some offset matrix: the bound is what makes it exact', async () => {
    let wrong = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const W = offsetMatrix(12, 3, seed, 2 ** 50);
      const r = await nearestLabels(W, 0, 4, { kernel: 'js', boundScale: 0 });
      for (const list of r.lists) {
        const ref = reference(W, 0, list.measure).slice(0, 4).map((x) => x.label);
        if (JSON.stringify(list.neighbours!.slice(0, 4).map((x) => x.label)) !== JSON.stringify(ref)) wrong++;
      }
    }
    expect(wrong).toBeGreaterThan(0);
  });

  it('re-decides only a few labels exactly on a well-separated random matrix', async () => {
    const r0 = rng(7);
    const W = denseMatrix(Float64Array.from({ length: 200 * 8 }, () => r0() - 0.5), 200, 8);
    const r = await nearestLabels(W, 0, 5, { kernel: 'js' });
    for (const l of r.lists) expect(l.exactCandidates).toBeLessThan(20);
    expectExact(W, 0, 5, r);
  });
});

describe('nearestLabels: undefined cosines and errors', () => {
  it('a zero row i: its cosines are undefined (null with the reason), the centered ones are not', async () => {
    const W = denseMatrix(new Float64Array([0, 0, 1, 0, 0, 1, 1, 1]), 4, 2);
    const r = await nearestLabels(W, 0, 2, { kernel: 'js' });
    expect(r.lists[0].neighbours).toBeNull();
    expect(r.lists[0].undefinedReason).toMatch(/zero row/);
    expect(r.lists[1].neighbours).not.toBeNull();
    expectExact(W, 0, 2, { ...r, lists: r.lists.slice(1) });
  });

  it('a zero row j is excluded from the cosine order and named', async () => {
    const W = denseMatrix(new Float64Array([1, 0, 0, 0, 0, 1, 1, 1]), 4, 2);
    const r = await nearestLabels(W, 0, 3, { kernel: 'js' });
    expect(r.lists[0].undefinedLabels).toEqual([1]);
    expect(r.lists[0].neighbours!.map((x) => x.label)).toEqual([3, 2]);
  });

  it('w_i = μ: centered cosines and the C(DW) measure are undefined; a duplicate of w_i is excluded from C(DW)', async () => {
    const W = denseMatrix(new Float64Array([1, 1, 2, 0, 0, 2, 1, 1]), 4, 2); // μ = (1, 1) = w_0 = w_3
    const r = await nearestLabels(W, 0, 2, { kernel: 'js' });
    expect(r.lists[1].neighbours).toBeNull();
    expect(r.lists[2].neighbours).toBeNull();
    expect(r.lists[2].undefinedReason).toMatch(/mean row/);
    const W2 = denseMatrix(new Float64Array([1, 0, 1, 0, 0, 1, -1, 2]), 4, 2);
    const r2 = await nearestLabels(W2, 0, 2, { kernel: 'js' });
    expect(r2.lists[2].undefinedLabels).toEqual([1]);
    expect(r2.lists[2].neighbours!.map((x) => x.label)).not.toContain(1);
  });

  it('throws for a bad label, a bad n and fewer than 2 labels', async () => {
    await expect(nearestLabels(C2, 5, 1)).rejects.toThrow(/label 5 is out of range/);
    await expect(nearestLabels(C2, -1, 1)).rejects.toThrow(/out of range/);
    await expect(nearestLabels(C2, 0, 0)).rejects.toThrow(/n must be an integer ≥ 1/);
    await expect(nearestLabels(denseMatrix(new Float64Array([1, 2]), 1, 2), 0, 1)).rejects.toThrow(/at least 2/);
  });

  it('exact cosines are canonical rationals (sign and square)', async () => {
    const r = await nearestLabels(C2, 0, 1, { kernel: 'js' });
    expect(Q.equals(r.lists[0].neighbours![0].cosine.square, rat(144n, 1369n))).toBe(true); // (12/37)²
  });
});

describe('nearestLabels: the pieces of the float enclosure', () => {
  it('exactColumnSums is exact where a float64 running sum is not (2^60 + 1 − 2^60)', () => {
    const W = denseMatrix(new Float64Array([2 ** 60, 1, 1, 2 ** -3, -(2 ** 60), 1, 3, -(2 ** 55)]), 4, 2);
    const E = -3;
    const ref = [0, 1].map((c) => [0, 1, 2, 3].reduce((s, j) => s + BigInt(W.data[j * 2 + c] * 8), 0n));
    expect(exactColumnSums(W, E)).toEqual(ref);
    expect(ref[0]).toBe(32n); // (1 + 3)·8: the float64 sum ((2^60 + 1) − 2^60) + 3 would give 3
  });

  it('addEnclosed encloses the exact sum, including the rounding of the float64 addition', () => {
    for (const [a, b, s] of [[1, 2 ** -60, 1], [2 ** 53, 1, 1], [1e300, -1e-300, 1], [3, 2 ** -70, -2]] as const) {
      const r = addEnclosed({ v: a, e: 0 }, { v: b, e: 0 }, s);
      const exact = rationalFromFloat64(a).add(rationalFromFloat64(b).mul(s));
      const err = exact.sub(rationalFromFloat64(r.v)).abs();
      expect(err.compare(rationalFromFloat64(r.e)) <= 0, `${a} + ${s}·${b}`).toBe(true);
    }
  });

  it('a kernel with binary32 inputs over float64 data: the rounding of μ to a float32 is in the bound', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const W = offsetMatrix(11, 3, seed, 2 ** 30);
      const r = await nearestLabels(W, 0, 3, { kernel: simulatedKernel(W, 'binary64') });
      expectExact(W, 0, 3, r);
    }
  });

  it('an exact tie by symmetry (rows m + v with m not a float32): both labels listed under binary32 inputs', async () => {
    const cases: [number, number][][] = [
      [[1 + 2 ** -30, 1 + 2 ** -30], [1, 0], [1, 1 / 8], [1, -1 / 8], [-1, 0], [-2, 0]],
      [[2 ** -6 * (1 + 2 ** -30), 2 ** -6 * (1 + 2 ** -30)], [1, 0], [1, 64], [1, -64], [-1, 0], [-2, 0]], // a small mean beside long rows
      [[2 ** -6, 2 ** -6], [1, 0], [1, 64], [1, -64], [-1, 0], [-7 / 4, 0]], // float32 rows (w_i exact in the kernel) whose mean is not a float32
    ];
    for (const [[m0, m1], ...v] of cases) {
      const values = v.flatMap(([a, b]) => [m0 + a, m1 + b]);
      const W = denseMatrix(values.every((x) => Math.fround(x) === x) ? Float32Array.from(values) : Float64Array.from(values), 5, 2);
      for (const kernel of [simulatedKernel(W, 'binary64'), 'js' as const]) {
        const r = await nearestLabels(W, 0, 1, { kernel });
        expect(r.lists[1].neighbours!.map((x) => [x.label, x.rank])).toEqual([[1, 1], [2, 1]]);
        expect(r.lists[2].neighbours!.map((x) => [x.label, x.rank])).toEqual([[1, 1], [2, 1]]);
        expectExact(W, 0, 1, r);
      }
    }
  });

  it('an exact tie by scaling (c_B = 2·c_A around a mean that is not a float32): both labels listed under binary32 inputs', async () => {
    // a small mean beside long rows: the rounding of μ in w_j·μ (‖w_j‖·‖μ − x̂‖) dominates that in ‖μ‖²
    for (const [m, sc] of [[2 ** -6 * (1 + 2 ** -30), 64], [1 + 2 ** -30, 1], [3 * 2 ** 10 * (1 + 2 ** -29), 1]]) {
      const v = [[1, 0], [1, 1], [2, 2], [-1, 0], [-3, -3]].map((r) => r.map((x) => x * sc));
      const W = denseMatrix(Float64Array.from(v.flatMap(([a, b]) => [m + a, m + b])), 5, 2);
      const r = await nearestLabels(W, 0, 1, { kernel: simulatedKernel(W, 'binary64') });
      expect(r.lists[1].neighbours!.map((x) => [x.label, x.rank])).toEqual([[1, 1], [2, 1]]);
      expectExact(W, 0, 1, r);
    }
  });

  it('float32 data with a large common offset under a binary32 kernel: μ is not a float32 (its rounding is in the bound)', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const r0 = rng(seed);
      const data = Float32Array.from({ length: 10 * 3 }, () => 2 ** 20 + Math.round((r0() - 0.5) * 8) + (r0() < 0.5 ? 0.5 : 0));
      const W = denseMatrix(data, 10, 3);
      const r = await nearestLabels(W, 0, 3, { kernel: simulatedKernel(W, 'binary32', seed) });
      expectExact(W, 0, 3, r);
    }
  });
});
