import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { logits } from '../../../src/models/logits.ts';
import { FLOAT64_UNIT_ROUNDOFF as u } from '../../../src/models/softmax.ts';
import { labelCombinationProbabilityFloat64, logSigmoidFloat64, sigmoidFloat64, sigmoidProbabilitiesFloat64 } from '../../../src/models/sigmoid.ts';
import { rationalMatrixArb, translationArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const gamma = (n: number) => (n * u) / (1 - n * u);

/** All sign vectors of length k. */
function allCombinations(k: number): (1 | -1)[][] {
  return Array.from({ length: 2 ** k }, (_, m) => Array.from({ length: k }, (__, i) => ((m >> i) & 1 ? 1 : -1) as 1 | -1));
}

/**
 * Relative error bound of `labelCombinationProbabilityFloat64` for one combination, DERIVED (float64):
 * each ℓ_i = log σ(t_i) is computed with |error| ≤ 5u|ℓ_i| (exp and log1p within 1 ulp, one
 * subtraction) plus 3u|t_i| ≥ 2u|t_i| from rounding the exact logit (RationalField.toNumber: within one ulp);
 * the sum of k terms of one sign adds γ_{k−1}Σ|ℓ_i|; exp adds 2u. Scaled by 1.01 for the
 * rounding of the bound itself.
 */
function combinationRelativeBound(t: number[], z: (1 | -1)[]): number {
  let e = 0;
  let s = 0;
  t.forEach((ti, i) => {
    const l = Math.abs(logSigmoidFloat64(z[i] * ti));
    e += 5 * u * l + 3 * u * Math.abs(ti);
    s += l;
  });
  e += gamma(t.length) * s;
  return (Math.expm1(e) * (1 + 2 * u) + 2 * u) * 1.01;
}

describe('sigmoid classifier (float64, not exact)', () => {
  it('σ is stable and symmetric', () => {
    expect(sigmoidFloat64(0)).toBe(0.5);
    expect(sigmoidFloat64(800)).toBe(1);
    expect(sigmoidFloat64(-800)).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(logSigmoidFloat64(-1e6))).toBe(true);
    expect(logSigmoidFloat64(-1e6)).toBe(-1e6);
    expect(() => sigmoidFloat64(NaN)).toThrow(RangeError);
    expect(() => logSigmoidFloat64(NaN)).toThrow(RangeError);
  });

  it('label-combination probabilities sum to 1 within the derived bound, and sign(Wx) is the most likely combination', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }).chain((W) => fc.tuple(fc.constant(W), translationArb(W[0].length)));
    fc.assert(
      fc.property(arb, ([W, x]) => {
        const k = W.length;
        const t = logits(Q, W, x).map((s) => Q.toNumber(s));
        const combos = allCombinations(k);
        const p = combos.map((z) => labelCombinationProbabilityFloat64(Q, W, x, z));
        const rel = Math.max(...combos.map((z) => combinationRelativeBound(t, z)));
        const total = p.reduce((s, q) => s + q, 0);
        expect(Math.abs(total - 1) <= rel * (1 + gamma(combos.length)) + gamma(combos.length)).toBe(true);
        // most likely combination: sign(Wx) when no logit is zero (exact signs)
        const exact = logits(Q, W, x);
        if (exact.every((s) => !Q.isZero(s))) {
          const top = exact.map((s) => Q.sign(s) as 1 | -1);
          const pTop = labelCombinationProbabilityFloat64(Q, W, x, top);
          p.forEach((q) => expect(q <= pTop * (1 + 2 * rel)).toBe(true));
        }
        // per-label σ(w_iᵀx) lies in [0, 1] and follows the exact order of the logits
        const sig = sigmoidProbabilitiesFloat64(Q, W, x);
        sig.forEach((q, i) => {
          expect(q >= 0 && q <= 1).toBe(true);
          sig.forEach((r, j) => {
            if (Q.compare(exact[i], exact[j]) < 0) expect(q <= r).toBe(true);
          });
        });
      }),
      fcParams(80),
    );
  });

  it('refuses a combination of the wrong length or with entries other than ±1', () => {
    const W = [[rat(1)], [rat(2)]];
    expect(() => labelCombinationProbabilityFloat64(Q, W, [rat(1)], [1])).toThrow(/1 entries but W has 2 labels/);
    expect(() => labelCombinationProbabilityFloat64(Q, W, [rat(1)], [1, 0])).toThrow(/entry 1 is 0/);
    expect(() => sigmoidProbabilitiesFloat64(Q, W, [rat(1), rat(2)])).toThrow(RangeError);
  });
});
