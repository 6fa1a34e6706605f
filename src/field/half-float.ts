import { Float16Array } from '@petamoriken/float16';
import { rationalFromFloat64 } from './dyadic.ts';
import type { Rational } from './rational.ts';

/**
 * The 16-bit floats of model files, read EXACTLY: IEEE 754 binary16 ("float16",
 * `F16`, numpy `<f2`: 1 sign bit, 5 exponent bits, 10 mantissa bits) and
 * bfloat16 (`BF16`: 1 sign bit, 8 exponent bits, 7 mantissa bits, i.e. the top
 * half of a float32). Both are given as their 16-bit patterns (a JS number in
 * 0..65535, or a `Uint16Array` of them, as the tensor readers in `src/io/`
 * keep them).
 *
 * Every float16 and every bfloat16 value is a float32 value, hence also a
 * float64 value, so the conversions to JS numbers and to `Float32Array` are
 * exact; the rational of a value is its exact dyadic value m / 2^e
 * (`rationalFromFloat64`), never a decimal text. float16 bit patterns are
 * decoded by `@petamoriken/float16` (its `Float16Array`); bfloat16 by its definition
 * (the pattern shifted into the high half of a float32).
 * Source: IEEE 754-2008 binary16; the bfloat16 format of TensorFlow / Google Brain.
 */

/** `RangeError` unless `bits` is an integer in 0..65535. */
function checkBits(bits: number, what: string): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffff) throw new RangeError(`${what} bits must be an integer in 0..65535, got ${bits}`);
}

let float16Table: Float32Array | undefined;

/**
 * The float32 value of each of the 65 536 float16 bit patterns, decoded once by
 * the library's `Float16Array` over all patterns (256 kB, about 70 ms); every
 * later conversion is a table look-up.
 */
function float16Values(): Float32Array {
  float16Table ??= Float32Array.from(new Float16Array(Uint16Array.from({ length: 0x10000 }, (_, bits) => bits).buffer) as unknown as ArrayLike<number>);
  return float16Table;
}

/**
 * The value of a float16 bit pattern as a JS number, exactly (subnormals, ±0,
 * ±Infinity and NaN included). Throws `RangeError` for a pattern outside 0..65535.
 * @example
 * ```ts
 * float16BitsToNumber(0x3c00)
 * // => 1
 * float16BitsToNumber(0x0001)
 * // => 2 ** -24
 * float16BitsToNumber(0x10000)
 * // throws RangeError
 * ```
 */
export function float16BitsToNumber(bits: number): number {
  checkBits(bits, 'float16');
  return float16Values()[bits];
}

const scratch32 = new Uint32Array(1);
const scratchFloat = new Float32Array(scratch32.buffer);

/**
 * The value of a bfloat16 bit pattern as a JS number, exactly: the float32 whose
 * high 16 bits are `bits` and whose low 16 bits are zero. Throws `RangeError`
 * for a pattern outside 0..65535.
 * @example
 * ```ts
 * bfloat16BitsToNumber(0x3f80)
 * // => 1
 * bfloat16BitsToNumber(0xc0a0)
 * // => -5
 * ```
 */
export function bfloat16BitsToNumber(bits: number): number {
  checkBits(bits, 'bfloat16');
  scratch32[0] = bits << 16;
  return scratchFloat[0];
}

/**
 * float16 bit patterns as float32 values (exact; NaN stays NaN). A new array of
 * the same length.
 * @example
 * ```ts
 * Array.from(float16ArrayToFloat32(new Uint16Array([0x3c00, 0xc000])))
 * // => [1, -2]
 * ```
 */
export function float16ArrayToFloat32(bits: Uint16Array): Float32Array {
  const table = float16Values();
  const out = new Float32Array(bits.length);
  // equivalent mutants (EqualityOperator): one step past the end writes out of a typed array's range, which JS ignores
  for (let i = 0; i < bits.length; i++) out[i] = table[bits[i]];
  return out;
}

/**
 * bfloat16 bit patterns as float32 values (exact, NaN payloads kept). A new array
 * of the same length.
 * @example
 * ```ts
 * Array.from(bfloat16ArrayToFloat32(new Uint16Array([0x3f80, 0xc0a0])))
 * // => [1, -5]
 * ```
 */
export function bfloat16ArrayToFloat32(bits: Uint16Array): Float32Array {
  const words = new Uint32Array(bits.length);
  // equivalent mutants (EqualityOperator): one step past the end writes out of a typed array's range, which JS ignores
  for (let i = 0; i < bits.length; i++) words[i] = bits[i] << 16;
  return new Float32Array(words.buffer);
}

/**
 * The exact rational (a dyadic m / 2^e) of a float16 bit pattern: 0x3555 →
 * 1365/4096, the smallest subnormal 0x0001 → 1/2^24, both zeros → 0.
 * Throws `RangeError` for NaN and ±Infinity (no rational) and for a pattern
 * outside 0..65535.
 * @example
 * ```ts
 * Q.format(rationalFromFloat16Bits(0x3555))
 * // => '1365/4096'
 * Q.format(rationalFromFloat16Bits(0x0001))
 * // => '1/16777216'
 * rationalFromFloat16Bits(0x7c00)
 * // throws RangeError: not a finite float16
 * ```
 */
export function rationalFromFloat16Bits(bits: number): Rational {
  const x = float16BitsToNumber(bits);
  // equivalent mutants (StringLiteral): the padding '0': non-finite float16 bits are ≥ 0x7c00, always four hex digits
  if (!Number.isFinite(x)) throw new RangeError(`not a finite float16: ${x} (bits 0x${bits.toString(16).padStart(4, '0')})`);
  return rationalFromFloat64(x);
}

/**
 * The exact rational (a dyadic m / 2^e) of a bfloat16 bit pattern: 0x3dcd →
 * 205/2048 = 0.10009765625 (the bfloat16 nearest 0.1), 0x0001 → 1/2^133.
 * Throws `RangeError` for NaN and ±Infinity and for a pattern outside 0..65535.
 * @example
 * ```ts
 * Q.format(rationalFromBfloat16Bits(0x3dcd))
 * // => '205/2048'
 * ```
 */
export function rationalFromBfloat16Bits(bits: number): Rational {
  const x = bfloat16BitsToNumber(bits);
  // equivalent mutants (StringLiteral): the padding '0': non-finite bfloat16 bits are ≥ 0x7f80, always four hex digits
  if (!Number.isFinite(x)) throw new RangeError(`not a finite bfloat16: ${x} (bits 0x${bits.toString(16).padStart(4, '0')})`);
  return rationalFromFloat64(x);
}
