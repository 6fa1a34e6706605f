/**
 * Brute-force chirotope comparison: every maximal minor of two integer
 * matrices, exactly (BigInt Bareiss), compared one by one.
 *
 * For A and B m × r, the chirotopes agree up to one global sign σ when
 * sign(det B_I) = σ·sign(det A_I) for every r-subset I of rows
 * (Björner et al., Oriented Matroids, §3.5). Subsets I run through
 * `combinations(m, r)` in lexicographic order.
 */
import { bareissDeterminantBigInt } from '../linalg/determinant.ts';
import { binomial, combinations } from '../linalg/minors.ts';

/** Result of comparing the maximal minors of A and B one by one. */
export interface MinorSignComparison {
  /** Number of r-subsets compared (C(m, r) when `complete`). */
  readonly minors: number;
  /** Exact zeros among the compared minors of A, resp. B. */
  readonly zerosA: number;
  readonly zerosB: number;
  /** The global sign sign(B_I)·sign(A_I) at the first subset I where both minors are non-zero; null if none. */
  readonly sigma: 1 | -1 | null;
  /** Subsets with sign(B_I) ≠ σ·sign(A_I). */
  readonly mismatches: number;
  /** The first such subset (row indices), or null. */
  readonly firstMismatch: number[] | null;
  /** false when the comparison stopped at the first mismatch. */
  readonly complete: boolean;
  /** Exact signs of all compared minors of A and B (lexicographic order), when asked for. */
  readonly signsA?: Int8Array;
  readonly signsB?: Int8Array;
}

function sign(x: bigint): -1 | 0 | 1 {
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}

/**
 * Compares the maximal minors of A and B (both m × r integer matrices,
 * m ≥ r) exactly, one by one. With `stopAtFirstMismatch` it returns as soon
 * as the chirotopes are known to differ; with `keepSigns` it also returns the
 * exact sign of every minor. The chirotopes agree up to a global sign iff
 * `mismatches === 0` on a complete comparison.
 * Throws `RangeError` when the shapes differ (naming both) or m < r.
 */
export function compareMaximalMinors(
  A: readonly (readonly bigint[])[],
  B: readonly (readonly bigint[])[],
  opts: { stopAtFirstMismatch?: boolean; keepSigns?: boolean } = {},
): MinorSignComparison {
  const m = A.length;
  const r = m === 0 ? 0 : A[0].length;
  const rB = B.length === 0 ? 0 : B[0].length;
  if (B.length !== m || rB !== r) throw new RangeError(`maximal minors: shapes ${m} × ${r} and ${B.length} × ${rB} differ`);
  if (m < r) throw new RangeError(`maximal minors: ${m} × ${r} has fewer rows than columns`);
  const total = Number(binomial(m, r));
  const signsA = opts.keepSigns ? new Int8Array(total) : undefined;
  const signsB = opts.keepSigns ? new Int8Array(total) : undefined;
  let minors = 0;
  let zerosA = 0;
  let zerosB = 0;
  let sigma: 1 | -1 | null = null;
  let mismatches = 0;
  let firstMismatch: number[] | null = null;
  for (const rows of combinations(m, r)) {
    const sa = sign(bareissDeterminantBigInt(rows.map((i) => A[i])));
    const sb = sign(bareissDeterminantBigInt(rows.map((i) => B[i])));
    if (signsA && signsB) { signsA[minors] = sa; signsB[minors] = sb; }
    minors++;
    if (sa === 0) zerosA++;
    if (sb === 0) zerosB++;
    if (sigma === null && sa !== 0 && sb !== 0) sigma = (sa * sb) as 1 | -1;
    const agrees = sa === 0 ? sb === 0 : sb !== 0 && (sigma === null || sb === sigma * sa);
    if (!agrees) {
      mismatches++;
      if (firstMismatch === null) firstMismatch = rows;
      if (opts.stopAtFirstMismatch) return { minors, zerosA, zerosB, sigma, mismatches, firstMismatch, complete: false };
    }
  }
  return { minors, zerosA, zerosB, sigma, mismatches, firstMismatch, complete: true, signsA, signsB };
}
