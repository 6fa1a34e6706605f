/**
 * Private helper of the pattern enumerations: an exact point off every
 * hyperplane of a finite set, found deterministically on the moment curve.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { dotSign } from '../../../src/linalg/dot-sign.ts';

/**
 * An exact x = (1, t, t², …, t^{d−1}) (integer t = 1, 2, …) with n·x ≠ 0 for
 * every row n of `normals` (m × d, every row non-zero). For a non-zero row,
 * t ↦ n·x(t) is a non-zero polynomial of degree < d, so it has fewer than d
 * roots and at most m·(d−1) values of t fail: the search ends after at most
 * m·(d−1) + 1 exact trials. Throws `RangeError` naming the row when a row is
 * zero (no such point exists).
 */
export function pointOffHyperplanes<T>(F: OrderedField<T>, normals: Matrix<T>, d: number): T[] {
  normals.forEach((row, i) => {
    if (row.every((v) => F.isZero(v))) throw new RangeError(`pointOffHyperplanes: row ${i} is zero`);
  });
  for (let t = 1; ; t++) {
    const x: T[] = [];
    let p = 1n;
    for (let j = 0; j < d; j++) { x.push(F.fromRational(p)); p *= BigInt(t); }
    if (normals.every((row) => dotSign(F, row, x) !== 0)) return x;
  }
}
