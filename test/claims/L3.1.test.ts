import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../src/field/rational.ts';
import { translateRows } from '../../src/linalg/scaling.ts';
import { logits } from '../../src/models/logits.ts';
import { FLOAT64_UNIT_ROUNDOFF as u, softmaxFloat64ErrorBound, softmaxProbabilitiesFloat64 } from '../../src/models/softmax.ts';
import { translationInvariance } from '../../src/lemmas/translation-invariance.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { rationalMatrixArb, translationArb } from '../../properties/arbitraries/index.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimL3_1 } from '../../properties/claims/L3.1.ts';

describe('L3.1 translation invariance', () => {
  it('the claim check holds on random exact models over Q and Q(sqrt(n))', () => {
    const r = claimL3_1.run();
    expect(r.detail).not.toMatch(/failed/);
    expect(r.verified).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(90);
    expect(r.certificates).toBe(3 * r.cases);
  });

  it('every logit of C.1 moves by exactly vᵀx and DW is unchanged', () => {
    const W = loadExamples()['C.1'].W;
    const v = [rat(1), rat(-2)];
    const x = [rat(3), rat(1, 2)];
    const r = translationInvariance(Q, W, v, x);
    expect(Q.format(r.logits!.shift)).toBe('2');
    r.logits!.original.forEach((z, i) => expect(Q.equals(r.logits!.translated[i], Q.add(z, rat(2)))).toBe(true));
    expect(r.verified).toEqual({ braidDifferencesUnchanged: true, translationRecovered: true, everyLogitShiftedByVx: true, logitDifferencesUnchanged: true });
    expect(Q.format(r.translated[0][0])).toBe('2');
    expect(Q.format(r.translated[0][1])).toBe('-3/2');
  });

  it('refuses a translation or an embedding of the wrong length', () => {
    const W = loadExamples()['C.1'].W;
    expect(() => translationInvariance(Q, W, [rat(1)])).toThrow(/2 columns but the translation v has 1/);
    expect(() => translationInvariance(Q, W, [rat(1), rat(1)], [rat(1)])).toThrow(/embedding x has 1/);
    expect(() => translationInvariance(Q, [], [])).toThrow(/no rows/);
  });

  /*
   * Extra, float64 (not exact): the softmax probabilities of W and W + 1vᵀ agree within
   * B(W) + B(W + 1vᵀ), B = softmaxFloat64ErrorBound(k, M, E) with M the largest |logit|
   * (rounded up by 4u) and E = ((1 + u)³ − 1)·M ≥ 2u·M: RationalField.toNumber is within one
   * ulp (relative error ≤ 2u). The tolerance is derived from these inputs.
   */
  it('float64 softmax probabilities agree within the derived bound', () => {
    const arb = rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 3 }, maxNumerator: 30 }).chain((W) =>
      fc.tuple(fc.constant(W), translationArb(W[0].length, { maxNumerator: 30 }), translationArb(W[0].length, { maxNumerator: 30 })),
    );
    const bound = (W: Rational[][], x: Rational[]) => {
      const M = Math.max(...logits(Q, W, x).map((z) => Math.abs(Q.toNumber(z)))) * (1 + 4 * u);
      return softmaxFloat64ErrorBound(W.length, M, M * ((1 + u) ** 3 - 1) * 1.01);
    };
    fc.assert(
      fc.property(arb, ([W, v, x]) => {
        const Wv = translateRows(Q, W, v);
        const p = softmaxProbabilitiesFloat64(Q, W, x);
        const q = softmaxProbabilitiesFloat64(Q, Wv, x);
        const tol = bound(W, x) + bound(Wv, x);
        expect(tol).toBeLessThan(1e-9);
        p.forEach((pi, i) => expect(Math.abs(pi - q[i])).toBeLessThanOrEqual(tol));
      }),
      fcParams(100),
    );
  });
});
