import fc from 'fast-check';
import type { Rational } from '../../src/field/rational.ts';
import { rationalArb, type RationalArbOptions } from './rational.ts';

/**
 * A translation vector v ∈ Q^d (the v of L3.1: W ↦ W + 1vᵀ leaves every
 * softmax probability unchanged), entries from `rationalArb(opts)`.
 * Shrinks every entry towards 0 (v towards the zero vector), exactly.
 * Throws `RangeError` when d is not a non-negative integer.
 */
export function translationArb(d: number, opts: Omit<RationalArbOptions, 'nonZero'> = {}): fc.Arbitrary<Rational[]> {
  if (!Number.isSafeInteger(d) || d < 0) throw new RangeError(`translationArb: d must be a non-negative integer, got ${d}`);
  return fc.array(rationalArb({ ...opts, nonZero: false }), { minLength: d, maxLength: d });
}
