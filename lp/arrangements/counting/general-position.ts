/**
 * The general-position condition under which Cover (1967)'s ranking count is
 * exact (notes §5), decided exactly. (Cover 1965's condition, every min(k, d)
 * rows independent, is `isInGeneralPosition` of
 * `properties/arbitraries/matrix-preconditions.ts`.)
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../../src/linalg/matrix.ts';
import { rank } from '../../../src/linalg/echelon.ts';

/** Set partitions of {0 … n−1} into exactly b blocks (restricted growth strings), each as a list of blocks. */
function* setPartitions(n: number, b: number): Generator<number[][]> {
  const a = new Array<number>(n).fill(0);
  function* rec(i: number, used: number): Generator<number[][]> {
    if (n - i < b - used) return; // not enough elements left to open the missing blocks
    if (i === n) {
      if (used !== b) return;
      const blocks: number[][] = Array.from({ length: b }, () => []);
      a.forEach((blk, e) => blocks[blk].push(e));
      yield blocks;
      return;
    }
    for (let v = 0; v <= Math.min(used, b - 1); v++) {
      a[i] = v;
      yield* rec(i + 1, v === used ? used + 1 : used);
    }
  }
  yield* rec(0, 0);
}

/**
 * The general position under which Cover (1967)'s ranking count
 * `cover1967(k, d)` is exact, for W k × d over F (k ≥ 2). With t = min(d, k−1):
 * for every partition of the labels into k − t blocks, the differences
 * w_i − w_{first of its block} (t of them) are linearly independent.
 * Equivalently, the rows of DW indexed by any forest of K_k with at most t
 * edges are independent, i.e. the (linear) matroid of DW is the rank-t
 * truncation of the cycle matroid of K_k. The intersection lattice of the
 * arrangement {(w_i − w_j)ᵀx = 0} is then the braid lattice (set partitions)
 * cut off above rank t − 1, so Zaslavsky's count depends only on k and d and
 * equals Cover's formula (the tests confirm this against `regionCount`).
 * It excludes equal rows, three collinear points (a block of 3 has rank 1),
 * parallelograms w_a − w_b = w_c − w_d (blocks {a,b}, {c,d}) and any affine
 * dependency among ≤ t + 1 points. k ≤ 1 is trivially in general position.
 * Cost: S(k, k − t) Stirling-partition rank checks (1701 for k = 8, d = 4).
 * Throws `RangeError` when W is not rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * inGeneralPositionForRankings(Q, M([[0, 0], [1, 0], [0, 1]]))
 * // => true
 * inGeneralPositionForRankings(Q, M([[0, 0], [1, 1], [2, 2]]))
 * // => false
 * ```
 */
export function inGeneralPositionForRankings<T>(F: OrderedField<T>, W: Matrix<T>): boolean {
  assertRectangular(W, 'inGeneralPositionForRankings');
  const [k, d] = shape(W);
  if (k <= 1) return true;
  const t = Math.min(d, k - 1);
  if (t === 0) return true;
  for (const blocks of setPartitions(k, k - t)) {
    const diffs: T[][] = [];
    for (const blk of blocks) for (let u = 1; u < blk.length; u++) diffs.push(W[blk[u]].map((x, c) => F.sub(x, W[blk[0]][c])));
    if (rank(F, diffs) !== t) return false;
  }
  return true;
}
