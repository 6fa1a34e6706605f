import fc from 'fast-check';

/**
 * A ranking of k labels: a permutation of 0 … k−1, most likely label first
 * (a candidate member of the ranking pattern R(W), Def. 5.4). Drawn as a
 * Lehmer code c_i ∈ {0 … k−1−i} (pick the c_i-th of the labels not yet
 * ranked), so every permutation is equally likely to be reachable and
 * shrinking moves towards the identity ranking 0, 1, …, k−1 while always
 * staying a permutation. Throws `RangeError` when k is not a non-negative
 * integer.
 */
export function rankingArb(k: number): fc.Arbitrary<number[]> {
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`rankingArb: k must be a non-negative integer, got ${k}`);
  const code = fc.tuple(...Array.from({ length: k }, (_, i) => fc.integer({ min: 0, max: k - 1 - i })));
  return code.map((c) => {
    const left = Array.from({ length: k }, (_, i) => i);
    return c.map((ci) => left.splice(ci, 1)[0]);
  });
}
