/**
 * First witnesses of the scale path (a heuristic; every witness is then
 * certified against all rows). The whitened direction
 *
 *   x = (C + λ·tr(C)/d·I)^-1 (v − μ),
 *
 * μ the mean row of W, C the covariance of (a sample of) its rows, λ = 10^-3,
 * v the row of the label that should win (for a top-m prefix, the rows of
 * the prefix weighted 1, 1/2, 1/4, …). In whitened coordinates the rows of
 * an anisotropic unembedding are spread evenly, so the label's own
 * direction beats the others far more often than x = w_i does: measured on
 * `make_vocab_matrix.py` matrices, x = w_i certifies 17 % (50 257 × 768) and
 * 24 % (8 192 × 256) of the labels, x = w_i − μ 28 % / 34 %, the whitened x
 * 99.95 % / 99.5 % (the rest are mostly the planted labels).
 */
import type { DenseMatrix, FloatArray } from '../../../src/dense/dense-matrix.ts';
import type { MatrixKernel } from '../../../src/dense/kernel.ts';
import { ridgeOf, smallSampleInverse, spdInverse } from '../../../src/dense/spd-inverse.ts';
import { formTerms, type LogitSystem } from '../../queries/logit-system.ts';

/** The whitening map: mean μ (d) and the regularised inverse covariance (d × d, symmetric) as a kernel. */
export interface Whitening {
  readonly mean: Float64Array;
  /** Products with the inverse covariance: X (m × d) ↦ X·C⁻¹. */
  readonly inverse: MatrixKernel;
}

/** A factory of kernels (the scale context's kind), bound to a matrix B (n × d). */
export type KernelFactory = (B: FloatArray, n: number, d: number) => Promise<MatrixKernel>;

/** Rows sampled for the covariance: all up to this many, else evenly spaced. */
const SAMPLE = 4096;
const RIDGE = 1e-3;

/**
 * The whitening of W (k × d): mean over all rows, covariance over up to 4 096
 * evenly spaced rows (computed with a kernel), Cholesky inverse in float64.
 * NOT exact (a heuristic for first witnesses). Throws nothing for a
 * rank-deficient W (the ridge keeps C positive definite); an all-zero W gives
 * the identity.
 */
export async function whitening(W: DenseMatrix, makeKernel: KernelFactory, inputType: 'float32' | 'float64'): Promise<Whitening> {
  const { k, d, data } = W;
  const mean = new Float64Array(d);
  for (let i = 0; i < k; i++) for (let c = 0; c < d; c++) mean[c] += data[i * d + c];
  for (let c = 0; c < d; c++) mean[c] /= Math.max(k, 1);
  const s = Math.min(k, SAMPLE);
  const make = (n: number) => (inputType === 'float32' ? new Float32Array(n) : new Float64Array(n));
  const Zt = make(d * s); // centred sample, transposed (d × s)
  for (let r = 0; r < s; r++) {
    const i = Math.floor((r * k) / s);
    for (let c = 0; c < d; c++) Zt[c * s + r] = data[i * d + c] - mean[c];
  }
  const inv = make(d * d);
  inv.set(s < d ? smallSampleInverse(Zt, d, s, RIDGE) : await sampleInverse(Zt, d, s, makeKernel));
  return { mean, inverse: await makeKernel(inv, d, d) };
}


/** (ZᵀZ/s + ρI)⁻¹ from the d × d covariance (Cholesky, O(d³)): for s ≥ d sampled rows. NOT exact. */
async function sampleInverse(Zt: FloatArray, d: number, s: number, makeKernel: KernelFactory): Promise<Float64Array> {
  const K = await makeKernel(Zt, d, s);
  const G = await K.products(Zt, d); // d × d = Zᵀ Z
  await K.close();
  let trace = 0;
  for (let a = 0; a < d; a++) trace += G[a * d + a] / s;
  const ridge = ridgeOf(trace, d, RIDGE);
  const C = new Float64Array(d * d);
  for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) C[a * d + b] = G[a * d + b] / s + (a === b ? ridge : 0);
  return spdInverse(C, d);
}


/**
 * The labels whose rows make a system's direction v, with weights: the upper
 * labels of the listed differences 1, 1/2, 1/4, … (a top-m prefix: the first
 * label counts most), then the block's top with the next weight and the
 * labels of the equations with the same weight as the top (a tie: both labels
 * alike); a signed logit ±z_i gives label i the weight ±1 (a sign vector).
 */
export function directionLabels(s: LogitSystem): { label: number; weight: number }[] {
  const weights = new Map<number, number>();
  let r = 0;
  for (const f of s.strict) {
    if (f.kind === 'logit') { if (!weights.has(f.label)) weights.set(f.label, f.sign); }
    else if (!weights.has(f.above)) weights.set(f.above, 2 ** -r++);
  }
  const topWeight = 2 ** -r;
  if (s.dominates && !weights.has(s.dominates.top)) weights.set(s.dominates.top, topWeight);
  for (const f of s.equal) for (const l of formTerms(f)) if (l >= 0 && !weights.has(l)) weights.set(l, topWeight);
  return [...weights].map(([label, weight]) => ({ label, weight }));
}

/**
 * First witnesses of a block of systems: row b of the result (m × d, the
 * kernel input type) is the whitened direction of systems[b].
 */
export async function firstWitnesses(W: DenseMatrix, wh: Whitening, systems: readonly LogitSystem[]): Promise<FloatArray> {
  const { d, data } = W;
  const m = systems.length;
  const V = wh.inverse.inputType === 'float32' ? new Float32Array(m * d) : new Float64Array(m * d);
  systems.forEach((s, b) => {
    const dir = directionLabels(s);
    let total = 0;
    for (const { weight } of dir) total += weight;
    for (let c = 0; c < d; c++) {
      let v = 0;
      for (const { label, weight } of dir) v += weight * data[label * d + c];
      V[b * d + c] = v - (total > 0 ? total * wh.mean[c] : 0);
    }
  });
  return wh.inverse.products(V, m);
}
