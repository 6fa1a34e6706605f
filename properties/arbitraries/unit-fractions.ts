import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';

/**
 * Arrays of pairwise distinct rationals τ = a/b in the open interval (0, 1),
 * 1 ≤ a < b ≤ maxDenominator, of a length in [length.min, length.max]: the
 * parameters of the rational points of the circle behind the Pythagorean
 * spectra (`pythagoreanSpectrumArb`, `shiftedSquareSpectrumArb`). Shrinks the
 * length towards its minimum and each τ towards small a and b. Throws
 * `RangeError` (naming `what`) when maxDenominator is not an integer ≥ 2.
 */
export function distinctUnitFractionsArb(length: { readonly min: number; readonly max: number }, maxDenominator: number, what = 'distinctUnitFractionsArb'): fc.Arbitrary<Rational[]> {
  if (!Number.isSafeInteger(maxDenominator) || maxDenominator < 2) throw new RangeError(`${what}: maxDenominator must be an integer ≥ 2, got ${maxDenominator}`);
  const tau = fc.integer({ min: 2, max: maxDenominator }).chain((b) => fc.integer({ min: 1, max: b - 1 }).map((a) => Q.fromRational(a, b)));
  return fc.uniqueArray(tau, { minLength: length.min, maxLength: length.max, selector: (t) => Q.format(t) });
}
