import fc from 'fast-check';
import { RationalField, type Rational } from '../../src/field/rational.ts';

/** Options of `rationalArb`. */
export interface RationalArbOptions {
  /** Largest absolute numerator (default 9). */
  maxNumerator?: number;
  /** Largest denominator (default 6). */
  maxDenominator?: number;
  /** Exclude zero (default false). */
  nonZero?: boolean;
}

/**
 * Exact rationals p/q with |p| ≤ maxNumerator, 1 ≤ q ≤ maxDenominator.
 * Shrinks towards 0 (or ±1 when non-zero) and small denominators; stays exact.
 */
export function rationalArb(opts: RationalArbOptions = {}): fc.Arbitrary<Rational> {
  const { maxNumerator = 9, maxDenominator = 6, nonZero = false } = opts;
  const num = nonZero
    ? fc.integer({ min: 1, max: maxNumerator }).chain((p) => fc.constantFrom(p, -p))
    : fc.integer({ min: -maxNumerator, max: maxNumerator });
  return fc.tuple(num, fc.integer({ min: 1, max: maxDenominator })).map(([p, q]) => RationalField.fromRational(p, q));
}
