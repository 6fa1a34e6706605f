/**
 * The sections of `cosine-verify analyze`, each decided exactly, within its share of the
 * budget, and written to the sink as soon as it is decided:
 *
 * - `shape` (always): k, d, field, rank, centered;
 * - `cosines`: C(W) and the centered cosine matrix (Def. 5.2, App. C), whole for small k,
 *   else among the labels of `--rows` (pair by pair, lazily);
 * - one section per survey of the question registry (`argmax`, `ties`): one certified
 *   decision per argument, restricted to the labels of `--rows` when given;
 * - `patterns`: |S(W)| (Def. 5.1) and |R(W)| (Def. 5.4), enumerated when Cover's bound is at
 *   most `--max-regions`, known from the rank when every pattern occurs, else the bound;
 * - `pair` (with `--pair i,j`): T3.4's two equivalent models with cosine −1 and +1.
 *
 * Every loop checks its budget between two decisions (`Budget.checkpoint`); a section that
 * stops early reports what it decided and one `Skip` line saying what it did not.
 */
import { modelSignPatterns } from '../../../lp/arrangements/sign-patterns.ts';
import { modelRankingPatterns } from '../../../lp/arrangements/ranking-patterns.ts';
import { formatSignVector } from '../../../lp/queries/sign-vector.ts';
import { decideQuestion, type AnyQuestion } from '../../../lp/queries/question.ts';
import { cover1965, cover1967 } from '../../../lp/arrangements/counting/cover.ts';
import { homogenise } from '../../models/model.ts';
import { extremeCosineModels } from '../../lemmas/extreme-cosine-models.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { exactRank as rank } from './integer-rank.ts';
import { centerColumns, isCentered } from '../../linalg/centering.ts';
import type { Matrix } from '../../linalg/matrix.ts';
import type { DenseMatrix } from '../../dense/dense-matrix.ts';
import type { KernelChoice } from '../../../lp/scale/decide-at-scale.ts';
import { BudgetStop, groupDigits, stopText, type Budget, type StopReason } from '../budget.ts';
import { InputError } from '../input-error.ts';
import { labelText } from '../labels.ts';
import type { LoadedModel } from '../model-input.ts';
import type { Progress } from '../progress.ts';
import { formatLabelledMatrix } from '../table.ts';
import { cosineCells, exactCosineText, type CosineCell } from './cosine-cells.ts';
import type { AnalyzeJSON, AnalyzeSink, PatternCount, SurveyJSON } from './report.ts';

/** What the sections see of the model: exact rows on demand, and the whole exact model when it fits in memory. */
export interface AnalyzeView<T> {
  readonly F: OrderedField<T>;
  readonly k: number;
  readonly d: number;
  readonly labels?: readonly string[];
  readonly bias: boolean;
  row(i: number): readonly T[];
  /** The exact model (absent on the dense path). */
  readonly exact?: LoadedModel<T>;
  /** Why the exact model is absent (W too large for exact objects). */
  readonly denseReason?: string;
  /** W as dense floats for the scale path (`scale-path.ts`), with why it was taken. */
  readonly dense?: { readonly W: DenseMatrix; readonly reason: string; readonly kernel: KernelChoice };
}

/** Options of the sections. */
export interface SectionOptions {
  /** The labels of `--rows`, or undefined. */
  readonly rows?: readonly number[];
  readonly maxRegions: number;
  readonly list: boolean;
  readonly pair?: readonly [number, number];
  /** Largest k whose whole cosine matrices are printed (`--max-matrix`). */
  readonly maxMatrix: number;
}

/** Shared state of one analysis: the JSON under construction, the sink, the progress bar, the lazy cosines. */
export interface AnalyzeState<T> {
  readonly view: AnalyzeView<T>;
  readonly out: AnalyzeJSON;
  readonly sink: AnalyzeSink;
  readonly progress: Progress;
  readonly opts: SectionOptions;
  /** Lazy cosine cells (exact; centered only on the exact path). */
  cell(i: number, j: number): CosineCell;
  /** Index of a row that is zero after centering (−1: none; null: not known on the dense path). */
  readonly centeredZero: number | null;
}

/** One section: its name, whether it is worth a share of the budget, and how it runs. */
export interface Section {
  readonly name: string;
  run<T>(s: AnalyzeState<T>, budget: Budget): Promise<void>;
}

/** The index of a row of W that is zero after centering the columns, or −1. */
function centeredZeroRow<T>(F: OrderedField<T>, W: Matrix<T>): number {
  const k = W.length;
  // w_i − mean = 0 ⟺ k·w_i = Σ_l w_l (column by column)
  const sums = W[0].map((_, c) => W.reduce((s, row) => F.add(s, row[c]), F.zero));
  const kF = F.fromRational(k);
  return W.findIndex((row) => row.every((x, c) => F.equals(F.mul(kF, x), sums[c])));
}

/** The state of an analysis of `view` (see `AnalyzeState`). */
export function analyzeState<T>(view: AnalyzeView<T>, out: AnalyzeJSON, sink: AnalyzeSink, progress: Progress, opts: SectionOptions): AnalyzeState<T> {
  const { F } = view;
  let centeredZero: number | null = null;
  let centeredRow: ((i: number) => readonly T[]) | undefined;
  if (view.exact !== undefined) {
    const W = view.exact.W;
    centeredZero = centeredZeroRow(F, W);
    let C: T[][] | undefined;
    centeredRow = (i) => (C ??= centerColumns(F, W))[i];
  }
  const cell = cosineCells(F, (i) => view.row(i), centeredZero === -1 ? centeredRow : undefined);
  return { view, out, sink, progress, opts, cell, centeredZero };
}

/** The rows of W that are zero. */
function zeroRows<T>(view: AnalyzeView<T>): number[] {
  if (view.exact === undefined) return [];
  return view.exact.W.flatMap((r, i) => (r.every((x) => view.F.isZero(x)) ? [i] : []));
}

/** `shape`: the model line and k, d, field, rank, centered (exact path only for rank and centered). */
export const shapeSection: Section = {
  name: 'shape',
  async run(s) {
    const { view, out } = s;
    const { F, k, d } = view;
    const exact = view.exact;
    out.rank = exact === undefined ? null : rank(F, exact.W);
    out.centered = exact === undefined ? null : isCentered(F, exact.W);
    const where = [out.source, out.tensor].filter((x) => x !== undefined).join(', ');
    const bias = exact?.biasSource === undefined ? '' : `; bias: ${exact.biasSource}`;
    const lines = [`model: ${where}${bias}`];
    const rankText = out.rank === null ? 'rank not computed (W too large for exact objects)' : `rank ${out.rank}`;
    const size = k > 9999 ? `${groupDigits(k)} labels × d = ${groupDigits(d)}` : `${k} labels × d = ${d}`;
    lines.push(`shape: k = ${size}; field ${F.name}${view.exact === undefined ? ' (float entries read exactly, row by row)' : ''}; ${rankText}${out.centered ? '; centered (columns sum to 0)' : ''}${view.bias ? '; with bias' : ''}`);
    if (view.labels !== undefined) lines.push(`labels: ${k <= 64 ? view.labels.map((_, i) => labelText(view.labels, i)).join(', ') : `${groupDigits(k)} names (${labelText(view.labels, 0)}, ${labelText(view.labels, 1)}, …)`}`);
    if (view.denseReason !== undefined) lines.push(`dense path: ${view.denseReason}`);
    if (view.dense !== undefined) lines.push(`scale path: argmax and ties are decided on the float entries of W, certified${view.dense.reason === view.denseReason ? '' : ` (${view.dense.reason})`}`);
    s.sink.text(lines);
    s.sink.record({ section: 'shape', source: out.source, ...(out.tensor === undefined ? {} : { tensor: out.tensor }), k, d, field: F.name, rank: out.rank, centered: out.centered, bias: view.bias, ...(view.labels === undefined ? {} : { labels: view.labels }) });
    if (out.rank === null) s.sink.notComputed({ section: 'shape', reason: `rank: not computed: ${view.denseReason}` });
  },
};

/** `cosines`: the cosine and centered cosine matrices over all labels (small k) or over `--rows`. */
export const cosinesSection: Section = {
  name: 'cosines',
  async run(s, budget) {
    const { view, out, opts } = s;
    const { k } = view;
    const whole = opts.rows === undefined && k <= opts.maxMatrix;
    const shown = whole ? Array.from({ length: k }, (_, i) => i) : [...(opts.rows ?? [])];
    const zero = zeroRows(view);
    const lines: string[] = [];
    const notes: string[] = [];
    if (zero.length > 0) notes.push(`row${zero.length === 1 ? '' : 's'} ${zero.join(', ')} ${zero.length === 1 ? 'is' : 'are'} zero: ${zero.length === 1 ? 'its cosines are' : 'their cosines are'} undefined (the cosine of a zero vector)`);
    if (!whole && shown.length === 0) {
      notes.push(`C(W) is ${groupDigits(k)} × ${groupDigits(k)}, above --max-matrix ${opts.maxMatrix}: not printed; --rows i,j,… prints the cosines among those labels`);
      out.cosine = out.cosineExact = out.centeredCosine = null;
      out.cosineNote = notes.join('; ');
      s.sink.text(['', `cosine matrix C(W): ${out.cosineNote}`]);
      s.sink.notComputed({ section: 'cosines', reason: `cosines: not printed: k = ${groupDigits(k)} is above --max-matrix ${opts.maxMatrix} and no --rows were given` });
      return;
    }
    const n = shown.length;
    const cells: (CosineCell | null)[][] = shown.map(() => new Array<CosineCell | null>(n).fill(null));
    const total = (n * (n + 1)) / 2;
    let done = 0;
    let stop: StopReason | null = null;
    outer: for (let a = 0; a < n; a++) {
      for (let b = a; b < n; b++) {
        stop = await budget.checkpoint();
        if (stop) break outer;
        const c = s.cell(shown[a], shown[b]);
        cells[a][b] = cells[b][a] = c;
        done++;
        s.progress.update(done, total, 'cosines');
        s.sink.record({ section: 'cosines', i: shown[a], j: shown[b], cosine: c.decimal, exact: c.exact, centered: c.centered });
      }
    }
    const decimals = cells.map((r) => r.map((c) => c?.decimal ?? null));
    const exacts = cells.map((r) => r.map((c) => c?.exact ?? null));
    let centered: (string | null)[][] | null = cells.map((r) => r.map((c) => c?.centered ?? null));
    if (s.centeredZero === null) {
      centered = null;
      out.centeredCosineNote = `not computed: the centered cosines need the exact column means of every row; ${view.denseReason}`;
    } else if (s.centeredZero >= 0) {
      centered = null;
      out.centeredCosineNote = `row ${s.centeredZero} of the centered W is zero (label ${labelText(view.labels, s.centeredZero)} is the mean of all labels), so the centered cosine matrix is undefined`;
    }
    const show = (M: (string | null)[][]) => formatLabelledMatrix(M.map((r, a) => r.map((x, b) => x ?? (cells[a][b] === null ? '…' : 'undef'))), shown, view.labels).map((l) => '  ' + l);
    if (whole) {
      out.cosine = decimals;
      out.cosineExact = exacts;
      out.centeredCosine = centered;
    } else {
      out.cosine = out.cosineExact = out.centeredCosine = null;
      notes.push(`C(W) is ${groupDigits(k)} × ${groupDigits(k)}; printed among the labels of --rows only`);
      out.cosineRows = { labels: shown, cosine: decimals, cosineExact: exacts, centeredCosine: centered };
    }
    if (notes.length > 0) out.cosineNote = notes.join('; ');
    const of = whole ? '' : ` among labels ${shown.map((i) => labelText(view.labels, i)).join(', ')}`;
    lines.push('', `cosine matrix C(W)${of} (6 decimals; exact in --json "cosineExact"):`, ...show(decimals));
    if (zero.length > 0) lines.push(`  (${notes[0]})`);
    lines.push('', `centered cosine matrix${of} (cosines after subtracting the column means):`);
    if (centered === null) lines.push(`  ${s.centeredZero === null ? '' : 'undefined: '}${out.centeredCosineNote}`);
    else lines.push(...show(centered));
    s.sink.text(lines);
    if (s.centeredZero === null) s.sink.notComputed({ section: 'cosines', reason: `centered cosines: ${out.centeredCosineNote}` });
    if (stop) s.sink.notComputed({ section: 'cosines', reason: `cosines: ${groupDigits(done)} of ${groupDigits(total)} pairs computed ${stopText(stop)}; the rest (shown as …) not computed` });
  },
};

/**
 * A way to decide the arguments of a survey, certified. `analyze` uses the first backend of
 * a survey section that does not refuse the model: the float scale path (`scaleBackend` of
 * `scale-backend.ts`, on a dense W) before the exact engine (`exactBackend`).
 */
export interface SurveyBackend {
  readonly name: string;
  /** Why this backend cannot decide `q` on this model (a phrase for the skip line), or null. */
  refuses<T>(view: AnalyzeView<T>, q: AnyQuestion): string | null;
  /**
   * Decides `q` for the arguments of `args` (read lazily: a family of C(k, 2) pairs is never
   * built whole), calling `onResult` for each one as soon as it is certified (in any order),
   * until `budget` stops it; returns the reason it stopped (null: every argument decided).
   */
  decideAll<T>(view: AnalyzeView<T>, q: AnyQuestion, args: Iterable<unknown>, budget: Budget, onResult: (arg: unknown, feasible: boolean) => void): Promise<StopReason | null>;
}

/** The exact engine: `decideQuestion` on the exact model (witness or Gordan/Motzkin certificate, checked exactly), one argument at a time. */
export const exactBackend: SurveyBackend = {
  name: 'exact',
  refuses: (view) => (view.exact === undefined ? `the exact engine needs W exactly, ${view.denseReason}` : null),
  async decideAll(view, q, args, budget, onResult) {
    for (const arg of args) {
      const stop = await budget.checkpoint();
      if (stop) return stop;
      onResult(arg, decideQuestion(view.exact!, q, arg).decision.feasible);
    }
    return null;
  },
};

/** The section of one survey of the question registry (argmax, ties): one certified decision per argument, by the first backend that takes the model. */
export function surveySection(q: AnyQuestion, backends: readonly SurveyBackend[] = [exactBackend]): Section {
  const survey = q.survey!;
  return {
    name: survey.section,
    async run(s, budget) {
      const { view, out, opts } = s;
      const restricted = opts.rows !== undefined;
      const labels = opts.rows ?? Array.from({ length: view.k }, (_, i) => i);
      const total = survey.countAmong(labels.length);
      const json: SurveyJSON = { question: q.name, labels: restricted ? [...labels] : null, decided: 0, total, complete: false, yes: [], no: [] };
      out.surveys[survey.key] = json;
      out[survey.key] = null;
      const backend = backends.find((b) => b.refuses(view, q) === null);
      if (backend === undefined) {
        const why = backends.map((b) => b.refuses(view, q)).join('; ');
        s.sink.notComputed({ section: survey.section, reason: `${survey.section}: not computed (${groupDigits(total)} ${survey.units}): ${why}` });
        return;
      }
      // Results may come in any order (the scale path decides blocks): each keeps its place in `among`.
      json.backend = backend.name;
      const order = new Map<string, number>();
      const indexed = (function* () {
        for (const arg of survey.among(labels)) {
          order.set(q.format(arg), order.size);
          yield arg;
        }
      })();
      const decided: { at: number; arg: unknown; yes: boolean }[] = [];
      const stop = await backend.decideAll(view, q, indexed, budget, (arg, yes) => {
        decided.push({ at: order.get(q.format(arg))!, arg, yes });
        s.progress.update(decided.length, total, survey.section);
        const ls = survey.labelsOf(arg);
        s.sink.record({ section: survey.section, question: q.name, argument: q.format(arg), labels: ls, ...(view.labels === undefined ? {} : { names: ls.map((i) => view.labels![i]) }), feasible: yes });
      });
      decided.sort((a, b) => a.at - b.at);
      const args = decided.map((r) => r.arg);
      const feasible = decided.map((r) => r.yes);
      for (const r of decided) (r.yes ? json.yes : json.no).push(q.format(r.arg));
      json.decided = args.length;
      json.complete = stop === null;
      if (json.complete && !restricted) out[survey.key] = survey.toJSON(args, feasible);
      s.sink.text(['', ...surveyLines(s, q, args, feasible, total)]);
      if (stop) s.sink.notComputed({ section: survey.section, reason: `${survey.section}: ${groupDigits(args.length)} of ${groupDigits(total)} ${survey.units} decided ${stopText(stop)}; the rest not computed` });
    },
  };
}

/**
 * The text of one survey: `inline`, the yes and no arguments on one line each; `rows`, one
 * line per yes argument (beside the cosine and centered cosine of its two labels) and the no
 * arguments on one line.
 */
function surveyLines<T>(s: AnalyzeState<T>, q: AnyQuestion, args: readonly unknown[], feasible: readonly boolean[], total: number): string[] {
  const survey = q.survey!;
  const names = s.view.labels;
  const text = (arg: unknown) => {
    const ls = survey.labelsOf(arg);
    return names === undefined ? q.format(arg) : `${q.format(arg)} (${ls.map((i) => names[i]).join(', ')})`;
  };
  const yes = args.filter((_, t) => feasible[t]);
  const no = args.filter((_, t) => !feasible[t]);
  const partial = args.length < total ? ` of the ${groupDigits(args.length)} decided` : '';
  if (survey.layout === 'inline') {
    const list = (xs: unknown[]) => (xs.length === 0 ? 'none' : xs.map(text).join(', '));
    return [`${survey.yes}${partial ? ` (${partial.trim()})` : ''}: ${list(yes)}`, `${survey.no}: ${list(no)}`];
  }
  const lines = [`${survey.yes} (certified; ${groupDigits(yes.length)} of ${groupDigits(partial ? args.length : total)}${partial ? ' decided' : ''}):`];
  if (yes.length === 0) lines.push('  none');
  for (const arg of yes) {
    const labels = survey.labelsOf(arg);
    if (labels.length !== 2) {
      lines.push(`  ${text(arg)}`);
      continue;
    }
    const c = s.cell(labels[0], labels[1]);
    const cc = c.centered ?? (s.centeredZero === null ? 'not computed' : 'undefined');
    const exact = c.exact ?? 'undefined';
    lines.push(`  ${text(arg)}  cos ${c.decimal ?? 'undefined'}${c.exact !== null && exact.length <= 32 ? ` (${exact})` : ''}  centered cos ${cc}`);
  }
  lines.push(`${survey.no}: ${no.length === 0 ? 'none' : no.map(text).join('  ')}`);
  return lines;
}

/** Above this k, Cover's 1967 count (Stirling numbers, seconds for k in the thousands) is computed only for d ≤ 2. */
const COVER1967_MAX_K = 300;

/**
 * Cover's 1967 count for k ≥ 2 labels in dimension d, or null when it is costly (k above
 * 300, d ≥ 3) and surely above `limit`: it grows with d, and at d = 2 it is k(k − 1).
 */
function cover1967Bound(k: number, d: number, limit: number): bigint | null {
  if (k <= COVER1967_MAX_K) return cover1967(k, d);
  if (d <= 2) return d === 0 ? 0n : d === 1 ? 2n : BigInt(k) * BigInt(k - 1); // Cover's closed forms
  return BigInt(k) * BigInt(k - 1) > BigInt(limit) ? null : cover1967(k, d);
}

/** k! as a bigint. */
function factorial(k: number): bigint {
  let f = 1n;
  for (let i = 2; i <= k; i++) f *= BigInt(i);
  return f;
}

/** The rows m_i − m_{k−1}, i < k − 1: they span the same space as the braid differences DM (k − 1 rows instead of C(k, 2)). */
function differencesToLast<T>(F: OrderedField<T>, M: readonly (readonly T[])[]): T[][] {
  const last = M[M.length - 1];
  return M.slice(0, -1).map((r) => r.map((x, c) => F.sub(x, last[c])));
}

/** A count as `PatternCount` fields (`count` a JS number only when safe). */
function countFields(n: bigint): Pick<PatternCount, 'count' | 'countExact'> {
  return { count: n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null, countExact: n.toString() };
}

/** One pattern kind: enumerated within the budget when Cover's bound is small, from the rank when every pattern occurs, else the bound. */
async function countPatterns(
  what: 'sign' | 'ranking',
  bound: bigint | null,
  dim: number,
  maxRegions: number,
  list: boolean,
  everyPattern: { count: bigint; reason: string } | null,
  budget: Budget,
  progress: Progress,
  enumerate: (limit: number, onProgress: (found: number) => void) => { items: string[] | number[][]; lps: number; complete: boolean },
): Promise<PatternCount> {
  const base = { coverBound: bound === null ? null : bound.toString(), boundDimension: dim } as Pick<PatternCount, 'coverBound' | 'boundDimension'>;
  if (bound === null || bound > BigInt(maxRegions) || (everyPattern !== null && !list)) {
    if (everyPattern !== null) return { ...countFields(everyPattern.count), enumerated: false, lps: 0, ...base, reason: everyPattern.reason };
    return { count: null, enumerated: false, lps: 0, ...base };
  }
  await budget.checkpoint();
  let found = 0;
  try {
    const e = enumerate(maxRegions + 1, (n) => {
      found = n;
      progress.update(n, Number(bound), what === 'sign' ? '|S|' : '|R|');
      const stop = budget.stop();
      if (stop) throw new BudgetStop(stop);
    });
    if (!e.complete) throw new Error(`${what} pattern enumeration stopped at ${maxRegions + 1} patterns although Cover's bound is at most ${maxRegions}`);
    return { count: e.items.length, enumerated: true, lps: e.lps, ...base, ...(list ? { list: e.items } : {}) };
  } catch (e) {
    if (!(e instanceof BudgetStop)) throw e;
    return { count: null, enumerated: false, lps: 0, ...base, found, reason: `${groupDigits(found)} found ${stopText(e.reason)}; the rest not enumerated` };
  }
}

/** `patterns`: |S(W)| and |R(W)| (with `--list`, the patterns). */
export const patternsSection: Section = {
  name: 'patterns',
  async run(s, budget) {
    const { view, out, opts } = s;
    if (view.exact === undefined) {
      out.signPattern = out.rankingPattern = null;
      s.sink.notComputed({ section: 'patterns', reason: `patterns: |S(W)| and |R(W)| not computed: they need W exactly, ${view.denseReason}` });
      return;
    }
    const model = view.exact;
    const { F } = model;
    const k = model.W.length;
    const M = homogenise(model).rows;
    const rS = rank(F, M);
    const rR = rank(F, differencesToLast(F, M));
    const zero = M.findIndex((r) => r.every((x) => F.isZero(x)));
    const sBudget = budget.share(2);
    let signPattern: PatternCount;
    if (zero >= 0) {
      const reason = `empty: row ${labelText(view.labels, zero)} is zero${view.bias ? ' and so is its bias' : ''}, so its logit is 0 for every input and no sign vector without zeros exists`;
      signPattern = { count: 0, enumerated: true, lps: 0, coverBound: cover1965(k, rS).toString(), boundDimension: rS, reason };
    } else {
      const full = rank(F, model.W) === k ? { count: 2n ** BigInt(k), reason: `every sign vector occurs: rank W = k = ${k}, so Wx takes every value` } : null;
      signPattern = await countPatterns('sign', cover1965(k, rS), rS, opts.maxRegions, opts.list, full, sBudget, s.progress, (limit, onProgress) => {
        const e = modelSignPatterns(model, { limit, onProgress });
        return { items: e.patterns.map(formatSignVector), lps: e.lps, complete: e.complete };
      });
    }
    const rBound = cover1967Bound(k, rR, opts.maxRegions);
    const fullR = rank(F, differencesToLast(F, model.W)) === k - 1 ? { count: factorial(k), reason: `every ranking occurs: the differences w_i − w_${k - 1} have rank k − 1 = ${k - 1}, so the score differences take every value` } : null;
    const rankingPattern = await countPatterns('ranking', rBound, rR, opts.maxRegions, opts.list, fullR, budget.share(1), s.progress, (limit, onProgress) => {
      const e = modelRankingPatterns(model, { limit, onProgress });
      return { items: e.rankings, lps: e.lps, complete: e.complete };
    });
    out.signPattern = signPattern;
    out.rankingPattern = rankingPattern;
    const lines = ['', patternLine('|S(W)| sign patterns (Def. 5.1)', signPattern, 'Cover 1965'), patternLine('|R(W)| ranking patterns (Def. 5.4)', rankingPattern, 'Cover 1967')];
    if (signPattern.list) lines.push('', 'sign patterns:', ...(signPattern.list as string[]).map((x) => '  ' + x));
    if (rankingPattern.list) lines.push('', 'ranking patterns (top first):', ...(rankingPattern.list as number[][]).map((r) => '  ' + r.join(' > ')));
    s.sink.text(lines);
    s.sink.record({ section: 'patterns', signPattern, rankingPattern });
    for (const [name, p] of [['|S(W)|', signPattern], ['|R(W)|', rankingPattern]] as const) {
      if (p.found !== undefined) s.sink.notComputed({ section: 'patterns', reason: `patterns: ${name}: ${p.reason}` });
    }
  },
};

function patternLine(title: string, p: PatternCount, who: string): string {
  const cover = p.coverBound === null ? `${who} general-position count in dimension ${p.boundDimension}: not computed (above --max-regions)` : `${who} general-position count in dimension ${p.boundDimension}: ${p.coverBound}`;
  if (p.enumerated) return `${title}: ${p.count}${p.reason ? ` (${p.reason})` : ` (enumerated exactly, ${p.lps} certified LP decisions; ${cover})`}`;
  if (p.countExact !== undefined) return `${title}: ${p.countExact} (${p.reason}; no enumeration; ${cover})`;
  if (p.found !== undefined) return `${title}: not enumerated: ${p.reason} (${cover}, an upper bound)`;
  if (p.coverBound === null) return `${title}: not enumerated: ${cover}`;
  return `${title}: not enumerated: ${who} general-position count in dimension ${p.boundDimension} is ${p.coverBound} (an upper bound), above --max-regions`;
}

/**
 * Throws `InputError` when rows i and j of W are equal (T3.4 needs w_i ≠ w_j): checked before
 * any section runs, so that bad input gives one line and no partial report.
 */
export function assertPairRowsDiffer<T>(view: AnalyzeView<T>, source: string, [i, j]: readonly [number, number]): void {
  const { F } = view;
  const [a, b] = [view.row(i), view.row(j)];
  if (a.every((x, c) => F.equals(x, b[c]))) {
    throw new InputError(`${source}: --pair ${i},${j}: rows ${i} and ${j} are equal, so no translation changes their cosine (T3.4 needs w_i ≠ w_j)`);
  }
}

/** `pair` (with `--pair i,j`): T3.4 for labels i, j. */
export const pairSection: Section = {
  name: 'pair',
  async run<T>(s: AnalyzeState<T>) {
    const { view, out, opts } = s;
    if (opts.pair === undefined) return;
    if (view.exact === undefined) {
      s.sink.notComputed({ section: 'pair', reason: `pair: T3.4 not computed: it rewrites the whole W exactly, ${view.denseReason}` });
      return;
    }
    const { F, W } = view.exact;
    const [i, j] = opts.pair;
    const e = extremeCosineModels(F, W, i, j);
    const fmt = (M: Matrix<T>) => M.map((r) => r.map((x) => F.format(x)));
    const side = (t: typeof e.minusOne) => ({ v: t.v.map((x) => F.format(x)), W: fmt(t.W), cosine: exactCosineText(F, t.cosine) });
    const p = { i, j, cosine: e.original === null ? null : exactCosineText(F, e.original), minusOne: side(e.minusOne), plusOne: side(e.plusOne), verified: { ...e.verified } };
    out.pair = p;
    const name = (l: number) => labelText(view.labels, l);
    const lines = ['', `T3.4 for labels ${name(i)}, ${name(j)}: cos(w_${i}, w_${j}) = ${p.cosine ?? 'undefined (a zero row)'}; two equivalent models (same probabilities for every input):`];
    for (const [label, m, ok] of [
      ['cos = -1', p.minusOne, p.verified.minusOneEquivalent && p.verified.cosineIsMinusOne],
      ['cos = +1', p.plusOne, p.verified.plusOneEquivalent && p.verified.cosineIsPlusOne],
    ] as const) {
      lines.push(`  ${label}: v = [${m.v.join(', ')}], cosine ${m.cosine}, verified exactly: ${ok ? 'yes' : 'NO'}`);
      lines.push(`    W + 1vᵀ = [${m.W.map((r) => `[${r.join(', ')}]`).join(', ')}]`);
    }
    s.sink.text(lines);
    s.sink.record({ section: 'pair', ...p });
  },
};
