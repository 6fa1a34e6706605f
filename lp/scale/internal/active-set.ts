/**
 * One system's constraint generation: an active set of its strict rows, the
 * max-margin LP on them and on the system's equations (glpk, floating point,
 * a hint), and exact decisions of small subsystems (`decideStrictSystem` on
 * the materialised exact rows; the equations are always included).
 *
 * - LP margin clearly positive: its (x, t) is the next candidate witness
 *   (checked against ALL rows by the witness check; violated rows join the set).
 * - LP margin ≈ 0: the support S of glpk's dual (at most d + 1 rows, d + 2
 *   with the row t > 0) is decided exactly with the equations; an infeasible S
 *   is a Gordan / Motzkin certificate of the whole system (the other rows get
 *   y = 0). If S is feasible after all, the whole active set is decided exactly.
 * - An exact witness of the active set that no float rounding certifies is
 *   checked against all rows exactly (BigInt; slow, rare).
 */
import { RationalField as Q, formatRational, type Rational } from '../../../src/field/rational.ts';
import type { DenseMatrix } from '../../../src/dense/dense-matrix.ts';
import { solveMaxMarginLP } from '../../engine/max-margin-lp.ts';
import { decideStrictSystem } from '../../engine/strict-system.ts';
import { formTerms, inDominates, type LogitForm, type LogitSystem } from '../../queries/logit-system.ts';
import { exactRow, floatRow, scaleColumns } from '../dense-rows.ts';
import type { RowRef, ScaleCertificate } from '../scale-certificate.ts';
import type { ScaleStats } from './witness-check.ts';

/** Fault-injection seams (tests only): each hook may corrupt a floating-point hint in place. */
export interface ScaleFaults {
  /** Called with glpk's primal x (d, or d + 1 with bias) before it becomes a candidate. */
  readonly corruptLpWitness?: (x: number[]) => void;
  /** Called with glpk's dual y (one per active row, then the t row) before its support is read. */
  readonly corruptDual?: (y: number[]) => void;
  /** Replaces an infeasibility certificate before its final exact check (a bug in the sparse mapping). */
  readonly corruptCertificate?: (c: ScaleCertificate) => ScaleCertificate;
  /** Drops the exact correction of a witness on an equation's hyperplane (a bug in the tie path): it must not be certified. */
  readonly dropCorrection?: boolean;
}

/** The state of one system under constraint generation. */
export interface ActiveSet {
  readonly s: LogitSystem;
  /** Active strict rows (the system's listed forms when few, then rows as they are violated). */
  readonly rows: LogitForm[];
  readonly keys: Set<string>;
  rounds: number;
}

/** Listed strict forms up to this many start in the active set (more join when violated: a ranking of a whole vocabulary). */
const SEED_LISTED = 256;

const key = (f: LogitForm) => formTerms(f).join(',');

/** A new active set of s: its listed strict forms (when at most 256). */
export function newActiveSet(s: LogitSystem): ActiveSet {
  const a: ActiveSet = { s, rows: [], keys: new Set(), rounds: 0 };
  if (s.strict.length <= SEED_LISTED) for (const f of s.strict) addRow(a, f);
  return a;
}

/** Adds a row (no-op when present); returns whether it was new. */
export function addRow(a: ActiveSet, f: LogitForm): boolean {
  const k = key(f);
  if (a.keys.has(k)) return false;
  a.keys.add(k);
  a.rows.push(f);
  return true;
}

/** The sparse name of a row of s: j for a dominates row, [a, b] (`formTerms`) for a listed strict form. */
export function rowRef(s: LogitSystem, f: LogitForm): RowRef {
  const [plus, minus] = formTerms(f);
  return s.dominates && plus === s.dominates.top && inDominates(s, minus) && f.kind === 'difference' ? minus : [plus, minus];
}

/** A step's result: the next candidate (float, or exact rational), or a certificate of infeasibility. */
export type StepResult =
  /** glpk's (x) or, with a bias, (x, t): d or d + 1 entries. */
  | { readonly kind: 'candidate'; readonly x: Float64Array }
  | { readonly kind: 'exact-witness'; readonly x: Rational[]; readonly t: Rational | null }
  | { readonly kind: 'infeasible'; readonly certificate: ScaleCertificate };

/** Margins at or below this (normalised rows) are treated as zero (a heuristic; every answer is certified). */
const ZERO_MARGIN = 1e-10;
const DUAL_SUPPORT = 1e-9;

/**
 * Decides the rows `forms` of system s, with its equations, exactly: an
 * infeasibility certificate (sparse, on the rows with y > 0, and z on the
 * equations), or an exact witness of these rows and the equations.
 */
function decideExactly(W: DenseMatrix, s: LogitSystem, forms: readonly LogitForm[], stats: ScaleStats): StepResult {
  stats.exactSubsystems++;
  const A = forms.map((f) => exactRow(W, f));
  if (W.bias) A.push(Array.from({ length: W.d + 1 }, (_, c) => (c === W.d ? Q.one : Q.zero)));
  const B = s.equal.map((f) => exactRow(W, f));
  const dec = decideStrictSystem(Q, A, B.length === 0 ? undefined : B, { columns: scaleColumns(W) });
  const c = dec.certificate;
  if (c.kind === 'witness') {
    return { kind: 'exact-witness', x: c.x.slice(0, W.d), t: W.bias ? c.x[W.d] : null };
  }
  const rows: RowRef[] = [];
  const y: string[] = [];
  forms.forEach((f, r) => {
    if (!Q.isZero(c.y[r])) { rows.push(rowRef(s, f)); y.push(formatRational(c.y[r])); }
  });
  const z = s.equal.length === 0 ? {} : { z: c.z.map(formatRational) };
  const certificate: ScaleCertificate = W.bias && !Q.isZero(c.y[forms.length])
    ? { kind: 'infeasible', rows, y, yT: formatRational(c.y[forms.length]), ...z }
    : { kind: 'infeasible', rows, y, ...z };
  return { kind: 'infeasible', certificate };
}

/**
 * One constraint-generation step of an active set (see the module docstring).
 * `exact` forces the exact decision of the whole active set (used when a
 * rounded LP witness failed rows that were already active).
 */
export function activeSetStep(W: DenseMatrix, a: ActiveSet, stats: ScaleStats, faults: ScaleFaults = {}, exact = false): StepResult {
  a.rounds++;
  if (exact) return decideExactly(W, a.s, a.rows, stats);
  const A = a.rows.map((f) => floatRow(W, f));
  const cols = scaleColumns(W);
  if (W.bias) A.push(Array.from({ length: cols }, (_, c) => (c === W.d ? 1 : 0)));
  stats.lps++;
  const lp = solveMaxMarginLP(A, a.s.equal.map((f) => floatRow(W, f)), cols);
  if (lp.optimal && lp.margin > ZERO_MARGIN) {
    const x = lp.x.slice();
    faults.corruptLpWitness?.(x);
    return { kind: 'candidate', x: Float64Array.from(x) };
  }
  const y = lp.y.slice();
  faults.corruptDual?.(y);
  let top = 0;
  for (const v of y) top = Math.max(top, v);
  if (lp.optimal && top > 0) {
    const support = a.rows.filter((_, r) => y[r] > DUAL_SUPPORT * top);
    if (support.length > 0 && support.length < a.rows.length) {
      const sub = decideExactly(W, a.s, support, stats);
      if (sub.kind === 'infeasible') return sub;
    }
  }
  return decideExactly(W, a.s, a.rows, stats);
}

