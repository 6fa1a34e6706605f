import { describe, expect, it } from 'vitest';
import {
  bfloat16ArrayToFloat32, bfloat16BitsToNumber, float16ArrayToFloat32, float16BitsToNumber,
  rationalFromBfloat16Bits, rationalFromFloat16Bits,
} from '../../../src/field/half-float.ts';
import { formatRational, type Rational } from '../../../src/field/rational.ts';

/**
 * The value of a 16-bit float pattern with `e` exponent and `m` mantissa bits,
 * from the IEEE 754 definition (exact in doubles: at most 11 significant bits,
 * powers of two within range); null for Infinity and NaN.
 */
function decode(bits: number, e: number, m: number): number | null {
  const bias = 2 ** (e - 1) - 1;
  const exponent = (bits >> m) & (2 ** e - 1);
  const mantissa = bits & (2 ** m - 1);
  if (exponent === 2 ** e - 1) return null;
  const value = exponent === 0 ? mantissa * 2 ** (1 - bias - m) : (mantissa + 2 ** m) * 2 ** (exponent - bias - m);
  return bits >> (e + m) ? -value : value;
}

/** True when the rational r is exactly the double x (denominator a power of two; n and d have at most 11 significant bits, so n/d is exact in doubles). */
function isExactly(r: Rational, x: number): boolean {
  const powerOfTwo = (r.d & (r.d - 1n)) === 0n;
  return powerOfTwo && (Number(r.s) * Number(r.n)) / Number(r.d) === x;
}

const ALL = Array.from({ length: 0x10000 }, (_, b) => b);

describe('float16 and bfloat16 read exactly', () => {
  /** Mismatches of one format over all 65 536 patterns (collected, so one expect covers them all). */
  function mismatches(e: number, m: number, toNumber: (b: number) => number, toRational: (b: number) => Rational, toFloat32: (b: Uint16Array) => Float32Array): string[] {
    const bad: string[] = [];
    const asFloat32 = toFloat32(Uint16Array.from(ALL));
    for (const bits of ALL) {
      const expected = decode(bits, e, m);
      const x = toNumber(bits);
      const at = `0x${bits.toString(16)}`;
      if (!(Object.is(asFloat32[bits], x) || (Number.isNaN(x) && Number.isNaN(asFloat32[bits])))) bad.push(`${at}: array ${asFloat32[bits]} vs ${x}`);
      if (expected === null) {
        if (Number.isFinite(x)) bad.push(`${at}: finite ${x}, expected Infinity or NaN`);
        try {
          toRational(bits);
          bad.push(`${at}: a rational for a non-finite value`);
        } catch (err) {
          if (!(err instanceof RangeError)) bad.push(`${at}: ${String(err)}`);
        }
        continue;
      }
      const r = toRational(bits);
      if (!isExactly(r, expected)) bad.push(`${at}: ${formatRational(r)} vs ${expected}`);
      if (!Object.is(x, expected) && !(x === 0 && expected === 0 && Object.is(x, bits >> (e + m) ? -0 : 0))) bad.push(`${at}: number ${x} vs ${expected}`);
      if (Math.fround(x) !== x) bad.push(`${at}: number ${x} is not a float32`);
    }
    return bad;
  }

  it('every float16 pattern: the exact dyadic value (or a RangeError for Infinity and NaN), as a number and a float32', () => {
    expect(mismatches(5, 10, float16BitsToNumber, rationalFromFloat16Bits, float16ArrayToFloat32)).toEqual([]);
    expect(ALL.filter((b) => Number.isFinite(float16BitsToNumber(b))).length).toBe(0x10000 - 2 * 1024); // exponent 31: ±Infinity, NaNs
  });

  it('every bfloat16 pattern: the exact dyadic value (or a RangeError for Infinity and NaN), as a number and a float32', () => {
    expect(mismatches(8, 7, bfloat16BitsToNumber, rationalFromBfloat16Bits, bfloat16ArrayToFloat32)).toEqual([]);
  });

  it('named values: subnormals, ±0, the largest finite, Infinity, NaN', () => {
    expect(formatRational(rationalFromFloat16Bits(0x0001))).toBe(`1/${2n ** 24n}`);
    expect(formatRational(rationalFromFloat16Bits(0x03ff))).toBe(`1023/${2n ** 24n}`); // largest subnormal
    expect(formatRational(rationalFromFloat16Bits(0x3555))).toBe('1365/4096');
    expect(float16BitsToNumber(0x7bff)).toBe(65504);
    expect(Object.is(float16BitsToNumber(0x8000), -0)).toBe(true);
    expect(formatRational(rationalFromFloat16Bits(0x8000))).toBe('0');
    expect(float16BitsToNumber(0xfc00)).toBe(-Infinity);
    expect(() => rationalFromFloat16Bits(0x7e00)).toThrow(/not a finite float16: NaN \(bits 0x7e00\)/);
    expect(formatRational(rationalFromBfloat16Bits(0x3dcd))).toBe('205/2048');
    expect(formatRational(rationalFromBfloat16Bits(0x0001))).toBe(`1/${2n ** 133n}`);
    expect(bfloat16BitsToNumber(0xc0a0)).toBe(-5);
    expect(() => rationalFromBfloat16Bits(0xff80)).toThrow(/not a finite bfloat16: -Infinity \(bits 0xff80\)/);
  });

  it('a pattern outside 0..65535 is a RangeError', () => {
    for (const bad of [-1, 0x10000, 1.5, Number.NaN]) {
      expect(() => float16BitsToNumber(bad)).toThrow(RangeError);
      expect(() => bfloat16BitsToNumber(bad)).toThrow(RangeError);
    }
  });
});
