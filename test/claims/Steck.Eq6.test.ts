import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { cosineMatrixEntriesEqual } from '../../src/cosine/index.ts';
import { closedForm2, gradient2, isStationary } from '../../src/models/matrix-factorisation.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkEq6, claimSteckEq6, eq6Facts, lambdaDifferenceText, rotatedWeightDecayModelArb } from '../../properties/claims/steck/Steck.Eq6.ts';
import { objective2Example, twoLambdaExample } from '../../properties/claims/steck/examples.ts';

describe('Steck.Eq6: the closed form of objective (2) and its dependence on λ', () => {
  it('the claim check holds on both fixed examples and random data at two λ', () => {
    const r = claimSteckEq6.run();
    expect(r.verified, r.detail).toBe(true);
    expect(r.cases).toBe(32);
    expect(r.certificates).toBe(2 + 5 + 8 * 30);
    expect(r.detail).toMatch(/differ between the two λ in [1-9]\d*\)/);
    expect(r.detail).toMatch(/cos\(b_0, b_1\) = 87846\/sqrt\(24371647237\) ≈ 0\.562703 at λ = 4 but 87846\/sqrt\(13397101837\) ≈ 0\.758956 at λ = 100/);
  });

  it('the notes\' data (λ = 1, σ = 17, 10, 5, 2): factors √(σ − λ) = 4, 3, 2, 1 and √(σ − λ)/σ; stationary', () => {
    const e = objective2Example();
    const f = closedForm2(Q, e.V, e.sigma, e.lambda, 4);
    expect(f.B.map((row, i) => Q.format(row[3].div(e.V[i][3])))).toEqual(Array(4).fill('1'));
    expect(f.A.map((row, i) => Q.format(row[0].div(e.V[i][0])))).toEqual(Array(4).fill('4/17'));
    const facts = eq6Facts(e, e.lambda, 4);
    expect([facts.stationary, facts.userEmbeddings, facts.itemCosines !== null]).toEqual([true, true, true]);
  });

  it('two values of λ give different item–item cosine matrices (exact), each at a stationary point', () => {
    const e = twoLambdaExample();
    const [low, high] = e.lambdas.map((l) => eq6Facts(e, l, 4));
    expect([low.stationary, high.stationary, low.userEmbeddings, high.userEmbeddings]).toEqual([true, true, true, true]);
    expect(cosineMatrixEntriesEqual(Q, low.itemCosines!, high.itemCosines!)).toBe(false);
    expect(lambdaDifferenceText([low.itemCosines!, low.itemCosines!], e.lambdas)).toBeNull();
    expect(lambdaDifferenceText([low.itemCosines!, high.itemCosines!], e.lambdas)).toMatch(/^cos\(b_0, b_1\)/);
  });

  it('a broken construction fails: the closed form of one λ is not stationary for the other, and with λ changed in one factor', () => {
    const e = twoLambdaExample();
    const [low, high] = e.lambdas;
    const f = closedForm2(Q, e.V, e.sigma, low, 4);
    expect(isStationary(Q, gradient2(Q, e.X, f.A, f.B, high))).toBe(false);
    // Â from λ_low, B̂ from λ_high: the factors must share one λ
    const g = closedForm2(Q, e.V, e.sigma, high, 4);
    expect(isStationary(Q, gradient2(Q, e.X, f.A, g.B, low))).toBe(false);
    expect(isStationary(Q, gradient2(Q, e.X, f.A, g.B, high))).toBe(false);
  });

  it('random data: every case holds, rotations keep stationarity and cosines, and the cosines depend on λ in some cases', () => {
    let differ = 0;
    fc.assert(
      fc.property(rotatedWeightDecayModelArb(), (m) => {
        const r = checkEq6(m, (d) => { if (d) differ++; });
        expect(r.ok, r.detail).toBe(true);
        expect(r.certificates).toBe(8);
      }),
      fcParams(30),
    );
    expect(differ).toBeGreaterThan(0);
    // a k = 1 model has all item–item cosines ±1 at every λ
    const e = twoLambdaExample();
    const one = e.lambdas.map((l) => eq6Facts(e, l, 1).itemCosines!);
    expect(cosineMatrixEntriesEqual(Q, one[0], one[1])).toBe(true);
  });
});
