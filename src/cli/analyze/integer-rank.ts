/**
 * The exact rank of a matrix over Q by fraction-free Gaussian elimination (Bareiss 1968):
 * each row is scaled to integers (by the lcm of its denominators, which leaves the rank
 * unchanged), then eliminated over BigInt with exact divisions, so no fraction ever grows.
 * On the dyadic rationals of a float matrix this is orders of magnitude faster than
 * elimination in fraction.js (100 × 50 float32: milliseconds instead of ~10 s). Other
 * fields (Q(√n)) use the generic `rank`. Exact.
 * Source: E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
 * elimination", Math. Comp. 22 (1968) 565–578.
 */
import type { OrderedField } from '../../field/ordered-field.ts';
import { fieldKind } from '../../field/field-kind.ts';
import { integerRow, type Rational } from '../../field/rational.ts';
import { rank } from '../../linalg/echelon.ts';

/**
 * rank(W) for W k × d over F, exactly (see the module doc).
 * @example exactRank(Q, [[1, 2], [2, 4]].map((r) => r.map((v) => Q.fromRational(v)))) === 1
 */
export function exactRank<T>(F: OrderedField<T>, W: readonly (readonly T[])[]): number {
  if (fieldKind(F) !== 'Q') return rank(F, W as T[][]);
  const rows = (W as readonly (readonly Rational[])[]).map((r) => integerRow(r).ints);
  return bareissRank(rows);
}

/** Rank of an integer matrix (rows are copied, then eliminated in place). */
function bareissRank(input: readonly (readonly bigint[])[]): number {
  const A = input.map((r) => r.slice());
  const k = A.length;
  const d = k === 0 ? 0 : A[0].length;
  let r = 0;
  let prev = 1n;
  for (let c = 0; c < d && r < k; c++) {
    const p = A.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [A[r], A[p]] = [A[p], A[r]];
    const piv = A[r][c];
    for (let i = r + 1; i < k; i++) {
      const a = A[i][c];
      for (let j = c + 1; j < d; j++) A[i][j] = (piv * A[i][j] - a * A[r][j]) / prev;
      A[i][c] = 0n;
    }
    prev = piv;
    r++;
  }
  return r;
}
