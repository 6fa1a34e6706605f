/**
 * `cosine-verify analyze FILE [model options] [--sections LIST | --skip LIST] [--rows i,j,…]
 * [--budget SECONDS] [--max-regions N] [--max-matrix N] [--pair i,j] [--list] [--json [OUT]] [--jsonl [OUT]]`:
 * everything the paper says one can (and cannot) read off an unembedding W (k × d, rows are
 * labels), computed exactly, section by section (`src/cli/analyze/sections.ts`): shape,
 * field, rank; the cosine matrix C(W) and the centered cosine matrix (Def. 5.2, App. C) as
 * decimals; the argmaxable labels (Grivas, Bogoychev & Lopez 2022); the pairs that can tie
 * for the top (App. C.2, C.3) beside their cosines; |S(W)| (Def. 5.1) and |R(W)| (Def. 5.4);
 * and for `--pair i,j` the two models equivalent to W with cos(w_i, w_j) = −1 and +1 (T3.4).
 *
 * It never runs unbounded: the sections share `--budget` seconds (default 300), each loop
 * stops at its share and says what it did not compute; Ctrl-C stops it the same way (exit
 * 130). Text is written section by section, `--jsonl` one record per decided fact; `--json`
 * prints one object at the end (`AnalyzeJSON`). A float tensor W above 5 000 entries, too
 * large for exact objects, or with `--scale` has its argmax and ties sections decided on the
 * vocabulary-scale path (`analyze/scale-backend.ts`, `analyze/scale-path.ts`); a W too large
 * for exact objects is read densely and the sections that need it exactly (rank, centered
 * cosines, patterns; with `--no-scale` also argmax and ties, `analyze/dense-model.ts`) are
 * skipped, saying so.
 *
 * With `--bias b` the model is the affine softmax / sigmoid Wx + b: argmaxable labels, ties
 * and patterns are those of inputs x (homogenised as (x, t), t > 0; `homogenise` of
 * `src/models/model.ts`); cosines are of W alone. The per-label and per-pair answers are
 * the surveys of the questions of `lp/queries/registry.ts` (every question with a survey
 * gets its JSON key and its text section).
 */
import type { Command } from 'commander';
import { parseLabelPair } from '../../../lp/queries/arguments.ts';
import { QUESTIONS } from '../../../lp/queries/registry.ts';
import { EXIT_INTERRUPTED, groupDigits, parseBudget, startBudget, type Budget } from '../budget.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError, toInputError } from '../input-error.ts';
import { DEFAULT_REPORT_LABELS, parseReportLabels, writeMatrixReport } from '../../report/matrix-report.ts';
import { writeLines } from '../io.ts';
import { labelsOption, rowsOption } from '../labels.ts';
import { EXACT_BYTES_PER_ENTRY, describeTensor, exactMemoryLimit, formatBytes, loadModel, withModel, ModelTooLargeError, type AnyLoadedModel, type LoadedModel } from '../model-input.ts';
import { addModelOptions, modelOptions, printTensorList, type ModelCliOptions } from '../model-options.ts';
import { parseNonNegativeInt } from '../options.ts';
import { openAtomicFile, type AtomicFile } from '../output-file.ts';
import { startProgress } from '../progress.ts';
import { loadDenseModel } from '../analyze/dense-model.ts';
import type { AnalyzeJSON, AnalyzeSink, Skip } from '../analyze/report.ts';
import { analyzeState, assertPairRowsDiffer, cosinesSection, exactBackend, pairSection, patternsSection, shapeSection, surveySection, type AnalyzeView, type Section } from '../analyze/sections.ts';
import { scaleBackend } from '../analyze/scale-backend.ts';
import { kernelOption, loadScaleMatrix, scaleChoice, denseExactRow } from '../analyze/scale-path.ts';
import { RationalField as Q } from '../../field/rational.ts';
import { rationalFromFloat64 } from '../../field/dyadic.ts';

export type { AnalyzeJSON, PatternCount } from '../analyze/report.ts';
export { exactCosineText } from '../analyze/cosine-cells.ts';

/** Default of `--max-regions`: enumerate S(W) / R(W) only when Cover's count is at most this. */
export const DEFAULT_MAX_REGIONS = 5000;
/** Default of `--budget` (seconds). */
export const DEFAULT_ANALYZE_BUDGET = 300;
/** Default of `--max-matrix`: the whole k × k cosine matrices are printed up to this k. */
export const DEFAULT_MAX_MATRIX = 16;

/** Every section after `shape`, in report order: cosines, one per survey of the registry, patterns, pair. */
const SECTIONS: readonly Section[] = [cosinesSection, ...QUESTIONS.filter((q) => q.survey !== undefined).map((q) => surveySection(q, [scaleBackend, exactBackend])), patternsSection, pairSection];

interface AnalyzeOptions extends ModelCliOptions {
  report?: string;
  reportLabels?: string;
  pair?: string;
  list?: boolean;
  json?: boolean | string;
  jsonl?: boolean | string;
  maxRegions?: string;
  maxMatrix?: string;
  budget?: string;
  sections?: string;
  skip?: string;
  rows?: string;
  scale?: boolean;
  kernel?: string;
}

/** The section names of a `--sections` / `--skip` list; `InputError` naming the option for an unknown one. */
function sectionNames(text: string, option: string): string[] {
  const names = text.split(',').map((x) => x.trim()).filter((x) => x !== '');
  const known = SECTIONS.map((x) => x.name);
  for (const n of names) if (!known.includes(n)) throw new InputError(`${option}: unknown section ${JSON.stringify(n)}; known: ${known.join(', ')}`);
  if (names.length === 0) throw new InputError(`${option}: no section given; known: ${known.join(', ')}`);
  return names;
}

/** The sections to run: all (the pair only with `--pair`), or those of `--sections`, minus those of `--skip`. */
function chosenSections(o: AnalyzeOptions): Section[] {
  if (o.sections !== undefined && o.skip !== undefined) throw new InputError('give --sections or --skip, not both');
  const only = o.sections === undefined ? undefined : sectionNames(o.sections, '--sections');
  const skip = o.skip === undefined ? [] : sectionNames(o.skip, '--skip');
  return SECTIONS.filter((x) => (only === undefined ? x.name !== 'pair' || o.pair !== undefined : only.includes(x.name)) && !skip.includes(x.name));
}

/** The empty report of a view, filled in by the sections. */
function emptyReport<T>(view: AnalyzeView<T>, source: string, tensor: string | undefined, sections: readonly Section[]): AnalyzeJSON {
  return {
    source,
    ...(tensor === undefined ? {} : { tensor }),
    k: view.k,
    d: view.d,
    field: view.F.name,
    rank: null,
    centered: null,
    bias: view.bias,
    ...(view.labels === undefined ? {} : { labels: [...view.labels] }),
    sections: sections.map((x) => x.name),
    complete: true,
    skipped: [],
    cosine: null,
    cosineExact: null,
    centeredCosine: null,
    argmaxable: null,
    canTieForTop: null,
    surveys: {},
    signPattern: null,
    rankingPattern: null,
  };
}

/** Where the output goes: text lines to stdout, or JSON / JSONL to stdout or to a file (atomically). */
interface Outputs {
  readonly sink: AnalyzeSink;
  /** Writes the final JSON object (`--json`) and commits the files; `complete` false when stopped early. */
  finish(out: AnalyzeJSON): void;
  /** Removes the temporary files of a failed run (the previous output files stay). */
  discard(): void;
}

function outputs(ctx: CommandContext, o: AnalyzeOptions, skipped: Skip[]): Outputs {
  const { io } = ctx;
  if (o.json !== undefined && o.jsonl !== undefined) throw new InputError('give --json or --jsonl, not both');
  const file = (v: boolean | string | undefined, option: string): AtomicFile | undefined => (typeof v === 'string' ? openAtomicFile(v, option) : undefined);
  const jsonFile = file(o.json, '--json');
  const jsonlFile = file(o.jsonl, '--jsonl');
  const textMode = o.json === undefined && o.jsonl === undefined;
  const jsonl = (r: Record<string, unknown>) => {
    const line = JSON.stringify(r) + '\n';
    if (jsonlFile) jsonlFile.write(line);
    else io.stdout.write(line);
  };
  const sink: AnalyzeSink = {
    text: (lines) => {
      if (textMode) writeLines(io.stdout, lines);
    },
    record: (r) => {
      if (o.jsonl !== undefined) jsonl(r);
    },
    notComputed: (s) => {
      skipped.push(s);
      if (textMode) writeLines(io.stdout, [`not computed: ${s.reason}`]);
      if (o.jsonl !== undefined) jsonl({ section: 'skipped', of: s.section, reason: s.reason });
    },
  };
  return {
    sink,
    finish(out) {
      if (o.jsonl !== undefined) jsonl({ section: 'end', complete: out.complete, ...(out.interrupted ? { interrupted: true } : {}), skipped: out.skipped.length });
      if (o.json !== undefined) {
        const text = JSON.stringify(out) + '\n';
        if (jsonFile) jsonFile.write(text);
        else io.stdout.write(text);
      }
      jsonFile?.commit();
      jsonlFile?.commit();
      if (jsonFile) io.stderr.write(`wrote ${jsonFile.path}\n`);
      if (jsonlFile) io.stderr.write(`wrote ${jsonlFile.path}\n`);
    },
    discard() {
      jsonFile?.discard();
      jsonlFile?.discard();
    },
  };
}

/** The model as the sections see it: exact, or dense when W is too large for exact objects; with the dense floats when the scale path is taken. */
function loadView(file: string, o: AnalyzeOptions): { view: AnalyzeView<unknown>; source: string; tensor?: string } {
  const mo = modelOptions(o);
  const choice = scaleChoice(file, mo, o.scale);
  const kernel = kernelOption(o.kernel);
  if (choice?.tooLarge) {
    // the dense floats serve both the scale path and the exact rows of --rows (each float is a dyadic rational)
    const W = loadScaleMatrix(file, mo, choice.shape);
    const labels = o.labels === undefined ? undefined : labelsOption(o.labels, W.k);
    const view: AnalyzeView<unknown> = {
      F: Q as AnalyzeView<unknown>['F'],
      k: W.k,
      d: W.d,
      ...(labels === undefined ? {} : { labels }),
      bias: W.bias !== undefined,
      row: (i) => denseExactRow(W, i, rationalFromFloat64),
      denseReason: choice.reason,
      dense: { W, reason: choice.reason, kernel },
    };
    return { view, source: file, tensor: describeTensor(choice.shape.tensor!) };
  }
  let model: AnyLoadedModel;
  try {
    model = loadModel(file, mo);
  } catch (e) {
    if (!(e instanceof ModelTooLargeError)) throw e;
    const dense = loadDenseModel(file, e, o.labels);
    const m = dense.model;
    const need = e.shape.entries * EXACT_BYTES_PER_ENTRY;
    const limit = mo.memoryBytes ?? exactMemoryLimit();
    const view: AnalyzeView<unknown> = {
      F: dense.F as AnalyzeView<unknown>['F'],
      k: m.k,
      d: m.d,
      ...(m.labels === undefined ? {} : { labels: m.labels }),
      bias: o.bias !== undefined || o.biasTensor !== undefined,
      row: (i) => m.row(i),
      denseReason: `W is too large for exact objects (${groupDigits(m.k)} × ${groupDigits(m.d)}: about ${formatBytes(need)} needed, ${formatBytes(limit)} allowed by --max-memory)`,
    };
    return { view, source: file, tensor: m.tensor };
  }
  const dense = choice === null ? undefined : { W: loadScaleMatrix(file, mo, choice.shape), reason: choice.reason, kernel };
  return withModel(model, <T>(m: LoadedModel<T>) => {
    const view: AnalyzeView<T> = { F: m.F, k: m.W.length, d: m.W[0].length, ...(m.labels === undefined ? {} : { labels: m.labels }), bias: m.bias !== undefined, row: (i) => m.W[i], exact: m, ...(dense === undefined ? {} : { dense }) };
    return { view: view as AnalyzeView<unknown>, source: m.source, tensor: m.tensor };
  });
}

async function action(ctx: CommandContext, file: string, o: AnalyzeOptions): Promise<void> {
  const { io } = ctx;
  if (o.listTensors) return printTensorList(io, file);
  const maxRegions = o.maxRegions === undefined ? DEFAULT_MAX_REGIONS : parseNonNegativeInt(o.maxRegions, '--max-regions');
  const maxMatrix = o.maxMatrix === undefined ? DEFAULT_MAX_MATRIX : parseNonNegativeInt(o.maxMatrix, '--max-matrix');
  const seconds = o.budget === undefined ? DEFAULT_ANALYZE_BUDGET : parseBudget(o.budget);
  const sections = chosenSections(o);
  const budget: Budget = startBudget(seconds, io.signal);
  const { view, source, tensor } = loadView(file, o);
  const rows = o.rows === undefined ? undefined : rowsOption(o.rows, view.k, view.labels);
  const pair = o.pair === undefined ? undefined : asInputError('--pair', () => parseLabelPair(o.pair!, view.k));
  if (pair !== undefined) assertPairRowsDiffer(view, source, pair);
  const out = emptyReport(view, source, tensor, sections);
  const sinks = outputs(ctx, o, out.skipped);
  const progress = startProgress(io, 'analyze');
  try {
    const state = analyzeState(view, out, sinks.sink, progress, { rows, maxRegions, list: Boolean(o.list), pair, maxMatrix });
    await shapeSection.run(state, budget);
    for (const [t, section] of sections.entries()) {
      const stop = budget.stop();
      if (stop?.kind === 'interrupted') {
        sinks.sink.notComputed({ section: section.name, reason: `${section.name}: not computed: the run was interrupted (Ctrl-C)` });
        continue;
      }
      await section.run(state, budget.share(sections.length - t));
    }
  } catch (e) {
    progress.stop();
    sinks.discard();
    throw e;
  }
  progress.stop();
  out.complete = out.skipped.length === 0;
  if (io.signal?.aborted) {
    out.interrupted = true;
    ctx.exitCode = EXIT_INTERRUPTED;
  }
  sinks.finish(out);
  if (o.report !== undefined) await writeReport(ctx, view, out, o.report, o.reportLabels);
}

/**
 * `--report OUT.html [--report-labels SPEC]`: the page of `src/report/matrix-report.ts` for the
 * exact model and what this run decided (sections not computed are said so on the page),
 * written atomically; a line on stderr says where. `InputError` on the dense path (no exact model).
 */
async function writeReport<T>(ctx: CommandContext, view: AnalyzeView<T>, out: AnalyzeJSON, file: string, spec: string | undefined): Promise<void> {
  const m = view.exact;
  if (m === undefined) throw new InputError(`--report needs the exact model, but ${view.denseReason ?? 'W was not read exactly'}`);
  const labels = spec === undefined ? undefined : asInputError('--report-labels', () => parseReportLabels(spec, m.W.length, m.labels));
  await writeMatrixReport(file, m, out, { labels }).catch((e: unknown) => Promise.reject(toInputError(e, '--report')));
  ctx.io.stderr.write(`wrote ${file}\n`);
}

/** The `analyze` command. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  register(program: Command, ctx: CommandContext) {
    const cmd = program
      .command('analyze')
      .description('cosines, argmaxable labels, ties for the top and |S(W)|, |R(W)| of one unembedding matrix, exactly, within a budget')
      .argument('<file>', 'W as JSON (rows, or {"W": rows}), CSV, .npy, .npz, safetensors or a TF.js model.json (read exactly); or examples:KEY[/NAME]');
    addModelOptions(cmd)
      .option('--sections <list>', `only these sections (comma-separated: ${SECTIONS.map((x) => x.name).join(', ')})`)
      .option('--skip <list>', 'all sections but these')
      .option('--rows <labels>', 'labels of interest (indices or names): the cosines among them, and argmax / ties of these labels only')
      .option('--budget <seconds>', `wall-clock budget of the whole analysis, shared by the sections (default ${DEFAULT_ANALYZE_BUDGET}; 0: none)`)
      .option('--scale', 'decide argmax and ties on the vocabulary-scale path (the floats of a tensor file; default above 5 000 entries or when W is too large for exact objects)')
      .option('--no-scale', 'decide argmax and ties with the exact engine only')
      .option('--kernel <name>', 'scale path: the matrix kernel, auto (onnxruntime when it loads), js or onnxruntime', 'auto')
      .option('--pair <i,j>', 'also print the two equivalent models with cos(w_i, w_j) = -1 and +1 (T3.4)')
      .option('--list', 'also list the sign vectors and rankings')
      .option('--max-regions <n>', `enumerate S(W), R(W) only when Cover's bound is at most n (default ${DEFAULT_MAX_REGIONS})`)
      .option('--max-matrix <n>', `print the whole k × k cosine matrices only up to k = n (default ${DEFAULT_MAX_MATRIX}; above: --rows)`)
      .option('--json [out]', 'print one JSON object at the end ("k", "d", "rank", "signPattern", "argmaxable", "canTieForTop", "skipped", ...), or write it to OUT')
      .option('--jsonl [out]', 'stream one JSON record per decided fact (to stdout, or to OUT, renamed into place at the end)')
      .option('--report <file>', 'also write one self-contained HTML page: heat maps of C(W), the centered cosines and C(DW), the facts, the 2-D decision regions when d = 2')
      .option('--report-labels <n|list>', `the labels of the report's heat maps: the first n, or indices / names separated by commas (default: all when k ≤ ${DEFAULT_REPORT_LABELS}, else the first ${DEFAULT_REPORT_LABELS})`)
      .addHelpText(
        'after',
        [
          '',
          'Examples: analyze examples:C.2    analyze examples:H.1/W2 --pair 0,2    analyze W.npy --json',
          '          analyze model.json --tensor unknown_43 --bias-tensor unknown_44 --labels angry,disgust,fear,happy,sad,surprise,neutral',
          '          analyze W.npy --sections argmax,ties --rows 0,5,17 --budget 60 --jsonl facts.jsonl',
          'Shipped examples: examples:C.1, C.2, C.3, H.1/W1, H.1/W2, H.2/A, H.2/B. Labels are 0-based.',
          'A section stopped by the budget or by Ctrl-C says what it did not compute ("not computed: …"); exit code 130 after Ctrl-C.',
        ].join('\n'),
      )
      .action((file: string, o: AnalyzeOptions) => action(ctx, file, o));
  },
};
