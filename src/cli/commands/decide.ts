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
 */
import { Option, type Command } from 'commander';
import type { Decision } from '../../../lp/engine/strict-system.ts';
import { certificateToJSON } from '../../../lp/engine/certificate-json.ts';
import { checkCertificate } from '../../../lp/engine/certificate.ts';
import { QUESTIONS } from '../../../lp/queries/registry.ts';
import { decideQuestion, type AnyQuestion } from '../../../lp/queries/question.ts';
import type { StrictSystem } from '../../../lp/queries/logit-system.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { matVec } from '../../linalg/matrix.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { loadModel, withModel, type LoadedModel } from '../model-input.ts';
import { addModelOptions, modelOptions, printTensorList, type ModelCliOptions } from '../model-options.ts';
import { labelText, namesToIndices, withLabelNames } from '../labels.ts';

/** The JSON printed by `decide --json` (exact values as strings, `F.format`). */
export interface DecideJSON {
  feasible: boolean;
  /** `z` only when the system has equations (`--tie`). */
  certificate: { kind: 'witness'; x: string[] } | { kind: 'infeasible'; y: string[]; z?: string[] };
  /** The question's registry name: `sign`, `ranking`, `argmax`, `tie`, `top`. */
  question: string;
  /** The argument as the question writes it (`"+-+"`, `"2,0,1"`, `"2"`, `"1,2"`). */
  argument: string;
  field: string;
  k: number;
  d: number;
  bias: boolean;
  /** The strict rows of the system, exact strings (with a bias: d+1 columns, last row (0, …, 0, 1)). */
  rows: string[][];
  /** The equations of the system (`[]` unless the question has some, e.g. `--tie`). */
  equalities: string[][];
  method: 'glpk' | 'exact-fallback';
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

/** The text lines of a decision on `system`. */
function describeDecision<T>(F: OrderedField<T>, system: StrictSystem<T>, decision: Decision<T>): string[] {
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
  if (!eqs) {
    return [
      'verdict: infeasible (certified)',
      `Gordan certificate y = ${fmt(c.y)}`,
      '(y ≥ 0, y ≠ 0 and Σ_t y_t·row_t = 0, checked exactly: no x has every row·x > 0)',
    ];
  }
  return [
    'verdict: infeasible (certified)',
    `Motzkin certificate y = ${fmt(c.y)}, z = ${fmt(c.z)}`,
    '(y ≥ 0, y ≠ 0 and Σ_t y_t·row_t + Σ_s z_s·eq_s = 0, checked exactly: no x has every row·x > 0 and every eq·x = 0)',
  ];
}

/** The question's description with label names in its question part (before the `?`; the rows keep their indices). */
function describeWithNames(describe: string, labels: readonly string[] | undefined): string {
  const cut = describe.indexOf('?');
  return cut < 0 ? describe : withLabelNames(describe.slice(0, cut), labels) + describe.slice(cut);
}

async function action(ctx: CommandContext, file: string, o: Record<string, unknown> & ModelCliOptions & { json?: boolean }): Promise<void> {
  const { io } = ctx;
  if (o.listTensors) return printTensorList(io, file);
  const { q, text } = questionOf(o);
  const model = loadModel(file, modelOptions(o));
  withModel(model, <T>(m: LoadedModel<T>) => {
    const { F, W } = m;
    const k = W.length;
    const arg: unknown = asInputError(q.option.flag, () => q.parse(namesToIndices(text, m.labels), k));
    const { system, decision } = decideQuestion(m, q, arg);
    if (!checkCertificate(F, system.A, system.B, decision.certificate)) {
      throw new Error('the decision certificate failed its exact check'); // internal: decideStrictSystem checks it already
    }
    const fmtRows = (M: T[][]) => M.map((r) => r.map((t) => F.format(t)));
    if (o.json) {
      const cj = certificateToJSON(F, decision.certificate);
      const out: DecideJSON = {
        feasible: decision.feasible,
        certificate: cj.kind === 'witness' ? { kind: 'witness', x: cj.x } : { kind: 'infeasible', y: cj.y, ...(system.B.length > 0 ? { z: cj.z } : {}) },
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
    const biasText = m.bias === undefined ? '' : '; with the bias: rows (r, c) on (x, t) plus (0, …, 0, 1) for t > 0';
    const names = m.labels === undefined ? [] : [`labels: ${m.labels.map((_, i) => labelText(m.labels, i)).join(', ')}`];
    writeLines(io.stdout, [
      `model: ${m.source}${m.tensor === undefined ? '' : `, ${m.tensor}`} (${k} × ${W[0].length} over ${F.name}${m.bias === undefined ? '' : `, with bias${m.biasSource === undefined ? '' : ` ${m.biasSource}`}`})`,
      ...names,
      `question: ${describeWithNames(q.describe(arg, k), m.labels)}${biasText}`,
      ...describeDecision(F, system, decision),
      `answer: ${withLabelNames(q.answer(arg, decision.feasible), m.labels)}`,
      `method: ${decision.method}`,
    ]);
  });
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
      .option('--json', 'print {"feasible", "certificate": {"kind": "witness", "x"} | {"kind": "infeasible", "y", "z"?}, "question", "argument", "rows", "equalities", ...} with exact strings')
      .addHelpText(
        'after',
        [
          '',
          'Rows:',
          ...QUESTIONS.map((q) => `  ${q.option.flag}: ${q.option.rows}`),
          'A witness x has every row·x > 0 (and eq·x = 0); an infeasibility certificate has y ≥ 0, y ≠ 0, Σ y_t·row_t + Σ z_s·eq_s = 0.',
          'With --labels, arguments may name labels (--argmax fear, --tie fear,happy) and the output names them.',
          'With --bias, rows become (r, c) on (x, t) plus the row (0,…,0,1) for t > 0.',
          'Exit code 0 for either answer, 2 on bad input.',
        ].join('\n'),
      )
      .action((file: string, o) => action(ctx, file, o));
  },
};
