import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { cosineMinusOneTranslation } from '../../src/lemmas/cosine-minus-one.ts';
import { claimL3_2 } from '../../properties/claims/L3.2.ts';

describe('L3.2 translation to cosine −1', () => {
  it('the claim check holds on random exact pairs a ≠ b over Q and Q(sqrt(n))', () => {
    const r = claimL3_2.run();
    expect(r.detail).not.toMatch(/failed/);
    expect(r.verified).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(120);
    expect(r.certificates).toBe(3 * r.cases);
  });

  it('v = −(a + b)/2 and a + v = −(b + v) on C.1’s labels 0, 1', () => {
    const r = cosineMinusOneTranslation(Q, [rat(1), rat(1, 2)], [rat(1, 2), rat(1)]);
    expect(r.v.map((x) => Q.format(x))).toEqual(['-3/4', '-3/4']);
    expect(r.translated.map((t) => t.map((x) => Q.format(x)))).toEqual([['1/4', '-1/4'], ['-1/4', '1/4']]);
    expect(r.cosine).toEqual({ sign: -1, square: Q.one });
    expect(r.verified).toEqual({ opposite: true, nonZero: true, cosineIsMinusOne: true });
  });

  it('works in Q(sqrt(39)) on C.3’s labels 0, 1', () => {
    const K = quadraticField(39);
    const r = cosineMinusOneTranslation(K, [K.parse('19/20'), K.parse('1/20*sqrt(39)')], [K.parse('-19/20'), K.parse('1/20*sqrt(39)')]);
    expect(r.v.map((x) => K.format(x))).toEqual(['0', '-1/20*sqrt(39)']);
    expect(r.cosine.sign).toBe(-1);
    expect(K.equals(r.cosine.square, K.one)).toBe(true);
  });

  it('refuses a = b and vectors of different lengths', () => {
    expect(() => cosineMinusOneTranslation(Q, [rat(1), rat(2)], [rat(1), rat(2)])).toThrow(/a = b/);
    expect(() => cosineMinusOneTranslation(Q, [], [])).toThrow(RangeError);
    expect(() => cosineMinusOneTranslation(Q, [rat(1)], [rat(1), rat(2)])).toThrow(/lengths 1 and 2/);
  });
});
