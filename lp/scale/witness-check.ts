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
 */
import type { DenseMatrix, FloatArray } from '../../src/dense/dense-matrix.ts';
import { vectorNorms } from '../../src/dense/dense-matrix.ts';
import type { MatrixKernel } from '../../src/dense/kernel.ts';
import { dotErrorBound } from '../../src/dense/dot-error-bound.ts';
import { labelsNotBelow, logitInterval, witnessBound, type FilterContext, type WitnessBound } from '../../src/dense/logit-enclosure.ts';
import { compareDyadic, exactLogit, exactWitness, type Dyadic, type ExactView, type ExactWitness } from '../../src/dense/exact-logits.ts';
import { spotCheckProducts } from '../../src/dense/spot-check.ts';
import { inBlock, type LogitForm, type LogitSystem } from './logit-system.ts';

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
 * with a bias, t > 0 (a float32; when absent, `chooseT` picks it from the products).
 */
export interface Candidate {
  readonly s: LogitSystem;
  readonly x: FloatArray;
  readonly t?: number;
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
  return cands.map((c, b) => checkOne(ctx, c.s, X.subarray(b * d, (b + 1) * d), c.t, P, b * k, wantNearest));
}

/** A float estimate of a form's value at (x, t) from the products (NOT exact). */
function floatForm(W: DenseMatrix, P: FloatArray, off: number, f: LogitForm, t: number): number {
  const l = (j: number) => (j < 0 ? 0 : P[off + j] + (W.bias ? W.bias[j] * t : 0));
  return l(f.plus) - l(f.minus);
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
  const row = (f: LogitForm) => {
    const g = (f.plus >= 0 ? P[off + f.plus] : 0) - (f.minus >= 0 ? P[off + f.minus] : 0);
    const beta = (f.plus >= 0 ? b[f.plus] : 0) - (f.minus >= 0 ? b[f.minus] : 0);
    if (beta > 0) lo = Math.max(lo, -g / beta);
    else if (beta < 0) hi = Math.min(hi, g / -beta);
  };
  for (const f of s.strict) row(f);
  if (s.dominates) {
    const top = s.dominates.top;
    for (let j = 0; j < W.k; j++) if (inBlock(s, j)) row({ plus: top, minus: j });
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
    J.exactW ??= exactWitness(J.x, J.t);
    v = exactLogit(J.ctx.view, l, J.exactW);
    J.cache.set(l, v);
  }
  return v;
}

/** The exact sign of a form's value, re-decided in BigInt (counted in `exactRows`). */
function exactPositive(J: Judge, f: LogitForm): boolean {
  J.ctx.stats.exactRows++;
  return compareDyadic(exactOf(J, f.plus), exactOf(J, f.minus)) > 0;
}

/**
 * One row: proven positive by the filter (audited exactly when the
 * separation is within the independent bound), proven ≤ 0, or re-decided exactly.
 */
function judgeRow(J: Judge, f: LogitForm, plus: [number, number], minus: [number, number]): void {
  if (plus[0] > minus[1]) {
    if (plus[0] - minus[1] < J.auditBound && !exactPositive(J, f)) {
      throw new Error(`scale path: the filter proved ℓ_${f.plus} − ℓ_${f.minus} > 0 but the exact value is ≤ 0 (filter bound broken)`);
    }
    return;
  }
  if (plus[1] <= minus[0] || !exactPositive(J, f)) {
    J.violated.push({ form: f, amount: floatForm(J.ctx.W, J.P, J.off, { plus: f.minus, minus: f.plus }, J.t) });
  }
}

function checkOne(ctx: CheckContext, s: LogitSystem, x: FloatArray, given: number | undefined, P: FloatArray, off: number, wantNearest: boolean): CheckOutcome {
  const { W, filter } = ctx;
  const t = !W.bias ? 0 : given !== undefined && given > 0 && Math.fround(given) === given ? given : chooseT(W, s, P, off);
  // Independent bound for the audit: |error| of any logit ≤ auditBound / 3 (largest row norms).
  const xn = vectorNorms(x);
  const auditBound = 3 * (dotErrorBound(W.d, filter.format, ctx.maxL2, xn.l2, ctx.maxL1, xn.l1) * (1 + 2 ** -20) + 2 ** -1000)
    + 2 ** -30 * (Math.abs(floatForm(W, P, off, { plus: s.dominates?.top ?? -1, minus: -1 }, t)) + 1e-300);
  const J: Judge = { ctx, x, P, off, t, wb: witnessBound(filter, x), auditBound, exactW: null, cache: new Map(), violated: [] };
  for (const f of s.strict) judgeRow(J, f, interval(J, f.plus), interval(J, f.minus));
  if (s.dominates) {
    const top = s.dominates.top;
    const ivTop = interval(J, top);
    for (const j of labelsNotBelow(filter, J.wb, P, off, t, ivTop[0] - auditBound)) {
      if (inBlock(s, j)) judgeRow(J, { plus: top, minus: j }, ivTop, interval(J, j));
    }
  }
  const violated = J.violated.sort((a, b) => b.amount - a.amount);
  const certified = violated.length === 0;
  return { certified, t, violated, nearest: certified || !wantNearest || !s.dominates ? [] : nearestRows(W, s, P, off, t) };
}

/** The dominates rows of s with the smallest float values at (x, t) (a hint: NOT exact). */
function nearestRows(W: DenseMatrix, s: LogitSystem, P: FloatArray, off: number, t: number): LogitForm[] {
  const top = s.dominates!.top;
  const val = new Float64Array(W.k).fill(-Infinity);
  for (let j = 0; j < W.k; j++) if (inBlock(s, j)) val[j] = floatForm(W, P, off, { plus: j, minus: top }, t);
  const sorted = val.slice().sort();
  const cut = sorted[Math.max(0, W.k - NEAREST)];
  const out: LogitForm[] = [];
  for (let j = 0; j < W.k && out.length < NEAREST; j++) if (val[j] >= cut && val[j] > -Infinity) out.push({ plus: top, minus: j });
  return out;
}
