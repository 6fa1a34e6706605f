import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { assertRectangular, shape } from '../linalg/matrix.ts';
import { braidPairs } from '../linalg/braid.ts';
import { gramMatrix } from '../linalg/gram.ts';
import { centerColumns } from '../linalg/centering.ts';
import { cosineEquals, cosineFromInnerProducts, type ExactCosine } from './exact-cosine.ts';

/**
 * The cosine matrix C(W) (Def. 5.2) of W (k × d, rows are labels) over F,
 * exactly: a k × k matrix of `ExactCosine` with C_ij = cos(w_i, w_j) stored
 * as sign and square (both in F), so C(W) is decided exactly even when its
 * entries are irrational. Symmetric, with C_ii = +1.
 * Throws `RangeError` naming the first zero row ("row i is zero"), since the
 * cosine of a zero vector is undefined, and `RangeError` naming the row when
 * W is ragged. `what` names W in messages.
 */
export function cosineMatrix<T>(F: OrderedField<T>, W: Matrix<T>, what = 'cosineMatrix'): ExactCosine<T>[][] {
  assertRectangular(W, what);
  return cosineMatrixFromGram(F, gramMatrix(F, W), (i) => `${what}: row ${i} (label ${i}) is zero, and the cosine of a zero vector is undefined`);
}

/** The cosine matrix of the vectors with Gram matrix G (k × k); `zeroRow(i)` is the message for G_ii = 0. */
function cosineMatrixFromGram<T>(F: OrderedField<T>, G: T[][], zeroRow: (i: number) => string): ExactCosine<T>[][] {
  G.forEach((row, i) => {
    if (F.isZero(row[i])) throw new RangeError(zeroRow(i));
  });
  const k = G.length;
  const C: ExactCosine<T>[][] = Array.from({ length: k }, () => new Array<ExactCosine<T>>(k));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const c = cosineFromInnerProducts(F, G[i][j], G[i][i], G[j][j]);
      C[i][j] = c;
      C[j][i] = c;
    }
  }
  return C;
}

/**
 * Exact equality C(W1) = C(W2) over F for W1 (k × d1) and W2 (k × d2): the
 * dimensions may differ (L5.3's corollary allows partial isometries), the
 * number of labels may not. Equality of entries is equality of sign and
 * square, so the answer is exact.
 * Throws `RangeError` when the numbers of rows (labels) differ, naming both,
 * or (from `cosineMatrix`) naming a zero row of W1 or W2.
 */
export function cosineMatrixEquals<T>(F: OrderedField<T>, W1: Matrix<T>, W2: Matrix<T>): boolean {
  const [k1] = shape(W1);
  const [k2] = shape(W2);
  if (k1 !== k2) throw new RangeError(`cosineMatrixEquals: W1 has ${k1} rows (labels) but W2 has ${k2}`);
  const C1 = cosineMatrix(F, W1, 'cosineMatrixEquals (W1)');
  const C2 = cosineMatrix(F, W2, 'cosineMatrixEquals (W2)');
  return cosineMatrixEntriesEqual(F, C1, C2);
}

/** Exact entry-wise equality of two cosine matrices (false for different sizes). */
export function cosineMatrixEntriesEqual<T>(F: OrderedField<T>, C1: readonly (readonly ExactCosine<T>[])[], C2: readonly (readonly ExactCosine<T>[])[]): boolean {
  if (C1.length !== C2.length) return false;
  return C1.every((row, i) => row.length === C2[i].length && row.every((c, j) => cosineEquals(F, c, C2[i][j])));
}

/**
 * The cosine matrix of the centered unembeddings, C(W − 1·meanᵀ) over F
 * (notes §2 "Centering", App. C.2): translation invariant, unlike C(W).
 * W is k × d (k ≥ 1). Throws `RangeError` naming the row that is zero AFTER
 * centering (a label whose unembedding equals the mean of all of them).
 */
export function centeredCosineMatrix<T>(F: OrderedField<T>, W: Matrix<T>): ExactCosine<T>[][] {
  assertRectangular(W, 'centeredCosineMatrix');
  return cosineMatrix(F, centerColumns(F, W), 'centeredCosineMatrix (after centering the columns)');
}

/**
 * C(DW), the cosine matrix of the braid differences w_i − w_j (i < j in the
 * lexicographic order of `braidPairs`; Def. 5.4, T5.6), over F, exactly:
 * a C(k,2) × C(k,2) matrix of `ExactCosine`, equal to
 * `cosineMatrix(F, braidDifferences(F, W))` but computed from the Gram
 * matrix G = WWᵀ (k² inner products of length d, then
 * ⟨w_i − w_j, w_l − w_m⟩ = G_il − G_im − G_jl + G_jm), which matters when d
 * is large. Throws `RangeError` naming the two labels whose rows are equal
 * (a zero difference has no cosine), or the row when W is ragged.
 */
export function braidCosineMatrix<T>(F: OrderedField<T>, W: Matrix<T>): ExactCosine<T>[][] {
  assertRectangular(W, 'braidCosineMatrix');
  const G = gramMatrix(F, W);
  const pairs = braidPairs(W.length);
  const inner = ([i, j]: [number, number], [l, m]: [number, number]) => F.add(F.sub(F.sub(G[i][l], G[i][m]), G[j][l]), G[j][m]);
  const GD = pairs.map((p) => pairs.map((q) => inner(p, q)));
  return cosineMatrixFromGram(F, GD, (r) => `braidCosineMatrix: rows ${pairs[r][0]} and ${pairs[r][1]} are equal, and the cosine of their zero difference is undefined`);
}
