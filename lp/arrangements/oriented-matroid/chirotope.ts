/**
 * The chirotope of a vector configuration, computed exactly (Björner, Las
 * Vergnas, Sturmfels, White & Ziegler, Oriented Matroids, §3.5; notes §4,
 * §5 "Oriented matroids"; the authors' L5.3 / T5.6 experiments compare
 * chirotopes).
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular, shape, transpose } from '../../../src/linalg/matrix.ts';
import { independentRows } from '../../../src/linalg/echelon.ts';
import { maximalMinors } from '../../../src/linalg/minors.ts';

/**
 * Key of a row subset in a chirotope map: increasing indices joined by commas, e.g. `"0,2,5"` (`""` for the empty set).
 *
 * @example
 * ```ts
 * subsetKey([0, 2, 5])
 * // => '0,2,5'
 * subsetKey([])
 * // => ''
 * ```
 */
export function subsetKey(rows: readonly number[]): string {
  return rows.join(',');
}

/**
 * The chirotope of the rows of M (k × d) over F: r = rank(M) and, for every
 * r-subset I of rows (increasing, key `"i1,…,ir"`) with det ≠ 0, the sign of
 * det(M'_I), where M' (k × r) is M restricted to its first r independent
 * columns (a column basis). Zero minors are omitted. Another column basis
 * changes every sign by the same factor sign(det T), so the chirotope is
 * defined up to one global sign (which is all an oriented matroid records).
 * Rank 0 gives the single entry `"" → 1` (the empty determinant).
 * Cost: C(k, r) exact determinants. Throws `RangeError` when M is not
 * rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const c = chirotope(Q, M([[1, 0], [0, 1], [1, 1]]));
 * [c.rank, Object.fromEntries(c.signs)]
 * // => [2, { '0,1': 1, '0,2': 1, '1,2': -1 }]
 * ```
 */
export function chirotope<T>(F: OrderedField<T>, M: Matrix<T>): { rank: number; signs: Map<string, -1 | 1> } {
  assertRectangular(M, 'chirotope');
  const [k] = shape(M);
  const basis = k === 0 ? [] : independentRows(F, transpose(M));
  const r = basis.length;
  const signs = new Map<string, -1 | 1>();
  if (r === 0) {
    signs.set('', 1);
    return { rank: 0, signs };
  }
  const reduced = M.map((row) => basis.map((c) => row[c]));
  for (const { rows, minor } of maximalMinors(F, reduced)) {
    const s = F.sign(minor);
    if (s !== 0) signs.set(subsetKey(rows), s);
  }
  return { rank: r, signs };
}

/**
 * True when the rows of M1 and M2 (both k × ·, over the same F; the column
 * counts may differ) have the same chirotope up to one global sign: equal
 * rank, the same non-zero r-subsets, and sign ratios all equal. Equal
 * chirotopes give the same oriented matroid, hence the same sign pattern
 * S (Björner et al., Oriented Matroids, §3.5). False when the row counts
 * differ. Throws `RangeError` when either matrix is not rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * sameChirotope(Q, M([[1, 0], [0, 1], [1, 1]]), M([[2, 0], [0, 3], [1, 1]]))
 * // => true
 * sameChirotope(Q, M([[1, 0], [0, 1], [1, 1]]), M([[1, 0], [0, 1], [1, -1]]))
 * // => false
 * ```
 */
export function sameChirotope<T>(F: OrderedField<T>, M1: Matrix<T>, M2: Matrix<T>): boolean {
  if (M1.length !== M2.length) return false;
  const c1 = chirotope(F, M1);
  const c2 = chirotope(F, M2);
  if (c1.rank !== c2.rank || c1.signs.size !== c2.signs.size) return false;
  let ratio: -1 | 1 | 0 = 0;
  for (const [key, s1] of c1.signs) {
    const s2 = c2.signs.get(key);
    if (s2 === undefined) return false;
    const q = (s1 * s2) as -1 | 1;
    if (ratio === 0) ratio = q;
    else if (q !== ratio) return false;
  }
  return true;
}
