/**
 * Scheduling of the scale engine on a long input: the few systems that need constraint
 * generation (planted unargmaxable labels) are decided as the run goes, not only when the
 * input is exhausted — so that a budget stop (analyze on a whole vocabulary) does not drop
 * exactly the interesting answers.
 */
import { describe, expect, it } from 'vitest';
import { denseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { argmaxableAtScale } from '../../../../lp/scale/argmax-at-scale.ts';
import { independentArgmaxCheck, rng } from './helpers.ts';

/** k points on the unit sphere in R^d (all argmaxable: every one is a vertex of the hull), float64, with `planted` midpoints of two others. */
function sphereWithMidpoints(k: number, d: number, planted: number[]): Float64Array {
  const r = rng(11);
  const data = new Float64Array(k * d);
  for (let i = 0; i < k; i++) {
    const v = Array.from({ length: d }, () => r() - 0.5);
    const n = Math.hypot(...v);
    for (let c = 0; c < d; c++) data[i * d + c] = Math.round((v[c] / n) * 2 ** 20) / 2 ** 20;
  }
  planted.forEach((p, t) => {
    const [a, b] = [k - 1 - 2 * t, k - 2 - 2 * t];
    for (let c = 0; c < d; c++) data[p * d + c] = (data[a * d + c] + data[b * d + c]) / 2;
  });
  return data;
}

describe('the scale engine on a long input', () => {
  it('decides planted labels (given first) long before the last first witness', async () => {
    const k = 480;
    const planted = [0, 1, 2];
    const W = denseMatrix(sphereWithMidpoints(k, 6, planted), k, 6);
    const seen: number[] = [];
    for await (const r of argmaxableAtScale(W, { kernel: 'js', blockSize: 8 })) {
      seen.push(r.label);
      expect(independentArgmaxCheck(W, r.label, r.certificate)).toBe(true);
      expect({ label: r.label, argmaxable: r.argmaxable }).toEqual({ label: r.label, argmaxable: !planted.includes(r.label) });
    }
    expect(seen).toHaveLength(k);
    const positions = planted.map((l) => seen.indexOf(l));
    // 60 blocks of 8; with rounds only when 8 systems wait or at the end, the planted labels would come last
    expect(Math.max(...positions)).toBeLessThan(k / 2);
  });
});
