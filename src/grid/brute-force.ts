/**
 * Brute-force exact cross-check of one grid case (issue item 2): every
 * maximal minor of M and of L computed exactly (BigInt Bareiss) and
 * compared one by one, exact zeros counted, and the authors' float64
 * method (LU determinant, |det| < 1e-10 → 0) compared with the exact signs
 * minor by minor. Cost: 2·C(m, r) exact and 2·C(m, r) float determinants
 * (C(45, 3) = 14190 for n = 10, d = 3 with the braid matrix).
 */
import { binomial } from '../linalg/minors.ts';
import type { CaseMatrices } from './case-matrices.ts';
import { integerRankProfile, selectColumns } from '../linalg/integer-elimination.ts';
import { compareMaximalMinors } from './minor-comparison.ts';
import { AUTHORS_CUTOFF, authorsFloatMatrices, cutoffDisagreements, cutoffMargins, cutoffSigns, floatChirotopesAgree, floatMaximalMinors } from './float-cutoff.ts';
import type { CutoffDisagreement, CutoffMargins } from './float-cutoff.ts';

/** Minors one case's brute force evaluates per matrix under `bruteForce: 'auto'` at most. */
export const AUTO_BRUTE_FORCE_MINORS = 200_000;

/** The brute-force result of one case. */
export interface BruteForceResult {
  /** Maximal minors per matrix, C(m, r). */
  readonly minors: number;
  /** Exact zeros among the minors of M, resp. L. */
  readonly zerosM: number;
  readonly zerosL: number;
  /** Exact: sign(L_I) = σ·sign(M_I) for every I. */
  readonly agree: boolean;
  readonly sigma: 1 | -1 | null;
  readonly mismatches: number;
  /** The authors' method on the same subsets (NOT exact). */
  readonly float: {
    readonly cutoff: number;
    /** Minors the cut-off calls zero, in M resp. L. */
    readonly zerosM: number;
    readonly zerosL: number;
    /** Every minor where the cut-off sign differs from the exact sign (zero-ness or sign). */
    readonly disagreements: CutoffDisagreement[];
    /** Largest |float det| at an exact zero, smallest at an exact non-zero, for M and for L. */
    readonly marginsM: CutoffMargins;
    readonly marginsL: CutoffMargins;
    /** The verdict the float64 check reaches. */
    readonly verdict: 'same' | 'different';
  };
  readonly seconds: number;
}

/** Number of maximal minors per matrix of a case: C(m, rank M). */
export function bruteForceMinorCount(cm: CaseMatrices): bigint {
  return binomial(cm.M.length, cm.pivots.length);
}

/**
 * Runs the brute-force exact comparison and the float cut-off comparison on
 * one case (M m × d, L its column-space basis, both restricted to their
 * pivot columns: m × r). For cosine cases the exact signs of L are those of
 * its integer core (the positive factors do not change signs) and the float
 * L is the float cosine basis. Throws `RangeError` when rank(L) ≠ rank(M)
 * (the minors would not be comparable).
 */
export function bruteForceCase(cm: CaseMatrices): BruteForceResult {
  const start = performance.now();
  const pm = integerRankProfile(cm.M);
  const pl = integerRankProfile(cm.L);
  if (pm.rank !== pl.rank) throw new RangeError(`brute force: rank(M) = ${pm.rank} but rank(L) = ${pl.rank}`);
  const A = selectColumns(cm.M, pm.pivotColumns);
  const B = selectColumns(cm.L, pl.pivotColumns);
  const exact = compareMaximalMinors(A, B, { keepSigns: true });
  const floats = authorsFloatMatrices(cm.W, cm.spec.braid, cm.spec.cosine, pm.pivotColumns, cm.pivots.filter((_, t) => pl.pivotColumns.includes(t)));
  const detsM = floatMaximalMinors(floats.M);
  const detsL = floatMaximalMinors(floats.L);
  const fm = cutoffSigns(detsM, AUTHORS_CUTOFF);
  const fl = cutoffSigns(detsL, AUTHORS_CUTOFF);
  const m = A.length;
  const r = pm.rank;
  const disagreements = [
    ...cutoffDisagreements('M', m, r, exact.signsA!, fm),
    ...cutoffDisagreements('L', m, r, exact.signsB!, fl),
  ];
  const countZeros = (s: Int8Array) => s.reduce((z, x) => z + (x === 0 ? 1 : 0), 0);
  return {
    minors: exact.minors,
    zerosM: exact.zerosA,
    zerosL: exact.zerosB,
    agree: exact.mismatches === 0,
    sigma: exact.sigma,
    mismatches: exact.mismatches,
    float: {
      cutoff: AUTHORS_CUTOFF,
      zerosM: countZeros(fm),
      zerosL: countZeros(fl),
      disagreements,
      marginsM: cutoffMargins(exact.signsA!, detsM),
      marginsL: cutoffMargins(exact.signsB!, detsL),
      verdict: floatChirotopesAgree(fm, fl) ? 'same' : 'different',
    },
    seconds: (performance.now() - start) / 1000,
  };
}
