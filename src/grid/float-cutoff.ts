/**
 * The authors' float64 method, emulated (NOT exact; for comparison with the
 * exact decision only): determinants by LU with partial pivoting in float64,
 * and a minor counts as zero when |det| < 1e-10 (notes §4, last item).
 */
import { combinations } from '../linalg/minors.ts';

/** The authors' cut-off: a float determinant with |det| below it counts as zero. */
export const AUTHORS_CUTOFF = 1e-10;

/**
 * Determinant of a square float matrix A (n × n) by LU decomposition with
 * partial pivoting (as LAPACK getrf behind numpy.linalg.det). NOT exact:
 * float64 rounding. Throws `RangeError` naming the shape when A is not square.
 */
export function floatDeterminant(A: readonly (readonly number[])[]): number {
  const n = A.length;
  A.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`float determinant: row ${i} has ${row.length} entries in a matrix with ${n} rows`);
  });
  const M = A.map((row) => row.slice());
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(M[i][c]) > Math.abs(M[p][c])) p = i;
    if (M[p][c] === 0) return 0;
    if (p !== c) { [M[c], M[p]] = [M[p], M[c]]; det = -det; }
    det *= M[c][c];
    for (let i = c + 1; i < n; i++) {
      const f = M[i][c] / M[c][c];
      for (let j = c + 1; j < n; j++) M[i][j] -= f * M[c][j];
    }
  }
  return det;
}

/**
 * All maximal minors of A (m × r floats, m ≥ r) as float64 LU determinants,
 * in lexicographic order of row subsets. NOT exact.
 */
export function floatMaximalMinors(A: readonly (readonly number[])[]): Float64Array {
  const m = A.length;
  const r = m === 0 ? 0 : A[0].length;
  const dets: number[] = [];
  for (const rows of combinations(m, r)) dets.push(floatDeterminant(rows.map((i) => A[i])));
  return Float64Array.from(dets);
}

/** The authors' reading of float determinants: |det| < `cutoff` → 0, else the sign. NOT exact. */
export function cutoffSigns(dets: Float64Array, cutoff = AUTHORS_CUTOFF): Int8Array {
  return Int8Array.from(dets, (x) => (Math.abs(x) < cutoff ? 0 : Math.sign(x)));
}

/** See `cutoffMargins`. */
export interface CutoffMargins {
  readonly maxAbsAtExactZero: number | null;
  readonly minAbsAtExactNonZero: number | null;
}

/**
 * How far the cut-off was from failing: the largest |float det| among the
 * minors that are exactly zero and the smallest |float det| among those that
 * are not (null when there are none). The cut-off reads every zero correctly
 * iff the first is below it and the second above it. NOT exact (floats).
 */
export function cutoffMargins(exact: Int8Array, dets: Float64Array): CutoffMargins {
  let maxAbsAtExactZero: number | null = null;
  let minAbsAtExactNonZero: number | null = null;
  exact.forEach((s, t) => {
    const a = Math.abs(dets[t]);
    if (s === 0) maxAbsAtExactZero = maxAbsAtExactZero === null ? a : Math.max(maxAbsAtExactZero, a);
    else minAbsAtExactNonZero = minAbsAtExactNonZero === null ? a : Math.min(minAbsAtExactNonZero, a);
  });
  return { maxAbsAtExactZero, minAbsAtExactNonZero };
}

/** One maximal minor where the float cut-off and the exact sign disagree. */
export interface CutoffDisagreement {
  /** Which matrix: M (= W or D_n W) or L (the column-space basis). */
  readonly matrix: 'M' | 'L';
  /** The row subset I. */
  readonly rows: number[];
  /** Exact sign of det X_I. */
  readonly exact: -1 | 0 | 1;
  /** Sign after the 1e-10 cut-off on the float determinant. */
  readonly float: -1 | 0 | 1;
}

/**
 * Every subset where the cut-off float sign differs from the exact sign
 * (in zero-ness or in sign), for signs of C(m, r) maximal minors in
 * lexicographic order. Throws `RangeError` when the two sequences have
 * different lengths.
 */
export function cutoffDisagreements(matrix: 'M' | 'L', m: number, r: number, exact: Int8Array, float: Int8Array): CutoffDisagreement[] {
  if (exact.length !== float.length) throw new RangeError(`cut-off comparison: ${exact.length} exact and ${float.length} float signs`);
  const out: CutoffDisagreement[] = [];
  let t = 0;
  for (const rows of combinations(m, r)) {
    if (exact[t] !== float[t]) out.push({ matrix, rows, exact: exact[t] as -1 | 0 | 1, float: float[t] as -1 | 0 | 1 });
    t++;
  }
  if (t !== exact.length) throw new RangeError(`cut-off comparison: ${exact.length} signs for C(${m}, ${r}) = ${t} subsets`);
  return out;
}

/**
 * The authors' verdict from cut-off float signs: do the two chirotopes agree
 * up to one global sign? NOT exact (reproduces the float64 check).
 */
export function floatChirotopesAgree(a: Int8Array, b: Int8Array): boolean {
  if (a.length !== b.length) return false;
  let sigma = 0;
  for (let t = 0; t < a.length; t++) {
    if ((a[t] === 0) !== (b[t] === 0)) return false;
    if (a[t] === 0) continue;
    if (sigma === 0) sigma = a[t] * b[t];
    else if (a[t] * b[t] !== sigma) return false;
  }
  return true;
}

/**
 * The authors' float64 matrices for a case (NOT exact; emulation): M from W
 * in float64 (braid rows w_i − w_j rounded), G = M·Mᵀ in float64, for
 * cosine C_ij = G_ij / (‖m_i‖·‖m_j‖) with float square roots; L = the columns
 * `pivots` of G or C, and M restricted to its columns `columnsM`. The pivot
 * columns are the exact ones (the authors' basis choice is not recorded in
 * the manifest), so exact and float minors are compared on the same subsets.
 */
export function authorsFloatMatrices(
  W: readonly (readonly number[])[],
  braid: boolean,
  cosine: boolean,
  columnsM: readonly number[],
  pivots: readonly number[],
): { M: number[][]; L: number[][] } {
  const rowsM: number[][] = [];
  if (braid) {
    for (let i = 0; i < W.length; i++) for (let j = i + 1; j < W.length; j++) rowsM.push(W[i].map((x, c) => x - W[j][c]));
  } else {
    for (const row of W) rowsM.push(row.slice());
  }
  const dotF = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, t) => s + x * b[t], 0);
  const norms = rowsM.map((row) => Math.sqrt(dotF(row, row)));
  const L = rowsM.map((row, i) =>
    pivots.map((p) => {
      const g = dotF(row, rowsM[p]);
      return cosine ? g / (norms[i] * norms[p]) : g;
    }),
  );
  return { M: rowsM.map((row) => columnsM.map((c) => row[c])), L };
}
