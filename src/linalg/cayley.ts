import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { assertRectangular, identity, matAdd, matMul, matSub, shape } from './matrix.ts';
import { inverse } from './inverse.ts';

/** The first (i, j), i ≤ j in row-major order, with S_ij ≠ −S_ji; null when S (square) is skew-symmetric. */
function firstSkewViolation<T>(F: OrderedField<T>, S: Matrix<T>): [number, number] | null {
  const n = S.length;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) if (!F.isZero(F.add(S[i][j], S[j][i]))) return [i, j];
  }
  return null;
}

/**
 * True when S is square and skew-symmetric over F: Sᵀ = −S exactly (so its
 * diagonal is zero). False for non-square matrices. Throws `RangeError`
 * naming the row when S is ragged.
 */
export function isSkewSymmetric<T>(F: OrderedField<T>, S: Matrix<T>): boolean {
  assertRectangular(S, 'skew-symmetry test');
  const [n, m] = shape(S);
  return n === m && firstSkewViolation(F, S) === null;
}

/**
 * The Cayley transform Q = (I − S)(I + S)⁻¹ of a skew-symmetric S (d × d)
 * over F, exactly. Q is orthogonal (QᵀQ = I) with det Q = +1, and has no
 * eigenvalue −1; I + S is always invertible because xᵀ(I + S)x = ‖x‖² > 0
 * for x ≠ 0 in any ordered field. Every rational rotation without
 * eigenvalue −1 arises this way, so this yields exact rational orthogonal
 * matrices (Cayley 1846; see e.g. Golub & Van Loan, "Matrix Computations").
 * Used for the R of L5.3's corollary C(ΛWR) = C(W).
 * Throws `RangeError` naming the shape when S is not square, and naming the
 * first offending entry (i, j) when S_ij ≠ −S_ji.
 */
export function cayleyOrthogonal<T>(F: OrderedField<T>, S: Matrix<T>): T[][] {
  assertRectangular(S, 'Cayley transform');
  const [n, m] = shape(S);
  if (n !== m) throw new RangeError(`Cayley transform: matrix is ${n} × ${m}, not square`);
  const bad = firstSkewViolation(F, S);
  if (bad) {
    const [i, j] = bad;
    throw new RangeError(
      `Cayley transform: matrix is not skew-symmetric at entry (${i}, ${j}) = ${F.format(S[i][j])}, ` +
        `but entry (${j}, ${i}) = ${F.format(S[j][i])}`,
    );
  }
  const I = identity(F, n);
  return matMul(F, matSub(F, I, S), inverse(F, matAdd(F, I, S)));
}
