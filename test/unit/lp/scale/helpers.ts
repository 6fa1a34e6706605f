/**
 * Test helpers of the scale path: a TypeScript port of the construction of
 * `../shared/peer-argmax/make_vocab_matrix.py` (same recipe, our own seeded
 * generator, so not the same numbers), seeded random degenerate matrices,
 * and a few-line independent certificate checker (BigInt only).
 */
import { denseMatrix, type DenseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { seededUniform } from '../../../../src/dense/spot-check.ts';

/** Seeded uniform numbers in [0, 1) (the spot check's generator). */
export const rng = seededUniform;

/** Standard normal (Box–Muller). */
function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/**
 * make_vocab_matrix.py's recipe: anisotropic Gaussian rows (spectrum
 * 1/√(1+c)), a shared mean direction (0.3), log-normal norms (σ = 0.35),
 * entries rounded to multiples of 2^-12, then `planted` labels replaced by
 * midpoints (w_a + w_b)/2 of two unplanted rows (exact in float32).
 */
export function vocabMatrix(k: number, d: number, seed: number, planted: number, withBias = false): { W: DenseMatrix; planted: { label: number; a: number; b: number }[] } {
  const r = rng(seed);
  const spectrum = Array.from({ length: d }, (_, c) => 1 / Math.sqrt(1 + c));
  const mean = spectrum.map((s) => 0.3 * normal(r) * s);
  const data = new Float32Array(k * d);
  for (let i = 0; i < k; i++) {
    const f = Math.exp(0.35 * normal(r));
    for (let c = 0; c < d; c++) data[i * d + c] = Math.round((normal(r) * spectrum[c] + mean[c]) * f * 4096) / 4096;
  }
  const labels: number[] = [];
  while (labels.length < planted) {
    const i = Math.floor(r() * k);
    if (!labels.includes(i)) labels.push(i);
  }
  const others = Array.from({ length: k }, (_, i) => i).filter((i) => !labels.includes(i));
  const out = labels.map((label) => {
    const a = others[Math.floor(r() * others.length)];
    let b = a;
    while (b === a) b = others[Math.floor(r() * others.length)];
    for (let c = 0; c < d; c++) {
      const v = (data[a * d + c] + data[b * d + c]) / 2;
      if (Math.fround(v) !== v) throw new Error('planted row not exact in float32');
      data[label * d + c] = v;
    }
    return { label, a, b };
  });
  const bias = withBias ? Float32Array.from({ length: k }, () => Math.round(0.1 * normal(r) * 4096) / 4096) : undefined;
  return { W: denseMatrix(data, k, d, bias), planted: out.sort((p, q) => p.label - q.label) };
}

/** "p/q" or "p" → [p, q] as BigInts. */
function frac(s: string): [bigint, bigint] {
  const [p, q] = s.split('/');
  return [BigInt(p), BigInt(q ?? '1')];
}

/** w (a float) as [numerator, 2^s denominator], exactly. */
function floatFrac(v: number): [bigint, bigint] {
  let q = 1n;
  while (!Number.isInteger(v)) { v *= 2; q *= 2n; }
  return [BigInt(v), q];
}

/** Σ_c a_c·b_c for [n, d] fractions, as [n, d] (no reduction). */
function dot(a: [bigint, bigint][], b: [bigint, bigint][]): [bigint, bigint] {
  let n = 0n;
  let d = 1n;
  for (let c = 0; c < a.length; c++) {
    const pn = a[c][0] * b[c][0];
    const pd = a[c][1] * b[c][1];
    n = n * pd + pn * d;
    d *= pd;
  }
  return [n, d];
}

/**
 * Independent check of an argmax certificate for label i of W (with W.bias):
 * a witness makes ℓ_i strictly largest (t > 0 with bias); an infeasible
 * certificate {rows, y, yT} has y ≥ 0, something positive, distinct rows ≠ i,
 * and Σ y_r (w_i − w_{j_r}) = 0 (with bias also Σ y_r (b_i − b_j) + yT = 0).
 */
export function independentArgmaxCheck(W: DenseMatrix, i: number, c: { kind: string; x?: readonly string[]; t?: string; rows?: readonly unknown[]; y?: readonly string[]; yT?: string }): boolean {
  const row = (l: number) => Array.from(W.data.subarray(l * W.d, (l + 1) * W.d), floatFrac);
  if (c.kind === 'witness') {
    const x = [...c.x!.map(frac)];
    const t = W.bias ? frac(c.t ?? '0') : ([0n, 1n] as [bigint, bigint]);
    if (W.bias && t[0] <= 0n) return false;
    const logit = (l: number) => dot([...row(l), W.bias ? floatFrac(W.bias[l]) : [0n, 1n]], [...x, t]);
    const top = logit(i);
    for (let j = 0; j < W.k; j++) {
      if (j === i) continue;
      const o = logit(j);
      if (top[0] * o[1] <= o[0] * top[1]) return false; // denominators are positive
    }
    return true;
  }
  const rows = c.rows as number[];
  const y = c.y!.map(frac);
  const yT = c.yT === undefined ? ([0n, 1n] as [bigint, bigint]) : frac(c.yT);
  if (rows.length !== y.length || new Set(rows).size !== rows.length || rows.some((j) => !Number.isInteger(j) || j === i || j < 0 || j >= W.k)) return false;
  if (y.some(([n]) => n < 0n) || yT[0] < 0n || (y.every(([n]) => n === 0n) && yT[0] === 0n)) return false;
  for (let col = 0; col <= W.d; col++) {
    if (col === W.d && !W.bias) break;
    const entry = (l: number): [bigint, bigint] => (col < W.d ? row(l)[col] : floatFrac(W.bias![l]));
    const diffs = rows.map((j): [bigint, bigint] => { const a = entry(i); const b = entry(j); return [a[0] * b[1] - b[0] * a[1], a[1] * b[1]]; });
    const s = dot(diffs, y);
    const total = col === W.d ? [s[0] * yT[1] + yT[0] * s[1], s[1] * yT[1]] : s;
    if (total[0] !== 0n) return false;
  }
  return true;
}
