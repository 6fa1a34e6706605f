import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { matEquals } from '../../src/linalg/matrix.ts';
import { cosineMatrix, cosineMatrixEntriesEqual } from '../../src/cosine/index.ts';
import { closedForm1, predictions, rescaledCosines, scaleColumns } from '../../src/models/matrix-factorisation.ts';
import { gaugeModelArb } from '../../properties/arbitraries/index.ts';
import { fcParams } from '../../properties/settings.ts';
import { checkRescaledCosines, claimSteckEq4, firstDifference, rescalingEffect } from '../../properties/claims/steck/Steck.Eq4.ts';
import { objective1Example } from '../../properties/claims/steck/examples.ts';

describe('Steck.Eq4: the cosines of a solution of (1) move with D, its predictions do not', () => {
  it('the claim check holds on the notes\' example and random solutions, and reports the moved cosines', () => {
    const r = claimSteckEq4.run();
    expect(r.verified, r.detail).toBe(true);
    expect(r.cases).toBe(31);
    expect(r.certificates).toBe(6 + 4 * 30);
    expect(r.detail).toMatch(/cos\(b_0, b_1\) = sqrt\(46057334923014529\/678669380315522190\) ≈ 0\.260508 at D = I but -sqrt\(\d+\/\d+\) ≈ -0\.341837 at D/);
    expect(r.detail).toMatch(/item–item moved in [1-9]\d*, user–user in [1-9]\d*\)/);
  });

  it('on the notes\' example D = diag(2, 1, 1, 1) moves both cosine matrices, a scalar D moves neither', () => {
    const data = objective1Example();
    const e = rescalingEffect({ ...data, k: 4, d: [rat(2), rat(1), rat(1), rat(1)] });
    expect(e.samePredictions).toBe(true);
    expect(e.formulasMatch).toEqual({ itemItem: true, userUser: true, userItem: true });
    expect(firstDifference(...e.itemItem)).toEqual([0, 1]);
    expect(firstDifference(...e.userUser)).toEqual([0, 1]);
    // a scalar D = c·I is no gauge move for the cosines: nothing moves
    const s = rescalingEffect({ ...data, k: 4, d: [rat(3), rat(3), rat(3), rat(3)] });
    expect(firstDifference(...s.itemItem)).toBeNull();
    expect(firstDifference(...s.userUser)).toBeNull();
  });

  it('random solutions: every check holds; the check is sensitive to D versus D⁻¹ and to a broken gauge move', () => {
    let sensitive = 0;
    fc.assert(
      fc.property(gaugeModelArb({ minK: 2 }), (m) => {
        const r = checkRescaledCosines(m);
        expect(r.ok, r.detail).toBe(true);
        const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
        const direct = cosineMatrix(Q, scaleColumns(Q, f.B, m.d.map((x) => Q.one.div(x))));
        expect(cosineMatrixEntriesEqual(Q, rescaledCosines(Q, m.X, f, m.d).itemItem, direct)).toBe(true);
        // with D and D⁻¹ swapped the formula gives the cosines of B̂D, which differ for most models
        if (!cosineMatrixEntriesEqual(Q, rescaledCosines(Q, m.X, f, m.d.map((x) => Q.one.div(x))).itemItem, direct)) sensitive++;
      }),
      fcParams(20),
    );
    expect(sensitive).toBeGreaterThan(5);
    // (ÂD, B̂D) is no gauge move: the predictions change on the notes' example
    const data = objective1Example();
    const f = closedForm1(Q, data.V, data.sigma, data.lambda, 4);
    const d = [rat(2), rat(1), rat(1), rat(1)];
    expect(matEquals(Q, predictions(Q, data.X, scaleColumns(Q, f.A, d), scaleColumns(Q, f.B, d)), predictions(Q, data.X, f.A, f.B))).toBe(false);
  });
});
