import type { Ring } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, shape } from './matrix.ts';

/**
 * The pairs (i, j), i < j, of 0 … k−1 in lexicographic order
 * (0,1), (0,2), …, (k−2, k−1): the row order of the braid matrix D_k.
 */
export function braidPairs(k: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
  return pairs;
}

/**
 * The braid matrix D_k ∈ {0, ±1}^{C(k,2) × k} over F: row (i, j), i < j in
 * lexicographic order, is e_i − e_j (notes §4, Def. 5.4). Throws
 * `RangeError` for k < 1.
 */
export function braidMatrix<T>(F: Ring<T>, k: number): T[][] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`braid matrix: k must be a positive integer, got ${k}`);
  return braidPairs(k).map(([i, j]) => Array.from({ length: k }, (_, c) => (c === i ? F.one : c === j ? F.neg(F.one) : F.zero)));
}

/**
 * D_k·W for W k × d, computed directly: row (i, j) is w_i − w_j, shape
 * C(k,2) × d. Equal to `matMul(F, braidMatrix(F, k), W)`. Throws
 * `RangeError` naming the row when W is ragged.
 */
export function braidDifferences<T>(F: Ring<T>, W: Matrix<T>): T[][] {
  assertRectangular(W, 'braidDifferences: W');
  const [k] = shape(W);
  return braidPairs(k).map(([i, j]) => W[i].map((x, c) => F.sub(x, W[j][c])));
}

