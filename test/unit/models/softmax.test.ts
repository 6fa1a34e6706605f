import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { logits } from '../../../src/models/logits.ts';
import { FLOAT64_UNIT_ROUNDOFF as u, softmaxFloat64, softmaxFloat64ErrorBound, softmaxProbabilitiesFloat64 } from '../../../src/models/softmax.ts';
import { rationalMatrixArb, translationArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const M = (rows: (number | string)[][]) => rows.map((r) => r.map((x) => rat(x as string)));
const gamma = (n: number) => (n * u) / (1 - n * u);

describe('exact logits Wx', () => {
  it('computes w_iᵀx exactly and refuses shape mismatches', () => {
    const W = M([[1, '1/2'], ['-1', '2/5']]);
    expect(logits(Q, W, [rat(2), rat(-1, 3)]).map((z) => Q.format(z))).toEqual(['11/6', '-32/15']);
    expect(() => logits(Q, W, [rat(1)])).toThrow(/2 × 2 .* 1 entries/);
    expect(() => logits(Q, [], [])).toThrow(/no rows/);
    expect(() => logits(Q, [[rat(1)], [rat(1), rat(2)]], [rat(1)])).toThrow(/row 1 has 2 entries/);
  });
});

describe('softmax (float64, not exact)', () => {
  it('is stable for huge logits and refuses empty or non-finite input', () => {
    const p = softmaxFloat64([1000, 1001, -1e300]);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(p[2]).toBe(0);
    expect(Math.abs(p[1] - 1 / (1 + Math.exp(-1))) <= softmaxFloat64ErrorBound(3, 1e300, 0)).toBe(true);
    expect(() => softmaxFloat64([])).toThrow(RangeError);
    expect(() => softmaxFloat64([0, NaN])).toThrow(/logit 1/);
    expect(() => softmaxFloat64([Infinity])).toThrow(/logit 0/);
  });

  it('equal logits give exactly 1/k up to the derived bound', () => {
    for (let k = 1; k <= 9; k++) {
      const p = softmaxFloat64(Array.from({ length: k }, () => 7.25));
      const B = softmaxFloat64ErrorBound(k, 7.25, 0);
      p.forEach((x) => expect(Math.abs(x - 1 / k) <= B).toBe(true));
    }
  });

  it('probabilities sum to 1 within k·B + γ_k, and a float shift of the logits changes them by at most the derived bounds', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 }, maxNumerator: 50 }).chain((W) =>
      fc.tuple(fc.constant(W), translationArb(W[0].length, { maxNumerator: 50 }), fc.double({ min: -100, max: 100, noNaN: true })),
    );
    fc.assert(
      fc.property(arb, ([W, x, c]) => {
        const z = logits(Q, W, x);
        const k = z.length;
        const zf = z.map((t) => Q.toNumber(t));
        // RationalField.toNumber is within one ulp: |ẑ − z| ≤ 2u|z| ≤ ((1+u)³ − 1)|z|
        const M0 = Math.max(...zf.map(Math.abs)) * (1 + 4 * u);
        const E0 = M0 * ((1 + u) ** 3 - 1) * 1.01;
        const p = softmaxProbabilitiesFloat64(Q, W, x);
        const B0 = softmaxFloat64ErrorBound(k, M0, E0);
        expect(Math.abs(p.reduce((s, t) => s + t, 0) - 1) <= k * B0 + gamma(k)).toBe(true);
        // shifted logits ẑ + c: one more rounding, |fl(ẑ + c) − (z + c)| ≤ E0 + u(M0 + |c| + E0)
        const shifted = softmaxFloat64(zf.map((t) => t + c));
        const M1 = M0 + Math.abs(c);
        const E1 = (E0 + u * (M1 + E0)) * 1.01;
        const B1 = softmaxFloat64ErrorBound(k, M1, E1);
        p.forEach((t, i) => expect(Math.abs(t - shifted[i]) <= B0 + B1).toBe(true));
      }),
      fcParams(100),
    );
  });

  it('the error bound grows with k, M and E and refuses bad arguments', () => {
    expect(softmaxFloat64ErrorBound(2, 1, 0)).toBeLessThan(softmaxFloat64ErrorBound(10, 1, 0));
    expect(softmaxFloat64ErrorBound(2, 1, 0)).toBeLessThan(softmaxFloat64ErrorBound(2, 100, 0));
    expect(softmaxFloat64ErrorBound(2, 1, 0)).toBeLessThan(softmaxFloat64ErrorBound(2, 1, 1e-10));
    expect(() => softmaxFloat64ErrorBound(0, 1, 0)).toThrow(RangeError);
    expect(() => softmaxFloat64ErrorBound(2, -1, 0)).toThrow(/maxAbsLogit/);
    expect(() => softmaxFloat64ErrorBound(2, 1, NaN)).toThrow(/logitError/);
  });
});
