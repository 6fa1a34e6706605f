import fc from 'fast-check';
import type { Rational } from '../../src/field/rational.ts';
import { positiveScalarArb, type PositiveRationalOptions } from './positive-scalar.ts';

/**
 * The diagonal λ_0 … λ_{k−1} of a positive diagonal matrix Λ (the Λ of
 * L5.3's corollary C(ΛWR) = C(W)): k exact positive rationals p/q with
 * 1 ≤ p ≤ maxNumerator, 1 ≤ q ≤ maxDenominator (`positiveScalarArb`).
 * Shrinks every λ_i towards 1 (never reaching 0). Throws `RangeError` when
 * k is not a non-negative integer or the bounds are not integers ≥ 1.
 */
export function positiveDiagonalArb(k: number, opts: PositiveRationalOptions = {}): fc.Arbitrary<Rational[]> {
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`positiveDiagonalArb: k must be a non-negative integer, got ${k}`);
  return fc.array(positiveScalarArb(opts), { minLength: k, maxLength: k });
}
