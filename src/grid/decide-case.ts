/**
 * The exact decision of one grid case: do M and the column-space basis L
 * have the same oriented matroid (equal chirotopes up to one global sign)?
 *
 * Method, in order (all in BigInt, exact):
 * 1. Ranks by fraction-free elimination; different ranks → different.
 * 2. Column bases A = M[:, J], B = L[:, J'] (pivot columns; the chirotope of
 *    a rank-r configuration is that of any m × r column basis).
 * 3. Column-space certificate: T with A·T = Δ·B verified on every row and
 *    det T ≠ 0 → same, global sign σ (L5.3, App. F). This decides every
 *    case of the authors' grid.
 * 4. Otherwise (col(B) ≠ col(A)) the chirotopes are compared minor by minor,
 *    stopping at the first mismatch (→ different) or confirming all C(m, r)
 *    (→ same; different column spaces can still have one oriented matroid).
 * Cosine cases are decided on the integer core of L (positive scalings
 * removed, see `case-matrices.ts`); a zero row of M makes the cosine matrix
 * undefined and the verdict 'undefined'.
 */
import { binomial } from '../linalg/minors.ts';
import type { CaseMatrices } from './case-matrices.ts';
import { columnSpaceCertificate } from './column-space-certificate.ts';
import type { ColumnSpaceCertificate } from './column-space-certificate.ts';
import { integerRankProfile, selectColumns } from '../linalg/integer-elimination.ts';
import { compareMaximalMinors } from './minor-comparison.ts';

/** How a verdict was reached. */
export type DecisionMethod = 'column-space certificate' | 'chirotope comparison' | 'rank' | 'cosine undefined';

/** The exact verdict on one pair (M, L). */
export interface CaseDecision {
  readonly verdict: 'same' | 'different' | 'undefined';
  readonly method: DecisionMethod;
  readonly rankM: number;
  readonly rankL: number;
  /** Global sign between the chirotopes when they agree (null otherwise). */
  readonly sigma: 1 | -1 | null;
  /** One line saying why. */
  readonly reason: string;
  readonly certificate?: ColumnSpaceCertificate;
  /** For 'chirotope comparison': the first subset of rows whose signs disagree. */
  readonly firstMismatch?: number[];
}

/** Default largest number of maximal minors the fallback comparison may evaluate. */
export const DEFAULT_MAX_FALLBACK_MINORS = 10_000_000;

/**
 * Decides exactly whether the rows of M (m × d) and of L (m × c) have the
 * same oriented matroid (Björner et al., Oriented Matroids, §3.5), integer
 * matrices in BigInt; see the module docstring for the method.
 * Throws `RangeError` when the row counts differ (naming both shapes), or
 * when no certificate exists and the fallback would need more than
 * `maxMinors` minors (naming the count) — it never guesses.
 */
export function decideSameOrientedMatroid(
  M: readonly (readonly bigint[])[],
  L: readonly (readonly bigint[])[],
  opts: { maxMinors?: number } = {},
): CaseDecision {
  if (M.length !== L.length) {
    throw new RangeError(`oriented matroid comparison: M has ${M.length} rows, L has ${L.length}; they must index the same labels`);
  }
  const pm = integerRankProfile(M);
  const pl = integerRankProfile(L);
  const base = { rankM: pm.rank, rankL: pl.rank };
  if (pm.rank !== pl.rank) {
    return { ...base, verdict: 'different', method: 'rank', sigma: null, reason: `rank(M) = ${pm.rank} but rank(L) = ${pl.rank}` };
  }
  const r = pm.rank;
  const A = selectColumns(M, pm.pivotColumns);
  const B = selectColumns(L, pl.pivotColumns);
  const certificate = columnSpaceCertificate(A, B);
  if (certificate) {
    return {
      ...base, verdict: 'same', method: 'column-space certificate', sigma: certificate.sigma, certificate,
      reason: `L = M·T/Δ on all ${M.length} rows with det T ≠ 0 (Δ = det of rows ${certificate.rows.join(',')}), global sign ${certificate.sigma > 0 ? '+' : '-'}`,
    };
  }
  const count = binomial(M.length, r);
  const limit = opts.maxMinors ?? DEFAULT_MAX_FALLBACK_MINORS;
  if (count > BigInt(limit)) {
    throw new RangeError(`oriented matroid comparison: no column-space certificate and C(${M.length}, ${r}) = ${count} minors exceed the limit ${limit}`);
  }
  const cmp = compareMaximalMinors(A, B, { stopAtFirstMismatch: true });
  if (cmp.mismatches > 0) {
    return {
      ...base, verdict: 'different', method: 'chirotope comparison', sigma: null, firstMismatch: cmp.firstMismatch ?? undefined,
      reason: `col(L) ≠ col(M), and the minors on rows ${cmp.firstMismatch!.join(',')} disagree in sign`,
    };
  }
  return {
    ...base, verdict: 'same', method: 'chirotope comparison', sigma: cmp.sigma,
    reason: `col(L) ≠ col(M), but all ${cmp.minors} maximal minors agree up to the global sign`,
  };
}

/**
 * Decides one grid case from its exact matrices: 'undefined' (method
 * 'cosine undefined', naming the zero rows) for a cosine case where M has a
 * zero row, else `decideSameOrientedMatroid(cm.M, cm.L)` (for cosine cases
 * L is the integer core of the basis of col(C): same chirotope, see
 * `case-matrices.ts`). Source: L5.3 (App. F), T5.6 (App. G).
 */
export function decideCase(cm: CaseMatrices, opts: { maxMinors?: number } = {}): CaseDecision {
  if (cm.spec.cosine && cm.zeroRows.length > 0) {
    const names = cm.zeroRows.map((i) => cm.rowLabels[i]).join(', ');
    return {
      verdict: 'undefined', method: 'cosine undefined', rankM: cm.pivots.length, rankL: cm.pivots.length, sigma: null,
      reason: `M has zero rows (${names}${cm.spec.braid ? ': equal unembeddings' : ''}); the cosine matrix is undefined`,
    };
  }
  return decideSameOrientedMatroid(cm.M, cm.L, opts);
}
