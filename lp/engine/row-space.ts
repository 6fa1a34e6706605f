/**
 * Row-space reduction of a strict system {A x > 0, B x = 0} (A m × d,
 * B p × d): when the rows of [A; B] span only an r-dimensional subspace
 * (r < d: a rank-deficient unembedding, or fewer rows than columns), the
 * system is equivalent to its restriction to r pivot columns P.
 *
 * If every column of [A; B] is a combination of the columns P, i.e.
 * [A; B] = [A; B]_P·C, then [A; B]x = [A; B]_P (C x): a solution x gives the
 * solution u = C x of the reduced system {A_P u > 0, B_P u = 0}, and a
 * solution u gives x = u on P, 0 elsewhere. A Gordan / Motzkin certificate
 * (y, z) of the reduced system is one of the full system (the rows are the
 * same): Aᵀy + Bᵀz = Cᵀ(A_Pᵀy + B_Pᵀz) = 0.
 *
 * P comes from an echelon form of [A; B] modulo the prime 65 521 (cheap:
 * float arithmetic on residues). Columns independent mod p are independent
 * over Q, so r_p ≤ rank over Q; the rare r_p < rank (a prime dividing a
 * minor) makes the reduced system too small, which the caller notices
 * because the lifted certificate fails its exact check on the full system
 * (then it decides the full system as before). So this is a speed-up only:
 * every answer is still checked exactly on the original rows.
 * Over Q only (other fields: no reduction).
 * Source: linear algebra (row space / column rank profile); issue 10 item 7.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { fieldKind } from '../../src/field/field-kind.ts';
import type { Rational } from '../../src/field/rational.ts';
import type { Certificate } from './certificate.ts';

const P = 65521;
const PB = BigInt(P);

/** The reduced system on the pivot columns, or null when no reduction applies. */
export interface RowSpaceReduction<T> {
  readonly A: T[][];
  readonly B: T[][];
  /** The kept columns (increasing), r < d of them. */
  readonly columns: number[];
}

function invMod(a: number): number {
  // Fermat: a^(p−2) mod p, with products < 2^32 (exact in float64)
  let r = 1;
  let b = a % P;
  let e = P - 2;
  while (e > 0) {
    if (e & 1) r = (r * b) % P;
    b = (b * b) % P;
    e >>= 1;
  }
  return r;
}

/** A rational mod P, or −1 when its denominator is divisible by P. */
function residue(v: Rational): number {
  const dr = Number(v.d % PB);
  if (dr === 0) return -1;
  let n = Number(v.n % PB);
  if (v.s < 0n) n = (P - n) % P;
  return (n * invMod(dr)) % P;
}

/**
 * The reduction of {A x > 0, B x = 0} to the pivot columns of [A; B] mod p
 * (see the module docstring), or null when [A; B] has rank d mod p (nothing
 * to reduce), when F is not Q, or when an entry's denominator is divisible by p.
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * // rows (1, 2), (2, 4) span one dimension: reduced to column 0
 * reduceToRowSpace(Q, M([[1, 2], [2, 4]]), [], 2)?.columns
 * // => [0]
 * reduceToRowSpace(Q, M([[1, 2], [2, 4]]), [], 2)?.A.map((r) => r.map((v) => Q.format(v)))
 * // => [['1'], ['2']]
 * // full rank: nothing to reduce
 * reduceToRowSpace(Q, M([[1, 0], [0, 1]]), [], 2)
 * // => null
 * ```
 */
export function reduceToRowSpace<T>(F: OrderedField<T>, A: Matrix<T>, B: Matrix<T>, d: number): RowSpaceReduction<T> | null {
  if (fieldKind(F) !== 'Q' || d === 0) return null;
  const pivotRows: Float64Array[] = [];
  const pivotCols: number[] = [];
  const reduce = (row: readonly T[]): boolean => {
    const v = new Float64Array(d);
    for (let c = 0; c < d; c++) {
      const r = residue(row[c] as unknown as Rational);
      if (r < 0) return false;
      v[c] = r;
    }
    for (let q = 0; q < pivotRows.length; q++) {
      const f = v[pivotCols[q]];
      if (f === 0) continue;
      const pr = pivotRows[q];
      for (let c = 0; c < d; c++) if (pr[c] !== 0) v[c] = (v[c] - ((f * pr[c]) % P) + P) % P;
    }
    let lead = -1;
    for (let c = 0; c < d; c++) if (v[c] !== 0) { lead = c; break; }
    if (lead >= 0) {
      const inv = invMod(v[lead]);
      for (let c = 0; c < d; c++) v[c] = (v[c] * inv) % P;
      pivotRows.push(v);
      pivotCols.push(lead);
    }
    return true;
  };
  for (const row of [...A, ...B]) {
    if (!reduce(row)) return null;
    if (pivotCols.length === d) return null;
  }
  const columns = pivotCols.slice().sort((a, b) => a - b);
  const pick = (M: Matrix<T>) => M.map((row) => columns.map((c) => row[c]));
  return { A: pick(A), B: pick(B), columns };
}

/**
 * A certificate of the reduced system (on `columns`, r of them) as one of the
 * full system with d columns: a witness is padded with zeros off the kept
 * columns; a Gordan / Motzkin certificate (y, z) is returned as it is (the
 * rows are the same). Exact in F; throws nothing.
 * @example
 * ```ts
 * liftCertificate(Q, { kind: 'witness', x: [Q.fromRational(3)] }, [1], 3)
 * // => { kind: 'witness', x: [Q.zero, Q.fromRational(3), Q.zero] }
 * const gordan = { kind: 'infeasible' as const, y: [Q.one, Q.one], z: [] };
 * liftCertificate(Q, gordan, [0], 2) === gordan
 * // => true
 * ```
 */
export function liftCertificate<T>(F: OrderedField<T>, c: Certificate<T>, columns: readonly number[], d: number): Certificate<T> {
  if (c.kind !== 'witness') return c;
  const x = Array.from({ length: d }, () => F.zero);
  columns.forEach((col, t) => { x[col] = c.x[t]; });
  return { kind: 'witness', x };
}
