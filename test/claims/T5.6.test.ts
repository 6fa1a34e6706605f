import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { rankingPatternsViaBraid } from '../../lp/arrangements/ranking-patterns.ts';
import { rankingRows } from '../../lp/queries/ranking.ts';
import { cover1967 } from '../../lp/arrangements/counting/cover.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimT5_6, checkT5_6 } from '../../properties/claims/T5.6.ts';
import { similarityTranslated, type SimilarityTranslatedPair } from '../../properties/fuzz/model-pairs.ts';
import { comparePatterns } from '../../properties/fuzz/pattern-difference.ts';

describe('T5.6: C(DW) determines R(W) (App. G)', () => {
  it('the claim check holds on random exact models (seeded)', () => {
    const { seed, numRuns } = fcParams(25);
    const out = claimT5_6.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.cases).toBe(numRuns);
    expect(out.certificates).toBeGreaterThan(numRuns);
  });

  it("on App. C.1: W' = (7/3)·W·R + 1vᵀ keeps C(DW) exactly and R(W), and R(W) = S(DW) read as rankings", () => {
    const W = loadExamples()['C.1'].W;
    const p: SimilarityTranslatedPair = { W, alpha: rat(7, 3), R: [[rat(5, 13), rat(12, 13)], [rat(-12, 13), rat(5, 13)]], v: [rat(-3, 4), rat(2)] };
    const W2 = similarityTranslated(p);
    expect(cosineMatrixEquals(Q, braidDifferences(Q, W), braidDifferences(Q, W2))).toBe(true);
    expect(cosineMatrixEquals(Q, W, W2)).toBe(false); // the translation changes C(W) itself (T3.4)
    const cmp = comparePatterns(Q, 'ranking', W, W2);
    expect(cmp.same).toBe(true);
    expect(BigInt(cmp.patterns[0].length)).toBe(cover1967(5, 2)); // 2·C(5,2) = 20 for 5 generic points in the plane
    expect(rankingPatternsViaBraid(Q, W).map((r) => r.join(','))).toEqual(cmp.patterns[0]);
    cmp.patterns[0].forEach((r, t) => expect(checkCertificate(Q, rankingRows(Q, W, r.split(',').map(Number)), undefined, { kind: 'witness', x: cmp.witnesses[0][t] })).toBe(true));
    expect(checkT5_6(p).ok).toBe(true);
  });

  it('a model with a different C(DW) can have a different R(W) (one label moved; certified difference), or the same one (a shear)', () => {
    const W = loadExamples()['C.1'].W;
    const moved = W.map((row, i) => (i === 2 ? [rat(0), rat(0)] : row));
    expect(cosineMatrixEquals(Q, braidDifferences(Q, W), braidDifferences(Q, moved))).toBe(false);
    const cmp = comparePatterns(Q, 'ranking', W, moved);
    expect(cmp.same).toBe(false);
    const d = cmp.differences[0];
    const [has, hasNot] = d.presentIn === 0 ? [W, moved] : [moved, W];
    const ranking = d.pattern.split(',').map(Number);
    expect(checkCertificate(Q, rankingRows(Q, has, ranking), undefined, d.witness)).toBe(true);
    expect(checkCertificate(Q, rankingRows(Q, hasNot, ranking), undefined, d.infeasibility)).toBe(true);
    // C(DW) determines R(W), but not conversely: an invertible linear map keeps R and changes C(DW)
    const sheared = W.map(([a, b]) => [a, Q.add(b, Q.mul(rat(3), a))]);
    expect(cosineMatrixEquals(Q, braidDifferences(Q, W), braidDifferences(Q, sheared))).toBe(false);
    expect(comparePatterns(Q, 'ranking', W, sheared).same).toBe(true);
  });
});
