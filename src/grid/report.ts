/**
 * Plain-data report of a grid run (JSON-serialisable: no bigint, no typed
 * arrays), for the CLI's table/JSON output and for bench/.
 */
import type { BruteForceResult } from './brute-force.ts';
import type { DecisionMethod } from './decide-case.ts';
import type { PatternCheckResult } from './pattern-check.ts';

/** The brute-force part of a case result, or why it was skipped. */
export type BruteForceEntry = BruteForceResult | { readonly skipped: string };

/** One case of the grid, decided exactly. */
export interface GridCaseResult {
  readonly index: number;
  readonly n: number;
  readonly d: number;
  readonly seed: number;
  readonly braid: boolean;
  readonly cosine: boolean;
  /** The `.npy` file name from the manifest. */
  readonly matrix: string;
  /** Rows of M (n, or C(n, 2) with the braid matrix). */
  readonly rows: number;
  /** rank(M) = number of columns of the column-space basis L. */
  readonly rank: number;
  /** Exact verdict: same oriented matroid (chirotopes equal up to a global sign) or not; 'undefined' when the cosine matrix is. */
  readonly verdict: 'same' | 'different' | 'undefined';
  readonly method: DecisionMethod;
  /** Global sign between the chirotopes of M and L, when 'same'. */
  readonly sigma: 1 | -1 | null;
  readonly reason: string;
  /** Wall time of the exact decision (reading the .npy, building M, G, L, deciding), seconds. */
  readonly seconds: number;
  /** Issue item 2 (null when not requested). */
  readonly bruteForce: BruteForceEntry | null;
  /** Issue item 3 (null when not requested). */
  readonly patterns: PatternCheckResult | null;
}

/** Summary of the brute-force cross-checks of a run. */
export interface BruteForceSummary {
  readonly cases: number;
  readonly skipped: number;
  /** Maximal minors compared (M and L together). */
  readonly minors: number;
  /** Exact zero minors in M, in L. */
  readonly zerosM: number;
  readonly zerosL: number;
  /** Cases where exact minor-by-minor comparison disagrees with the exact verdict (expected 0). */
  readonly verdictConflicts: number;
  /** Minors where the authors' 1e-10 cut-off disagrees with the exact sign or zero-ness. */
  readonly cutoffDisagreements: number;
  /** Over all cases and both matrices: largest |float det| at an exact zero, smallest at an exact non-zero (NOT exact). */
  readonly maxAbsAtExactZero: number | null;
  readonly minAbsAtExactNonZero: number | null;
  /** Cases where the float64 verdict differs from the exact verdict. */
  readonly floatVerdictDiffers: number;
  readonly seconds: number;
}

/** The whole grid run. */
export interface GridReport {
  readonly manifest: string;
  readonly cases: GridCaseResult[];
  readonly counts: { readonly same: number; readonly different: number; readonly undefined: number };
  /** Sum of the per-case exact decision times, seconds. */
  readonly seconds: number;
  /** Wall time of the whole run including brute force and pattern checks, seconds. */
  readonly wallSeconds: number;
  /** The authors' time for the grid (manifest), seconds; null if absent. */
  readonly anchorWallSeconds: number | null;
  /** seconds / anchorWallSeconds (null without an anchor). */
  readonly ratioToAnchor: number | null;
  /** anchorWallSeconds / seconds (null without an anchor). */
  readonly speedup: number | null;
  readonly slowest: { readonly index: number; readonly seconds: number; readonly method: DecisionMethod } | null;
  readonly bruteForce: BruteForceSummary | null;
  /** Cases whose pattern check ran, was skipped, or found S(M) ≠ S(L). */
  readonly patterns: { readonly checked: number; readonly skipped: number; readonly unequal: number; readonly seconds: number } | null;
}
