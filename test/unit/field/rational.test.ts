import { describe, expect, it } from 'vitest';
import FractionModule from 'fraction.js';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';

describe('RationalField.toNumber (not exact: the float nearest within one ulp)', () => {
  it('is correctly rounded for small numerators and denominators', () => {
    expect(Q.toNumber(rat(1, 3))).toBe(1 / 3);
    expect(Q.toNumber(rat(-22, 7))).toBe(-22 / 7);
    expect(Q.toNumber(rat('0.1'))).toBe(0.1);
    expect(Q.toNumber(Q.zero)).toBe(0);
  });
  it('stays finite and accurate for huge numerators and denominators', () => {
    const big = 10n ** 400n;
    expect(Q.toNumber(new FractionModule(big + 1n, big))).toBe(1);
    expect(Q.toNumber(new FractionModule(-big, 3n * big))).toBe(-1 / 3);
  });
  it('reaches the subnormal range instead of flushing to zero', () => {
    expect(Q.toNumber(new FractionModule(1n, 2n ** 1074n))).toBe(5e-324);
    expect(Q.toNumber(new FractionModule(3n, 2n ** 1030n))).toBe(3 * 2 ** -1030);
  });
});
