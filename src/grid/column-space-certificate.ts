/**
 * Column-space certificates: an exact proof that two integer matrices have
 * the same oriented matroid.
 *
 * If A and B are m × r of rank r and A·T = Δ·B for an integer r × r matrix T
 * and an integer Δ ≠ 0, then for every r-subset I of rows
 *   det B_I = det(T) / Δ^r · det A_I,
 * so the chirotopes (signs of the maximal minors, Björner et al., Oriented
 * Matroids, §3.5) agree up to the one global sign σ = sign(det T)·sign(Δ)^r.
 * This is the L5.3 step "S(W) = S(G): same column space" (App. F) made
 * checkable: T is found by Cramer's rule on r independent rows of A and then
 * verified on EVERY row, in BigInt.
 */
import { bareissDeterminantBigInt } from '../linalg/determinant.ts';
import { integerIndependentRows } from '../linalg/integer-elimination.ts';

/** A·T = Δ·B, checked on every row; σ is the global sign between the chirotopes. */
export interface ColumnSpaceCertificate {
  /** r independent rows R of A used to solve for T (det A_R = Δ). */
  readonly rows: number[];
  /** Δ = det A_R ≠ 0. */
  readonly delta: bigint;
  /** r × r integer matrix with A·T = Δ·B. */
  readonly T: bigint[][];
  /** sign(det B_I) = σ·sign(det A_I) for every r-subset I. */
  readonly sigma: 1 | -1;
}

/**
 * Finds and verifies a column-space certificate for A and B (both m × r
 * integer matrices, A of rank r), or returns `null` when col(B) ≠ col(A) or
 * rank(B) < r (then no such certificate exists and the chirotopes must be
 * compared minor by minor). Exact (BigInt). Throws `RangeError` when the
 * shapes differ (naming both) or A does not have full column rank.
 * Source: L5.3, App. F (column space step); Björner et al., Oriented Matroids, §3.5.
 */
export function columnSpaceCertificate(
  A: readonly (readonly bigint[])[],
  B: readonly (readonly bigint[])[],
): ColumnSpaceCertificate | null {
  const m = A.length;
  const r = m === 0 ? 0 : A[0].length;
  const rB = B.length === 0 ? 0 : B[0].length;
  if (B.length !== m || rB !== r) throw new RangeError(`column-space certificate: shapes ${m} × ${r} and ${B.length} × ${rB} differ`);
  const rows = integerIndependentRows(A);
  if (rows.length !== r) throw new RangeError(`column-space certificate: A (${m} × ${r}) has rank ${rows.length}, not full column rank`);
  const AR = rows.map((i) => A[i]);
  const delta = bareissDeterminantBigInt(AR);
  // Cramer: T[a][b] = det(A_R with column a replaced by column b of B_R), so A_R·T = Δ·B_R.
  const T = Array.from({ length: r }, (_, a) =>
    Array.from({ length: r }, (_, b) => bareissDeterminantBigInt(AR.map((row, t) => row.map((x, c) => (c === a ? B[rows[t]][b] : x))))),
  );
  for (let i = 0; i < m; i++) {
    for (let b = 0; b < r; b++) {
      let s = 0n;
      for (let a = 0; a < r; a++) s += A[i][a] * T[a][b];
      if (s !== delta * B[i][b]) return null;
    }
  }
  const detT = bareissDeterminantBigInt(T);
  if (detT === 0n) return null;
  const deltaPower = r % 2 === 0 || delta > 0n ? 1 : -1;
  const sigma = (detT > 0n ? 1 : -1) * deltaPower;
  return { rows, delta, T, sigma: sigma as 1 | -1 };
}
