/**
 * Every pattern by rank (lp/arrangements/full-rank.ts): the rank test is exact (compared
 * with the exact rank of DW and of W), and every witness it builds solves the registry's
 * system for its pattern (checked exactly), with and without a bias, on random models
 * including degenerate ones; the counts are k! and 2^k.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RationalField as Q, type Rational } from '../../../../src/field/rational.ts';
import { rank } from '../../../../src/linalg/echelon.ts';
import { braidDifferences } from '../../../../src/linalg/braid.ts';
import { centerColumns } from '../../../../src/linalg/centering.ts';
import { checkCertificate } from '../../../../lp/engine/certificate.ts';
import { questionSystem } from '../../../../lp/queries/question.ts';
import { rankingQuestion } from '../../../../lp/queries/ranking.ts';
import { signVectorQuestion, type Sign } from '../../../../lp/queries/sign-vector.ts';
import { allRankingsByRank, allSignVectorsByRank } from '../../../../lp/arrangements/full-rank.ts';
import { modelRankingPatterns } from '../../../../lp/arrangements/ranking-patterns.ts';
import { rationalArb, rationalMatrixArb } from '../../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../../properties/settings.ts';
import type { Model } from '../../../../src/models/model.ts';

const permutations = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r])));
const signVectors = (k: number): Sign[][] => Array.from({ length: 2 ** k }, (_, code) => Array.from({ length: k }, (_, i) => ((code >> i) & 1 ? -1 : 1) as Sign));

/** Models of 2 … 4 labels in 1 … 5 dimensions, half of them with a bias, some degenerate. */
const modelArb: fc.Arbitrary<Model<Rational>> = fc
  .record({ W: rationalMatrixArb({ k: { min: 2, max: 4 }, d: { min: 1, max: 5 }, degenerate: true }), withBias: fc.boolean() })
  .chain(({ W, withBias }) => (withBias ? fc.array(rationalArb(), { minLength: W.length, maxLength: W.length }).map((bias) => ({ F: Q, W, bias })) : fc.constant({ F: Q, W })));

describe('allRankingsByRank', () => {
  it('exists exactly when rank DW = k − 1, and every witness ranks the labels as asked (exact check of the registry system)', () => {
    let full = 0;
    fc.assert(
      fc.property(modelArb, (m) => {
        const k = m.W.length;
        const all = allRankingsByRank(m);
        expect(all !== null).toBe(rank(Q, braidDifferences(Q, m.W)) === k - 1);
        if (all === null) return;
        full++;
        expect(all.check()).toBe(true);
        expect(all.count).toBe(BigInt([1, 1, 2, 6, 24][k]));
        for (const r of permutations([...Array(k).keys()])) {
          const s = questionSystem(m, rankingQuestion, r);
          expect(checkCertificate(Q, s.A, undefined, { kind: 'witness', x: all.witness(r) })).toBe(true);
          const z = all.logits(r);
          r.slice(1).forEach((l, t) => expect(Q.compare(z[r[t]], z[l])).toBe(1));
        }
      }),
      fcParams(60),
    );
    expect(full).toBeGreaterThan(5);
  });

  it('agrees with the enumeration: null exactly when R(W) misses a ranking', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const count = modelRankingPatterns(m).rankings.length;
        const k = m.W.length;
        expect(allRankingsByRank(m) !== null).toBe(count === [1, 1, 2, 6, 24][k]);
      }),
      fcParams(40),
    );
  });

  it('check() fails for a corrupted right inverse', () => {
    const W = [[1, 0], [0, 1], [0, 0]].map((r) => r.map((v) => Q.fromRational(v)));
    const all = allRankingsByRank({ F: Q, W })!;
    expect(all.check()).toBe(true);
    all.rightInverse.inverse[0][0] = Q.fromRational(2);
    expect(all.check()).toBe(false);
  });

  it('refuses a ranking that is not a permutation', () => {
    const W = [[1, 0], [0, 1], [0, 0]].map((r) => r.map((v) => Q.fromRational(v)));
    expect(() => allRankingsByRank({ F: Q, W })!.input([0, 0, 1])).toThrow(RangeError);
  });

  it('rank of the centered W is the rank of DW (the test the notes state)', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 5 }, degenerate: true }), (W) => {
        expect(rank(Q, centerColumns(Q, W))).toBe(rank(Q, braidDifferences(Q, W)));
      }),
      fcParams(40),
    );
  });
});

describe('allSignVectorsByRank', () => {
  it('exists exactly when rank W = k, and every witness has the asked signs (exact check of the registry system)', () => {
    let full = 0;
    fc.assert(
      fc.property(modelArb, (m) => {
        const k = m.W.length;
        const all = allSignVectorsByRank(m);
        expect(all !== null).toBe(rank(Q, m.W) === k);
        if (all === null) return;
        full++;
        expect(all.count).toBe(2n ** BigInt(k));
        for (const s of signVectors(k)) {
          const sys = questionSystem(m, signVectorQuestion, s);
          expect(checkCertificate(Q, sys.A, undefined, { kind: 'witness', x: all.witness(s) })).toBe(true);
          expect(all.logits(s).map((v) => Q.sign(v))).toEqual(s);
        }
      }),
      fcParams(60),
    );
    expect(full).toBeGreaterThan(5);
  });
});
