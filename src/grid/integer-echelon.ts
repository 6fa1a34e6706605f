/**
 * Exact rank profiles of integer matrices by fraction-free (Bareiss)
 * elimination in BigInt: every intermediate entry is a minor of the input,
 * so every division is exact and no rational arithmetic is needed
 * (Bareiss 1968, Math. Comp. 22; for rectangular matrices with skipped
 * columns the same identity holds on the submatrix of pivot columns).
 */

/** Rank and pivot columns (increasing) of an integer matrix. */
export interface RankProfile {
  readonly rank: number;
  /** The first linearly independent columns, greedily from the left; `rank` of them. */
  readonly pivotColumns: number[];
}

/**
 * Rank profile of A (m × n, bigint entries) over Q, exact. The pivot columns
 * are the same as those of the reduced row echelon form (`rref` in
 * `src/linalg/echelon.ts`). Throws `RangeError` naming the row of a ragged A.
 */
export function integerRankProfile(A: readonly (readonly bigint[])[]): RankProfile {
  const m = A.length;
  const n = m === 0 ? 0 : A[0].length;
  A.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`rank profile: row ${i} has ${row.length} entries, row 0 has ${n}`);
  });
  const M = A.map((row) => row.slice());
  const pivotColumns: number[] = [];
  let prev = 1n;
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = -1;
    for (let i = r; i < m; i++) if (M[i][c] !== 0n) { p = i; break; }
    if (p < 0) continue;
    [M[r], M[p]] = [M[p], M[r]];
    const pivot = M[r][c];
    for (let i = r + 1; i < m; i++) {
      const f = M[i][c];
      for (let j = c + 1; j < n; j++) M[i][j] = (M[i][j] * pivot - f * M[r][j]) / prev;
      M[i][c] = 0n;
    }
    prev = pivot;
    pivotColumns.push(c);
    r++;
  }
  return { rank: r, pivotColumns };
}

/**
 * Indices of the first linearly independent rows of A (greedily from the
 * top; `rank(A)` of them), exact: the pivot columns of Aᵀ.
 */
export function integerIndependentRows(A: readonly (readonly bigint[])[]): number[] {
  const n = A.length === 0 ? 0 : A[0].length;
  const At = Array.from({ length: n }, (_, j) => A.map((row) => row[j]));
  return integerRankProfile(At).pivotColumns;
}

/** The columns `cols` of A, in that order (m × cols.length). */
export function selectColumns(A: readonly (readonly bigint[])[], cols: readonly number[]): bigint[][] {
  return A.map((row) => cols.map((j) => row[j]));
}
