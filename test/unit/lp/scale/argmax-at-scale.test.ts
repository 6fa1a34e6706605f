import { describe, expect, it } from 'vitest';
import { RationalField as Q, type Rational } from '../../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../../src/field/dyadic.ts';
import { denseMatrix, type DenseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { decideArgmaxable } from '../../../../lp/queries/argmax.ts';
import { argmaxableAtScale, selectLabels, type ArgmaxResult, type ArgmaxScaleOptions } from '../../../../lp/scale/argmax-at-scale.ts';
import { checkScaleCertificate } from '../../../../lp/scale/scale-certificate.ts';
import { argmaxQuestion } from '../../../../lp/queries/argmax.ts';
import type { ScaleSummary } from '../../../../lp/scale/decide-at-scale.ts';
import { independentArgmaxCheck, rng, vocabMatrix } from './helpers.ts';

async function run(W: DenseMatrix, opts: ArgmaxScaleOptions = {}): Promise<{ results: ArgmaxResult[]; summary: ScaleSummary<number> }> {
  const gen = argmaxableAtScale(W, { kernel: 'js', ...opts });
  const results: ArgmaxResult[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { results: results.sort((a, b) => a.label - b.label), summary: r.value };
    results.push(r.value);
  }
}

type Family = 'generic' | 'duplicates' | 'midpoints' | 'collinear' | 'rank-deficient';
const FAMILIES: Family[] = ['generic', 'duplicates', 'midpoints', 'collinear', 'rank-deficient'];

/** A small seeded matrix of one degenerate family: entries multiples of 1/8 (exact in float32 and float64). */
function smallMatrix(seed: number, family: Family, f32: boolean, withBias: boolean): DenseMatrix {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * (2 * n + 1)) - n;
  const k = 3 + Math.floor(r() * 8);
  const d = 1 + Math.floor(r() * 4);
  const rows: number[][] = Array.from({ length: k }, () => Array.from({ length: d }, () => int(16) / 8));
  if (family === 'duplicates') for (let t = 0; t < 2; t++) rows[Math.floor(r() * k)] = rows[Math.floor(r() * k)].slice();
  if (family === 'midpoints') {
    for (let t = 0; t < 2; t++) {
      const [a, b, i] = [0, 1, 2].map(() => Math.floor(r() * k));
      if (i !== a && i !== b) rows[i] = rows[a].map((v, c) => (v + rows[b][c]) / 2);
    }
  }
  if (family === 'collinear') {
    const p = Array.from({ length: d }, () => int(8) / 8);
    const v = Array.from({ length: d }, () => int(4) / 4);
    for (let i = 0; i < k; i++) if (r() < 0.7) { const s = int(4) / 2; rows[i] = p.map((pc, c) => pc + s * v[c]); }
  }
  if (family === 'rank-deficient' && d > 1) {
    const basis = Array.from({ length: d - 1 }, () => Array.from({ length: d }, () => int(2)));
    for (let i = 0; i < k; i++) { const u = basis.map(() => int(2) / 4); rows[i] = basis[0].map((_, c) => u.reduce((s, uu, t) => s + uu * basis[t][c], 0)); }
  }
  const flat = rows.flat();
  const bias = withBias ? Array.from({ length: k }, () => int(8) / 8) : undefined;
  return f32
    ? denseMatrix(Float32Array.from(flat), k, d, bias && Float32Array.from(bias))
    : denseMatrix(Float64Array.from(flat), k, d, bias && Float64Array.from(bias));
}

function exactRows(W: DenseMatrix): Rational[][] {
  return Array.from({ length: W.k }, (_, i) => Array.from(W.data.subarray(i * W.d, (i + 1) * W.d), rationalFromFloat64));
}

describe('argmaxableAtScale agrees with the exact engine (decideArgmaxable)', () => {
  it('on 320 small random matrices (generic, duplicate rows, midpoints, collinear, rank-deficient; float32 and float64; with and without bias)', async () => {
    let labels = 0;
    let infeasible = 0;
    for (let seed = 1; seed <= 320; seed++) {
      const family = FAMILIES[seed % FAMILIES.length];
      const W = smallMatrix(seed, family, seed % 2 === 0, seed % 3 === 0);
      const { results, summary } = await run(W);
      expect(summary.undecided).toEqual([]);
      expect(results.map((r) => r.label)).toEqual(Array.from({ length: W.k }, (_, i) => i));
      const R = exactRows(W);
      const bias = W.bias ? Array.from(W.bias, rationalFromFloat64) : undefined;
      for (const r of results) {
        const exact = decideArgmaxable(Q, R, r.label, bias).feasible;
        expect({ seed, family, label: r.label, argmaxable: r.argmaxable }).toEqual({ seed, family, label: r.label, argmaxable: exact });
        expect(r.certificate.kind).toBe(exact ? 'witness' : 'infeasible');
        expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
        expect(checkScaleCertificate(W, argmaxQuestion.system(r.label, W.k), r.certificate)).toBe(true);
        if (!exact) {
          infeasible++;
          expect(r.certificate.kind === 'infeasible' && r.certificate.rows.length).toBeLessThanOrEqual(W.d + 1 + (W.bias ? 1 : 0));
        }
        labels++;
      }
    }
    expect(labels).toBeGreaterThan(1500);
    expect(infeasible).toBeGreaterThan(200); // the families do produce unargmaxable labels
  });
});

describe('planted unargmaxable labels (the construction of make_vocab_matrix.py, 2 000 × 64)', () => {
  it('finds exactly the 5 planted labels, each with a Gordan certificate of support 2 on its midpoint pair', async () => {
    const { W, planted } = vocabMatrix(2000, 64, 11, 5);
    const { results, summary } = await run(W);
    expect(summary.undecided).toEqual([]);
    expect(results).toHaveLength(2000);
    const un = results.filter((r) => !r.argmaxable);
    expect(un.map((r) => r.label)).toEqual(planted.map((p) => p.label));
    for (const p of planted) {
      const r = un.find((u) => u.label === p.label)!;
      expect(r.certificate.kind).toBe('infeasible');
      if (r.certificate.kind !== 'infeasible') continue;
      expect([...r.certificate.rows].sort((a, b) => Number(a) - Number(b))).toEqual([p.a, p.b].sort((a, b) => a - b));
      expect(r.certificate.y[0]).toBe(r.certificate.y[1]);
      expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
    }
    // witnesses re-checked independently on a sample of labels (each is O(k·d) exact)
    for (const r of results.filter((x) => x.argmaxable).filter((_, t) => t % 200 === 0)) {
      expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
    }
  });
});

describe('thin cones', () => {
  it('label 0 at the origin between (−1, 2^-40) and (1, 2^-40) is argmaxable (margin 2^-40), certified', async () => {
    const e = 2 ** -40;
    const W = denseMatrix(new Float64Array([0, 0, -1, e, 1, e, 0, 5]), 4, 2);
    const { results, summary } = await run(W);
    expect(results.map((r) => r.argmaxable)).toEqual([true, true, true, true]);
    for (const r of results) expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
    expect(summary.undecided).toEqual([]);
  });
});

describe('library entry', () => {
  it('label lists, shards a:b and resume (skip)', async () => {
    const W = smallMatrix(5, 'generic', false, false);
    expect(selectLabels(6, { from: 2, to: 4 })).toEqual([2, 3]);
    expect(selectLabels(6, [5, 0], new Set([0]))).toEqual([5]);
    expect(() => selectLabels(6, { from: 4, to: 9 })).toThrow(/4:9.*k = 6/);
    expect(() => selectLabels(6, [6])).toThrow(/label 6.*k = 6/);
    const { results } = await run(W, { labels: { from: 1, to: 3 } });
    expect(results.map((r) => r.label)).toEqual([1, 2]);
  });
  it('a budget stops early and names what it did not decide; progress reports counts', async () => {
    const { W } = vocabMatrix(600, 16, 3, 2);
    const seen: number[] = [];
    const { results, summary } = await run(W, { budget: { maxRounds: 0 }, onProgress: (p) => seen.push(p.decided) });
    expect(summary.stopped).toBe('rounds');
    expect(results.length + summary.undecided.length).toBe(600);
    expect(summary.undecided.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(results.length);
    const ac = new AbortController();
    ac.abort();
    const aborted = await run(W, { budget: { signal: ac.signal }, blockSize: 100 });
    expect(aborted.summary.stopped).toBe('signal');
    expect(aborted.results.length + aborted.summary.undecided.length).toBe(600);
  });
});
