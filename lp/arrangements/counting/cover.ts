/**
 * Cover's counting formulas (notes §5), for inputs in general position
 * (conditions: `isInGeneralPosition` in properties/arbitraries/matrix-preconditions.ts
 * for 1965, `inGeneralPositionForRankings` in general-position.ts for 1967).
 */
import { binomial } from '../../../src/linalg/minors.ts';

function assertCount(name: string, k: number, d: number): void {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`${name}: k must be a non-negative integer, got ${k}`);
  if (!Number.isInteger(d) || d < 0) throw new RangeError(`${name}: d must be a non-negative integer, got ${d}`);
}

/**
 * Cover (1965), "Geometrical and statistical properties of systems of linear
 * inequalities with applications in pattern recognition", Thm. 1 (the
 * function-counting theorem): k vectors in general position in R^d (every
 * min(k, d) of them linearly independent) cut R^d into
 * C(k, d) = 2·Σ_{i=0}^{d−1} C(k−1, i) regions, i.e. |S(W)| for W k × d.
 * Gives 2^k when d ≥ k; k = 0 gives 1 (the empty sign vector), d = 0 gives 0.
 * Throws `RangeError` unless k, d are non-negative integers.
 *
 * @example
 * ```ts
 * cover1965(3, 2)
 * // => 6n
 * cover1965(3, 5)
 * // => 8n
 * cover1965(2, -1)
 * // throws RangeError
 * ```
 */
export function cover1965(k: number, d: number): bigint {
  assertCount('cover1965', k, d);
  if (k === 0) return 1n;
  let s = 0n;
  for (let i = 0; i < d; i++) s += binomial(k - 1, i);
  return 2n * s;
}

/**
 * Unsigned Stirling number of the first kind |s(n, m)| (permutations of n
 * elements with m cycles), exactly: |s(0,0)| = 1 and
 * |s(n, m)| = |s(n−1, m−1)| + (n−1)·|s(n−1, m)|; 0 for m < 0 or m > n.
 * Throws `RangeError` unless n is a non-negative integer and m an integer.
 *
 * @example
 * ```ts
 * unsignedStirling1(4, 2)
 * // => 11n
 * unsignedStirling1(3, 4)
 * // => 0n
 * ```
 */
export function unsignedStirling1(n: number, m: number): bigint {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`unsignedStirling1: n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(m)) throw new RangeError(`unsignedStirling1: m must be an integer, got ${m}`);
  if (m < 0 || m > n) return 0n;
  let row: bigint[] = [1n]; // row n = 0
  for (let i = 1; i <= n; i++) {
    const next: bigint[] = new Array(i + 1).fill(0n);
    for (let j = 0; j <= i; j++) next[j] = (j >= 1 ? row[j - 1] : 0n) + (j <= i - 1 ? BigInt(i - 1) * row[j] : 0n);
    row = next;
  }
  return row[m];
}

/**
 * Cover (1967), "The number of linearly inducible orderings of points in
 * d-space", SIAM J. Appl. Math. 15(2): k points in general position in R^d
 * admit |R(W)| = 2·Σ_{j≥0} |s(k, k−d+1+2j)| rankings by linear functionals
 * x ↦ w_iᵀx, with |s| the unsigned Stirling numbers of the first kind (terms
 * whose index lies outside 1…k are 0). It gives 2·C(k, 2) for d = 2 and k!
 * once d ≥ k − 1; k = 1 gives 1 (the one ranking), d = 0 gives 0 for k ≥ 2.
 * The general-position condition under which it holds exactly is checked by
 * `inGeneralPositionForRankings` (general-position.ts).
 * Throws `RangeError` unless k, d are non-negative integers.
 *
 * @example
 * ```ts
 * cover1967(3, 2)
 * // => 6n
 * cover1967(4, 3)
 * // => 24n
 * cover1967(1, 0)
 * // => 1n
 * ```
 */
export function cover1967(k: number, d: number): bigint {
  assertCount('cover1967', k, d);
  if (k <= 1) return 1n;
  let s = 0n;
  for (let m = k - d + 1; m <= k; m += 2) if (m >= 1) s += unsignedStirling1(k, m);
  return 2n * s;
}
