import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from './matrix.ts';
import { assertRectangular, shape, build } from './matrix.ts';

/** Reduced row echelon form R of A and its pivot columns (Gauss–Jordan, exact over F). */
export interface Echelon<T> {
  /** m × n, in reduced row echelon form; the first `pivots.length` rows are non-zero. */
  readonly R: T[][];
  /** Pivot column of each non-zero row, increasing. */
  readonly pivots: number[];
}

/**
 * Reduced row echelon form of A (m × n) over F, exact Gauss–Jordan
 * elimination. Pivots are the first non-zero entry in each column.
 * Throws `RangeError` naming the row when A is ragged (rows of different lengths).
 */
export function rref<T>(F: OrderedField<T>, A: Matrix<T>): Echelon<T> {
  assertRectangular(A, 'rref: A');
  const [m, n] = shape(A);
  const R = A.map((row) => row.slice());
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m; c++) {
    let p = -1;
    for (let i = r; i < m; i++) if (!F.isZero(R[i][c])) { p = i; break; }
    if (p < 0) continue;
    [R[r], R[p]] = [R[p], R[r]];
    const inv = F.div(F.one, R[r][c]);
    R[r] = R[r].map((x) => F.mul(x, inv));
    for (let i = 0; i < m; i++) {
      if (i === r || F.isZero(R[i][c])) continue;
      const f = R[i][c];
      R[i] = R[i].map((x, j) => F.sub(x, F.mul(f, R[r][j])));
    }
    pivots.push(c);
    r++;
  }
  return { R, pivots };
}

/** Rank of A (m × n) over F (exact). Throws `RangeError` when A is ragged. */
export function rank<T>(F: OrderedField<T>, A: Matrix<T>): number {
  return rref(F, A).pivots.length;
}

/**
 * A basis of the nullspace {x : Ax = 0} of A (m × n) over F, as rows: an
 * (n − rank) × n matrix N with A·Nᵀ = 0. Each basis vector has a 1 at one
 * free column. Throws `RangeError` when A is ragged.
 */
export function nullspace<T>(F: OrderedField<T>, A: Matrix<T>): T[][] {
  const n = shape(A)[1];
  const { R, pivots } = rref(F, A);
  const isPivot = new Set(pivots);
  const basis: T[][] = [];
  for (let f = 0; f < n; f++) {
    if (isPivot.has(f)) continue;
    const x = Array.from({ length: n }, () => F.zero);
    x[f] = F.one;
    pivots.forEach((pc, r) => { x[pc] = F.neg(R[r][f]); });
    basis.push(x);
  }
  return basis;
}

/**
 * One solution x of A x = b (A m × n, b of length m) over F, or `null` when
 * the system is inconsistent. Free variables are set to zero.
 * Throws `RangeError` when A is ragged or b has the wrong length.
 */
export function solve<T>(F: OrderedField<T>, A: Matrix<T>, b: Vector<T>): T[] | null {
  assertRectangular(A, 'solve: A');
  const [m, n] = shape(A);
  if (b.length !== m) throw new RangeError(`solve: matrix ${m} × ${n} and right-hand side of length ${b.length} do not fit`);
  const aug = build(m, n + 1, (i, j) => (j < n ? A[i][j] : b[i]));
  const { R, pivots } = rref(F, aug);
  if (pivots.length > 0 && pivots[pivots.length - 1] === n) return null;
  const x = Array.from({ length: n }, () => F.zero);
  pivots.forEach((pc, r) => { x[pc] = R[r][n]; });
  return x;
}

/**
 * Indices of a maximal set of linearly independent rows of A (greedy, in row
 * order). Its length is rank(A). Throws `RangeError` when A is ragged.
 */
export function independentRows<T>(F: OrderedField<T>, A: Matrix<T>): number[] {
  assertRectangular(A, 'independentRows: A');
  // Pivot columns of Aᵀ are the first independent rows of A.
  const [m, n] = shape(A);
  const At = build(n, m, (i, j) => A[j][i]);
  return rref(F, At).pivots;
}
