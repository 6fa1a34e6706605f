import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { dotProductSignTranslation, rescaleModel, squaredDistance } from '../../src/lemmas/other-measures.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimD } from '../../properties/claims/D.ts';

describe('D other measures: Euclidean distance, dot product, normalised distance', () => {
  it('the claim check holds on random exact models over Q and Q(sqrt(n))', () => {
    const r = claimD.run();
    expect(r.detail).not.toMatch(/failed/);
    expect(r.verified).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(160);
    expect(r.certificates).toBeGreaterThan(r.cases);
  });

  it('scaling C.1 by α = 2 and x by 1/2 keeps every logit and multiplies squared distances by 4', () => {
    const W = loadExamples()['C.1'].W;
    const r = rescaleModel(Q, W, [rat(3), rat(-1)], rat(2));
    expect(r.verified).toEqual({ logitsUnchanged: true, squaredDistancesScaled: true, distancesChanged: true });
    expect(Q.format(squaredDistance(Q, W[0], W[1]))).toBe('1/2');
    expect(Q.format(squaredDistance(Q, r.scaled[0], r.scaled[1]))).toBe('2');
    expect(r.embedding.map((x) => Q.format(x))).toEqual(['3/2', '-1/2']);
    expect(rescaleModel(Q, W, [rat(1), rat(1)], rat(1)).verified.distancesChanged).toBe(false);
    expect(() => rescaleModel(Q, W, [rat(1), rat(1)], rat(0))).toThrow(/α = 0 must be positive/);
    expect(() => rescaleModel(Q, W, [rat(1)], rat(1))).toThrow(/embedding x has 1/);
  });

  it('the dot product of C.1’s labels 0, 1 (= 1) becomes −1/8 in an equivalent model; equal rows never go negative', () => {
    const W = loadExamples()['C.1'].W;
    const neg = dotProductSignTranslation(Q, W, 0, 1, -1)!;
    expect(Q.format(neg.dotBefore)).toBe('1');
    expect(Q.format(neg.dotAfter)).toBe('-1/8');
    expect(neg.verified).toEqual({ signIsTarget: true, equivalent: true });
    const pos = dotProductSignTranslation(Q, W, 2, 3, 1)!;
    expect(Q.sign(pos.dotBefore)).toBe(1);
    expect(pos.verified).toEqual({ signIsTarget: true, equivalent: true });
    const E = [[rat(1), rat(2)], [rat(1), rat(2)], [rat(0), rat(1)]];
    expect(dotProductSignTranslation(Q, E, 0, 1, -1)).toBeNull();
    expect(dotProductSignTranslation(Q, E, 0, 1, 1)!.verified.signIsTarget).toBe(true);
    expect(() => dotProductSignTranslation(Q, E, 1, 1, 1)).toThrow(/i = j/);
    expect(() => dotProductSignTranslation(Q, E, 0, 1, 0 as unknown as 1)).toThrow(/target sign/);
  });
});
