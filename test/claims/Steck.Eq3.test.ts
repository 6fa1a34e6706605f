import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { closedForm2, objective1, objective2, rescale } from '../../src/models/matrix-factorisation.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkGaugeCase, claimSteckEq3, gaugeCaseArb, gaugeTransforms, objective2Counterexample } from '../../properties/claims/steck/Steck.Eq3.ts';
import { objective2Example } from '../../properties/claims/steck/examples.ts';

describe('Steck.Eq3: the gauge freedom of objective (1), and not of (2)', () => {
  it('the claim check holds: exact counterexample for (2) and random models', () => {
    const r = claimSteckEq3.run();
    expect(r.verified, r.detail).toBe(true);
    expect(r.cases).toBe(41);
    expect(r.certificates).toBe(3 + 4 * 40);
    expect(r.detail).toMatch(/objective \(2\) = 64 at \(Â, B̂\) but 100 at \(ÂD, B̂D⁻¹\); objective \(1\) = 19033\/2890 at both/);
    expect(r.detail).toMatch(/objective \(2\) moved under D in [1-9]\d*\)/);
  });

  it('objective (2) at its minimiser for λ = 1, σ = (17, 10, 5, 2) is 64, and 100 after D = diag(2, 1, 1, 1)', () => {
    const c = objective2Counterexample();
    expect(c.stationary).toBe(true);
    expect(c.objective2.map((x) => Q.format(x))).toEqual(['64', '100']);
    expect(Q.equals(c.objective1[0], c.objective1[1])).toBe(true);
    // the value by hand: X − XÂB̂ᵀ = U dMat(λ) Vᵀ and ‖XÂ‖² = ‖B̂‖² = Σ (σ_i − λ), so
    // objective (2) = 4λ² + 2λ Σ (σ_i − λ) = 4 + 2·(16 + 9 + 4 + 1) = 64
    const e = objective2Example();
    const f = closedForm2(Q, e.V, e.sigma, e.lambda, 4);
    const byHand = e.sigma.reduce((s, x) => s.add(e.lambda.mul(e.lambda)).add(e.lambda.mul(2).mul(x.sub(e.lambda))), Q.zero);
    expect(Q.format(byHand)).toBe('64');
    expect(Q.equals(objective2(Q, e.X, f.A, f.B, e.lambda), byHand)).toBe(true);
    // and a rescaling by D = diag(1, 1, 1, 1) (no gauge move) keeps the value
    const g = rescale(Q, f, [rat(1), rat(1), rat(1), rat(1)]);
    expect(Q.format(objective2(Q, e.X, g.A, g.B, rat(1)))).toBe('64');
  });

  it('every random case holds, and (2) moves under D for most of them', () => {
    let moved = 0;
    fc.assert(
      fc.property(gaugeCaseArb(), (c) => {
        const r = checkGaugeCase(c, (m) => { if (m) moved++; });
        expect(r.ok, r.detail).toBe(true);
        // the reason: the product A Bᵀ is unchanged by D, M and R
        const t = gaugeTransforms(c);
        for (const x of [t.D, t.M, t.R]) {
          expect(Q.equals(objective1(Q, c.X, x.A, x.B, Q.zero), objective1(Q, c.X, c.A, c.B, Q.zero))).toBe(true);
        }
      }),
      fcParams(40),
    );
    expect(moved).toBeGreaterThan(10);
  });

  it('the check fails when the transformation is not a gauge move: (A D, B D) instead of (A D, B D⁻¹)', () => {
    const X = [[rat(1), rat(2)]];
    const A = [[rat(1)], [rat(0)]];
    const B = [[rat(1)], [rat(1)]];
    const lambda = rat(1);
    const l1 = objective1(Q, X, A, B, lambda);
    const bad = { A: A.map((r) => [r[0].mul(2)]), B: B.map((r) => [r[0].mul(2)]) };
    expect(Q.equals(objective1(Q, X, bad.A, bad.B, lambda), l1)).toBe(false);
    // a case whose "orthogonal" R is not orthogonal fails the check for (2)
    const notOrthogonal = { X, A, B, lambda, d: [rat(2)], M: [[rat(3)]], R: [[rat(2)]] };
    const r = checkGaugeCase(notOrthogonal);
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/Steck\.Eq3 failed \(objective \(1\) under R, objective \(2\) under R\)/);
  });
});
