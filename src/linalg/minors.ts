import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { shape } from './matrix.ts';
import { determinant } from './determinant.ts';

/** Number of r-subsets of an n-set, C(n, r), exactly as a bigint (0 outside 0 ≤ r ≤ n). */
export function binomial(n: number, r: number): bigint {
  if (r < 0 || r > n) return 0n;
  let b = 1n;
  for (let i = 0; i < r; i++) b = (b * BigInt(n - i)) / BigInt(i + 1);
  return b;
}

/**
 * All r-subsets of {0 … n−1} as increasing index arrays, in lexicographic
 * order (C(n, r) of them; a generator, so nothing is held in memory).
 */
export function* combinations(n: number, r: number): Generator<number[]> {
  if (r < 0 || r > n) return;
  const c = Array.from({ length: r }, (_, i) => i);
  while (true) {
    yield c.slice();
    let i = r - 1;
    while (i >= 0 && c[i] === n - r + i) i--;
    if (i < 0) return;
    c[i]++;
    for (let j = i + 1; j < r; j++) c[j] = c[j - 1] + 1;
  }
}

/**
 * The maximal minors of M (m × r, m ≥ r): for each r-subset I of rows in
 * lexicographic order, det(M_I). Exact over F. Used for chirotopes
 * (Björner et al., Oriented Matroids, §3.5). Throws `RangeError` when M has
 * fewer rows than columns.
 */
export function* maximalMinors<T>(F: OrderedField<T>, M: Matrix<T>): Generator<{ rows: number[]; minor: T }> {
  const [m, r] = shape(M);
  if (m < r) throw new RangeError(`maximal minors: matrix is ${m} × ${r}, fewer rows than columns`);
  for (const rows of combinations(m, r)) yield { rows, minor: determinant(F, rows.map((i) => M[i])) };
}
