/**
 * The scale engine: many strict logit systems on one dense unembedding W
 * (k × d, optional bias), each decided and certified, streamed as results.
 *
 * 1. First witnesses (`first-witness.ts`, whitened directions) for a block
 *    of systems, checked against all rows in one kernel pass (`checkCandidates`).
 * 2. Systems whose first witness fails enter constraint generation
 *    (`active-set.ts`): the violated rows form an active set; each round
 *    solves every pending system's LP on its active set, and all new
 *    candidates are checked in one kernel pass; violated rows (at most
 *    `maxAddPerRound`, most violated first) join. An infeasible active set
 *    ends with a sparse Gordan / Motzkin certificate, checked exactly on its
 *    support (`checkScaleCertificate`) before it is yielded.
 * Every witness is certified against every row by the filter + exact
 * re-decision; every infeasibility certificate is checked exactly. The only
 * assumption is the kernel's IEEE arithmetic (`dot-error-bound.ts`), spot
 * checked on every block; the `js` kernel (our own loops) removes it.
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { jsKernel, type MatrixKernel } from '../../src/dense/kernel.ts';
import { ortKernel } from '../../src/dense/kernel-ort.ts';
import { filterContext } from '../../src/dense/logit-enclosure.ts';
import { seededUniform } from '../../src/dense/spot-check.ts';
import { exactView, compareDyadic, exactLogit, type Dyadic } from '../../src/dense/exact-logits.ts';
import { formatRational, rationalToNumber, type Rational } from '../../src/field/rational.ts';
import { assertSystem, floatRow, inBlock, type LogitForm, type LogitSystem } from './logit-system.ts';
import { checkScaleCertificate, exactStrings, type ScaleCertificate } from './scale-certificate.ts';
import { firstWitnesses, whitening, type KernelFactory } from './first-witness.ts';
import { candidateProducts, judgeCandidates, type Candidate, type CheckContext, type CheckOutcome, type ScaleStats } from './witness-check.ts';
import { activeSetStep, addRow, newActiveSet, toKernelInput, type ActiveSet, type ScaleFaults } from './active-set.ts';

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
  /** Fault injection (tests only): a factor on the filter's error bound (< 1 is unsound), corrupted LP hints. */
  readonly faults?: ScaleFaults & { readonly boundScale?: number };
}

/** A progress report. */
export interface ScaleProgress {
  readonly decided: number;
  readonly total: number;
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
  /** Systems not decided (budget exhausted), with the reason. */
  readonly undecided: readonly Id[];
  readonly stopped: null | 'seconds' | 'signal' | 'rounds';
}

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

/**
 * Decides every system of `systems` on W and yields one certified result per
 * system as soon as it is decided (first witnesses block by block, then the
 * constraint-generation rounds); returns a `ScaleSummary`. Results are not in
 * input order. Throws `RangeError` for a system with a label outside W or
 * with equality forms, `Error` when the kernel fails its spot check, when the
 * filter is caught wrong by the audit, or when a certificate fails its exact
 * check (all internal faults: the run stops rather than answer wrongly).
 * @example
 * const W = denseMatrix(new Float64Array([1, 0, 0, 1, 0.5, 0.5]), 3, 2);
 * for await (const r of decideSystemsAtScale(W, [{ id: 2, s: argmaxSystem(2) }], { kernel: 'js' })) r.feasible; // false
 */
export async function* decideSystemsAtScale<Id>(W: DenseMatrix, systems: readonly { readonly id: Id; readonly s: LogitSystem }[], opts: ScaleOptions = {}): AsyncGenerator<SystemResult<Id>, ScaleSummary<Id>> {
  for (const { s } of systems) assertSystem(W, s);
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
  let decided = 0;
  let stopped: ScaleSummary<Id>['stopped'] = null;
  const over = (): boolean => {
    if (budget.signal?.aborted) stopped = 'signal';
    else if (budget.seconds !== undefined && seconds() > budget.seconds) stopped = 'seconds';
    return stopped !== null;
  };
  const progress = (pending: number) => opts.onProgress?.({ decided, total: systems.length, pending, stats: { ...stats }, kernel: kernel.name, seconds: seconds() });
  const witnessCert = (x: ArrayLike<number>, t: number): ScaleCertificate =>
    (W.bias ? { kind: 'witness', x: exactStrings(x), t: exactStrings([t])[0] } : { kind: 'witness', x: exactStrings(x) });

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

  // Stage 1: first witnesses, block by block. The next block's products are requested before this one is
  // judged: with the js kernel its worker threads compute them meanwhile (onnxruntime's run is synchronous).
  try {
    const blocks: { id: Id; s: LogitSystem }[][] = [];
    for (let b = 0; b < systems.length; b += B) blocks.push(systems.slice(b, b + B) as { id: Id; s: LogitSystem }[]);
    const start = async (blk: { id: Id; s: LogitSystem }[]) => {
      const X = await firstWitnesses(W, wh, blk.map((e) => e.s));
      const cands: Candidate[] = blk.map((e, b) => ({ s: e.s, x: X.subarray(b * W.d, (b + 1) * W.d) }));
      return { cands, products: await candidateProducts(ctx, cands) };
    };
    let next = blocks.length > 0 ? start(blocks[0]) : null;
    for (let bi = 0; bi < blocks.length; bi++) {
      const cur = await next!;
      next = bi + 1 < blocks.length && !over() ? start(blocks[bi + 1]) : null;
      const outcomes = judgeCandidates(ctx, cur.cands, cur.products, true);
      for (let b = 0; b < outcomes.length; b++) {
        const { id, s } = blocks[bi][b];
        const o = outcomes[b];
        if (o.certified) {
          decided++;
          yield { id, feasible: true, certificate: witnessCert(cur.cands[b].x, o.t), method: 'first-witness', rounds: 0, activeRows: 0 };
        } else {
          const p: Pending = { id, a: newActiveSet(s), anchor: withT(cur.cands[b].x, outcomes[b].t), exactNext: false, exactWitness: null };
          addViolations(p, o);
          for (const f of o.nearest.slice(0, seedRows)) addRow(p.a, f);
          pending.push(p);
        }
      }
      progress(pending.length);
      if (next === null && bi + 1 < blocks.length) {
        for (let r = bi + 1; r < blocks.length; r++) for (const e of blocks[r]) undecided.push(e.id);
        break;
      }
    }

    // Stage 2: constraint generation on the systems whose first witness failed.
    let round = 0;
    while (pending.length > 0) {
      if (over() || (budget.maxRounds !== undefined && round >= budget.maxRounds)) {
        stopped ??= 'rounds';
        for (const p of pending) undecided.push(p.id);
        break;
      }
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
          cands.push({ s: p.a.s, x: toKernelInput(normalised(step.x), kernel.inputType) });
          anchors.push(null);
          tries.push(1);
        } else {
          p.exactWitness = null;
          const xs = towardAnchor(W, p.a, p.anchor, step.x);
          for (const x of xs) {
            const t = W.bias ? Math.fround(x[W.d]) : undefined;
            cands.push({ s: p.a.s, x: toKernelInput(x.subarray(0, W.d), kernel.inputType), ...(t !== undefined && t > 0 ? { t } : {}) });
          }
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
          yield { id: p.id, feasible: true, certificate: witnessCert(cands[first + win].x, outcomes[first + win].t), method: 'constraint-generation', rounds: p.a.rounds, activeRows: p.a.rows.length };
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
            yield { id: p.id, feasible: true, certificate: rationalWitness(W, p.exactWitness.x, p.exactWitness.t), method: 'constraint-generation', rounds: p.a.rounds, activeRows: p.a.rows.length };
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
    await kernel.close();
    await wh.inverse.close();
  }
  return { kernel: kernel.name, stats: { ...stats }, seconds: seconds(), undecided, stopped };
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

/** A float64 direction of a rational vector (divided by its largest entry; NOT exact, a candidate only). */
function normalised(x: readonly Rational[]): number[] {
  const v = x.map(rationalToNumber);
  let top = 0;
  for (const e of v) top = Math.max(top, Math.abs(e));
  return top > 0 && Number.isFinite(top) ? v.map((e) => e / top) : v;
}

/** The witness certificate of an exact rational (x, t). */
function rationalWitness(W: DenseMatrix, x: readonly Rational[], t: Rational | null): ScaleCertificate {
  const xs = x.map(formatRational);
  return W.bias && t ? { kind: 'witness', x: xs, t: formatRational(t) } : { kind: 'witness', x: xs };
}

/**
 * The rows of s that the exact rational witness (x, t) violates, decided
 * exactly for every label (O(k·d) BigInt; the rare path when no float
 * rounding of an exact witness survives).
 */
function exactViolations(ctx: CheckContext, s: LogitSystem, x: readonly Rational[], t: Rational | null): LogitForm[] {
  const all = t ? [...x, t] : [...x];
  let D = 1n;
  for (const v of all) D = lcm(D, v.d);
  const ints = all.map((v) => (v.s * v.n * D) / v.d);
  const w = { x: { ints: ints.slice(0, x.length), exponent: 0 }, t: { ints: [t ? ints[x.length] : 0n], exponent: 0 } };
  const cache = new Map<number, Dyadic>();
  const L = (l: number): Dyadic => {
    if (l < 0) return { n: 0n, e: 0 };
    let v = cache.get(l);
    if (!v) { v = exactLogit(ctx.view, l, w); cache.set(l, v); ctx.stats.exactRows++; }
    return v;
  };
  const out: LogitForm[] = [];
  for (const f of s.strict) if (compareDyadic(L(f.plus), L(f.minus)) <= 0) out.push(f);
  if (s.dominates) {
    const top = s.dominates.top;
    for (let j = 0; j < ctx.W.k; j++) if (inBlock(s, j) && compareDyadic(L(top), L(j)) <= 0) out.push({ plus: top, minus: j });
  }
  return out;
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
