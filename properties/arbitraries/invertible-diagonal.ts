import fc from 'fast-check';
import type { Rational } from '../../src/field/rational.ts';
import { rationalArb } from './rational.ts';

/**
 * The diagonal d_0 … d_{k−1} of an invertible diagonal matrix D = diag(d)
 * (the gauge D of Steck.Eq3: (A D, B D⁻¹)): k exact non-zero rationals p/q,
 * 1 ≤ |p| ≤ maxNumerator, 1 ≤ q ≤ maxDenominator, of either sign (defaults 4
 * and 3). Shrinks every d_i towards ±1, never to 0. Throws `RangeError` when
 * k is not a non-negative integer.
 */
export function invertibleDiagonalArb(k: number, opts: { maxNumerator?: number; maxDenominator?: number } = {}): fc.Arbitrary<Rational[]> {
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`invertibleDiagonalArb: k must be a non-negative integer, got ${k}`);
  const { maxNumerator = 4, maxDenominator = 3 } = opts;
  return fc.array(rationalArb({ maxNumerator, maxDenominator, nonZero: true }), { minLength: k, maxLength: k });
}
