import { describe, expect, it } from 'vitest';
import { RationalField as Q, type Rational } from '../../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../../src/field/dyadic.ts';
import { denseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { decideStrictSystem } from '../../../../lp/engine/strict-system.ts';
import { topPrefixAtScale, type TopPrefixResult } from '../../../../lp/scale/top-prefix-at-scale.ts';
import { checkScaleCertificate } from '../../../../lp/scale/scale-certificate.ts';
import { topPrefixQuestion } from '../../../../lp/queries/top-prefix.ts';
import { rng } from './helpers.ts';

/** The exact rows of "π is the top-m prefix" (independent of the scale path): consecutive differences, then π_{m−1} − w_l. */
function exactPrefixRows(R: Rational[][], prefix: number[], bias?: Rational[]): Rational[][] {
  const row = (a: number, b: number) => [...R[a].map((v, c) => v.sub(R[b][c])), ...(bias ? [bias[a].sub(bias[b])] : [])];
  const rows = prefix.slice(0, -1).map((a, t) => row(a, prefix[t + 1]));
  const last = prefix[prefix.length - 1];
  for (let l = 0; l < R.length; l++) if (!prefix.includes(l)) rows.push(row(last, l));
  if (bias) rows.push([...R[0].map(() => Q.zero), Q.one]);
  return rows;
}

describe('topPrefixAtScale', () => {
  it('agrees with the exact engine on random prefixes of small matrices (with midpoints and a bias), every certificate checked exactly', async () => {
    let impossible = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const k = 6 + Math.floor(r() * 4);
      const d = 2 + Math.floor(r() * 2);
      const rows = Array.from({ length: k }, () => Array.from({ length: d }, () => (Math.floor(r() * 17) - 8) / 4));
      rows[k - 1] = rows[0].map((v, c) => (v + rows[1][c]) / 2);
      const bias = seed % 2 === 0 ? Float64Array.from({ length: k }, () => (Math.floor(r() * 5) - 2) / 8) : undefined;
      const W = denseMatrix(Float64Array.from(rows.flat()), k, d, bias);
      const prefixes: number[][] = [];
      for (let p = 0; p < 6; p++) {
        const m = 1 + Math.floor(r() * 3);
        const pre: number[] = [];
        while (pre.length < m) { const l = Math.floor(r() * k); if (!pre.includes(l)) pre.push(l); }
        prefixes.push(pre);
      }
      const got: TopPrefixResult[] = [];
      for await (const x of topPrefixAtScale(W, prefixes, { kernel: 'js' })) got.push(x);
      expect(got).toHaveLength(prefixes.length);
      const R = rows.map((row) => row.map((v) => rationalFromFloat64(v)));
      const B = bias ? Array.from(bias, rationalFromFloat64) : undefined;
      for (const x of got) {
        const exact = decideStrictSystem(Q, exactPrefixRows(R, [...x.prefix], B)).feasible;
        expect({ seed, prefix: x.prefix, possible: x.possible }).toEqual({ seed, prefix: x.prefix, possible: exact });
        expect(checkScaleCertificate(W, topPrefixQuestion.system([...x.prefix], W.k), x.certificate)).toBe(true);
        if (!exact) impossible++;
      }
    }
    expect(impossible).toBeGreaterThan(20);
  });
  it('refuses bad prefixes', async () => {
    const W = denseMatrix(new Float64Array([1, 0, 0, 1, -1, -1]), 3, 2);
    await expect(topPrefixAtScale(W, [[]], { kernel: 'js' }).next()).rejects.toThrow(/at least one label/);
    await expect(topPrefixAtScale(W, [[1, 1]], { kernel: 'js' }).next()).rejects.toThrow(/must differ/);
    await expect(topPrefixAtScale(W, [[0, 3]], { kernel: 'js' }).next()).rejects.toThrow(/label 3/);
  });
});
