import { describe, expect, it } from 'vitest';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { RationalField as Q } from '../../src/field/rational.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { argmaxableRows, decideArgmaxable } from '../../lp/queries/argmax.ts';
import { rankingRows } from '../../lp/queries/ranking.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimT5_5, figure3Facts } from '../../properties/claims/T5.5.ts';
import cosineDeterminesRankingPattern from '../../properties/fuzz/conjectures/cosine-determines-ranking-pattern.ts';
import { fuzzConjecture } from '../../properties/fuzz/fuzz.ts';
import { scaledRotated } from '../../properties/fuzz/model-pairs.ts';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { PatternDifference } from '../../properties/fuzz/pattern-difference.ts';

/** Re-checks a ranking difference between [W0, W1] in the test: witness in one model, Gordan certificate in the other. */
function recheckRankingDifference<T>(F: OrderedField<T>, models: [Matrix<T>, Matrix<T>], d: PatternDifference<T>) {
  const ranking = d.pattern.split(',').map(Number);
  expect(checkCertificate(F, rankingRows(F, models[d.presentIn], ranking), undefined, d.witness)).toBe(true);
  expect(checkCertificate(F, rankingRows(F, models[1 - d.presentIn], ranking), undefined, d.infeasibility)).toBe(true);
}

describe('T5.5: C(W), and so S(W), does not determine R(W) (App. H.1)', () => {
  it('the claim check verifies Fig. 3 and a fuzzer counterexample (seeded)', () => {
    const { seed, numRuns } = fcParams(100);
    const out = claimT5_5.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.certificates).toBeGreaterThan(3);
    expect(out.detail).toMatch(/label 2 argmaxable in \(W1, W2\) = \(true, false\)/);
  });

  it('Fig. 3 (exact in Q(√2)): equal cosine matrices, different R, label 2 argmaxable only in W1 — all certified', () => {
    const ex = loadExamples()['H.1'];
    const F = ex.field;
    expect(cosineMatrixEquals(F, ex.W1, ex.W2)).toBe(true);
    const f = figure3Facts(F, ex.W1, ex.W2);
    expect(f.sameCosineMatrix).toBe(true);
    expect(f.rankings.same).toBe(false);
    expect(f.rankings.differences).toHaveLength(f.rankings.onlyIn[0].length + f.rankings.onlyIn[1].length);
    for (const d of f.rankings.differences) recheckRankingDifference(F, [ex.W1, ex.W2], d);
    // every ranking of W1 with label 2 on top is missing from W2
    expect(f.rankings.onlyIn[0].some((r) => r.startsWith('2,'))).toBe(true);
    expect(f.rankings.patterns[1].some((r) => r.startsWith('2,'))).toBe(false);
    expect(f.label2Argmaxable).toEqual([true, false]);
    expect(ex.label2ArgmaxableIn).toEqual(['W1']);
    const [d1, d2] = [ex.W1, ex.W2].map((W) => decideArgmaxable(F, W, 2));
    expect(d1.certificate.kind).toBe('witness');
    expect(checkCertificate(F, argmaxableRows(F, ex.W1, 2), undefined, d1.certificate)).toBe(true);
    expect(d2.certificate.kind).toBe('infeasible');
    expect(checkCertificate(F, argmaxableRows(F, ex.W2, 2), undefined, d2.certificate)).toBe(true);
  });

  it('the fuzzer refutes "C(W) = C(W′) ⇒ R(W) = R(W′)" with non-uniform row scalings: found, shrunk, certified', () => {
    const { seed, numRuns } = fcParams(100);
    const r = fuzzConjecture(cosineDeterminesRankingPattern, { seed, runs: numRuns });
    expect(r.status, `no counterexample within ${numRuns} runs (seed ${seed})`).toBe('refuted');
    if (r.status !== 'refuted') return;
    const p = r.counterexample;
    expect(r.shrinks).toBeGreaterThan(0);
    expect(p.pad).toBe(0);
    expect(p.lambdas.some((l) => !Q.equals(l, p.lambdas[0]))).toBe(true); // non-uniform
    const W2 = scaledRotated(p);
    expect(cosineMatrixEquals(Q, p.W, W2)).toBe(true);
    recheckRankingDifference(Q, [p.W, W2], r.evidence.difference);
    expect(r.text).toContain(`--seed ${seed} --path ${r.path}`);
    const replay = fuzzConjecture(cosineDeterminesRankingPattern, { seed: r.seed, path: r.path });
    expect(replay.status === 'refuted' && cosineDeterminesRankingPattern.format(replay.counterexample, replay.evidence)).toBe(cosineDeterminesRankingPattern.format(p, r.evidence));
  });
});
