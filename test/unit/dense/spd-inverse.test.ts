/**
 * The float inverses of the whitening (src/dense/spd-inverse.ts). NOT exact: compared with a
 * relative tolerance, as float heuristics (the witnesses they lead to are certified elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { ridgeOf, smallSampleInverse, spdInverse } from '../../../src/dense/spd-inverse.ts';
import { seededUniform } from '../../../src/dense/spot-check.ts';

/** ZᵀZ/s + ρI from Zt (d × s), with ρ = ridgeOf(tr, d, factor). */
function ridgeCovariance(Zt: Float64Array, d: number, s: number, factor: number): Float64Array {
  const C = new Float64Array(d * d);
  for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) {
    let t = 0;
    for (let p = 0; p < s; p++) t += Zt[a * s + p] * Zt[b * s + p];
    C[a * d + b] = t / s;
  }
  let trace = 0;
  for (let a = 0; a < d; a++) trace += C[a * d + a];
  const rho = ridgeOf(trace, d, factor);
  for (let a = 0; a < d; a++) C[a * d + a] += rho;
  return C;
}

function maxRelativeDifference(A: Float64Array, B: Float64Array): number {
  let scale = 0;
  let diff = 0;
  for (let n = 0; n < A.length; n++) { scale = Math.max(scale, Math.abs(B[n])); diff = Math.max(diff, Math.abs(A[n] - B[n])); }
  return diff / scale;
}

describe('spdInverse', () => {
  it('A·A⁻¹ = I to rounding on random SPD matrices', () => {
    const r = seededUniform(5);
    const d = 12;
    const Zt = Float64Array.from({ length: d * 20 }, () => r() - 0.5);
    const C = ridgeCovariance(Zt, d, 20, 1e-3);
    const inv = spdInverse(C, d);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) {
      let t = 0;
      for (let c = 0; c < d; c++) t += C[a * d + c] * inv[c * d + b];
      expect(Math.abs(t - (a === b ? 1 : 0))).toBeLessThan(1e-9);
    }
  });
});

describe('smallSampleInverse (Woodbury, s < d)', () => {
  it('equals the Cholesky inverse of ZᵀZ/s + ρI to rounding (s = 1, 3, 7; d = 10, 40; an offset sample)', () => {
    const r = seededUniform(9);
    for (const [s, d] of [[1, 10], [3, 10], [7, 40]]) {
      const offset = Array.from({ length: d }, () => 3 * (r() - 0.5));
      const Zt = Float64Array.from({ length: d * s }, (_, n) => r() - 0.5 + offset[Math.floor(n / s)]);
      const woodbury = smallSampleInverse(Zt, d, s, 1e-3);
      const cholesky = spdInverse(ridgeCovariance(Zt, d, s, 1e-3), d);
      expect(maxRelativeDifference(woodbury, cholesky)).toBeLessThan(1e-8);
    }
  });
  it('a zero sample gives the identity (ridge 1)', () => {
    expect(Array.from(smallSampleInverse(new Float64Array(6), 3, 2, 1e-3))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });
});
