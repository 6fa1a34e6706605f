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
  it('takes the correctly rounded quotient whenever both parts are safe integers, up to 2^53 − 1 itself', () => {
    // the 64-bit quotient of the general path rounds twice and is one ulp off for these
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    expect(Q.toNumber(rat(2263, 1159))).toBe(2263 / 1159);
    expect(Q.toNumber(rat(max, 8191n))).toBe(Number.MAX_SAFE_INTEGER / 8191);
    expect(Q.toNumber(rat(1n, max))).toBe(1 / Number.MAX_SAFE_INTEGER);
  });
  it('does not round a numerator beyond 2^53 before dividing', () => {
    // (2^53 + 1) / 7 = 1286742750677284.714…, nearest float …284.75 (the ulp is 1/4 there);
    // Number(2^53 + 1) = 2^53 would give 2^53 / 7, rounded to …284.5
    expect(Q.toNumber(rat(2n ** 53n + 1n, 7n))).toBe(1286742750677284.75);
  });
  it('divides a numerator far longer than the denominator (a negative shift)', () => {
    expect(Q.toNumber(rat(10n ** 30n))).toBe(1e30);
    expect(Q.toNumber(new FractionModule(-(10n ** 400n) + 1n, 1n))).toBe(-Infinity);
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
