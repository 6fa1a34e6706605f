import type { Ring } from '../field/ordered-field.ts';

/**
 * A dense matrix as plain data: an array of rows, all of one length. An
 * unembedding matrix W is k × d, one row per label. A vector is `T[]`.
 * Functions never mutate their inputs.
 */
export type Matrix<T> = readonly (readonly T[])[];
export type Vector<T> = readonly T[];

/** `[rows, columns]` of a matrix; an empty matrix is 0 × 0. */
export function shape<T>(A: Matrix<T>): [number, number] {
  return [A.length, A.length === 0 ? 0 : A[0].length];
}

/** `"k × d"` for error messages. */
export function shapeText<T>(A: Matrix<T>): string {
  const [r, c] = shape(A);
  return `${r} × ${c}`;
}

/**
 * Throws `RangeError` unless every row of A has the same length (and, when
 * given, A is rows × cols). `what` names the matrix in the message.
 */
export function assertRectangular<T>(A: Matrix<T>, what = 'matrix', rows?: number, cols?: number): void {
  const c = A.length === 0 ? 0 : A[0].length;
  A.forEach((row, i) => {
    if (row.length !== c) throw new RangeError(`${what}: row ${i} has ${row.length} entries, row 0 has ${c}`);
  });
  if (rows !== undefined && A.length !== rows) throw new RangeError(`${what}: expected ${rows} rows, got ${A.length}`);
  if (cols !== undefined && c !== cols) throw new RangeError(`${what}: expected ${cols} columns, got ${c}`);
}

/** Matrix of `rows × cols` from an entry function. */
export function build<T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));
}

/** The n × n identity over F. */
export function identity<T>(F: Ring<T>, n: number): T[][] {
  return build(n, n, (i, j) => (i === j ? F.one : F.zero));
}

/** The rows × cols zero matrix over F. */
export function zeros<T>(F: Ring<T>, rows: number, cols: number): T[][] {
  return build(rows, cols, () => F.zero);
}

/** Aᵀ (d × k for A k × d). Throws `RangeError` naming the row when A is ragged. */
export function transpose<T>(A: Matrix<T>): T[][] {
  assertRectangular(A, 'transpose: A');
  const [r, c] = shape(A);
  return build(c, r, (i, j) => A[j][i]);
}

/** Entry-wise map. */
export function mapEntries<T, U>(A: Matrix<T>, f: (x: T, i: number, j: number) => U): U[][] {
  return A.map((row, i) => row.map((x, j) => f(x, i, j)));
}

/** Inner product ⟨a, b⟩ over F; throws `RangeError` on a length mismatch. */
export function dot<T>(F: Ring<T>, a: Vector<T>, b: Vector<T>): T {
  if (a.length !== b.length) throw new RangeError(`dot: vector lengths ${a.length} and ${b.length} differ`);
  let s = F.zero;
  for (let i = 0; i < a.length; i++) s = F.add(s, F.mul(a[i], b[i]));
  return s;
}

/**
 * A·B for A m × n and B n × p; throws `RangeError` naming both shapes on a
 * mismatch, or naming the row of a ragged A or B.
 */
export function matMul<T>(F: Ring<T>, A: Matrix<T>, B: Matrix<T>): T[][] {
  assertRectangular(A, 'matMul: A');
  assertRectangular(B, 'matMul: B');
  const [m, n] = shape(A);
  const [n2, p] = shape(B);
  if (n !== n2) throw new RangeError(`matMul: shapes ${m} × ${n} and ${n2} × ${p} do not fit`);
  return build(m, p, (i, j) => {
    let s = F.zero;
    for (let t = 0; t < n; t++) s = F.add(s, F.mul(A[i][t], B[t][j]));
    return s;
  });
}

/** A·x for A m × n and x of length n. */
export function matVec<T>(F: Ring<T>, A: Matrix<T>, x: Vector<T>): T[] {
  const [m, n] = shape(A);
  if (m > 0 && n !== x.length) throw new RangeError(`matVec: shape ${m} × ${n} and vector of length ${x.length} do not fit`);
  return A.map((row) => dot(F, row, x));
}

/** A + B (same shape). */
export function matAdd<T>(F: Ring<T>, A: Matrix<T>, B: Matrix<T>): T[][] {
  assertSameShape(A, B, 'matAdd');
  return mapEntries(A, (x, i, j) => F.add(x, B[i][j]));
}

/** A − B (same shape). */
export function matSub<T>(F: Ring<T>, A: Matrix<T>, B: Matrix<T>): T[][] {
  assertSameShape(A, B, 'matSub');
  return mapEntries(A, (x, i, j) => F.sub(x, B[i][j]));
}

/** c·A. */
export function scale<T>(F: Ring<T>, c: T, A: Matrix<T>): T[][] {
  return mapEntries(A, (x) => F.mul(c, x));
}

/** Exact entry-wise equality (false for different shapes). */
export function matEquals<T>(F: Ring<T>, A: Matrix<T>, B: Matrix<T>): boolean {
  const [r, c] = shape(A);
  const [r2, c2] = shape(B);
  if (r !== r2 || c !== c2) return false;
  return A.every((row, i) => row.every((x, j) => F.equals(x, B[i][j])));
}

/** Throws `RangeError` naming both shapes unless A and B have the same shape. */
export function assertSameShape<T, U>(A: Matrix<T>, B: Matrix<U>, what: string): void {
  const [r, c] = shape(A);
  const [r2, c2] = shape(B);
  if (r !== r2 || c !== c2) throw new RangeError(`${what}: shapes ${r} × ${c} and ${r2} × ${c2} differ`);
}

/** Float64 approximation of every entry (NOT exact: for glpk, plots and display). */
export function toNumbers<T>(F: Ring<T>, A: Matrix<T>): number[][] {
  return mapEntries(A, (x) => F.toNumber(x));
}

/** Exact text of every entry (`F.format`). */
export function formatMatrix<T>(F: Ring<T>, A: Matrix<T>): string[][] {
  return mapEntries(A, (x) => F.format(x));
}

/** Parses a matrix of exact entry strings with `F.parse`; errors name the row and column. */
export function parseMatrix<T>(F: Ring<T>, rows: readonly (readonly string[])[]): T[][] {
  assertRectangular(rows);
  return rows.map((row, i) =>
    row.map((s, j) => {
      try {
        return F.parse(s);
      } catch (e) {
        throw new SyntaxError(`row ${i}, column ${j}: ${(e as Error).message}`);
      }
    }),
  );
}
