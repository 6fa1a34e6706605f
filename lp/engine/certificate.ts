import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import { dotSign } from '../../src/linalg/dot-sign.ts';

/**
 * A solution of the strict homogeneous system: A x > 0 row by row and
 * B x = 0 (x has one entry per column of A).
 */
export interface Witness<T> {
  readonly kind: 'witness';
  readonly x: T[];
}

/**
 * Proof that {A x > 0, B x = 0} has no solution: y ≥ 0, y ≠ 0 (one entry per
 * row of A), z free (one entry per row of B, `[]` without B) with
 * Aᵀy + Bᵀz = 0. Without B this is Gordan's certificate, with B Motzkin's
 * (Motzkin's transposition theorem; notes §5 "Gordan / Motzkin alternatives").
 */
export interface Infeasibility<T> {
  readonly kind: 'infeasible';
  readonly y: T[];
  readonly z: T[];
}

/** Either side of the Gordan / Motzkin alternative; checked by `checkCertificate`. */
export type Certificate<T> = Witness<T> | Infeasibility<T>;

/**
 * Checks a certificate for the system {A x > 0, B x = 0} exactly over F.
 *
 * A is m × d, B (optional) is p × d; when A has no rows the number of
 * columns is taken from B, and with neither any x is accepted (vacuous).
 * - witness: x has d entries, every row a_i·x > 0 and every row b_l·x = 0;
 * - infeasible: y has m entries, all ≥ 0, at least one > 0; z has p entries
 *   (`[]` without B); Aᵀy + Bᵀz = 0 exactly.
 * Returns false for a certificate that fails any of these (including wrong
 * lengths); throws `RangeError` when A or B is not rectangular or their
 * column counts differ (naming both shapes), and `TypeError` for an object
 * that is not a certificate at all.
 * Source: Gordan (1873), Motzkin (1936) transposition theorems.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const A = M([[1, 0], [-1, 1]]);
 * checkCertificate(Q, A, undefined, { kind: 'witness', x: M([[1, 2]])[0] })
 * // => true
 * checkCertificate(Q, A, undefined, { kind: 'witness', x: M([[1, 1]])[0] })
 * // => false
 * checkCertificate(Q, M([[1, 0], [-1, 0]]), undefined, { kind: 'infeasible', y: M([[1, 1]])[0], z: [] })
 * // => true
 * ```
 */
export function checkCertificate<T>(F: OrderedField<T>, A: Matrix<T>, B: Matrix<T> | undefined, c: Certificate<T>): boolean {
  const d = systemColumns(A, B);
  const Bm: Matrix<T> = B ?? [];
  if (c === null || typeof c !== 'object') throw new TypeError('checkCertificate: not a certificate object');
  if (c.kind === 'witness') {
    const { x } = c;
    if (!Array.isArray(x) || (d !== undefined && x.length !== d)) return false;
    for (const row of A) if (dotSign(F, row, x) <= 0) return false;
    for (const row of Bm) if (dotSign(F, row, x) !== 0) return false;
    return true;
  }
  if (c.kind === 'infeasible') {
    const { y, z } = c;
    if (!Array.isArray(y) || !Array.isArray(z) || y.length !== A.length || z.length !== Bm.length) return false;
    let positive = false;
    for (const v of y) {
      const s = F.sign(v);
      if (s < 0) return false;
      if (s > 0) positive = true;
    }
    if (!positive) return false;
    const coeffs = [...y, ...z];
    const rows = [...A, ...Bm];
    // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read and JS arrays grow
    const col: T[] = new Array(rows.length);
    for (let j = 0; j < (d ?? 0); j++) {
      for (let i = 0; i < rows.length; i++) col[i] = rows[i][j];
      if (dotSign(F, col, coeffs) !== 0) return false;
    }
    return true;
  }
  throw new TypeError(`checkCertificate: unknown certificate kind ${JSON.stringify((c as { kind?: unknown }).kind)}`);
}

/**
 * Number of columns d of the system {A x > 0, B x = 0}: from A, else from B,
 * else undefined (no rows at all). Throws `RangeError` when A or B is not
 * rectangular or when A (m × d) and B (p × d') have d ≠ d', naming both shapes.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * systemColumns(M([[1, 2]]), undefined)
 * // => 2
 * systemColumns([], M([[1, 2, 3]]))
 * // => 3
 * systemColumns([], undefined)
 * // => undefined
 * systemColumns(M([[1, 2]]), M([[1, 2, 3]]))
 * // throws RangeError: A is 1 × 2 but B is 1 × 3
 * ```
 */
export function systemColumns<T>(A: Matrix<T>, B: Matrix<T> | undefined): number | undefined {
  assertRectangular(A, 'A');
  if (B !== undefined) assertRectangular(B, 'B');
  const [m, d] = shape(A);
  if (B === undefined || B.length === 0) return m > 0 ? d : undefined;
  const [p, dB] = shape(B);
  if (m > 0 && d !== dB) throw new RangeError(`strict system: A is ${m} × ${d} but B is ${p} × ${dB}; they need the same number of columns`);
  return dB;
}
