import fc from 'fast-check';

/**
 * A sign vector s ∈ {+1, −1}^k (a label combination of a sigmoid
 * classifier, a candidate member of the sign pattern S(W), Def. 5.1).
 * Shrinks every entry towards +1. Throws `RangeError` when k is not a
 * non-negative integer.
 */
export function signVectorArb(k: number): fc.Arbitrary<(1 | -1)[]> {
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`signVectorArb: k must be a non-negative integer, got ${k}`);
  return fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: k, maxLength: k });
}
