import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { cosinePlusOneTranslation } from '../../src/lemmas/cosine-plus-one.ts';
import { claimL3_3 } from '../../properties/claims/L3.3.ts';

describe('L3.3 translation to cosine +1', () => {
  it('the claim check holds on the cases a = b and on random exact pairs over Q and Q(sqrt(n))', () => {
    const r = claimL3_3.run();
    expect(r.detail).not.toMatch(/failed/);
    expect(r.verified).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(132);
    expect(r.certificates).toBe(3 * r.cases);
  });

  it('v = −a + ½(b − a) and b + v = 3(a + v) on C.1’s labels 0, 1', () => {
    const r = cosinePlusOneTranslation(Q, [rat(1), rat(1, 2)], [rat(1, 2), rat(1)]);
    expect(r.v.map((x) => Q.format(x))).toEqual(['-5/4', '-1/4']);
    expect(r.translated.map((t) => t.map((x) => Q.format(x)))).toEqual([['-1/4', '1/4'], ['-3/4', '3/4']]);
    expect(Q.format(r.factor)).toBe('3');
    expect(r.cosine).toEqual({ sign: 1, square: Q.one });
    expect(r.verified).toEqual({ positiveMultiple: true, nonZero: true, cosineIsPlusOne: true });
  });

  it('a = b ≠ 0 keeps v = 0; a = b = 0 uses e_0 (also in Q(sqrt(2)))', () => {
    const same = cosinePlusOneTranslation(Q, [rat(0), rat(2)], [rat(0), rat(2)]);
    expect(same.v.every((x) => Q.isZero(x))).toBe(true);
    expect(same.cosine).toEqual({ sign: 1, square: Q.one });
    const K = quadraticField(2);
    const zero = cosinePlusOneTranslation(K, [K.zero, K.zero, K.zero], [K.zero, K.zero, K.zero]);
    expect(zero.v.map((x) => K.format(x))).toEqual(['1', '0', '0']);
    expect(zero.verified).toEqual({ positiveMultiple: true, nonZero: true, cosineIsPlusOne: true });
  });

  it('refuses d = 0 and vectors of different lengths', () => {
    expect(() => cosinePlusOneTranslation(Q, [], [])).toThrow(/d = 0/);
    expect(() => cosinePlusOneTranslation(Q, [rat(1)], [])).toThrow(/lengths 1 and 0/);
  });
});
