/**
 * Certifying candidate witnesses of logit systems against ALL their rows, a
 * block of candidates per pass over W: one kernel call P = X·Wᵀ (m × k), the
 * kernel spot check, then per candidate the filter (`logit-enclosure.ts`)
 * and an exact BigInt re-decision (`exact-logits.ts`) of every row the
 * filter cannot separate. The result per candidate: certified, or the rows
 * it violates (exactly: a row is reported violated only when the filter
 * proves its value ≤ 0 or the exact value is ≤ 0).
 *
 * Audit (defence in depth against a wrong filter bound): rows the filter
 * separated by less than three times an independently computed bound
 * (`dotErrorBound` with the largest row norms) are re-decided exactly too;
 * an exact answer that contradicts the filter throws.
 *
 * A candidate of a system with an equation carries its exact witness x*
 * (`equation.ts`): the filter encloses the logits of x*, exact re-decisions
 * use x*, and the equation is checked exactly before it is certified. A
 * candidate of such a system without one is never certified.
 */
import { RationalField as Q } from '../../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';
import type { DenseMatrix, FloatArray } from '../../../src/dense/dense-matrix.ts';
import { vectorNorms } from '../../../src/dense/dense-matrix.ts';
import type { MatrixKernel } from '../../../src/dense/kernel.ts';
import { dotErrorBound } from '../../../src/dense/dot-error-bound.ts';
import { labelsNotBelow, logitInterval, witnessBound, type FilterContext, type WitnessBound } from '../../../src/dense/logit-enclosure.ts';
import { compareDyadic, exactLogit, exactWitness, rationalWitness, type Dyadic, type ExactView, type ExactWitness } from '../../../src/dense/exact-logits.ts';
import { spotCheckProducts } from '../../../src/dense/spot-check.ts';
import { difference, formTerms, inDominates, type LogitForm, type LogitSystem } from '../../queries/logit-system.ts';
import { equationsHold, type ExactCandidate } from './equation.ts';

/** Counters of the scale path (one object per run). */
export interface ScaleStats {
  /** Candidate witnesses checked against all rows (columns of kernel products). */
  witnessChecks: number;
  /** Rows re-decided exactly in BigInt (filter undecided, or audited). */
  exactRows: number;
  /** Kernel products recomputed by the spot check. */
  spotChecked: number;
  /** LPs solved on active sets (glpk). */
  lps: number;
  /** Exact subsystem decisions (`decideStrictSystem` on a support or an active set). */
  exactSubsystems: number;
}

/** What the batch check needs: W, the kernel, the filter, the exact view, the spot-check sampling. */
export interface CheckContext {
  readonly W: DenseMatrix;
  readonly kernel: MatrixKernel;
  readonly filter: FilterContext;
  readonly view: ExactView;
  readonly spotSamples: number;
  readonly rand: () => number;
  readonly stats: ScaleStats;
  /** max_j of the row-norm bounds (for the audit's independent bound). */
  readonly maxL2: number;
  readonly maxL1: number;
}

/**
 * A candidate: system s, witness x (d entries, the kernel's input type) and,
 * with a bias, t > 0 (a float32; when absent, `chooseT` picks it from the
 * products); for a system with an equation, the exact witness x* on its
 * hyperplane that x stands for (then t is given).
 */
export interface Candidate {
  readonly s: LogitSystem;
  readonly x: FloatArray;
  readonly t?: number;
  readonly exact?: ExactCandidate;
}

/** A violated row with its float violation (ℓ_minus − ℓ_plus, larger = worse; a hint only). */
export interface Violation {
  readonly form: LogitForm;
  readonly amount: number;
}

/** The outcome for one candidate: certified at (x, t), or its violated rows (most violated first). */
export interface CheckOutcome {
  readonly certified: boolean;
  readonly t: number;
  readonly violated: Violation[];
  /** For a failed candidate when asked (`wantNearest`): the dominates rows with the smallest float values, at most `NEAREST`. */
  readonly nearest: LogitForm[];
}

/** How many nearest rows a failed candidate reports (seeds for its active set). */
export const NEAREST = 64;

/**
 * Checks a block of candidates (all of one kernel input type) against all
 * rows of their systems; see the module docstring.
 * Throws when the kernel fails its spot check or the audit finds the filter wrong.
 */
export async function checkCandidates(ctx: CheckContext, cands: readonly Candidate[]): Promise<CheckOutcome[]> {
  return judgeCandidates(ctx, cands, await candidateProducts(ctx, cands));
}

/** The kernel products of a block of candidates: X (m × d, kernel input type) and P = X·Wᵀ (m × k). */
export interface BlockProducts {
  readonly X: FloatArray;
  readonly P: FloatArray;
}

/** Starts the kernel on a block of candidates (the first half of `checkCandidates`). */
export async function candidateProducts(ctx: CheckContext, cands: readonly Candidate[]): Promise<BlockProducts> {
  const { d } = ctx.W;
  const m = cands.length;
  const X = ctx.kernel.inputType === 'float32' ? new Float32Array(m * d) : new Float64Array(m * d);
  cands.forEach((c, b) => X.set(c.x, b * d));
  return { X, P: m === 0 ? new Float64Array(0) : await ctx.kernel.products(X, m) };
}

/** Spot-checks the products and judges every candidate (the second half of `checkCandidates`). */
export function judgeCandidates(ctx: CheckContext, cands: readonly Candidate[], { X, P }: BlockProducts, wantNearest = false): CheckOutcome[] {
  const { k, d } = ctx.W;
  const m = cands.length;
  if (m === 0) return [];
  ctx.stats.spotChecked += spotCheckProducts(ctx.filter, ctx.kernel.name, X, m, P, ctx.spotSamples, ctx.rand);
  ctx.stats.witnessChecks += m;
  return cands.map((c, b) => checkOne(ctx, c, X.subarray(b * d, (b + 1) * d), P, b * k, wantNearest));
}

/** A float estimate of the logit of label j (0 for −1) at (x, t) from the products (NOT exact). */
function floatLogit(W: DenseMatrix, P: FloatArray, off: number, j: number, t: number): number {
  return j < 0 ? 0 : P[off + j] + (W.bias ? W.bias[j] * t : 0);
}

/**
 * A bias coordinate t > 0 for the witness x from the float products: the
 * rows are linear in t (g_r + β_r·t > 0), so the feasible t form an interval;
 * its middle (geometric middle when it is wide), as a float32. 0 without bias.
 * NOT exact: the chosen (x, t) is certified afterwards like any candidate.
 */
export function chooseT(W: DenseMatrix, s: LogitSystem, P: FloatArray, off: number): number {
  const b = W.bias;
  if (!b) return 0;
  let lo = 0;
  let hi = Infinity;
  const row = (plus: number, minus: number) => {
    const g = (plus >= 0 ? P[off + plus] : 0) - (minus >= 0 ? P[off + minus] : 0);
    const beta = (plus >= 0 ? b[plus] : 0) - (minus >= 0 ? b[minus] : 0);
    if (beta > 0) lo = Math.max(lo, -g / beta);
    else if (beta < 0) hi = Math.min(hi, g / -beta);
  };
  for (const f of s.strict) row(...formTerms(f));
  if (s.dominates) {
    const top = s.dominates.top;
    for (let j = 0; j < W.k; j++) if (inDominates(s, j)) row(top, j);
  }
  let t: number;
  if (hi === Infinity) t = lo > 0 ? 2 * lo : 1;
  else if (lo < hi) t = lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
  else t = lo > 0 ? lo : 1;
  t = Math.fround(t);
  return t > 0 && Number.isFinite(t) ? t : 1;
}

/** The per-candidate state of `checkOne` (plain data; the helpers below are module functions). */
interface Judge {
  readonly ctx: CheckContext;
  readonly x: FloatArray;
  readonly P: FloatArray;
  readonly off: number;
  readonly t: number;
  readonly wb: WitnessBound;
  readonly auditBound: number;
  /** The exact witness x* of a candidate on an equation (null: x itself). */
  readonly exact: ExactCandidate | null;
  exactW: ExactWitness | null;
  readonly cache: Map<number, Dyadic>;
  readonly violated: Violation[];
}

function interval(J: Judge, l: number): [number, number] {
  return l < 0 ? [0, 0] : logitInterval(J.ctx.filter, J.wb, J.P, J.off, l, J.t);
}

function exactOf(J: Judge, l: number): Dyadic {
  if (l < 0) return { n: 0n, e: 0 };
  let v = J.cache.get(l);
  if (v === undefined) {
    J.exactW ??= J.exact === null ? exactWitness(J.x, J.t) : rationalWitness(J.exact.x, J.exact.t);
    v = exactLogit(J.ctx.view, l, J.exactW);
    J.cache.set(l, v);
  }
  return v;
}

/** The exact sign of z_plus − z_minus, re-decided in BigInt (counted in `exactRows`). */
function exactPositive(J: Judge, plus: number, minus: number): boolean {
  J.ctx.stats.exactRows++;
  return compareDyadic(exactOf(J, plus), exactOf(J, minus)) > 0;
}

/**
 * One row z_plus − z_minus (the form f): proven positive by the filter (audited
 * exactly when the separation is within the independent bound), proven ≤ 0,
 * or re-decided exactly.
 */
function judgeRow(J: Judge, f: LogitForm, plus: number, minus: number, ivPlus: [number, number], ivMinus: [number, number]): void {
  if (ivPlus[0] > ivMinus[1]) {
    if (ivPlus[0] - ivMinus[1] < J.auditBound && !exactPositive(J, plus, minus)) {
      throw new Error(`scale path: the filter proved ℓ_${plus} − ℓ_${minus} > 0 but the exact value is ≤ 0 (filter bound broken)`);
    }
    return;
  }
  if (ivPlus[1] <= ivMinus[0] || !exactPositive(J, plus, minus)) {
    J.violated.push({ form: f, amount: floatLogit(J.ctx.W, J.P, J.off, minus, J.t) - floatLogit(J.ctx.W, J.P, J.off, plus, J.t) });
  }
}

function checkOne(ctx: CheckContext, c: Candidate, x: FloatArray, P: FloatArray, off: number, wantNearest: boolean): CheckOutcome {
  const { W, filter } = ctx;
  const { s } = c;
  const exact = s.equal.length > 0 && c.exact !== undefined ? c.exact : null;
  const given = c.t;
  const t = !W.bias ? 0 : given !== undefined && given > 0 && Math.fround(given) === given ? given : chooseT(W, s, P, off);
  // Independent bound for the audit: |error| of any logit ≤ auditBound / 3 (largest row norms, and the correction of x*).
  const xn = vectorNorms(x);
  const auditBound = 3 * (dotErrorBound(W.d, filter.format, ctx.maxL2, xn.l2, ctx.maxL1, xn.l1) * (1 + 2 ** -20) + 2 ** -1000 + (exact === null ? 0 : exact.delta * ctx.maxL1))
    + 2 ** -30 * (Math.abs(floatLogit(W, P, off, s.dominates?.top ?? -1, t)) + 1e-300);
  const wb = witnessBound(filter, x, exact === null ? undefined : exact);
  const J: Judge = { ctx, x, P, off, t, wb, auditBound, exact, exactW: null, cache: new Map(), violated: [] };
  for (const f of s.strict) {
    const [plus, minus] = formTerms(f);
    judgeRow(J, f, plus, minus, interval(J, plus), interval(J, minus));
  }
  if (s.dominates) {
    const top = s.dominates.top;
    const ivTop = interval(J, top);
    for (const j of labelsNotBelow(filter, J.wb, P, off, t, ivTop[0] - auditBound)) {
      if (inDominates(s, j)) judgeRow(J, difference(top, j), top, j, ivTop, interval(J, j));
    }
  }
  const violated = J.violated.sort((a, b) => b.amount - a.amount);
  // A system with an equation is certified only at an exact witness on its hyperplane, checked exactly.
  const sameT = exact !== null && (W.bias ? exact.t !== null && Q.equals(exact.t, rationalFromFloat64(t)) : exact.t === null);
  const onEquations = s.equal.length === 0 || (sameT && equationsHold(W, s, exact!));
  const certified = violated.length === 0 && onEquations;
  return { certified, t, violated, nearest: certified || !wantNearest || !s.dominates ? [] : nearestRows(W, s, P, off, t) };
}

/** The dominates rows of s with the smallest float values at (x, t) (a hint: NOT exact). */
function nearestRows(W: DenseMatrix, s: LogitSystem, P: FloatArray, off: number, t: number): LogitForm[] {
  const top = s.dominates!.top;
  const topLogit = floatLogit(W, P, off, top, t);
  const val = new Float64Array(W.k).fill(-Infinity);
  for (let j = 0; j < W.k; j++) if (inDominates(s, j)) val[j] = floatLogit(W, P, off, j, t) - topLogit;
  const sorted = val.slice().sort();
  const cut = sorted[Math.max(0, W.k - NEAREST)];
  const out: LogitForm[] = [];
  for (let j = 0; j < W.k && out.length < NEAREST; j++) if (val[j] >= cut && val[j] > -Infinity) out.push(difference(top, j));
  return out;
}
