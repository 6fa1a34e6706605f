import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { cosineToText } from '../../src/cosine/cosine-text.ts';
import { softmaxEquivalent } from '../../src/models/equivalence.ts';
import { extremeCosineModels } from '../../src/lemmas/extreme-cosine-models.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { claimT3_4 } from '../../properties/claims/T3.4.ts';

describe('T3.4 equivalent models with cosine −1 and +1', () => {
  it('the claim check holds on random exact models and label pairs over Q and Q(sqrt(n))', () => {
    const r = claimT3_4.run();
    expect(r.detail).not.toMatch(/failed/);
    expect(r.verified).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(90);
    expect(r.certificates).toBe(4 * r.cases);
  });

  it('C.2 labels 1, 2 (cos −8/√185) have equivalent models with cos −1 and +1', () => {
    const W = loadExamples()['C.2'].W;
    const m = extremeCosineModels(Q, W, 1, 2);
    expect(cosineToText(Q, m.original!)).toBe('-8/sqrt(185)');
    expect(cosineToText(Q, m.minusOne.cosine)).toBe('-1');
    expect(cosineToText(Q, m.plusOne.cosine)).toBe('1');
    expect(softmaxEquivalent(Q, W, m.minusOne.W)).toBe(true);
    expect(softmaxEquivalent(Q, W, m.plusOne.W)).toBe(true);
    expect(m.minusOne.v.map((x) => Q.format(x))).toEqual(['-1/4', '-13/20']);
    expect(Object.values(m.verified).every((b) => b === true)).toBe(true);
  });

  it('a zero row has no cosine, yet both models exist', () => {
    const m = extremeCosineModels(Q, [[rat(0), rat(0)], [rat(1), rat(2)], [rat(3), rat(-1)]], 0, 1);
    expect(m.original).toBeNull();
    expect(m.verified).toEqual({ minusOneEquivalent: true, plusOneEquivalent: true, cosineIsMinusOne: true, cosineIsPlusOne: true });
  });

  it('refuses i = j, indices out of range and equal rows', () => {
    const W = [[rat(1), rat(0)], [rat(1), rat(0)], [rat(0), rat(1)]];
    expect(() => extremeCosineModels(Q, W, 2, 2)).toThrow(/i = j = 2/);
    expect(() => extremeCosineModels(Q, W, 0, 3)).toThrow(/j = 3 is not in 0 … 2/);
    expect(() => extremeCosineModels(Q, W, -1, 0)).toThrow(/i = -1/);
    expect(() => extremeCosineModels(Q, W, 0, 1)).toThrow(/rows 0 and 1 are equal/);
  });
});
