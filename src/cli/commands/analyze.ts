/**
 * `cosine-verify analyze FILE [--bias FILE] [--pair i,j] [--list] [--json] [--max-regions N]`:
 * everything the paper says one can (and cannot) read off an unembedding W (k × d, rows are
 * labels), computed exactly: shape, field, rank; the cosine matrix C(W) and the centered
 * cosine matrix (Def. 5.2, App. C) as decimals; the argmaxable labels (Grivas, Bogoychev &
 * Lopez 2022); the pairs that can tie for the top (App. C.2, C.3) beside their cosines;
 * |S(W)| (Def. 5.1) and |R(W)| (Def. 5.4), enumerated with certified LP decisions when
 * Cover's general-position count (Cover 1965 / 1967, an upper bound) is at most
 * `--max-regions`, else the bound alone; and for `--pair i,j` the two models equivalent to W
 * with cos(w_i, w_j) = −1 and +1 (T3.4).
 *
 * With `--bias b` the model is the affine softmax / sigmoid Wx + b: argmaxable labels, ties
 * and patterns are those of inputs x (homogenised as (x, t), t > 0; `homogenise` of
 * `src/models/model.ts`); cosines are of W alone. The per-label and per-pair answers are
 * the surveys of the questions of `lp/queries/registry.ts` (every question with a survey
 * gets its JSON key and its text section).
 */
import type { Command } from 'commander';
import { modelSignPatterns } from '../../../lp/arrangements/sign-patterns.ts';
import { modelRankingPatterns } from '../../../lp/arrangements/ranking-patterns.ts';
import { formatSignVector } from '../../../lp/queries/sign-vector.ts';
import { parseLabelPair } from '../../../lp/queries/arguments.ts';
import { QUESTIONS } from '../../../lp/queries/registry.ts';
import { surveyQuestion, type AnyQuestion } from '../../../lp/queries/question.ts';
import { cover1965, cover1967 } from '../../../lp/arrangements/counting/cover.ts';
import { homogenise } from '../../models/model.ts';
import { cosineMatrix, centeredCosineMatrix, formatCosine, cosineToText, rationalOf, type ExactCosine } from '../../cosine/index.ts';
import { extremeCosineModels } from '../../lemmas/extreme-cosine-models.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { rank } from '../../linalg/echelon.ts';
import { braidDifferences } from '../../linalg/braid.ts';
import { isCentered } from '../../linalg/centering.ts';
import type { Matrix } from '../../linalg/matrix.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError, toInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { assertNonZeroRows, loadModel, withModel, type AnyLoadedModel, type LoadedModel } from '../model-input.ts';
import { DEFAULT_REPORT_LABELS, parseReportLabels, writeMatrixReport } from '../../report/matrix-report.ts';
import { parseNonNegativeInt } from '../options.ts';
import { startProgress, type Progress } from '../progress.ts';
import { formatLabelledMatrix } from '../table.ts';

/** Default of `--max-regions`: enumerate S(W) / R(W) only when Cover's count is at most this. */
export const DEFAULT_MAX_REGIONS = 5000;

/** A counted pattern (S or R) as reported by `analyze`. */
export interface PatternCount {
  /** Exact number of patterns, or null when not enumerated (bound above the limit). */
  count: number | null;
  enumerated: boolean;
  /** Cover's general-position count for k and the effective dimension: an upper bound. */
  coverBound: string;
  /** The dimension used for the bound (rank of W, resp. of DW; with bias of [W | b], resp. D[W | b]). */
  boundDimension: number;
  /** Certified LP decisions made by the enumeration (and the bias filter). */
  lps: number;
  /** The patterns themselves with `--list`: sign vectors as "+-+", rankings as label arrays. */
  list?: string[] | number[][];
}

/** The JSON printed by `analyze --json`. */
export interface AnalyzeJSON {
  source: string;
  k: number;
  d: number;
  field: string;
  rank: number;
  centered: boolean;
  bias: boolean;
  /** C(W) as decimals (6 digits), k × k. */
  cosine: string[][];
  /** C(W) exactly (`exactCosineText`: "4/5", "-8/sqrt(185)", or "±sqrt(square)" for huge squares). */
  cosineExact: string[][];
  /** Cosine matrix of the centered W, or null when a centered row is zero (then see `centeredCosineNote`). */
  centeredCosine: string[][] | null;
  centeredCosineNote?: string;
  /** The survey of the argmax question: one boolean per label. */
  argmaxable: boolean[];
  /** The survey of the tie question: the pairs [i, j], i < j, that can tie for the top. */
  canTieForTop: [number, number][];
  signPattern: PatternCount;
  rankingPattern: PatternCount;
  pair?: {
    i: number;
    j: number;
    cosine: string | null;
    minusOne: { v: string[]; W: string[][]; cosine: string };
    plusOne: { v: string[]; W: string[][]; cosine: string };
    verified: { minusOneEquivalent: boolean; plusOneEquivalent: boolean; cosineIsMinusOne: boolean; cosineIsPlusOne: boolean };
  };
  /** Every question with a survey has its key (`survey.key`) here. */
  [survey: string]: unknown;
}

/** The answers of one question's survey, for the text report. */
interface SurveyResult {
  readonly q: AnyQuestion;
  readonly arguments: unknown[];
  readonly feasible: boolean[];
}

interface AnalyzeOptions {
  report?: string;
  reportLabels?: string;
  bias?: string;
  pair?: string;
  list?: boolean;
  json?: boolean;
  maxRegions?: string;
}

const fmtMatrix = <T>(F: OrderedField<T>, M: Matrix<T>): string[][] => M.map((r) => r.map((x) => F.format(x)));

/** Above this size of p·q (square = p/q) the square-free form of a cosine is not searched for. */
const SQUARE_FREE_SEARCH_LIMIT = 10n ** 24n;

/**
 * Exact text of a cosine: `cosineToText` ("4/5", "-8/sqrt(185)") when its square p/q is rational
 * with p·q < 10^24; otherwise the equally exact `±sqrt(square)` without the square-free search
 * (which costs seconds per entry on the dyadic rationals of float matrices).
 */
export function exactCosineText<T>(F: OrderedField<T>, c: ExactCosine<T>): string {
  if (c.sign === 0) return '0';
  const r = rationalOf(F, c.square);
  if (r !== null && r.n * r.d >= SQUARE_FREE_SEARCH_LIMIT) return `${c.sign < 0 ? '-' : ''}sqrt(${F.format(c.square)})`;
  return cosineToText(F, c);
}

/** The first pattern count above `maxRegions` means Cover's bound was wrong: an internal error. */
function assertComplete(e: { complete: boolean }, what: string, maxRegions: number): void {
  if (!e.complete) throw new Error(`${what} enumeration stopped at ${maxRegions + 1} patterns although Cover's bound is at most ${maxRegions}`);
}

/** Counts one pattern kind, or reports the bound when it exceeds the limit. */
function countPatterns(
  bound: bigint,
  dim: number,
  maxRegions: number,
  list: boolean,
  enumerate: () => { items: string[] | number[][]; lps: number },
): PatternCount {
  const base = { coverBound: bound.toString(), boundDimension: dim };
  if (bound > BigInt(maxRegions)) return { count: null, enumerated: false, lps: 0, ...base };
  const { items, lps } = enumerate();
  return { count: items.length, enumerated: true, lps, ...base, ...(list ? { list: items } : {}) };
}

/** The whole analysis of one model (the JSON object; text output is rendered from it). */
function analyzeModel<T>(model: LoadedModel<T>, o: AnalyzeOptions, maxRegions: number, progress: Progress): { json: AnalyzeJSON; surveys: SurveyResult[] } {
  const { F, W, bias, source } = model;
  const k = W.length;
  const d = W[0].length;
  const pair = o.pair === undefined ? undefined : asInputError('--pair', () => parseLabelPair(o.pair!, k));
  assertNonZeroRows(F, W, source, 'its cosine with the other labels (the cosine matrix)');
  const C = cosineMatrix(F, W);
  const decimals = (M: ExactCosine<T>[][]) => M.map((r) => r.map((c) => formatCosine(F, c)));
  let centered: string[][] | null = null;
  let centeredNote: string | undefined;
  const zeroCentered = centeredZeroRow(F, W);
  if (zeroCentered >= 0) {
    centeredNote = `row ${zeroCentered} of the centered W is zero (label ${zeroCentered} is the mean of all labels), so the centered cosine matrix is undefined`;
  } else {
    centered = decimals(centeredCosineMatrix(F, W));
  }
  const M = homogenise(model).rows;
  const r = rank(F, W);
  const rS = rank(F, M);
  const rR = rank(F, braidDifferences(F, M));
  const listS = Boolean(o.list);
  const limit = maxRegions + 1;
  const signPattern = countPatterns(cover1965(k, rS), rS, maxRegions, listS, () => {
    const s = modelSignPatterns(model, { limit, onProgress: (found) => progress.update(found, maxRegions, '|S|') });
    assertComplete(s, 'sign pattern', maxRegions);
    return { items: s.patterns.map(formatSignVector), lps: s.lps };
  });
  const rankingPattern = countPatterns(cover1967(k, rR), rR, maxRegions, listS, () => {
    const s = modelRankingPatterns(model, { limit, onProgress: (found) => progress.update(found, maxRegions, '|R|') });
    assertComplete(s, 'ranking pattern', maxRegions);
    return { items: s.rankings, lps: s.lps };
  });
  const surveys: SurveyResult[] = QUESTIONS.filter((q) => q.survey !== undefined).map((q) => ({ q, ...surveyQuestion(model, q) }));
  const out: AnalyzeJSON = {
    source,
    k,
    d,
    field: F.name,
    rank: r,
    centered: isCentered(F, W),
    bias: bias !== undefined,
    cosine: decimals(C),
    cosineExact: C.map((row) => row.map((c) => exactCosineText(F, c))),
    centeredCosine: centered,
    ...(centeredNote === undefined ? {} : { centeredCosineNote: centeredNote }),
    ...(Object.fromEntries(surveys.map((x) => [x.q.survey!.key, x.q.survey!.toJSON(x.arguments, x.feasible)])) as Pick<AnalyzeJSON, 'argmaxable' | 'canTieForTop'>),
    signPattern,
    rankingPattern,
  };
  if (pair !== undefined) out.pair = pairModels(model, pair[0], pair[1]);
  return { json: out, surveys };
}

/** The index of a row of W that is zero after centering the columns, or −1. */
function centeredZeroRow<T>(F: OrderedField<T>, W: Matrix<T>): number {
  const k = W.length;
  // w_i − mean = 0 ⟺ k·w_i = Σ_l w_l (column by column)
  const sums = W[0].map((_, c) => W.reduce((s, row) => F.add(s, row[c]), F.zero));
  const kF = F.fromRational(k);
  return W.findIndex((row) => row.every((x, c) => F.equals(F.mul(kF, x), sums[c])));
}

/** T3.4 for labels i, j: the two equivalent models with cosine −1 and +1. */
function pairModels<T>(model: LoadedModel<T>, i: number, j: number): NonNullable<AnalyzeJSON['pair']> {
  const { F, W, source } = model;
  if (W[i].every((x, c) => F.equals(x, W[j][c]))) {
    throw new InputError(`${source}: --pair ${i},${j}: rows ${i} and ${j} are equal, so no translation changes their cosine (T3.4 needs w_i ≠ w_j)`);
  }
  const e = extremeCosineModels(F, W, i, j);
  const side = (t: typeof e.minusOne) => ({ v: t.v.map((x) => F.format(x)), W: fmtMatrix(F, t.W), cosine: exactCosineText(F, t.cosine) });
  return {
    i,
    j,
    cosine: e.original === null ? null : exactCosineText(F, e.original),
    minusOne: side(e.minusOne),
    plusOne: side(e.plusOne),
    verified: { ...e.verified },
  };
}

/** The text report of an analysis. */
function renderText(a: AnalyzeJSON, surveys: readonly SurveyResult[]): string[] {
  const lines: string[] = [];
  lines.push(`model: ${a.source}`);
  lines.push(`shape: k = ${a.k} labels × d = ${a.d}; field ${a.field}; rank ${a.rank}${a.centered ? '; centered (columns sum to 0)' : ''}${a.bias ? '; with bias' : ''}`);
  lines.push('', 'cosine matrix C(W) (6 decimals; exact in --json "cosineExact"):', ...formatLabelledMatrix(a.cosine).map((l) => '  ' + l));
  lines.push('', 'centered cosine matrix (cosines after subtracting the column means):');
  if (a.centeredCosine === null) lines.push(`  undefined: ${a.centeredCosineNote}`);
  else lines.push(...formatLabelledMatrix(a.centeredCosine).map((l) => '  ' + l));
  for (const sv of surveys) lines.push('', ...surveyLines(a, sv));
  lines.push('');
  lines.push(patternLine('|S(W)| sign patterns (Def. 5.1)', a.signPattern, 'Cover 1965'));
  lines.push(patternLine('|R(W)| ranking patterns (Def. 5.4)', a.rankingPattern, 'Cover 1967'));
  if (a.signPattern.list) lines.push('', 'sign patterns:', ...(a.signPattern.list as string[]).map((s) => '  ' + s));
  if (a.rankingPattern.list) lines.push('', 'ranking patterns (top first):', ...(a.rankingPattern.list as number[][]).map((r) => '  ' + r.join(' > ')));
  if (a.pair) {
    const p = a.pair;
    lines.push('', `T3.4 for labels ${p.i}, ${p.j}: cos(w_${p.i}, w_${p.j}) = ${p.cosine ?? 'undefined (a zero row)'}; two equivalent models (same probabilities for every input):`);
    for (const [name, m, ok] of [
      ['cos = -1', p.minusOne, p.verified.minusOneEquivalent && p.verified.cosineIsMinusOne],
      ['cos = +1', p.plusOne, p.verified.plusOneEquivalent && p.verified.cosineIsPlusOne],
    ] as const) {
      lines.push(`  ${name}: v = [${m.v.join(', ')}], cosine ${m.cosine}, verified exactly: ${ok ? 'yes' : 'NO'}`);
      lines.push(`    W + 1vᵀ = [${m.W.map((r) => `[${r.join(', ')}]`).join(', ')}]`);
    }
  }
  return lines;
}

/**
 * The text of one survey: `inline`, the yes and no arguments on one line each; `rows`, one
 * line per yes argument (beside the cosine and centered cosine of its two labels) and the no
 * arguments on one line.
 */
function surveyLines(a: AnalyzeJSON, sv: SurveyResult): string[] {
  const survey = sv.q.survey!;
  const text = (arg: unknown) => sv.q.format(arg);
  const yes = sv.arguments.filter((_, t) => sv.feasible[t]);
  const no = sv.arguments.filter((_, t) => !sv.feasible[t]);
  if (survey.layout === 'inline') {
    const list = (xs: unknown[]) => (xs.length === 0 ? 'none' : xs.map(text).join(', '));
    return [`${survey.yes}: ${list(yes)}`, `${survey.no}: ${list(no)}`];
  }
  const lines = [`${survey.yes} (certified; ${yes.length} of ${sv.arguments.length}):`];
  if (yes.length === 0) lines.push('  none');
  for (const arg of yes) {
    const labels = survey.labelsOf(arg);
    if (labels.length !== 2) {
      lines.push(`  ${text(arg)}`);
      continue;
    }
    const [i, j] = labels;
    const cc = a.centeredCosine === null ? 'undefined' : a.centeredCosine[i][j];
    const exact = a.cosineExact[i][j];
    lines.push(`  ${text(arg)}  cos ${a.cosine[i][j]}${exact.length <= 32 ? ` (${exact})` : ''}  centered cos ${cc}`);
  }
  lines.push(`${survey.no}: ${no.length === 0 ? 'none' : no.map(text).join('  ')}`);
  return lines;
}

function patternLine(title: string, p: PatternCount, who: string): string {
  if (p.enumerated) return `${title}: ${p.count} (enumerated exactly, ${p.lps} certified LP decisions; ${who} general-position count in dimension ${p.boundDimension}: ${p.coverBound})`;
  return `${title}: not enumerated: ${who} general-position count in dimension ${p.boundDimension} is ${p.coverBound} (an upper bound), above --max-regions`;
}

async function action(ctx: CommandContext, file: string, o: AnalyzeOptions): Promise<void> {
  const maxRegions = o.maxRegions === undefined ? DEFAULT_MAX_REGIONS : parseNonNegativeInt(o.maxRegions, '--max-regions');
  const model = loadModel(file, { bias: o.bias });
  const progress = startProgress(ctx.io, 'analyze');
  let a: { json: AnalyzeJSON; surveys: SurveyResult[] };
  try {
    a = withModel(model, (m) => analyzeModel(m, o, maxRegions, progress));
  } finally {
    progress.stop();
  }
  if (o.json) ctx.io.stdout.write(JSON.stringify(a.json) + '\n');
  else writeLines(ctx.io.stdout, renderText(a.json, a.surveys));
  if (o.report !== undefined) await writeReport(ctx, model, a.json, o.report, o.reportLabels);
}

/** `--report OUT.html [--report-labels SPEC]`: the page of `src/report/matrix-report.ts`, written atomically; a line on stderr says where. */
async function writeReport(ctx: CommandContext, model: AnyLoadedModel, json: AnalyzeJSON, out: string, spec: string | undefined): Promise<void> {
  await withModel(model, async (m) => {
    const labels = spec === undefined ? undefined : asInputError('--report-labels', () => parseReportLabels(spec, m.W.length, m.labels));
    await writeMatrixReport(out, m, json, { labels }).catch((e: unknown) => Promise.reject(toInputError(e, '--report')));
  });
  ctx.io.stderr.write(`wrote ${out}\n`);
}

/** The `analyze` command. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  register(program: Command, ctx: CommandContext) {
    program
      .command('analyze')
      .description('cosines, argmaxable labels, ties for the top and |S(W)|, |R(W)| of one unembedding matrix, exactly')
      .argument('<file>', 'W as JSON (rows, or {"W": rows}), CSV or NumPy .npy (float64/float32, read exactly); or examples:KEY[/NAME]')
      .option('--bias <file>', 'bias vector (one entry per label): analyze the affine model Wx + b')
      .option('--pair <i,j>', 'also print the two equivalent models with cos(w_i, w_j) = -1 and +1 (T3.4)')
      .option('--list', 'also list the sign vectors and rankings')
      .option('--max-regions <n>', `enumerate S(W), R(W) only when Cover's bound is at most n (default ${DEFAULT_MAX_REGIONS})`)
      .option('--json', 'print one JSON object ("k", "d", "rank", "signPattern": {"count"}, "rankingPattern": {"count"}, "argmaxable", "canTieForTop", ...)')
      .option('--report <file>', 'also write one self-contained HTML page: heat maps of C(W), the centered cosines and C(DW), the facts, the 2-D decision regions when d = 2')
      .option('--report-labels <n|list>', `the labels of the report's heat maps: the first n, or indices / names separated by commas (default: all when k ≤ ${DEFAULT_REPORT_LABELS}, else the first ${DEFAULT_REPORT_LABELS})`)
      .addHelpText(
        'after',
        [
          '',
          'Examples: analyze examples:C.2    analyze examples:H.1/W2 --pair 0,2    analyze W.npy --json',
          'Shipped examples: examples:C.1, C.2, C.3, H.1/W1, H.1/W2, H.2/A, H.2/B. Labels are 0-based.',
        ].join('\n'),
      )
      .action((file: string, o: AnalyzeOptions) => action(ctx, file, o));
  },
};
