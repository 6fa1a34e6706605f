import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import FractionModule from 'fraction.js';
import { fcParams } from '../../../properties/settings.ts';
import { RationalField as Q, formatRational } from '../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';

const Fraction = FractionModule;

/**
 * Independent oracle: doubling a finite double is exact until it becomes an
 * integer (it never overflows first), and an integer-valued double converts to
 * BigInt exactly, so x = BigInt(x·2^k) / 2^k.
 */
function oracle(x: number): string {
  let y = x;
  let k = 0n;
  while (!Number.isInteger(y)) {
    y *= 2;
    k++;
  }
  return formatRational(Q.fromRational(BigInt(y), 1n << k));
}

describe('rationalFromFloat64: the exact value of a double', () => {
  it('0.1 is 3602879701896397/36028797018963968, not 1/10', () => {
    const r = rationalFromFloat64(0.1);
    expect(formatRational(r)).toBe('3602879701896397/36028797018963968');
    expect(r.d).toBe(2n ** 55n);
    expect(Q.equals(r, Q.fromRational(1, 10))).toBe(false);
    expect(r.equals(new Fraction(0.1))).toBe(false); // fraction.js approximates the double
    expect(Q.compare(r, Q.fromRational(1, 10))).toBe(1);
    expect(formatRational(rationalFromFloat64(-0.1))).toBe('-3602879701896397/36028797018963968');
  });

  it('integers, halves and powers of two are themselves', () => {
    expect(formatRational(rationalFromFloat64(0.5))).toBe('1/2');
    expect(formatRational(rationalFromFloat64(-3))).toBe('-3');
    expect(formatRational(rationalFromFloat64(2 ** 60))).toBe((2n ** 60n).toString());
    expect(formatRational(rationalFromFloat64(Number.MAX_SAFE_INTEGER))).toBe((2n ** 53n - 1n).toString());
  });

  it('±0 → 0 (no negative zero)', () => {
    for (const z of [0, -0]) {
      const r = rationalFromFloat64(z);
      expect(Q.isZero(r)).toBe(true);
      expect(Q.sign(r)).toBe(0);
      expect(formatRational(r)).toBe('0');
    }
  });

  it('subnormals: MIN_VALUE = 2^−1074, the largest subnormal, and the smallest normal 2^−1022', () => {
    const min = rationalFromFloat64(Number.MIN_VALUE);
    expect(min.n).toBe(1n);
    expect(min.d).toBe(2n ** 1074n);
    expect(formatRational(rationalFromFloat64(-3 * Number.MIN_VALUE))).toBe(`-3/${2n ** 1074n}`);
    const largestSub = rationalFromFloat64(2 ** -1022 - Number.MIN_VALUE);
    expect(Q.equals(largestSub, Q.fromRational(2n ** 52n - 1n, 2n ** 1074n))).toBe(true);
    expect(Q.equals(rationalFromFloat64(2 ** -1022), Q.fromRational(1n, 2n ** 1022n))).toBe(true);
  });

  it('Number.MAX_VALUE = (2^53 − 1)·2^971', () => {
    expect(Q.equals(rationalFromFloat64(Number.MAX_VALUE), Q.fromRational((2n ** 53n - 1n) * 2n ** 971n))).toBe(true);
    expect(Q.equals(rationalFromFloat64(-Number.MAX_VALUE), Q.fromRational(-(2n ** 53n - 1n) * 2n ** 971n))).toBe(true);
  });

  it('NaN and ±Infinity throw RangeError', () => {
    for (const x of [NaN, Infinity, -Infinity]) expect(() => rationalFromFloat64(x)).toThrow(RangeError);
  });

  it('equals the doubling oracle for every finite double (including subnormals)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(formatRational(rationalFromFloat64(x))).toBe(oracle(x));
      }),
      fcParams(400),
    );
  });

  it('is strictly monotone: x < y ⇒ r(x) < r(y)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
        const c = Q.compare(rationalFromFloat64(x), rationalFromFloat64(y));
        expect(c).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
      fcParams(300),
    );
  });

  it('float32 values read as doubles are exact too', () => {
    const f32 = new Float32Array([0.1, -1e-40]); // the second is a float32 subnormal
    expect(Q.equals(rationalFromFloat64(f32[0]), Q.fromRational(13421773n, 2n ** 27n))).toBe(true);
    expect(formatRational(rationalFromFloat64(f32[1]))).toBe(oracle(f32[1]));
  });
});
