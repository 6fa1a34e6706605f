/**
 * Exact integer views of dense float data: every finite float32/float64 is
 * m·2^e (m an integer, IEEE 754-2008 binary32/binary64 bits), so a whole
 * array is 2^E·M with one integer vector M and E the smallest exponent of
 * the least significant set bit of a non-zero entry. Rows of W become BigInt
 * vectors on demand (never all at once), for exact re-decisions.
 */
import type { FloatArray } from './dense-matrix.ts';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * The exponent of the least significant set bit of a finite non-zero float
 * x (so x = m·2^e with m odd); Infinity for ±0. Exact (reads the IEEE bits).
 */
export function lowestBitExponent(x: number): number {
  if (x === 0) return Infinity;
  f64[0] = x;
  const lo = u32[0];
  const hi = u32[1];
  const exp = (hi >>> 20) & 0x7ff;
  const base = (exp === 0 ? 1 : exp) - 1075; // value = mantissa · 2^base
  if (lo !== 0) return base + ctz32(lo);
  const top = (hi & 0xfffff) | (exp === 0 ? 0 : 0x100000);
  return base + 32 + ctz32(top);
}

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** The smallest `lowestBitExponent` over the entries (0 when all are zero). */
export function commonExponent(values: ArrayLike<number>): number {
  let e = Infinity;
  for (let t = 0; t < values.length; t++) {
    const v = values[t];
    if (v !== 0) {
      const l = lowestBitExponent(v);
      if (l < e) e = l;
    }
  }
  return e === Infinity ? 0 : e;
}

/**
 * The exact integer x·2^-E for a float x whose lowest set bit is at
 * exponent ≥ E (true when E = `commonExponent` of an array holding x).
 * Exact: a float times a power of two is exact when it does not overflow;
 * otherwise the integer is built from the mantissa bits by shifting.
 */
export function scaledInteger(x: number, E: number): bigint {
  if (x === 0) return 0n;
  if (E >= -1000 && E <= 1000) {
    const v = x * 2 ** -E;
    if (Math.abs(v) <= Number.MAX_SAFE_INTEGER) return BigInt(v);
  }
  const e = lowestBitExponent(x);
  const m = x / 2 ** Math.max(e, -1022) / 2 ** Math.min(0, e + 1022); // the odd mantissa, |m| < 2^53, exact
  return BigInt(m) << BigInt(e - E);
}

/** A dyadic vector as exact integers: value_c = ints[c]·2^exponent. */
export interface DyadicIntegers {
  readonly ints: bigint[];
  readonly exponent: number;
}

/** The exact integer view of a float vector (`commonExponent`, `scaledInteger`). */
export function dyadicIntegers(values: ArrayLike<number>): DyadicIntegers {
  const exponent = commonExponent(values);
  const ints = new Array<bigint>(values.length);
  for (let c = 0; c < values.length; c++) ints[c] = scaledInteger(values[c], exponent);
  return { ints, exponent };
}

/** Row i of a k × d row-major array as exact integers at the common exponent E of the array. */
export function rowIntegers(data: FloatArray, d: number, i: number, E: number): bigint[] {
  const out = new Array<bigint>(d);
  for (let c = 0; c < d; c++) out[c] = scaledInteger(data[i * d + c], E);
  return out;
}
