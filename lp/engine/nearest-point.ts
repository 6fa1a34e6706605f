/**
 * Private fast path of the pattern enumerations: decides a small strict
 * system {A x > 0} by Wolfe's minimum-norm-point algorithm in floating point
 * (NOT exact by itself), then certifies the answer exactly — a rounded
 * integer witness, or a Gordan certificate solved exactly on the support of
 * the float solution — with LP-core's `checkCertificate`. When neither
 * certifies, LP-core's `decideStrictSystem` (glpk + exact fallback) decides.
 * So every answer carries a certificate checked in exact arithmetic.
 *
 * Source: P. Wolfe, "Finding the nearest point in a polytope", Math.
 * Programming 11 (1976) 128–149. Gordan's alternative: {A x > 0} is
 * infeasible iff 0 ∈ conv{a_i}; otherwise the point p of conv{a_i} nearest
 * to 0 has a_iᵀp ≥ ‖p‖² > 0 for every i.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { roundedIntegerVector } from '../../src/field/integers.ts';
import { checkCertificate, type Certificate } from './certificate.ts';
import { decideStrictSystem } from './strict-system.ts';
import { dualOnSupport } from './internal/support-solve.ts';
import { isFloatVector, rowIndices, untrustedAnswer, type FloatSolvers, type NearestPoint } from './float-solvers.ts';

/** Counters of `decideStrictFast` (process-wide): answers certified by the fast path, and those left to `decideStrictSystem`. */
const counters = { fast: 0, lpCore: 0 };

/**
 * Snapshot of the fast-path counters (for the benchmark).
 *
 * @example
 * ```ts
 * resetFastDecideStats();
 * decideStrictFast(Q, [[Q.one, Q.zero]], 2);
 * fastDecideStats()
 * // => { fast: 1, lpCore: 0 }
 * ```
 */
export function fastDecideStats(): { fast: number; lpCore: number } {
  return { ...counters };
}

/**
 * Sets the fast-path counters to zero.
 *
 * @example
 * ```ts
 * decideStrictFast(Q, [[Q.one]], 1);
 * resetFastDecideStats();
 * fastDecideStats()
 * // => { fast: 0, lpCore: 0 }
 * ```
 */
export function resetFastDecideStats(): void {
  counters.fast = 0;
  counters.lpCore = 0;
}

const MAX_MAJOR = 200;
/** Relative tolerances of Wolfe's algorithm (heuristics only; every answer is certified exactly afterwards). */
const EPS_OPT = 1e-12;
const EPS_WEIGHT = 1e-12;

/**
 * Affine minimiser of ‖Σ α_i p_i‖ over Σ α_i = 1, for the points p_i = P[S[i]]:
 * solves [[G, 1], [1ᵀ, 0]] (α, μ) = (0, 1), G the Gram matrix, by Gaussian
 * elimination with partial pivoting; null when (numerically) singular.
 */
function affineMinimiser(P: readonly (readonly number[])[], S: readonly number[]): number[] | null {
  const n = S.length;
  const M: number[][] = [];
  for (let a = 0; a < n; a++) {
    const row = new Array<number>(n + 2);
    for (let b = 0; b < n; b++) {
      let g = 0;
      const pa = P[S[a]];
      const pb = P[S[b]];
      for (let j = 0; j < pa.length; j++) g += pa[j] * pb[j];
      row[b] = g;
    }
    row[n] = 1;
    row[n + 1] = 0;
    M.push(row);
  }
  const last = new Array<number>(n + 2).fill(1);
  last[n] = 0;
  last[n + 1] = 1;
  M.push(last);
  const N = n + 1;
  for (let c = 0; c < N; c++) {
    let p = c;
    for (let r = c + 1; r < N; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (Math.abs(M[p][c]) < 1e-13) return null;
    if (p !== c) [M[p], M[c]] = [M[c], M[p]];
    for (let r = 0; r < N; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      if (f === 0) continue;
      for (let t = c; t <= N; t++) M[r][t] -= f * M[c][t];
    }
  }
  return Array.from({ length: n }, (_, a) => M[a][N] / M[a][a]);
}

/**
 * Wolfe's minimum-norm-point algorithm on the rows of P (m × d, m ≥ 1, each
 * row of norm 1), in floating point (NOT exact): the point of conv{P_i}
 * nearest to the origin and the rows with positive weight in it, or null on
 * numerical trouble (a singular affine system, too many iterations). The
 * default `nearestPoint` of `FloatSolvers`.
 * Source: Wolfe (1976), Math. Programming 11, 128–149.
 *
 * @example
 * ```ts
 * wolfeNearestPoint([[1, 0], [0, 1]])
 * // => { x: [0.5, 0.5], support: [0, 1] }
 * wolfeNearestPoint([[1, 0], [-1, 0]])?.x
 * // => [0, 0]
 * ```
 */
export function wolfeNearestPoint(P: readonly (readonly number[])[]): NearestPoint | null {
  const m = P.length;
  const d = P[0].length;
  const combine = (S: number[], lam: number[]) => {
    const x = new Array<number>(d).fill(0);
    S.forEach((i, t) => { for (let j = 0; j < d; j++) x[j] += lam[t] * P[i][j]; });
    return x;
  };
  let S = [0];
  let lam = [1];
  let x = P[0].slice();
  for (let major = 0; major < MAX_MAJOR; major++) {
    let xx = 0;
    for (let j = 0; j < d; j++) xx += x[j] * x[j];
    let best = -1;
    let bestVal = Infinity;
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let j = 0; j < d; j++) v += P[i][j] * x[j];
      if (v < bestVal) { bestVal = v; best = i; }
    }
    if (xx - bestVal <= EPS_OPT || S.includes(best)) return { x, support: S };
    S = [...S, best];
    lam = [...lam, 0];
    for (let minor = 0; ; minor++) {
      if (minor > d + 2) return null;
      const alpha = affineMinimiser(P, S);
      if (!alpha) return null;
      if (alpha.every((a) => a > EPS_WEIGHT)) { lam = alpha; break; }
      let theta = 1;
      alpha.forEach((a, t) => { if (a <= EPS_WEIGHT) theta = Math.min(theta, lam[t] / (lam[t] - a)); });
      lam = lam.map((l, t) => theta * alpha[t] + (1 - theta) * l);
      const keep = lam.map((l) => l > EPS_WEIGHT);
      if (keep.every(Boolean)) keep[lam.indexOf(Math.min(...lam))] = false;
      S = S.filter((_, t) => keep[t]);
      lam = lam.filter((_, t) => keep[t]);
      const sum = lam.reduce((a, b) => a + b, 0);
      lam = lam.map((l) => l / sum);
      if (S.length === 0) return null;
    }
    x = combine(S, lam);
  }
  return null;
}

/** x scaled so that rounding to integers keeps every row value's sign (checked exactly afterwards), as field elements. */
function roundedWitness<T>(F: OrderedField<T>, x: readonly number[], margin: number): T[] | null {
  let top = 0;
  for (const v of x) top = Math.max(top, Math.abs(v));
  if (!(top > 0) || !(margin > 0)) return null;
  const bits = Math.min(200, Math.ceil(Math.log2((4 * x.length * top) / margin)) + 2);
  const ints = roundedIntegerVector(x, 2 ** bits / top);
  return ints === null ? null : ints.map((v) => F.fromRational(v));
}

/**
 * The rows of A as float unit vectors (NOT exact; input of the float solve),
 * or null when a row is zero or not finite in float.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * unitFloatRows(Q, M([[3, 4], [0, -2]]))
 * // => [[0.6, 0.8], [0, -1]]
 * unitFloatRows(Q, M([[0, 0]]))
 * // => null
 * ```
 */
export function unitFloatRows<T>(F: OrderedField<T>, A: Matrix<T>): number[][] | null {
  const P: number[][] = [];
  for (const row of A) {
    const v = row.map((a) => F.toNumber(a));
    let n = 0;
    for (const a of v) n += a * a;
    n = Math.sqrt(n);
    if (!(n > 0) || !Number.isFinite(n)) return null;
    P.push(v.map((a) => a / n));
  }
  return P;
}

/**
 * Certified decision of {A x > 0} (A m × d over F, m ≥ 1, no zero row, d ≥ 1):
 * the fast path of this module, else `decideStrictSystem`. Returns the
 * certificate, already checked exactly. `unit`, when given, must be
 * `unitFloatRows(F, A)` (callers that decide many systems on the same rows
 * precompute it). `solvers` replaces the float solvers asked (default Wolfe's
 * nearest point, then glpk; see `FloatSolvers`): a wrong answer costs time,
 * never correctness.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * decideStrictFast(Q, M([[1, 0], [1, 1]]), 2).kind
 * // => 'witness'
 * decideStrictFast(Q, M([[1, 2], [-2, -4]]), 2).kind
 * // => 'infeasible'
 * ```
 */
export function decideStrictFast<T>(F: OrderedField<T>, A: Matrix<T>, d: number, unit?: readonly (readonly number[])[], solvers?: FloatSolvers): Certificate<T> {
  const cert = fastCertificate(F, A, d, unit, solvers);
  if (cert) { counters.fast++; return cert; }
  counters.lpCore++;
  return decideStrictSystem(F, A, undefined, { columns: d, solvers }).certificate;
}

/**
 * The fast path alone: a certificate checked exactly, or null (also when the
 * nearest-point solver throws or answers in the wrong shape). `unit` and
 * `solvers` as in `decideStrictFast`.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * fastCertificate(Q, M([[1, 0], [-1, 0]]), 2)?.kind
 * // => 'infeasible'
 * fastCertificate(Q, [], 2)
 * // => null
 * ```
 */
export function fastCertificate<T>(F: OrderedField<T>, A: Matrix<T>, d: number, unit?: readonly (readonly number[])[], solvers?: FloatSolvers): Certificate<T> | null {
  if (A.length === 0 || d === 0) return null;
  const P = unit ?? unitFloatRows(F, A);
  if (!P) return null;
  const solve = solvers?.nearestPoint ?? wolfeNearestPoint;
  const near = untrustedAnswer(() => solve(P), (r) => isFloatVector(r.x, d) && rowIndices(r.support, A.length));
  if (!near) return null;
  const { x, support } = near;
  let margin = Infinity;
  for (const p of P) {
    let v = 0;
    for (let j = 0; j < d; j++) v += p[j] * x[j];
    margin = Math.min(margin, v);
  }
  const tryWitness = (): Certificate<T> | null => {
    const xs = roundedWitness(F, x, margin);
    if (!xs) return null;
    const c: Certificate<T> = { kind: 'witness', x: xs };
    return checkCertificate(F, A, undefined, c) ? c : null;
  };
  const tryGordan = (): Certificate<T> | null => {
    const c = dualOnSupport(F, A, [], [...support].sort((a, b) => a - b), d);
    return c && checkCertificate(F, A, undefined, c) ? c : null;
  };
  return margin > 1e-9 ? tryWitness() ?? tryGordan() : tryGordan() ?? tryWitness();
}
