/**
 * Float64 matrices as exact integer matrices times a power of two.
 *
 * Every finite float64 is a dyadic rational m·2^e (IEEE 754-2008 binary64:
 * sign, 11-bit biased exponent, 52-bit fraction; subnormals have exponent
 * −1074). A float matrix W (k × d, rows are labels) is therefore exactly
 * 2^e·M with one integer matrix M and one integer e. Because 2^e > 0, every
 * maximal minor of W is a positive multiple of the same minor of M, so W and
 * M have the same chirotope and the same sign patterns, and the Gram matrix
 * of W is 2^{2e} times that of M. The grid works on M in BigInt.
 */
import { rationalFromFloat64 } from '../field/dyadic.ts';
import { denominator, numerator } from '../field/rational.ts';
import { bitLength } from '../field/integers.ts';

/** The exact value of a float64 as `mantissa · 2^exponent` (mantissa odd, or 0n with exponent 0). */
export interface Float64Parts {
  readonly mantissa: bigint;
  readonly exponent: number;
}

/**
 * Decomposes a finite float64 x exactly into an odd integer mantissa and a
 * power of two, from its exact dyadic value `rationalFromFloat64(x)` (IEEE
 * 754 binary64 bits; the denominator is a power of two); ±0 gives `{0n, 0}`.
 * Throws `RangeError` for NaN and ±Infinity, naming `where`.
 */
export function float64Parts(x: number, where = 'value'): Float64Parts {
  if (!Number.isFinite(x)) throw new RangeError(`${where}: ${x} is not a finite float64`);
  const r = rationalFromFloat64(x);
  let mantissa = numerator(r);
  if (mantissa === 0n) return { mantissa: 0n, exponent: 0 };
  let exponent = 1 - bitLength(denominator(r)); // the denominator 2^k has k + 1 binary digits
  while ((mantissa & 1n) === 0n) { mantissa >>= 1n; exponent++; }
  return { mantissa, exponent };
}

/** An integer matrix M and an exponent e with W = 2^e·M exactly. */
export interface ScaledIntegerMatrix {
  /** k × d integer matrix, same shape as W. */
  readonly M: bigint[][];
  /** W = 2^exponent · M (0 when W is zero). */
  readonly exponent: number;
}

/**
 * W (k × d float64 values, rows are labels) as 2^e·M with M an integer
 * matrix and e the smallest exponent of a non-zero entry, so the entries of
 * M have no common factor 2 unless W = 0. Exact. Throws `RangeError` naming
 * the row and column of a NaN/Infinity entry, or of a row whose length differs
 * from row 0.
 */
export function integerMatrixFromFloat64(W: readonly (readonly number[])[], where = 'W'): ScaledIntegerMatrix {
  const cols = W.length === 0 ? 0 : W[0].length;
  const parts = W.map((row, i) => {
    if (row.length !== cols) throw new RangeError(`${where}: row ${i} has ${row.length} entries, row 0 has ${cols}`);
    return row.map((x, j) => float64Parts(x, `${where}[${i}][${j}]`));
  });
  let exponent = Infinity;
  for (const row of parts) for (const p of row) if (p.mantissa !== 0n && p.exponent < exponent) exponent = p.exponent;
  if (exponent === Infinity) exponent = 0;
  const M = parts.map((row) => row.map((p) => (p.mantissa === 0n ? 0n : p.mantissa << BigInt(p.exponent - exponent))));
  return { M, exponent };
}
