import fc from 'fast-check';
import { RationalField, type Rational } from '../../src/field/rational.ts';

/** Options of `positiveScalarArb` and `positiveDiagonalArb`. */
export interface PositiveRationalOptions {
  /** Largest numerator (default 9). */
  maxNumerator?: number;
  /** Largest denominator (default 6). */
  maxDenominator?: number;
}

/**
 * One exact positive rational α = p/q, 1 ≤ p ≤ maxNumerator,
 * 1 ≤ q ≤ maxDenominator: the α of App. D (scaling W by α and the
 * embeddings by 1/α leaves every logit unchanged), and the entries of
 * `positiveDiagonalArb`. Shrinks towards 1 (never reaching 0).
 * Throws `RangeError` when the bounds are not integers ≥ 1.
 */
export function positiveScalarArb(opts: PositiveRationalOptions = {}): fc.Arbitrary<Rational> {
  const { maxNumerator = 9, maxDenominator = 6 } = opts;
  if (!Number.isSafeInteger(maxNumerator) || maxNumerator < 1 || !Number.isSafeInteger(maxDenominator) || maxDenominator < 1) {
    throw new RangeError(`positive rational arbitrary: maxNumerator and maxDenominator must be integers ≥ 1, got ${maxNumerator}, ${maxDenominator}`);
  }
  return fc
    .tuple(fc.integer({ min: 1, max: maxNumerator }), fc.integer({ min: 1, max: maxDenominator }))
    .map(([p, q]) => RationalField.fromRational(p, q));
}
