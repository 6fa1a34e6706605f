import { RationalField as Q, type Rational } from './rational.ts';

const MANTISSA_BITS = 52n;
const MANTISSA_MASK = (1n << MANTISSA_BITS) - 1n;
const EXPONENT_MASK = 0x7ffn;
/** Exponent bias 1023 plus the 52 mantissa bits: value = mantissa · 2^(exponent − 1075). */
const SHIFT = 1075n;

/**
 * The EXACT value of a float64 as a dyadic rational m / 2^k, read from its
 * IEEE-754 bits: sign bit, 11-bit biased exponent, 52-bit mantissa
 * (normal numbers carry the hidden leading 1; subnormals, exponent field 0,
 * are mantissa · 2^−1074). Examples: 0.1 → 3602879701896397/36028797018963968
 * (= 0.1000000000000000055511151231257827…), Number.MIN_VALUE → 1/2^1074,
 * −0 → 0. A float32 value read into a JS number is exact as a double, so this
 * also covers float32 data.
 * Unlike `new Fraction(0.1)` (which approximates) and
 * `rationalFromShortestDecimal` (which reads the printed decimal), the result
 * converts back to exactly x. Throws `RangeError` for NaN and ±Infinity.
 * Source: IEEE 754-2008 binary64; used to read float64 unembeddings exactly (App. I grid).
 *
 * @example
 * ```ts
 * Q.format(rationalFromFloat64(0.1))
 * // => '3602879701896397/36028797018963968'
 * Q.format(rationalFromFloat64(-0.75))
 * // => '-3/4'
 * rationalFromFloat64(Infinity)
 * // throws RangeError
 * ```
 */
export function rationalFromFloat64(x: number): Rational {
  if (typeof x !== 'number') throw new TypeError(`expected a number, got ${typeof x}`);
  if (!Number.isFinite(x)) throw new RangeError(`not a finite float64: ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponent = (bits >> MANTISSA_BITS) & EXPONENT_MASK;
  const fraction = bits & MANTISSA_MASK;
  // Subnormal (exponent field 0): fraction · 2^(1 − 1075); normal: (2^52 + fraction) · 2^(exponent − 1075).
  const mantissa = exponent === 0n ? fraction : fraction | (1n << MANTISSA_BITS);
  const power = (exponent === 0n ? 1n : exponent) - SHIFT;
  // equivalent mutants (ConditionalExpression): shortcut: for mantissa 0 the general formula below gives 0 / 2^1074 = 0 too
  if (mantissa === 0n) return Q.zero; // +0 and −0
  const signed = negative ? -mantissa : mantissa;
  // equivalent mutants (EqualityOperator): for power = 0 both branches give signed / 1
  return power >= 0n ? Q.fromRational(signed << power) : Q.fromRational(signed, 1n << -power);
}
