/**
 * The scale engine: many strict logit systems (`lp/queries/logit-system.ts`,
 * the registry's one type, compact `dominates` blocks never expanded) on one
 * dense unembedding W (k × d, optional bias), each decided and certified,
 * streamed as results.
 *
 * 1. First witnesses (`internal/first-witness.ts`, whitened directions) for a
 *    block of systems, checked against all rows in one kernel pass. A system
 *    with an equation (a tie: z_i − z_j = 0) gets its candidate made exact
 *    on the hyperplane first (`internal/equation.ts`; with a bias, t is chosen
 *    from one extra kernel pass).
 * 2. Systems whose first witness fails enter constraint generation
 *    (`internal/active-set.ts`): the violated rows form an active set; each
 *    round solves every pending system's LP on its active set (and its
 *    equation), and all new candidates are checked in one kernel pass;
 *    violated rows (at most `maxAddPerRound`, most violated first) join. An
 *    infeasible active set ends with a sparse Gordan / Motzkin certificate,
 *    checked exactly on its support (`checkScaleCertificate`) before it is
 *    yielded. Rounds run when a block's worth of systems is pending, when the
 *    input is exhausted, or after `STALE_BLOCKS` blocks with systems pending, so
 *    that a long (lazy) input under a budget decides its hard systems as it goes.
 * Every witness is certified against every row by the filter + exact
 * re-decision (and its equation exactly); every infeasibility certificate is
 * checked exactly. The only assumption is the kernel's IEEE arithmetic
 * (`dot-error-bound.ts`), spot checked on every block; the `js` kernel (our
 * own loops) removes it.
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { jsKernel, toKernelInput, type MatrixKernel } from '../../src/dense/kernel.ts';
import { ortKernel } from '../../src/dense/kernel-ort.ts';
import { filterContext } from '../../src/dense/logit-enclosure.ts';
import { seededUniform } from '../../src/dense/spot-check.ts';
import { exactView, compareDyadic, exactLogit, rationalWitness, type Dyadic } from '../../src/dense/exact-logits.ts';
import { commonExponent } from '../../src/dense/exact-integers.ts';
import { formatRational, rationalToNumber, type Rational } from '../../src/field/rational.ts';
import { rationalFromFloat64 } from '../../src/field/dyadic.ts';
import { assertLogitSystem, difference, formTerms, inDominates, type LogitForm, type LogitSystem } from '../queries/logit-system.ts';
import { floatRow } from './dense-rows.ts';
import { checkScaleCertificate, type ScaleCertificate } from './scale-certificate.ts';
import { firstWitnesses, whitening, type KernelFactory } from './internal/first-witness.ts';
import { candidateProducts, chooseT, judgeCandidates, type Candidate, type CheckContext, type CheckOutcome, type ScaleStats } from './internal/witness-check.ts';
import { activeSetStep, addRow, newActiveSet, type ActiveSet, type ScaleFaults } from './internal/active-set.ts';
import { equationsHold, onEquation } from './internal/equation.ts';

/** Which matrix kernel computes the products (a `MatrixKernel` object is an injectable seam for tests). */
export type KernelChoice = 'auto' | 'js' | 'onnxruntime' | MatrixKernel;

/** Options of `decideSystemsAtScale` (all optional). */
export interface ScaleOptions {
  /** 'auto' (default): onnxruntime when it loads, else js. */
  readonly kernel?: KernelChoice;
  /** Threads of the kernel (default 2). */
  readonly threads?: number;
  /** Candidates per kernel pass (default 256 with onnxruntime, 128 with js). */
  readonly blockSize?: number;
  /** Violated rows added to an active set per round (default 64). */
  readonly maxAddPerRound?: number;
  /** Rows nearest to violation at the first witness that seed an active set (default 64, at most 64). */
  readonly seedRows?: number;
  /** Kernel products re-computed per block by the spot check (default 64). */
  readonly spotSamples?: number;
  /** Seed of the spot check's sampling (default 1). */
  readonly seed?: number;
  /** Stop early: after `seconds`, when `signal` aborts, or after `maxRounds` constraint-generation rounds. */
  readonly budget?: { readonly seconds?: number; readonly signal?: AbortSignal; readonly maxRounds?: number };
  /** Called after every block and round. */
  readonly onProgress?: (p: ScaleProgress) => void;
  /** Fault injection (tests only): a factor on the filter's error bound (< 1 is unsound), corrupted LP hints, a dropped tie correction. */
  readonly faults?: ScaleFaults & { readonly boundScale?: number };
}

/** A progress report. */
export interface ScaleProgress {
  readonly decided: number;
  /** Systems in all (null for a lazy input of unknown length). */
  readonly total: number | null;
  /** Systems in constraint generation. */
  readonly pending: number;
  readonly stats: Readonly<ScaleStats>;
  readonly kernel: string;
  readonly seconds: number;
}

/** One decided system. `feasible`: some (x, t) satisfies every row (the certificate is its witness). */
export interface SystemResult<Id> {
  readonly id: Id;
  readonly feasible: boolean;
  readonly certificate: ScaleCertificate;
  /** 'first-witness' (the whitened direction) or 'constraint-generation' (active sets, LPs, exact subsystems). */
  readonly method: 'first-witness' | 'constraint-generation';
  /** Constraint-generation rounds this system took (0 for first witnesses). */
  readonly rounds: number;
  /** Active rows when it was decided (0 for first witnesses). */
  readonly activeRows: number;
}

/** What a run did, returned when the generator finishes. */
export interface ScaleSummary<Id> {
  readonly kernel: string;
  readonly stats: Readonly<ScaleStats>;
  readonly seconds: number;
  /**
   * Systems not decided (stopped by the budget): for an array input every one,
   * for a lazy input those taken from it (the rest was never started).
   */
  readonly undecided: readonly Id[];
  readonly stopped: null | 'seconds' | 'signal' | 'rounds';
}

export type { ScaleStats } from './internal/witness-check.ts';
export type { ScaleFaults } from './internal/active-set.ts';

/**
 * A constraint-generation round runs when a block's worth of systems is pending, when the
 * input is exhausted, or after this many blocks of first witnesses with systems pending: so
 * that under a budget on a long input the few hard systems (planted unargmaxable labels) are
 * decided as the run goes, not only at its end.
 */
const STALE_BLOCKS = 4;

/** The kernel factory for a choice: onnxruntime (falls back to js under 'auto'), js, or the given kernel for W. */
async function kernelFactory(choice: KernelChoice, threads: number): Promise<{ make: KernelFactory; name: string }> {
  const js: KernelFactory = async (B, n, d) => jsKernel(B, n, d, threads);
  if (choice === 'js') return { make: js, name: 'js' };
  if (typeof choice === 'object') return { make: js, name: choice.name };
  const probe = await ortKernel(new Float32Array(1), 1, 1, 1);
  if (probe) {
    await probe.close();
    const make: KernelFactory = async (B, n, d) => (await ortKernel(B, n, d, threads)) ?? jsKernel(B, n, d, threads);
    return { make, name: 'onnxruntime' };
  }
  if (choice === 'onnxruntime') throw new Error('kernel onnxruntime: the optional dependency onnxruntime-node is not installed or does not load here (use kernel "js")');
  return { make: js, name: 'js' };
}

/** Throws `RangeError` unless s is a system the scale engine decides on W: labels of W, at most one equation. */
function assertScaleSystem(W: DenseMatrix, s: LogitSystem): void {
  assertLogitSystem(s, W.k);
  if (s.equal.length > 1) throw new RangeError(`scale path: a system with ${s.equal.length} equations; it decides systems with at most one (a tie)`);
}

/**
 * Decides every system of `systems` (an array, or any iterable, read lazily
 * a block at a time) on W and yields one certified result per system as soon
 * as it is decided (not in input order); returns a `ScaleSummary`. Systems
 * may have at most one equation (ties for the top). Throws `RangeError` for a
 * system with a label outside W or with more equations (for an array before
 * any work), `Error` when the kernel fails its spot check, when the filter is
 * caught wrong by the audit, or when a certificate fails its exact check (all
 * internal faults: the run stops rather than answer wrongly).
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float64Array([1, 0, 0, 1, 0.5, 0.5]), 3, 2);
 * const out = [];
 * for await (const r of decideSystemsAtScale(W, [{ id: 'argmax 2', s: argmaxQuestion.system(2, 3) }, { id: 'tie 0,1', s: tieForTopQuestion.system([0, 1], 3) }], { kernel: 'js' })) out.push([r.id, r.feasible]);
 * out.sort()
 * // => [['argmax 2', false], ['tie 0,1', false]]
 * await decideSystemsAtScale(W, [{ id: 0, s: argmaxQuestion.system(0, 3) }, { id: 1, s: argmaxQuestion.system(3, 3) }]).next()
 * // throws RangeError: label 3
 * ```
 */
export async function* decideSystemsAtScale<Id>(
  W: DenseMatrix,
  systems: Iterable<{ readonly id: Id; readonly s: LogitSystem }>,
  opts: ScaleOptions = {},
): AsyncGenerator<SystemResult<Id>, ScaleSummary<Id>> {
  const list = Array.isArray(systems) ? (systems as readonly { readonly id: Id; readonly s: LogitSystem }[]) : null;
  if (list) for (const { s } of list) assertScaleSystem(W, s);
  const input = systems[Symbol.iterator]();
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const threads = opts.threads ?? 2;
  const { make } = await kernelFactory(opts.kernel ?? 'auto', threads);
  const kernel = typeof opts.kernel === 'object' ? opts.kernel : await make(W.data, W.k, W.d);
  const filter = filterContext(W, kernel.format, opts.faults?.boundScale ?? 1);
  let maxL2 = 0;
  let maxL1 = 0;
  for (let j = 0; j < W.k; j++) { maxL2 = Math.max(maxL2, filter.l2[j]); maxL1 = Math.max(maxL1, filter.l1[j]); }
  const stats: ScaleStats = { witnessChecks: 0, exactRows: 0, spotChecked: 0, lps: 0, exactSubsystems: 0 };
  const ctx: CheckContext = { W, kernel, filter, view: exactView(W), spotSamples: opts.spotSamples ?? 64, rand: seededUniform(opts.seed ?? 1), stats, maxL2, maxL1 };
  const wh = await whitening(W, make, kernel.inputType);
  const B = Math.max(1, opts.blockSize ?? (kernel.name.startsWith('onnx') ? 256 : 128));
  const maxAdd = Math.max(1, opts.maxAddPerRound ?? 64);
  const seedRows = Math.max(0, opts.seedRows ?? 64);
  const faults = opts.faults ?? {};
  const budget = opts.budget ?? {};
  const { k, d } = W;
  let decided = 0;
  let stopped: ScaleSummary<Id>['stopped'] = null;
  const over = (): boolean => {
    if (budget.signal?.aborted) stopped = 'signal';
    else if (budget.seconds !== undefined && seconds() > budget.seconds) stopped = 'seconds';
    return stopped !== null;
  };
  const progress = (pending: number) => opts.onProgress?.({ decided, total: list ? list.length : null, pending, stats: { ...stats }, kernel: kernel.name, seconds: seconds() });

  /** A candidate of system s from a float hint x (d entries) and t (with a bias; undefined: chosen when judged). */
  const candidate = (s: LogitSystem, x: ArrayLike<number>, t: number | undefined): Candidate => {
    if (s.equal.length === 0) return { s, x: toKernelInput(x, kernel.inputType), ...(t !== undefined && t > 0 ? { t } : {}) };
    const tt = W.bias ? (t !== undefined && t > 0 && Number.isFinite(t) ? Math.fround(t) : 1) : 0;
    const on = onEquation(W, s, x, tt, kernel.inputType);
    // Without an exact point on the hyperplane the candidate is never certified: its violated rows still guide the LP.
    if (on === null) return { s, x: toKernelInput(x, kernel.inputType), ...(W.bias ? { t: tt } : {}) };
    return { s, x: on.x, ...(W.bias ? { t: on.t } : {}), ...(faults.dropCorrection ? {} : { exact: on.exact }) };
  };
  const witnessCert = (c: Candidate, t: number): ScaleCertificate => {
    if (c.exact !== undefined && c.s.equal.length > 0) return rationalCertificate(W, c.exact.x, c.exact.t);
    return W.bias ? { kind: 'witness', x: exactStrings(c.x), t: exactStrings([t])[0] } : { kind: 'witness', x: exactStrings(c.x) };
  };

  /** anchor: the last candidate (x, and t with a bias): d or d + 1 entries. */
  interface Pending { id: Id; a: ActiveSet; anchor: Float64Array; exactNext: boolean; exactWitness: { x: Rational[]; t: Rational | null } | null }
  const pending: Pending[] = [];
  const undecided: Id[] = [];
  const addViolations = (p: Pending, o: CheckOutcome): boolean => {
    let added = 0;
    for (const v of o.violated) {
      if (added >= maxAdd) break;
      if (addRow(p.a, v.form)) added++;
    }
    return added > 0;
  };

  type Entry = { readonly id: Id; readonly s: LogitSystem };
  let inputDone = false;
  let taken = 0;
  const takeBlock = (): Entry[] => {
    const blk: Entry[] = [];
    while (blk.length < B && !inputDone) {
      const r = input.next();
      if (r.done) { inputDone = true; break; }
      if (!list) assertScaleSystem(W, r.value.s);
      blk.push(r.value);
    }
    taken += blk.length;
    return blk;
  };
  /** Stage 1 for a block: first witnesses (on the hyperplane for ties), and their products (the kernel starts now). */
  const startBlock = async (blk: Entry[]) => {
    const X = await firstWitnesses(W, wh, blk.map((e) => e.s));
    const row = (b: number) => X.subarray(b * d, (b + 1) * d);
    const ts = new Map<number, number>();
    const ties = blk.flatMap((e, b) => (e.s.equal.length > 0 ? [b] : []));
    if (W.bias && ties.length > 0) {
      // t for the tie candidates from the products of their unprojected first witnesses (one extra pass)
      const plain = ties.map((b) => ({ s: blk[b].s, x: row(b) }));
      const pre = await candidateProducts(ctx, plain);
      ties.forEach((b, q) => ts.set(b, chooseT(W, blk[b].s, pre.P, q * k)));
    }
    const cands = blk.map((e, b) => (e.s.equal.length === 0 ? { s: e.s, x: row(b) } : candidate(e.s, row(b), ts.get(b))));
    return { blk, cands, products: await candidateProducts(ctx, cands) };
  };

  let round = 0;
  // blocks of first witnesses judged while systems were pending since the last round
  let blocksWaited = 0;
  // (typed through a cast: the closure `pull` assigns it, which TypeScript's narrowing does not see)
  let next = null as ReturnType<typeof startBlock> | null;
  let nextBlock: Entry[] = [];
  const pull = () => {
    nextBlock = over() ? [] : takeBlock();
    next = nextBlock.length > 0 ? startBlock(nextBlock) : null;
  };
  try {
    pull();
    for (;;) {
      if (over()) break;
      // Stage 1: the next block of first witnesses, while fewer than a block's worth of systems are pending.
      // The next block's products are requested before this one is judged: with the js kernel its worker
      // threads compute them meanwhile (onnxruntime's run is synchronous).
      if (next !== null && pending.length < B && blocksWaited < STALE_BLOCKS) {
        const cur = await next;
        pull();
        const outcomes = judgeCandidates(ctx, cur.cands, cur.products, true);
        for (let b = 0; b < outcomes.length; b++) {
          const { id, s } = cur.blk[b];
          const o = outcomes[b];
          const c = cur.cands[b];
          if (o.certified) {
            decided++;
            yield { id, feasible: true, certificate: witnessCert(c, o.t), method: 'first-witness', rounds: 0, activeRows: 0 };
          } else {
            const p: Pending = { id, a: newActiveSet(s), anchor: withT(c.x, o.t), exactNext: false, exactWitness: null };
            addViolations(p, o);
            for (const f of o.nearest.slice(0, seedRows)) addRow(p.a, f);
            pending.push(p);
          }
        }
        if (pending.length > 0) blocksWaited++;
        progress(pending.length);
        continue;
      }
      blocksWaited = 0;
      if (pending.length === 0) break;
      // Stage 2: one constraint-generation round on every pending system.
      if (budget.maxRounds !== undefined && round >= budget.maxRounds) { stopped = 'rounds'; break; }
      round++;
      const cands: Candidate[] = [];
      const owners: Pending[] = [];
      const tries: number[] = [];
      const anchors: (Float64Array | null)[] = [];
      const still: Pending[] = [];
      for (const p of pending) {
        const step = activeSetStep(W, p.a, stats, faults, p.exactNext);
        p.exactNext = false;
        if (step.kind === 'infeasible') {
          const certificate = faults.corruptCertificate ? faults.corruptCertificate(step.certificate) : step.certificate;
          if (!checkScaleCertificate(W, p.a.s, certificate)) throw new Error(`scale path: the infeasibility certificate of system ${String(p.id)} failed its exact check (internal error)`);
          decided++;
          yield { id: p.id, feasible: false, certificate, method: 'constraint-generation', rounds: p.a.rounds, activeRows: p.a.rows.length };
          continue;
        }
        if (step.kind === 'exact-witness') {
          p.exactWitness = { x: step.x, t: step.t };
          const { x, t } = normalised(step.x, step.t);
          cands.push(p.a.s.equal.length === 0 ? { s: p.a.s, x: toKernelInput(x, kernel.inputType) } : candidate(p.a.s, x, t));
          anchors.push(null);
          tries.push(1);
        } else {
          p.exactWitness = null;
          const xs = towardAnchor(W, p.a, p.anchor, step.x);
          for (const x of xs) cands.push(candidate(p.a.s, x.subarray(0, d), W.bias ? Math.fround(x[d]) : undefined));
          anchors.push(...xs);
          tries.push(xs.length);
        }
        owners.push(p);
      }
      const outcomes: CheckOutcome[] = [];
      for (let b = 0; b < cands.length; b += B) {
        const blk = cands.slice(b, b + B);
        outcomes.push(...judgeCandidates(ctx, blk, await candidateProducts(ctx, blk)));
      }
      let at = 0;
      for (let q = 0; q < owners.length; q++) {
        const p = owners[q];
        const first = at;
        at += tries[q];
        const win = outcomes.slice(first, at).findIndex((o) => o.certified);
        if (win >= 0) {
          decided++;
          yield { id: p.id, feasible: true, certificate: witnessCert(cands[first + win], outcomes[first + win].t), method: 'constraint-generation', rounds: p.a.rounds, activeRows: p.a.rows.length };
          continue;
        }
        let grew = false;
        for (let r = first; r < at; r++) grew = addViolations(p, outcomes[r]) || grew;
        if (grew) { p.anchor = anchors[first] ?? withT(cands[first].x, outcomes[first].t); still.push(p); continue; }
        // Every violated row is active already: the rounding of a hint broke it.
        if (p.exactWitness) {
          const viol = exactViolations(ctx, p.a.s, p.exactWitness.x, p.exactWitness.t);
          if (viol.length === 0) {
            decided++;
            yield { id: p.id, feasible: true, certificate: rationalCertificate(W, p.exactWitness.x, p.exactWitness.t), method: 'constraint-generation', rounds: p.a.rounds, activeRows: p.a.rows.length };
            continue;
          }
          let added = 0;
          for (const f of viol) if (added < maxAdd && addRow(p.a, f)) added++;
          if (added === 0) throw new Error(`scale path: an exact witness of system ${String(p.id)} violates its own active rows (internal error)`);
        } else {
          p.exactNext = true;
        }
        still.push(p);
      }
      pending.length = 0;
      pending.push(...still);
      progress(pending.length);
    }
  } finally {
    // a block started before the budget ran out (or before the caller stopped reading) finishes first
    if (next !== null) await next.catch(() => undefined);
    await kernel.close();
    await wh.inverse.close();
  }
  for (const p of pending) undecided.push(p.id);
  if (next !== null) for (const e of nextBlock) undecided.push(e.id);
  if (list) for (let r = taken; r < list.length; r++) undecided.push(list[r].id);
  return { kernel: kernel.name, stats: { ...stats }, seconds: seconds(), undecided, stopped };
}

/**
 * Collects every result of a scale generator (`decideSystemsAtScale`,
 * `argmaxableAtScale`, `decideQuestionAtScale`, …) and its summary.
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float64Array([1, 0, 0, 1, -1, -1]), 3, 2);
 * const { results, summary } = await collectAtScale(argmaxableAtScale(W, { kernel: 'js' }));
 * [results.length, summary.undecided]
 * // => [3, []]
 * ```
 */
export async function collectAtScale<R, S>(gen: AsyncGenerator<R, S>): Promise<{ results: R[]; summary: S }> {
  const results: R[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { results, summary: r.value };
    results.push(r.value);
  }
}

/** Fractions of the way from the first point where the active rows hold to the LP's x (candidates per round). */
const STEPS = [0.1, 0.35, 1];

/**
 * Candidates between the anchor x0 (the last candidate, which satisfied most
 * rows) and the LP's x (which satisfies the active rows): with both scaled to
 * unit length, x(α) = (1 − α)·x0 + α·x_LP satisfies every active row for α
 * in an interval [α_min, 1] (each row is linear in α); the candidates are at
 * α_min + f·(1 − α_min), f in `STEPS` (near the anchor first, so rows the
 * anchor satisfied stay satisfied). Float hints (NOT exact), checked afterwards.
 */
function towardAnchor(W: DenseMatrix, a: ActiveSet, anchor: Float64Array, xLP: Float64Array): Float64Array[] {
  const cols = anchor.length;
  const unit = (v: Float64Array) => {
    let n = 0;
    for (const e of v) n += e * e;
    n = Math.sqrt(n);
    return n > 0 ? v.map((e) => e / n) : v;
  };
  const x0 = unit(anchor);
  const x1 = unit(xLP);
  let aMin = 0;
  for (const f of a.rows) {
    const r = floatRow(W, f);
    let v0 = 0;
    let v1 = 0;
    for (let c = 0; c < cols; c++) { v0 += r[c] * x0[c]; v1 += r[c] * x1[c]; }
    // (1 − α) v0 + α v1 > 0; v1 > 0 for the LP's (x, t)
    if (v0 <= 0 && v1 > v0) aMin = Math.max(aMin, -v0 / (v1 - v0));
  }
  return STEPS.map((f) => {
    const al = Math.min(1, aMin + f * (1 - aMin));
    return x0.map((e, c) => (1 - al) * e + al * x1[c]);
  });
}

/** (x, t) as one float64 vector (x alone without a bias, t = 0). */
function withT(x: ArrayLike<number>, t: number): Float64Array {
  const v = new Float64Array(x.length + (t > 0 ? 1 : 0));
  v.set(Array.from(x));
  if (t > 0) v[x.length] = t;
  return v;
}

/** A float64 direction of a rational (x, t), both divided by the largest |x_c| (NOT exact, a candidate only). */
function normalised(x: readonly Rational[], t: Rational | null): { x: number[]; t: number | undefined } {
  const v = x.map(rationalToNumber);
  let top = 0;
  for (const e of v) top = Math.max(top, Math.abs(e));
  const f = top > 0 && Number.isFinite(top) ? 1 / top : 1;
  return { x: v.map((e) => e * f), t: t === null ? undefined : rationalToNumber(t) * f };
}

/** The witness certificate of an exact rational (x, t). */
function rationalCertificate(W: DenseMatrix, x: readonly Rational[], t: Rational | null): ScaleCertificate {
  const xs = x.map(formatRational);
  return W.bias && t ? { kind: 'witness', x: xs, t: formatRational(t) } : { kind: 'witness', x: xs };
}

/**
 * Exact strings of a float vector: entry c is "n_c/2^s" with ONE s for the
 * whole vector (`commonExponent`), so n_c = x_c·2^s is an integer; fractions
 * are not reduced (still exact). Falls back to `formatRational` per entry
 * when the integers leave the safe range.
 */
function exactStrings(v: ArrayLike<number>): string[] {
  const E = commonExponent(v);
  const out = new Array<string>(v.length);
  const scale = 2 ** -E;
  const q = E < 0 ? `/${1n << BigInt(-E)}` : '';
  for (let c = 0; c < v.length; c++) {
    const n = v[c] * scale;
    out[c] = E < 0 && E >= -1000 && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? `${n}${q}` : formatRational(rationalFromFloat64(v[c]));
  }
  return out;
}

/**
 * The strict rows of s that the exact rational witness (x, t) violates,
 * decided exactly for every label (O(k·d) BigInt; the rare path when no float
 * rounding of an exact witness survives). Throws when (x, t) misses an
 * equation of s (the exact engine's witnesses satisfy them exactly).
 */
function exactViolations(ctx: CheckContext, s: LogitSystem, x: readonly Rational[], t: Rational | null): LogitForm[] {
  if (!equationsHold(ctx.W, s, { x, t, column: -1, delta: 0 })) throw new Error('scale path: an exact witness misses its equation (internal error)');
  const w = rationalWitness(x, t);
  const cache = new Map<number, Dyadic>();
  const L = (l: number): Dyadic => {
    if (l < 0) return { n: 0n, e: 0 };
    let v = cache.get(l);
    if (!v) { v = exactLogit(ctx.view, l, w); cache.set(l, v); ctx.stats.exactRows++; }
    return v;
  };
  const out: LogitForm[] = [];
  for (const f of s.strict) { const [a, b] = formTerms(f); if (compareDyadic(L(a), L(b)) <= 0) out.push(f); }
  if (s.dominates) {
    const top = s.dominates.top;
    for (let j = 0; j < ctx.W.k; j++) if (inDominates(s, j) && compareDyadic(L(top), L(j)) <= 0) out.push(difference(top, j));
  }
  return out;
}
