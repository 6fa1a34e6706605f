import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../../src/field/dyadic.ts';
import { denseMatrix, vectorNorms, type DenseMatrix, type FloatArray } from '../../../../src/dense/dense-matrix.ts';
import { jsKernel, type MatrixKernel } from '../../../../src/dense/kernel.ts';
import { BINARY32, dotErrorBound } from '../../../../src/dense/dot-error-bound.ts';
import { decideArgmaxable } from '../../../../lp/queries/argmax.ts';
import { argmaxableAtScale, type ArgmaxResult, type ArgmaxScaleOptions } from '../../../../lp/scale/argmax-at-scale.ts';
import type { ScaleCertificate } from '../../../../lp/scale/scale-certificate.ts';
import { independentArgmaxCheck, rng, vocabMatrix } from './helpers.ts';

async function collect(W: DenseMatrix, opts: ArgmaxScaleOptions): Promise<ArgmaxResult[]> {
  const out: ArgmaxResult[] = [];
  for await (const r of argmaxableAtScale(W, { kernel: 'js', ...opts })) out.push(r);
  return out.sort((a, b) => a.label - b.label);
}

/** The exact answer for every label (decideArgmaxable over Q). */
function exactAnswers(W: DenseMatrix): boolean[] {
  const R = Array.from({ length: W.k }, (_, i) => Array.from(W.data.subarray(i * W.d, (i + 1) * W.d), rationalFromFloat64));
  const b = W.bias ? Array.from(W.bias, rationalFromFloat64) : undefined;
  return R.map((_, i) => decideArgmaxable(Q, R, i, b).feasible);
}

/** A kernel that wraps the js kernel and rewrites its products. */
function lyingKernel(W: DenseMatrix, edit: (P: Float64Array, X: FloatArray, m: number) => void): MatrixKernel {
  const inner = jsKernel(W.data, W.k, W.d, 1);
  return { ...inner, name: 'lying test kernel', async products(X, m) { const P = (await inner.products(X, m)) as Float64Array; edit(P, X, m); return P; } };
}

/** Small matrices with duplicate rows, midpoints and a bias: many ties and unargmaxable labels. */
function degenerate(seed: number): DenseMatrix {
  const r = rng(seed);
  const k = 8;
  const d = 3;
  const rows = Array.from({ length: k }, () => Array.from({ length: d }, () => (Math.floor(r() * 9) - 4) / 4));
  rows[5] = rows[1].slice();
  rows[6] = rows[2].map((v, c) => (v + rows[3][c]) / 2);
  const bias = seed % 2 === 0 ? Float64Array.from({ length: k }, () => (Math.floor(r() * 5) - 2) / 4) : undefined;
  return denseMatrix(Float64Array.from(rows.flat()), k, d, bias);
}

describe('fault injection: the answer stays right or the run fails loudly', () => {
  it('a kernel with wrong values fails its spot check (relative error 1e-3 everywhere; two labels swapped)', async () => {
    const { W } = vocabMatrix(300, 8, 2, 2);
    const noisy = lyingKernel(W, (P) => { for (let e = 0; e < P.length; e++) P[e] *= 1 + 1e-3; });
    await expect(collect(W, { kernel: noisy, spotSamples: 64 })).rejects.toThrow(/broke its error bound/);
    const swapped = lyingKernel(W, (P, _X, m) => { for (let b = 0; b < m; b++) [P[b * W.k], P[b * W.k + 1]] = [P[b * W.k + 1], P[b * W.k]]; });
    await expect(collect(W, { kernel: swapped, spotSamples: 100000 })).rejects.toThrow(/broke its error bound/);
  });

  it('a shrunken filter bound with a kernel erring inside the true bound is caught by the audit', async () => {
    // w_0 = w_1: the row w_0 − w_1 is zero at every x, so label 0 is NOT argmaxable.
    const W = denseMatrix(new Float64Array([1, 1, 1, 1, -1, 0]), 3, 2);
    // a kernel of binary32 arithmetic that under-reports ℓ_1 by half its true error bound (a legal binary32 result)
    const liar: MatrixKernel = {
      ...lyingKernel(W, (P, X, m) => {
        for (let b = 0; b < m; b++) {
          const xn = vectorNorms(X.subarray(2 * b, 2 * b + 2));
          P[b * W.k + 1] -= 0.5 * dotErrorBound(2, BINARY32, Math.hypot(1, 1), xn.l2, 2, xn.l1);
        }
      }),
      format: BINARY32,
    };
    const honest = await collect(W, { kernel: liar, labels: [0] });
    expect(honest.map((r) => [r.label, r.argmaxable])).toEqual([[0, false]]);
    expect(independentArgmaxCheck(W, 0, honest[0].certificate)).toBe(true);
    // with the filter's bound shrunk, the filter "proves" ℓ_0 > ℓ_1; the audit re-decides exactly and stops the run
    await expect(collect(W, { kernel: liar, labels: [0], faults: { boundScale: 1e-3 } })).rejects.toThrow(/filter bound broken/);
  });

  it('a shrunken filter bound on whole runs: every answer right or a loud failure', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const W = degenerate(seed);
      const expected = exactAnswers(W);
      try {
        const got = await collect(W, { faults: { boundScale: 1e-12 } });
        expect(got.map((r) => r.argmaxable)).toEqual(expected);
        for (const r of got) expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
      } catch (e) {
        expect((e as Error).message).toMatch(/filter bound broken/);
      }
    }
  });

  it('corrupted LP witnesses and corrupted duals change nothing', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const W = degenerate(seed);
      const expected = exactAnswers(W);
      const r = rng(seed);
      const faults = {
        corruptLpWitness: (x: number[]) => { for (let c = 0; c < x.length; c++) x[c] = r() - 0.5; },
        corruptDual: (y: number[]) => { y.reverse(); y[0] = 1; },
      };
      const got = await collect(W, { faults, seedRows: 0, maxAddPerRound: 1 });
      expect(got.map((x) => x.argmaxable)).toEqual(expected);
      for (const x of got) expect(independentArgmaxCheck(W, x.label, x.certificate)).toBe(true);
    }
  });

  it('a corrupted infeasibility certificate is refused by the exact check before it is reported', async () => {
    const { W } = vocabMatrix(200, 6, 4, 1);
    const corruptCertificate = (c: ScaleCertificate) =>
      (c.kind === 'infeasible' ? { ...c, y: c.y.map((v, t) => (t === 0 ? `${v}0` : v)) } : c);
    await expect(collect(W, { faults: { corruptCertificate } })).rejects.toThrow(/failed its exact check/);
  });
});
