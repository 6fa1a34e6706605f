/**
 * The authors' check grid decided exactly (issue 6): for every case of the
 * manifest, read W from its `.npy` file exactly, build M (= W or D_n W), its
 * Gram matrix G = M·Mᵀ (or the cosine matrix C), the column-space basis L,
 * and decide exactly whether M and L have the same oriented matroid
 * (`decide-case.ts`: column-space certificate, else minor-by-minor
 * comparison). Optionally the brute-force cross-check with the authors'
 * float cut-off (`brute-force.ts`) and the sign-pattern enumeration
 * (`pattern-check.ts`). Source: notes §4 (L5.3, T5.6, the 200-case grid).
 */
import { readNpy, npyRows } from '../io/npy.ts';
import { AUTO_BRUTE_FORCE_MINORS, bruteForceCase, bruteForceMinorCount } from './brute-force.ts';
import type { BruteForceResult } from './brute-force.ts';
import { buildCaseMatrices } from './case-matrices.ts';
import type { CaseMatrices, GridCaseSpec } from './case-matrices.ts';
import { decideCase } from './decide-case.ts';
import { loadManifest } from './manifest.ts';
import type { ManifestCase } from './manifest.ts';
import { patternCheck } from './pattern-check.ts';
import type { BruteForceEntry, GridCaseResult, GridReport } from './report.ts';

/** Options of `runGrid` and `evaluateGridCase`. */
export interface GridOptions {
  /** Issue item 2: true = every case, 'auto' = cases with at most `AUTO_BRUTE_FORCE_MINORS` minors per matrix; default false. */
  readonly bruteForce?: boolean | 'auto';
  /** Issue item 3: enumerate S(M) and S(L) where Cover's bound ≤ `maxPatterns` (default 10^5); default false. */
  readonly enumerate?: boolean;
  readonly maxPatterns?: number;
  /** Called after each case with (cases done, cases selected). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Selects the cases to run (default: all). */
  readonly only?: (c: ManifestCase) => boolean;
}

/** The per-case identification carried into a result. */
export type CaseIdentity = GridCaseSpec & { readonly index: number; readonly matrix: string };

function bruteForceEntry(cm: CaseMatrices, mode: boolean | 'auto'): BruteForceEntry {
  const count = bruteForceMinorCount(cm);
  if (mode === 'auto' && count > BigInt(AUTO_BRUTE_FORCE_MINORS)) {
    return { skipped: `C(${cm.M.length}, ${cm.pivots.length}) = ${count} minors > ${AUTO_BRUTE_FORCE_MINORS}` };
  }
  if (cm.spec.cosine && cm.zeroRows.length > 0) return { skipped: 'cosine undefined (zero row)' };
  return bruteForceCase(cm);
}

/**
 * Decides one case on an in-memory matrix W (n × d float64 values, rows are
 * labels; each value is read as its exact dyadic rational), with the optional
 * cross-checks of `opts`. `seconds` covers building the matrices and the
 * exact decision (plus `extraSeconds`, e.g. the time to read the file).
 * To test an altered L, use `buildCaseMatrices` and `decideCase` directly.
 * Throws `RangeError` when W is not n × d or has a non-finite entry.
 */
export function evaluateGridCase(
  W: readonly (readonly number[])[],
  id: CaseIdentity,
  opts: Omit<GridOptions, 'onProgress' | 'only'> = {},
  extraSeconds = 0,
): GridCaseResult {
  const start = performance.now();
  const cm = buildCaseMatrices(W, id);
  const decision = decideCase(cm);
  const seconds = extraSeconds + (performance.now() - start) / 1000;
  const bruteForce = opts.bruteForce ? bruteForceEntry(cm, opts.bruteForce) : null;
  const patterns = opts.enumerate ? patternCheck(cm, { maxPatterns: opts.maxPatterns }) : null;
  return {
    index: id.index, n: id.n, d: id.d, seed: id.seed, braid: id.braid, cosine: id.cosine, matrix: id.matrix,
    rows: cm.M.length, rank: cm.pivots.length,
    verdict: decision.verdict, method: decision.method, sigma: decision.sigma, reason: decision.reason,
    seconds, bruteForce, patterns,
  };
}

/**
 * Runs the grid of a manifest file (`loadManifest`; `.npy` paths relative to
 * the manifest's folder) and returns the report: per-case verdicts and
 * times, the total decision time, its ratio to the authors'
 * `anchorWallSeconds`, the slowest case, and summaries of the optional
 * brute-force and pattern checks. Synchronous. Throws what `loadManifest`,
 * `readNpy` (naming the file) and `evaluateGridCase` throw.
 */
export function runGrid(manifestPath: string, opts: GridOptions = {}): GridReport {
  const wallStart = performance.now();
  const manifest = loadManifest(manifestPath);
  const selected = opts.only ? manifest.cases.filter(opts.only) : manifest.cases;
  const cases: GridCaseResult[] = [];
  for (const c of selected) {
    const readStart = performance.now();
    const W = npyRows(readNpy(c.matrixPath));
    const readSeconds = (performance.now() - readStart) / 1000;
    cases.push(evaluateGridCase(W, c, opts, readSeconds));
    opts.onProgress?.(cases.length, selected.length);
  }
  return summarise(manifest.path, manifest.anchorWallSeconds, cases, (performance.now() - wallStart) / 1000);
}

function overallMargins(results: readonly BruteForceResult[]): { maxAbsAtExactZero: number | null; minAbsAtExactNonZero: number | null } {
  const margins = results.flatMap((b) => [b.float.marginsM, b.float.marginsL]);
  const zeros = margins.flatMap((m) => (m.maxAbsAtExactZero === null ? [] : [m.maxAbsAtExactZero]));
  const nonZeros = margins.flatMap((m) => (m.minAbsAtExactNonZero === null ? [] : [m.minAbsAtExactNonZero]));
  return {
    maxAbsAtExactZero: zeros.length > 0 ? Math.max(...zeros) : null,
    minAbsAtExactNonZero: nonZeros.length > 0 ? Math.min(...nonZeros) : null,
  };
}

/** Builds the report totals from the case results (exported for callers that run cases themselves). */
export function summarise(manifest: string, anchorWallSeconds: number | null, cases: GridCaseResult[], wallSeconds: number): GridReport {
  const seconds = cases.reduce((s, c) => s + c.seconds, 0);
  const counts = { same: 0, different: 0, undefined: 0 };
  for (const c of cases) counts[c.verdict]++;
  const slowestCase = cases.reduce<GridCaseResult | null>((a, c) => (a === null || c.seconds > a.seconds ? c : a), null);
  const bf = cases.filter((c) => c.bruteForce !== null);
  let bruteForce: GridReport['bruteForce'] = null;
  if (bf.length > 0) {
    const done = bf.flatMap((c) => (c.bruteForce && 'minors' in c.bruteForce ? [{ c, b: c.bruteForce }] : []));
    bruteForce = {
      cases: done.length,
      skipped: bf.length - done.length,
      minors: done.reduce((s, { b }) => s + 2 * b.minors, 0),
      zerosM: done.reduce((s, { b }) => s + b.zerosM, 0),
      zerosL: done.reduce((s, { b }) => s + b.zerosL, 0),
      verdictConflicts: done.filter(({ c, b }) => (c.verdict === 'same') !== b.agree).length,
      cutoffDisagreements: done.reduce((s, { b }) => s + b.float.disagreements.length, 0),
      ...overallMargins(done.map(({ b }) => b)),
      floatVerdictDiffers: done.filter(({ c, b }) => c.verdict !== b.float.verdict).length,
      seconds: done.reduce((s, { b }) => s + b.seconds, 0),
    };
  }
  const pc = cases.flatMap((c) => (c.patterns ? [c.patterns] : []));
  const patterns = pc.length === 0 ? null : {
    checked: pc.filter((p) => p.status === 'checked').length,
    skipped: pc.filter((p) => p.status === 'skipped').length,
    unequal: pc.filter((p) => p.status === 'checked' && !p.equal).length,
    seconds: pc.reduce((s, p) => s + (p.status === 'checked' ? p.seconds : 0), 0),
  };
  return {
    manifest, cases, counts, seconds, wallSeconds, anchorWallSeconds,
    ratioToAnchor: anchorWallSeconds ? seconds / anchorWallSeconds : null,
    speedup: anchorWallSeconds && seconds > 0 ? anchorWallSeconds / seconds : null,
    slowest: slowestCase ? { index: slowestCase.index, seconds: slowestCase.seconds, method: slowestCase.method } : null,
    bruteForce, patterns,
  };
}
