import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { matEquals } from '../../src/linalg/matrix.ts';
import { closedForm1, gradient1, isStationary, rescale, scaleColumns, shrinkage1 } from '../../src/models/matrix-factorisation.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkEq5, claimSteckEq5, eq5Facts, failedEq5Facts, objective1CaseArb } from '../../properties/claims/steck/Steck.Eq5.ts';
import { objective1Example } from '../../properties/claims/steck/examples.ts';

describe('Steck.Eq5: the closed form of objective (1)', () => {
  it('the claim check holds on the notes\' example and random exact data', () => {
    const r = claimSteckEq5.run();
    expect(r.verified, r.detail).toBe(true);
    expect(r.cases).toBe(31);
    expect(r.detail).toMatch(/\(([1-9]\d*) at full rank: B̂D⁻¹ = V with C = I, XÂD = XV with C\(XV\) = C\(X\)\)/);
  });

  it('the notes\' example: roots 35/37, 4/5, 3/5, 5/13; stationary; at full rank item–item cosines I and user–user cosines of X', () => {
    const e = objective1Example();
    expect(shrinkage1(Q, e.sigma, e.lambda).map((x) => Q.format(x))).toEqual(['1225/1369', '16/25', '9/25', '25/169']);
    const f = closedForm1(Q, e.V, e.sigma, e.lambda, 4);
    expect(f.B.map((row, i) => Q.format(row[0].div(e.V[i][0])))).toEqual(Array(4).fill('35/37'));
    const facts = eq5Facts({ ...e, k: 4 });
    expect(facts).toEqual({ stationary: true, productFormula: true, fullRank: { itemsAreV: true, itemCosinesIdentity: true, usersAreXV: true, userCosinesOfX: true } });
    // below full rank only the first two facts are stated, and they hold for every k
    for (const k of [1, 2, 3]) expect(eq5Facts({ ...e, k })).toEqual({ stationary: true, productFormula: true });
  });

  it('a broken construction fails: the closed form is not stationary for another λ or without the square root, and D = dMat (no square root) does not give V', () => {
    const e = objective1Example();
    const f = closedForm1(Q, e.V, e.sigma, e.lambda, 4);
    expect(isStationary(Q, gradient1(Q, e.X, f.A, f.B, e.lambda))).toBe(true);
    expect(isStationary(Q, gradient1(Q, e.X, f.A, f.B, e.lambda.mul(2)))).toBe(false); // the objective at another λ
    const unrooted = scaleColumns(Q, e.V, shrinkage1(Q, e.sigma, e.lambda)); // V dMat instead of V dMat^{1/2}
    expect(isStationary(Q, gradient1(Q, e.X, unrooted, unrooted, e.lambda))).toBe(false);
    expect(matEquals(Q, rescale(Q, f, shrinkage1(Q, e.sigma, e.lambda)).B, e.V)).toBe(false);
    expect(failedEq5Facts({ stationary: false, productFormula: true, fullRank: { itemsAreV: true, itemCosinesIdentity: false, usersAreXV: true, userCosinesOfX: null } })).toEqual(['stationary', 'itemCosinesIdentity']);
  });

  it('random data: every case holds; X with a zero row only skips the user–user cosines', () => {
    let skipped = 0;
    fc.assert(
      fc.property(objective1CaseArb(), (c) => {
        const r = checkEq5(c);
        expect(r.ok, r.detail).toBe(true);
        const f = eq5Facts(c);
        if (f.fullRank?.userCosinesOfX === null) skipped++;
      }),
      fcParams(30),
    );
    expect(skipped).toBeLessThan(30);
  });
});
