import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { matMul, transpose, identity, matEquals } from '../../src/linalg/matrix.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { signVectorRows } from '../../lp/queries/sign-vector.ts';
import { parseSignVector } from '../../lp/queries/sign-vector.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimL5_3, checkL5_3 } from '../../properties/claims/L5.3.ts';
import { scaledRotated, type ScaledRotatedPair } from '../../properties/fuzz/model-pairs.ts';
import { comparePatterns } from '../../properties/fuzz/pattern-difference.ts';

/** App. C.2's W with Λ = diag(1, 2, 1/3, 5, 3/2), one zero column, and an exact rotation of R³ (Pythagorean 3-4-5 in the first plane, then a swap). */
function c2Pair(): ScaledRotatedPair {
  const W = loadExamples()['C.2'].W;
  const R = [
    [rat(3, 5), rat(-4, 5), rat(0)],
    [rat(0), rat(0), rat(1)],
    [rat(4, 5), rat(3, 5), rat(0)],
  ];
  return { W, lambdas: [rat(1), rat(2), rat(1, 3), rat(5), rat(3, 2)], pad: 1, R };
}

describe('L5.3: C(W) determines S(W) (App. F)', () => {
  it('the claim check holds on random exact models (seeded)', () => {
    const { seed, numRuns } = fcParams(25);
    const out = claimL5_3.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.cases).toBe(numRuns);
    expect(out.certificates).toBeGreaterThan(numRuns);
  });

  it("on App. C.2: W' = Λ[W 0]R has C(W') = C(W) exactly and S(W') = S(W), and the App. F chain holds", () => {
    const p = c2Pair();
    expect(matEquals(Q, matMul(Q, transpose(p.R), p.R), identity(Q, 3))).toBe(true);
    const W2 = scaledRotated(p);
    expect(W2[0]).toHaveLength(3);
    expect(cosineMatrixEquals(Q, p.W, W2)).toBe(true);
    const cmp = comparePatterns(Q, 'sign', p.W, W2);
    expect(cmp.same).toBe(true);
    expect(cmp.patterns[0]).toHaveLength(2 * 5); // five pairwise independent rows in R²: 2k regions
    // each witness of S(W) is re-checked here against the rows s_i·w_i
    cmp.patterns[0].forEach((s, t) => expect(checkCertificate(Q, signVectorRows(Q, p.W, parseSignVector(s, 5)), undefined, { kind: 'witness', x: cmp.witnesses[0][t] })).toBe(true));
    const r = checkL5_3(p);
    expect(r.ok, r.detail).toBe(true);
  });

  it('fails loudly when the transformation does not keep the sign pattern (a negated row), with a certified difference', () => {
    const W = loadExamples()['C.2'].W;
    const flipped = W.map((row, i) => (i === 2 ? row.map((x) => Q.neg(x)) : row));
    const cmp = comparePatterns(Q, 'sign', W, flipped);
    expect(cmp.same).toBe(false);
    const diff = cmp.differences[0];
    const other = diff.presentIn === 0 ? flipped : W;
    expect(checkCertificate(Q, signVectorRows(Q, other, parseSignVector(diff.pattern, 5)), undefined, diff.infeasibility)).toBe(true);
    expect(cosineMatrixEquals(Q, W, flipped)).toBe(false);
  });
});
