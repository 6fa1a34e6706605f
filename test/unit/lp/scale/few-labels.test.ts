/**
 * A head of few labels in many dimensions (k < d, e.g. the emotion model's 7 × 2 304), the
 * path whose whitening uses the Woodbury form (src/dense/spd-inverse.ts, tested there against
 * the Cholesky inverse): with k ≤ d linearly independent rows every label is argmaxable, the
 * first witnesses find each without an LP, and every witness passes the independent check.
 */
import { describe, expect, it } from 'vitest';
import { denseMatrix } from '../../../../src/dense/dense-matrix.ts';
import { argmaxableAtScale } from '../../../../lp/scale/argmax-at-scale.ts';
import { collectAtScale } from '../../../../lp/scale/decide-at-scale.ts';
import { independentArgmaxCheck, rng } from './helpers.ts';

describe('argmax at scale with fewer labels than dimensions', () => {
  it('7 labels in 300 dimensions (float32, random): all argmaxable from the first witnesses, no LP, every certificate checks', async () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const k = 7;
      const d = 300;
      // a shared offset like a real head's, so that centring matters
      const offset = Array.from({ length: d }, () => r() - 0.5);
      const W = denseMatrix(Float32Array.from({ length: k * d }, (_, n) => Math.fround(0.1 * (r() - 0.5) + offset[n % d])), k, d);
      const { results, summary } = await collectAtScale(argmaxableAtScale(W, { kernel: 'js' }));
      expect(results.map((x) => x.argmaxable)).toEqual(Array(k).fill(true));
      for (const x of results) expect(independentArgmaxCheck(W, x.label, x.certificate)).toBe(true);
      expect(summary.stats.lps).toBe(0);
    }
  });
});
