/**
 * `cosine-verify decide FILE (--sign S | --ranking R | --argmax I | --tie I,J | --top L) [--bias FILE] [--json]`:
 * one certified decision of a question of the registry (`lp/queries/registry.ts`) on the
 * model with unembedding W (k × d) and optional bias b. Each question contributes its
 * option, its argument parser, its strict system and its wording; this command knows none
 * of them by name, so a new question needs no change here.
 *
 * Feasible means some x has row·x > 0 for every row (and eq·x = 0 for every equation); the
 * answer comes with a witness x, or with a Gordan certificate y ≥ 0, y ≠ 0,
 * Σ_t y_t·row_t = 0 (Motzkin's, Σ_t y_t·row_t + Σ_s z_s·eq_s = 0, with equations; notes §5),
 * checked exactly. With `--bias b` every row becomes a row of [W | b], x becomes (x, t), and
 * one last row (0, …, 0, 1) asks t > 0 (`homogenise` of `src/models/model.ts`).
 *
 * A float tensor file above `SCALE_MIN_ENTRIES` entries, too large for exact objects, or with
 * `--scale` is decided on the vocabulary-scale path instead (`decideAtScale` below; `--no-scale`
 * keeps the exact engine). Both paths print an infeasibility certificate by its support only
 * (`src/cli/analyze/certificate-support.ts`); `--json` adds `path` and `support`.
 */
import { Option, type Command } from 'commander';
import type { Decision } from '../../../lp/engine/strict-system.ts';
import { certificateToJSON } from '../../../lp/engine/certificate-json.ts';
import { checkCertificate } from '../../../lp/engine/certificate.ts';
import { QUESTIONS } from '../../../lp/queries/registry.ts';
import { decideQuestion, type AnyQuestion } from '../../../lp/queries/question.ts';
import { strictRowCount, type LogitSystem, type StrictSystem } from '../../../lp/queries/logit-system.ts';
import { decideQuestionAtScale, type QuestionResult } from '../../../lp/scale/question-at-scale.ts';
import type { ScaleSummary } from '../../../lp/scale/decide-at-scale.ts';
import { sparseCertificateJSON } from '../../../lp/scale/scale-certificate.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { matVec } from '../../linalg/matrix.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { describeTensor, loadModel, withModel, type LoadedModel } from '../model-input.ts';
import { EXIT_INTERRUPTED, groupDigits, parseBudget } from '../budget.ts';
import { startProgress } from '../progress.ts';
import { certificateLines, equationMultipliers, exactSupport, scaleSupport, type SupportEntry } from '../analyze/certificate-support.ts';
import { SCALE_MIN_ENTRIES, assertScaleQuestion, kernelOption, loadScaleMatrix, scaleChoice, type ScaleChoice } from '../analyze/scale-path.ts';
import { addModelOptions, modelOptions, printTensorList, type ModelCliOptions } from '../model-options.ts';
import { labelText, labelsOption, namesToIndices, withLabelNames } from '../labels.ts';

export type { SupportEntry } from '../analyze/certificate-support.ts';

/**
 * The JSON printed by `decide --json` (exact values as strings, `F.format`). The exact path
 * prints the whole system (`rows`, `equalities`) and the dense y; the scale path prints no
 * rows (k − 1 of them) and a sparse y (`certificate.rows`: the row indices of y's entries).
 * Both add `path` and `support` (the non-zero y_t with their rows).
 */
export interface DecideJSON {
  feasible: boolean;
  /**
   * A witness x (with a bias: (x, t), d + 1 entries), or y ≥ 0 over the strict rows (dense on
   * the exact path; on the scale path only the rows `rows`, in row order) and `z` over the
   * equations (only when the system has some, e.g. `--tie`).
   */
  certificate: { kind: 'witness'; x: string[] } | { kind: 'infeasible'; y: string[]; rows?: number[]; z?: string[] };
  /** `exact` (the exact engine on the exact model) or `scale` (the vocabulary-scale path on the dense floats). */
  path: 'exact' | 'scale';
  /** The rows with y_t ≠ 0 (`[]` for a witness), in row order. */
  support: SupportEntry[];
  /** The question's registry name: `sign`, `ranking`, `argmax`, `tie`, `top`. */
  question: string;
  /** The argument as the question writes it (`"+-+"`, `"2,0,1"`, `"2"`, `"1,2"`). */
  argument: string;
  field: string;
  k: number;
  d: number;
  bias: boolean;
  /** Exact path: the strict rows of the system, exact strings (with a bias: d+1 columns, last row (0, …, 0, 1)). */
  rows?: string[][];
  /** Exact path: the equations of the system (`[]` unless the question has some, e.g. `--tie`). */
  equalities?: string[][];
  /** Exact path: `glpk`, `exact-fallback`, …; scale path: `first-witness` or `constraint-generation`. */
  method: string;
  /** Scale path: the number of strict rows of the system (with a bias, the row t > 0 included) and why the scale path was taken. */
  strictRows?: number;
  scaleReason?: string;
  /** Scale path: the matrix kernel and the constraint-generation rounds. */
  kernel?: string;
  rounds?: number;
  /** The label names (one per row of W), when `--labels` was given. */
  labels?: string[];
  /** The tensor W was read from (`tensor "unknown_43" F32 [3, 3, 256, 7]`), for containers. */
  tensor?: string;
}

/** The commander attribute of each question's option (`--sign` → `sign`). */
const optionOf = new Map(QUESTIONS.map((q) => [q, new Option(`${q.option.flag} <${q.option.value}>`, q.option.help)]));

/** The question selected by the options and its argument text; `InputError` unless exactly one is given. */
function questionOf(o: Record<string, unknown>): { q: AnyQuestion; text: string } {
  const given = QUESTIONS.filter((q) => o[optionOf.get(q)!.attributeName()] !== undefined);
  if (given.length !== 1) {
    const flags = QUESTIONS.map((q) => q.option.flag).join(', ');
    throw new InputError(`decide needs exactly one of ${flags}${given.length > 1 ? ` (got ${given.map((q) => q.option.flag).join(', ')})` : ''}`);
  }
  const q = given[0];
  return { q, text: String(o[optionOf.get(q)!.attributeName()]) };
}

/** The text lines of an exact decision on `system` (the logit system `ls` on k labels): the witness, or the certificate's support. */
function describeDecision<T>(F: OrderedField<T>, system: StrictSystem<T>, decision: Decision<T>, ls: LogitSystem, k: number): string[] {
  const fmt = (v: readonly T[]) => `[${v.map((t) => F.format(t)).join(', ')}]`;
  const c = decision.certificate;
  const eqs = system.B.length > 0;
  if (c.kind === 'witness') {
    return [
      'verdict: feasible (certified)',
      `witness x = ${fmt(c.x)}`,
      `row·x = ${fmt(matVec(F, system.A, c.x))} (every entry > 0, checked exactly)`,
      ...(eqs ? [`eq·x = ${fmt(matVec(F, system.B, c.x))} (every entry 0, checked exactly)`] : []),
    ];
  }
  const z = eqs ? equationMultipliers(ls, c.z.map((t) => F.format(t))) : null;
  return ['verdict: infeasible (certified)', ...certificateLines(exactSupport(F, ls, k, c.y), system.A.length, z)];
}

/** The question's description with label names in its question part (before the `?`; the rows keep their indices). */
function describeWithNames(describe: string, labels: readonly string[] | undefined): string {
  const cut = describe.indexOf('?');
  return cut < 0 ? describe : withLabelNames(describe.slice(0, cut), labels) + describe.slice(cut);
}

/** The options of `decide` as commander parses them. */
type DecideOptions = Record<string, unknown> & ModelCliOptions & { json?: boolean; scale?: boolean; kernel?: string; budget?: string };

/** The lines every decision prints before its verdict: model, labels, question. */
function headLines(model: string, labels: readonly string[] | undefined, question: string): string[] {
  return [`model: ${model}`, ...(labels === undefined ? [] : [`labels: ${labels.map((_, i) => labelText(labels, i)).join(', ')}`]), `question: ${question}`];
}

const BIAS_ROWS = '; with the bias: rows (r, c) on (x, t) plus (0, …, 0, 1) for t > 0';

async function action(ctx: CommandContext, file: string, o: DecideOptions): Promise<void> {
  const { io } = ctx;
  if (o.listTensors) return printTensorList(io, file);
  const { q, text } = questionOf(o);
  const choice = scaleChoice(file, modelOptions(o), o.scale);
  if (choice !== null) return decideAtScale(ctx, file, o, q, text, choice);
  const model = loadModel(file, modelOptions(o));
  withModel(model, <T>(m: LoadedModel<T>) => {
    const { F, W } = m;
    const k = W.length;
    const arg: unknown = asInputError(q.option.flag, () => q.parse(namesToIndices(text, m.labels), k));
    const { system, decision } = decideQuestion(m, q, arg);
    if (!checkCertificate(F, system.A, system.B, decision.certificate)) {
      throw new Error('the decision certificate failed its exact check'); // internal: decideStrictSystem checks it already
    }
    const ls = q.system(arg, k);
    const fmtRows = (M: T[][]) => M.map((r) => r.map((t) => F.format(t)));
    if (o.json) {
      const cj = certificateToJSON(F, decision.certificate);
      const out: DecideJSON = {
        feasible: decision.feasible,
        certificate: cj.kind === 'witness' ? { kind: 'witness', x: cj.x } : { kind: 'infeasible', y: cj.y, ...(system.B.length > 0 ? { z: cj.z } : {}) },
        path: 'exact',
        support: decision.certificate.kind === 'witness' ? [] : exactSupport(F, ls, k, decision.certificate.y),
        question: q.name,
        argument: q.format(arg),
        field: F.name,
        k,
        d: W[0].length,
        bias: m.bias !== undefined,
        rows: fmtRows(system.A),
        equalities: fmtRows(system.B),
        method: decision.method,
        ...(m.labels === undefined ? {} : { labels: [...m.labels] }),
        ...(m.tensor === undefined ? {} : { tensor: m.tensor }),
      };
      io.stdout.write(JSON.stringify(out) + '\n');
      return;
    }
    const where = `${m.source}${m.tensor === undefined ? '' : `, ${m.tensor}`} (${k} × ${W[0].length} over ${F.name}${m.bias === undefined ? '' : `, with bias${m.biasSource === undefined ? '' : ` ${m.biasSource}`}`})`;
    writeLines(io.stdout, [
      ...headLines(where, m.labels, `${describeWithNames(q.describe(arg, k), m.labels)}${m.bias === undefined ? '' : BIAS_ROWS}`),
      ...describeDecision(F, system, decision, ls, k),
      `answer: ${withLabelNames(q.answer(arg, decision.feasible), m.labels)}`,
      `method: ${decision.method}`,
    ]);
  });
}

/**
 * The scale path of `decide` (`src/cli/analyze/scale-path.ts`): the question's `LogitSystem`
 * decided by `decideQuestionAtScale` on the dense floats of W, within `--budget`; the
 * certificate (a witness certified against all k rows, or a sparse Gordan / Motzkin
 * certificate checked exactly by the engine) printed by its support. A run stopped by the
 * budget or Ctrl-C prints one line saying it was not decided (exit 1, 130 after Ctrl-C).
 */
async function decideAtScale(ctx: CommandContext, file: string, o: DecideOptions, q: AnyQuestion, text: string, choice: ScaleChoice): Promise<void> {
  const { io } = ctx;
  const mo = modelOptions(o);
  const kernel = kernelOption(o.kernel);
  const seconds = o.budget === undefined ? null : parseBudget(o.budget);
  const W = loadScaleMatrix(file, mo, choice.shape);
  const { k, d } = W;
  if (k < 2) throw new InputError(`${file}: W has ${k} row${k === 1 ? '' : 's'} (labels); at least 2 labels are needed`);
  const labels = mo.labels === undefined ? undefined : labelsOption(mo.labels, k);
  const arg: unknown = asInputError(q.option.flag, () => q.parse(namesToIndices(text, labels), k));
  const ls = q.system(arg, k);
  assertScaleQuestion(ls, `${q.option.flag} ${text}`);
  const progress = startProgress(io, 'decide');
  const gen = decideQuestionAtScale(W, q, [arg], {
    kernel,
    budget: { ...(seconds === null ? {} : { seconds }), ...(io.signal === undefined ? {} : { signal: io.signal }) },
    onProgress: (p) => progress.update(p.stats.lps, p.stats.lps + 1, `scale path: ${p.stats.lps} LPs`),
  });
  let result: QuestionResult<unknown> | undefined;
  let summary: ScaleSummary<unknown>;
  try {
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        summary = r.value;
        break;
      }
      result = r.value;
    }
  } finally {
    progress.stop();
  }
  const bias = W.bias !== undefined;
  const tensor = choice.shape.tensor === undefined ? undefined : describeTensor(choice.shape.tensor);
  const rowsN = strictRowCount(ls, k) + (bias ? 1 : 0);
  if (result === undefined) {
    if (io.signal?.aborted) ctx.exitCode = EXIT_INTERRUPTED;
    else ctx.exitCode = 1;
    const why = summary.stopped === 'signal' ? 'the run was interrupted (Ctrl-C)' : `the ${o.budget} s --budget ran out`;
    io.stderr.write(`${file}: ${q.option.flag} ${q.format(arg)}: not decided: ${why} (scale path, kernel ${summary.kernel})\n`);
    return;
  }
  // (the engine checks every certificate exactly before it yields it: checkScaleCertificate in decide-at-scale.ts)
  const c = result.certificate;
  const support = c.kind === 'infeasible' ? scaleSupport(ls, k, c) : [];
  const sparse = sparseCertificateJSON(ls, c, k);
  const method = result.method;
  if (o.json) {
    const certificate: DecideJSON['certificate'] =
      sparse.kind === 'witness' ? { kind: 'witness', x: sparse.t === undefined ? [...sparse.x] : [...sparse.x, sparse.t] } : { kind: 'infeasible', rows: [...sparse.rows], y: [...sparse.y], ...(sparse.z === undefined ? {} : { z: [...sparse.z] }) };
    const out: DecideJSON = {
      feasible: result.feasible,
      certificate,
      path: 'scale',
      support,
      question: q.name,
      argument: q.format(arg),
      field: 'Q',
      k,
      d,
      bias,
      method,
      strictRows: rowsN,
      scaleReason: choice.reason,
      kernel: summary.kernel,
      rounds: result.rounds,
      ...(labels === undefined ? {} : { labels }),
      ...(tensor === undefined ? {} : { tensor }),
    };
    io.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  const dtype = W.data instanceof Float32Array ? 'float32' : 'float64';
  const where = `${file}${tensor === undefined ? '' : `, ${tensor}`} (${groupDigits(k)} × ${groupDigits(d)}, ${dtype} entries read exactly as dyadic rationals${bias ? ', with bias' : ''})`;
  const verdict =
    sparse.kind === 'witness'
      ? [
          'verdict: feasible (certified)',
          `witness x = [${sparse.x.join(', ')}]${sparse.t === undefined ? '' : `, t = ${sparse.t}`}`,
          `(every one of the ${groupDigits(rowsN)} rows is > 0 at ${bias ? '(x, t)' : 'x'}${ls.equal.length > 0 ? ' and every equation 0' : ''}, certified: float products with error bounds, undecided rows re-decided exactly)`,
        ]
      : ['verdict: infeasible (certified)', ...certificateLines(support, rowsN, ls.equal.length > 0 ? equationMultipliers(ls, sparse.z ?? []) : null)];
  writeLines(io.stdout, [
    ...headLines(where, k <= 64 ? labels : undefined, `${describeWithNames(q.describe(arg, k), labels)}${bias ? BIAS_ROWS : ''}`),
    ...verdict,
    `answer: ${withLabelNames(q.answer(arg, result.feasible), labels)}`,
    `method: ${method}${result.rounds > 0 ? ` (${result.rounds} round${result.rounds === 1 ? '' : 's'})` : ''}`,
    `path: scale (${choice.reason}; kernel ${summary.kernel})`,
  ]);
}

/** The `decide` command: one option per question of the registry. */
export const decideCommand: CliCommand = {
  name: 'decide',
  register(program: Command, ctx: CommandContext) {
    const cmd = program
      .command('decide')
      .description(`one certified decision: ${QUESTIONS.map((q) => q.summary).join(', ')}`)
      .argument('<file>', 'W as JSON / CSV / .npy, or examples:KEY[/NAME] (e.g. examples:C.2)');
    for (const q of QUESTIONS) cmd.addOption(optionOf.get(q)!);
    addModelOptions(cmd)
      .option('--json', 'print {"feasible", "certificate": {"kind": "witness", "x"} | {"kind": "infeasible", "y", "z"?}, "path", "support", "question", "argument", "rows", "equalities", ...} with exact strings')
      .option('--scale', `decide on the vocabulary-scale path (dense floats of a tensor file; default for float tensors above ${SCALE_MIN_ENTRIES} entries or too large for exact objects)`)
      .option('--no-scale', 'always use the exact engine (the whole exact system in --json)')
      .option('--kernel <name>', 'scale path: the matrix kernel, auto (onnxruntime when it loads), js or onnxruntime', 'auto')
      .option('--budget <seconds>', 'scale path: stop after this many seconds (default: none) and say the question was not decided')
      .addHelpText(
        'after',
        [
          '',
          'Rows:',
          ...QUESTIONS.map((q) => `  ${q.option.flag}: ${q.option.rows}`),
          'A witness x has every row·x > 0 (and eq·x = 0); an infeasibility certificate has y ≥ 0, y ≠ 0, Σ y_t·row_t + Σ z_s·eq_s = 0.',
          'With --labels, arguments may name labels (--argmax fear, --tie fear,happy) and the output names them.',
          'With --bias, rows become (r, c) on (x, t) plus the row (0,…,0,1) for t > 0.',
          'A float tensor file above the threshold (or too large for exact objects, or with --scale) is decided on the scale path: the certificate names its support only.',
          'Exit code 0 for either answer, 2 on bad input, 1 when --budget stopped the scale path, 130 after Ctrl-C.',
        ].join('\n'),
      )
      .action((file: string, o) => action(ctx, file, o));
  },
};
