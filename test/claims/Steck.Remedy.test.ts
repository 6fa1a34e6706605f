import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { matMul, transpose } from '../../src/linalg/matrix.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { closedForm1, rescale } from '../../src/models/matrix-factorisation.ts';
import { gaugeModelArb } from '../../properties/arbitraries/index.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkRemedy, claimSteckRemedy, remedyFacts } from '../../properties/claims/steck/Steck.Remedy.ts';
import { objective1Example } from '../../properties/claims/steck/examples.ts';

describe('Steck.Remedy: cosines in the original space do not depend on D', () => {
  it('the claim check holds on the notes\' example and random solutions', () => {
    const r = claimSteckRemedy.run();
    expect(r.verified, r.detail).toBe(true);
    expect(r.cases).toBe(31);
    expect(r.detail).toMatch(/while C\(B̂D⁻¹\) moved in [1-9]\d*$/);
  });

  it('the notes\' example: the rows of XÂB̂ᵀ and ÂB̂ᵀ keep their cosines under D = diag(2, 1, 1, 1), the item embeddings do not', () => {
    const data = objective1Example();
    const r = remedyFacts({ ...data, k: 4, d: [rat(2), rat(1), rat(1), rat(1)] });
    expect(r).toEqual({ samePredictions: true, sameItemProduct: true, userCosines: true, itemCosines: true, embeddingCosinesMoved: true });
  });

  it('the remedy is about the product: the rows of Â D alone (not multiplied by B̂ D⁻¹ᵀ) do move', () => {
    const data = objective1Example();
    const f = closedForm1(Q, data.V, data.sigma, data.lambda, 4);
    const g = rescale(Q, f, [rat(2), rat(1), rat(1), rat(1)]);
    expect(cosineMatrixEquals(Q, matMul(Q, data.X, g.A), matMul(Q, data.X, f.A))).toBe(false);
    expect(cosineMatrixEquals(Q, matMul(Q, matMul(Q, data.X, g.A), transpose(g.B)), matMul(Q, matMul(Q, data.X, f.A), transpose(f.B)))).toBe(true);
  });

  it('random solutions: every check holds with 2–4 exact identities; a model whose D is not applied to B̂ fails', () => {
    fc.assert(
      fc.property(gaugeModelArb(), (m) => {
        const r = checkRemedy(m);
        expect(r.ok, r.detail).toBe(true);
        expect(r.certificates).toBeGreaterThanOrEqual(2);
      }),
      fcParams(30),
    );
    // a "rescaling" that scales Â only changes the predictions: with D applied to A alone the products differ
    const data = objective1Example();
    const f = closedForm1(Q, data.V, data.sigma, data.lambda, 4);
    const onlyA = rescale(Q, f, [rat(2), rat(1), rat(1), rat(1)]).A;
    expect(cosineMatrixEquals(Q, matMul(Q, onlyA, transpose(f.B)), matMul(Q, f.A, transpose(f.B)))).toBe(false);
  });
});
