import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from './matrix.ts';
import { shape } from './matrix.ts';

/**
 * Determinant of a square matrix A (n × n) over F by exact Gaussian
 * elimination. Throws `RangeError` naming the shape when A is not square.
 * (For rationals, `determinantBareiss` in this module is the fraction-free variant.)
 */
export function determinant<T>(F: OrderedField<T>, A: Matrix<T>): T {
  const [n, m] = shape(A);
  if (n !== m) throw new RangeError(`determinant: matrix is ${n} × ${m}, not square`);
  const M = A.map((r) => r.slice());
  let det = F.one;
  for (let c = 0; c < n; c++) {
    let p = -1;
    for (let i = c; i < n; i++) if (!F.isZero(M[i][c])) { p = i; break; }
    if (p < 0) return F.zero;
    if (p !== c) { [M[c], M[p]] = [M[p], M[c]]; det = F.neg(det); }
    det = F.mul(det, M[c][c]);
    for (let i = c + 1; i < n; i++) {
      if (F.isZero(M[i][c])) continue;
      const f = F.div(M[i][c], M[c][c]);
      for (let j = c; j < n; j++) M[i][j] = F.sub(M[i][j], F.mul(f, M[c][j]));
    }
  }
  return det;
}
