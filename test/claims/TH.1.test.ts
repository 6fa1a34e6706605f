import { describe, expect, it } from 'vitest';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { rankingRows } from '../../lp/queries/ranking.ts';
import { sameChirotope } from '../../lp/arrangements/oriented-matroid/chirotope.ts';
import { signPatternsFromCircuits } from '../../lp/arrangements/oriented-matroid/topes.ts';
import { formatSignVector } from '../../lp/queries/sign-vector.ts';
import { fcParams } from '../../properties/settings.ts';
import { claimTH_1, sameSignDifferentRankingFacts } from '../../properties/claims/TH.1.ts';
import signPatternDeterminesRankingPattern, { certifySameSignDifferentRanking, homogenize, perturbed, sameSignDifferentRanking } from '../../properties/fuzz/conjectures/sign-pattern-determines-ranking-pattern.ts';
import { fuzzConjecture } from '../../properties/fuzz/fuzz.ts';
import type { PatternDifference } from '../../properties/fuzz/pattern-difference.ts';

function recheck(models: [Matrix<Rational>, Matrix<Rational>], d: PatternDifference<Rational>) {
  const ranking = d.pattern.split(',').map(Number);
  expect(checkCertificate(Q, rankingRows(Q, models[d.presentIn], ranking), undefined, d.witness)).toBe(true);
  expect(checkCertificate(Q, rankingRows(Q, models[1 - d.presentIn], ranking), undefined, d.infeasibility)).toBe(true);
}

const circuitsSigns = (A: Matrix<Rational>) => signPatternsFromCircuits(Q, homogenize(A)).map(formatSignVector).sort();

describe('T H.1: S does not determine R, even for point configurations (App. H.2)', () => {
  it('the claim check verifies App. H.2 and a new fuzzer pair (seeded)', () => {
    const { seed, numRuns } = fcParams(200);
    const out = claimTH_1.run({ seed, runs: numRuns });
    expect(out.verified, out.detail).toBe(true);
    expect(out.detail).toMatch(/R\(A\)\\R\(B\) = \(/);
  });

  it('App. H.2: S([1|A]) = S([1|B]) (enumerated; equal chirotopes; circuits agree), R(A) ≠ R(B) with both differences listed and certified', () => {
    const { A, B, sameSignPattern, sameRankingPattern } = loadExamples()['H.2'];
    const f = sameSignDifferentRankingFacts(A, B);
    expect(f.signs.same).toBe(sameSignPattern);
    expect(f.signs.same).toBe(true);
    expect(f.sameChirotope).toBe(true);
    expect(circuitsSigns(A)).toEqual(circuitsSigns(B));
    expect(circuitsSigns(A)).toEqual([...f.signs.patterns[0]].sort());
    expect(f.rankings.same).toBe(sameRankingPattern);
    expect(f.rankings.onlyIn[0].length).toBeGreaterThan(0);
    expect(f.rankings.onlyIn[1].length).toBeGreaterThan(0);
    expect(f.rankings.differences.map((d) => d.pattern).sort()).toEqual([...f.rankings.onlyIn[0], ...f.rankings.onlyIn[1]].sort());
    for (const d of f.rankings.differences) recheck([A, B], d);
    // the constant column cancels: R([1|A]) = R(A)
    const lifted = sameSignDifferentRankingFacts(homogenize(A), homogenize(B));
    expect(lifted.rankings.patterns).toEqual(f.rankings.patterns);
  });

  it('certifySameSignDifferentRanking accepts App. H.2 and rejects corrupted evidence', () => {
    const { A, B } = loadExamples()['H.2'];
    const e = sameSignDifferentRanking(A, B);
    expect(e).not.toBeNull();
    expect(certifySameSignDifferentRanking(A, e!)).toBe(true);
    // a sign pattern missing from the evidence
    expect(certifySameSignDifferentRanking(A, { ...e!, signPattern: e!.signPattern.slice(1) })).toBe(false);
    // B = A: same chirotope and signs, but the ranking difference is not a difference
    expect(certifySameSignDifferentRanking(A, { ...e!, B: A.map((r) => r.slice()) })).toBe(false);
    // B with two points swapped: another chirotope
    const swapped = [B[1], B[0], ...B.slice(2)].map((r) => r.slice());
    expect(certifySameSignDifferentRanking(A, { ...e!, B: swapped })).toBe(false);
  });

  it('the fuzz search finds a new pair with equal chirotopes and different R, and it is certified', () => {
    const { seed, numRuns } = fcParams(200);
    const r = fuzzConjecture(signPatternDeterminesRankingPattern, { seed, runs: numRuns });
    expect(r.status, `no new pair within ${numRuns} runs (seed ${seed})`).toBe('refuted');
    if (r.status !== 'refuted') return;
    const A = r.counterexample.A;
    const B = perturbed(r.counterexample);
    expect(sameChirotope(Q, homogenize(A), homogenize(B))).toBe(true);
    expect(circuitsSigns(A)).toEqual(circuitsSigns(B));
    recheck([A, B], r.evidence.difference);
    expect(r.text).toMatch(/R\(A\) \\ R\(B\): /);
  });
});
