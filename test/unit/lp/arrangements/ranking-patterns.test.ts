import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fcParams } from '../../../../properties/settings.ts';
import { rationalMatrixArb } from '../../../../properties/arbitraries/rational-matrix.ts';
import { pointConfigurationArb } from '../../../../properties/arbitraries/point-configuration.ts';
import { RationalField as Q, rat, type Rational } from '../../../../src/field/rational.ts';
import { quadraticField } from '../../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../../src/field/ordered-field.ts';
import { matVec, parseMatrix, type Matrix } from '../../../../src/linalg/matrix.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { enumerateRankingPatterns, rankingPatternsViaBraid } from '../../../../lp/arrangements/ranking-patterns.ts';
import { decideRanking, rankingRows } from '../../../../lp/queries/ranking.ts';
import { enumerateSignPatterns } from '../../../../lp/arrangements/sign-patterns.ts';

const R = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((x) => rat(x)));
const examples = JSON.parse(readFileSync(new URL('../../../../../shared/paper/examples.json', import.meta.url), 'utf8'));

/** Exact check that the scores W x are strictly decreasing along the ranking. */
function ranks<T>(F: OrderedField<T>, W: Matrix<T>, x: readonly T[], ranking: readonly number[]): boolean {
  const v = matVec(F, W, x);
  return ranking.every((l, t) => t === 0 || F.compare(v[ranking[t - 1]], v[l]) > 0);
}

function expectCertified<T>(F: OrderedField<T>, W: Matrix<T>, e: ReturnType<typeof enumerateRankingPatterns<T>>): void {
  expect(e.witnesses.length).toBe(e.rankings.length);
  e.rankings.forEach((r, i) => expect(ranks(F, W, e.witnesses[i], r)).toBe(true));
  const keys = e.rankings.map((r) => r.join(','));
  expect(new Set(keys).size).toBe(keys.length);
}

describe('one ranking (Def. 5.4)', () => {
  const W = R([[0, 0], [1, 0], [2, 1], [0, 3]]);
  it('builds the k − 1 chain rows', () => {
    expect(rankingRows(Q, W, [2, 0, 3, 1]).map((r) => r.map((v) => Q.format(v)))).toEqual([['2', '1'], ['0', '-3'], ['-1', '3']]);
  });
  it('decides with a checked certificate', () => {
    const yes = decideRanking(Q, W, [2, 1, 0, 3]);
    expect(yes.feasible).toBe(true);
    expect(yes.certificate.kind === 'witness' && ranks(Q, W, yes.certificate.x, [2, 1, 0, 3])).toBe(true);
    // collinear points with scores 0, t, 2t: the middle label 1 is always between 0 and 2
    const no = decideRanking(Q, R([[0, 0], [1, 1], [2, 2]]), [0, 2, 1]);
    expect(no.feasible).toBe(false);
    expect(checkCertificate(Q, rankingRows(Q, R([[0, 0], [1, 1], [2, 2]]), [0, 2, 1]), undefined, no.certificate)).toBe(true);
  });
  it('rejects something that is not a permutation of the labels', () => {
    expect(() => rankingRows(Q, W, [0, 1, 2])).toThrow(/3 entries, W has k = 4/);
    expect(() => rankingRows(Q, W, [0, 1, 1, 3])).toThrow(/label 1 appears twice/);
    expect(() => rankingRows(Q, W, [0, 1, 2, 4])).toThrow(/entry 3 of the ranking is 4/);
  });
});

describe('enumeration of R(W)', () => {
  it('gives k! rankings when the centered W has rank k − 1 and 2·C(k,2) for generic points in the plane', () => {
    const simplex = R([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]]);
    const e = enumerateRankingPatterns(Q, simplex);
    expect(e.rankings.length).toBe(24);
    expectCertified(Q, simplex, e);
    const plane = R([[0, 0], [1, 0], [3, 1], [2, 5], [-1, 2]]);
    expect(enumerateRankingPatterns(Q, plane).rankings.length).toBe(20);
  });

  it('equal rows give R(W) = ∅ on both routes; k = 1 gives the one ranking', () => {
    const W = R([[1, 2], [3, 4], [1, 2]]);
    expect(enumerateRankingPatterns(Q, W)).toEqual({ rankings: [], witnesses: [], lps: 0, complete: true });
    expect(rankingPatternsViaBraid(Q, W)).toEqual([]);
    expect(enumerateRankingPatterns(Q, R([[5, 1]])).rankings).toEqual([[0]]);
    expect(rankingPatternsViaBraid(Q, R([[5, 1]]))).toEqual([[0]]);
  });

  it('both routes agree, each ranking is certified, and at most k − 1 LPs are spent per ranking', () => {
    const arb = fc.oneof(
      rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }),
      rationalMatrixArb({ k: { min: 1, max: 5 }, d: { min: 1, max: 3 }, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
      pointConfigurationArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 2 }, degenerate: true, maxNumerator: 3, maxDenominator: 2 }),
    );
    fc.assert(fc.property(arb, (W) => {
      const e = enumerateRankingPatterns(Q, W);
      expect(e.rankings).toEqual(rankingPatternsViaBraid(Q, W));
      expectCertified(Q, W, e);
      expect(e.lps).toBeLessThanOrEqual(Math.max(1, W.length - 1) * Math.max(1, e.rankings.length));
    }), fcParams(30));
  });

  it('point configurations: R([1 | A]) = R(A), and App. H.2 gives S([1|A]) = S([1|B]) but R(A) ≠ R(B)', () => {
    const A = parseMatrix(Q, examples['H.2'].A);
    const B = parseMatrix(Q, examples['H.2'].B);
    const lift = (M: Rational[][]) => M.map((row) => [Q.one, ...row]);
    const rA = enumerateRankingPatterns(Q, A).rankings;
    expect(enumerateRankingPatterns(Q, lift(A)).rankings).toEqual(rA);
    expect(enumerateSignPatterns(Q, lift(A)).patterns).toEqual(enumerateSignPatterns(Q, lift(B)).patterns);
    const rB = enumerateRankingPatterns(Q, B).rankings;
    expect(rA).not.toEqual(rB);
    expect(rankingPatternsViaBraid(Q, B)).toEqual(rB);
  });

  it('T5.5 over Q(√2): label 2 is a top label of some ranking in W1 only', () => {
    const F = quadraticField(2);
    const W1 = parseMatrix(F, examples['H.1'].W1);
    const W2 = parseMatrix(F, examples['H.1'].W2);
    const e1 = enumerateRankingPatterns(F, W1);
    const e2 = enumerateRankingPatterns(F, W2);
    expectCertified(F, W1, e1);
    expectCertified(F, W2, e2);
    expect(e1.rankings.some((r) => r[0] === 2)).toBe(true);
    expect(e2.rankings.some((r) => r[0] === 2)).toBe(false);
    expect(rankingPatternsViaBraid(F, W2)).toEqual(e2.rankings);
  });

  it('stops at the limit', () => {
    const W = R([[0, 0], [1, 0], [3, 1], [2, 5]]);
    const e = enumerateRankingPatterns(Q, W, { limit: 5 });
    expect(e.complete).toBe(false);
    expect(e.rankings.length).toBe(5);
    expectCertified(Q, W, e);
    expect(() => enumerateRankingPatterns(Q, W, { limit: 1.5 })).toThrow(/limit/);
  });
});
