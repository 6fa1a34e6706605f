/**
 * Exact linear algebra over the integers in BigInt, by fraction-free
 * (Bareiss) elimination: every intermediate entry is a minor of the input,
 * so each division by the previous pivot is exact and no rational
 * arithmetic (no gcds) is needed. Bareiss 1968, "Sylvester's identity and
 * multistep integer-preserving Gaussian elimination", Math. Comp. 22; for
 * Gauss–Jordan: Nakos, Turner & Williams 1997.
 *
 * One forward elimination (`bareissForward`) serves the determinant and the
 * rank profile; `solveIntegerSystem` is its Gauss–Jordan form. Matrices are
 * arrays of bigint rows (m × n); inputs are never mutated.
 */

/** An integer matrix, m × n, as rows of bigints. */
export type IntegerMatrix = readonly (readonly bigint[])[];

function columnsOf(A: IntegerMatrix, what: string): number {
  const n = A.length === 0 ? 0 : A[0].length;
  A.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`${what}: row ${i} has ${row.length} entries, row 0 has ${n}`);
  });
  return n;
}

/** Result of the forward elimination of an m × n integer matrix. */
interface ForwardElimination {
  /** Pivot columns, increasing; rank = their number. */
  readonly pivotColumns: number[];
  /** The last pivot: ± the leading principal minor of the pivot rows and columns (1n when rank 0). */
  readonly lastPivot: bigint;
  /** −1n when an odd number of row swaps was made, else 1n. */
  readonly swapSign: bigint;
}

/**
 * Fraction-free forward elimination of A (m × n) with row swaps: after it,
 * the pivot of step r is the (r+1)-st leading minor of the row-permuted
 * pivot submatrix. Exact; throws `RangeError` naming a ragged row.
 */
function bareissForward(A: IntegerMatrix, what: string): ForwardElimination {
  const m = A.length;
  const n = columnsOf(A, what);
  const M = A.map((row) => row.slice());
  const pivotColumns: number[] = [];
  let prev = 1n;
  let swapSign = 1n;
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = -1;
    for (let i = r; i < m; i++) if (M[i][c] !== 0n) { p = i; break; }
    if (p < 0) continue;
    if (p !== r) { [M[r], M[p]] = [M[p], M[r]]; swapSign = -swapSign; }
    const pivot = M[r][c];
    for (let i = r + 1; i < m; i++) {
      const f = M[i][c];
      // Exact by Sylvester's identity: each quotient is a minor of A.
      for (let j = c + 1; j < n; j++) M[i][j] = (M[i][j] * pivot - f * M[r][j]) / prev;
      M[i][c] = 0n;
    }
    prev = pivot;
    pivotColumns.push(c);
    r++;
  }
  return { pivotColumns, lastPivot: prev, swapSign };
}

/**
 * Determinant of a square integer matrix A (n × n) by Bareiss elimination;
 * the determinant of the 0 × 0 matrix is 1n. Throws `RangeError` naming the
 * shape when A is not square, or the row when A is ragged.
 */
export function bareissDeterminantBigInt(A: IntegerMatrix): bigint {
  const n = columnsOf(A, 'Bareiss determinant');
  if (A.length !== n) throw new RangeError(`Bareiss determinant: matrix is ${A.length} × ${n}, not square`);
  const { pivotColumns, lastPivot, swapSign } = bareissForward(A, 'Bareiss determinant');
  return pivotColumns.length < n ? 0n : swapSign * lastPivot;
}

/** Rank and pivot columns (increasing) of an integer matrix. */
export interface RankProfile {
  readonly rank: number;
  /** The first linearly independent columns, greedily from the left; `rank` of them. */
  readonly pivotColumns: number[];
}

/**
 * Rank profile of A (m × n, bigint entries) over Q, exact. The pivot columns
 * are those of the reduced row echelon form (`rref` in `echelon.ts`).
 * Throws `RangeError` naming the row of a ragged A.
 */
export function integerRankProfile(A: IntegerMatrix): RankProfile {
  const { pivotColumns } = bareissForward(A, 'rank profile');
  return { rank: pivotColumns.length, pivotColumns };
}

/**
 * Indices of the first linearly independent rows of A (greedily from the
 * top; rank(A) of them), exact: the pivot columns of Aᵀ.
 */
export function integerIndependentRows(A: IntegerMatrix): number[] {
  const n = columnsOf(A, 'independent rows');
  const At = Array.from({ length: n }, (_, j) => A.map((row) => row[j]));
  return integerRankProfile(At).pivotColumns;
}

/** The columns `cols` of A, in that order (m × cols.length). */
export function selectColumns(A: IntegerMatrix, cols: readonly number[]): bigint[][] {
  return A.map((row) => cols.map((j) => row[j]));
}

/**
 * One solution of M u = rhs (M r × c, bigint entries) over Q, by
 * fraction-free Gauss–Jordan elimination. Returns u = num / den with
 * den > 0 and the free unknowns 0, or null when the system is inconsistent.
 * Throws `RangeError` on a ragged M or a right-hand side of the wrong length.
 */
export function solveIntegerSystem(M: IntegerMatrix, rhs: readonly bigint[]): { num: bigint[]; den: bigint } | null {
  const r = M.length;
  const c = columnsOf(M, 'integer system');
  if (rhs.length !== r) throw new RangeError(`integer system: ${r} × ${c} matrix and right-hand side of length ${rhs.length} do not fit`);
  const T = M.map((row, i) => [...row, rhs[i]]);
  const pivotCols: number[] = [];
  let prev = 1n;
  let row = 0;
  for (let col = 0; col < c && row < r; col++) {
    let p = -1;
    for (let i = row; i < r; i++) if (T[i][col] !== 0n) { p = i; break; }
    if (p < 0) continue;
    if (p !== row) [T[p], T[row]] = [T[row], T[p]];
    const pr = T[row];
    const pv = pr[col];
    for (let i = 0; i < r; i++) {
      if (i === row) continue;
      const ti = T[i];
      const f = ti[col];
      for (let j = 0; j <= c; j++) ti[j] = (pv * ti[j] - f * pr[j]) / prev; // exact (Sylvester)
    }
    prev = pv;
    pivotCols.push(col);
    row++;
  }
  for (let i = row; i < r; i++) if (T[i][c] !== 0n) return null;
  // Every pivot row now has the last pivot `prev` on its diagonal.
  const sign = prev < 0n ? -1n : 1n;
  const num = new Array<bigint>(c).fill(0n);
  pivotCols.forEach((pc, i) => { num[pc] = sign * T[i][c]; });
  return { num, den: sign * prev };
}
