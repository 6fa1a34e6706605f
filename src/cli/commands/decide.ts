/**
 * `cosine-verify decide FILE (--sign S | --ranking R | --argmax I) [--bias FILE] [--json]`:
 * one certified decision of a strict linear system built from the unembedding W (k × d):
 * - `--sign +-+…` (one character per row): is the sign vector s in S(W) (Def. 5.1)?
 *   Rows s_i·w_i, i = 0 … k−1.
 * - `--ranking 2,0,1,…` (top first, 0-based): is the ranking π in R(W) (Def. 5.4)?
 *   Rows w_{π_t} − w_{π_{t+1}}, t = 0 … k−2.
 * - `--argmax i`: can label i be the top label (Grivas, Bogoychev & Lopez 2022)?
 *   Rows w_i − w_j for j ≠ i in increasing j.
 * Feasible means some x has row·x > 0 for every row; the answer comes with a witness x, or
 * with a Gordan certificate y ≥ 0, y ≠ 0, Σ_t y_t·row_t = 0 (notes §5), checked exactly.
 * With `--bias b` every row r becomes (r, c) with c the same combination of the biases, x
 * becomes (x, t), and one last row (0, …, 0, 1) asks t > 0 (`src/cli/affine.ts`).
 */
import type { Command } from 'commander';
import { decideStrictSystem, type Decision } from '../../../lp/engine/strict-system.ts';
import { argmaxableRows } from '../../../lp/queries/argmax.ts';
import { signVectorRows } from '../../../lp/queries/sign-vector.ts';
import { rankingRows } from '../../../lp/queries/ranking.ts';
import { parseSignVector, formatSignVector } from '../../../lp/queries/sign-vector.ts';
import { certificateToJSON } from '../../../lp/engine/certificate-json.ts';
import { checkCertificate } from '../../../lp/engine/certificate.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { matVec } from '../../linalg/matrix.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { loadModel, withModel, type LoadedModel } from '../model-input.ts';
import { parseLabelIndex, parseRanking } from '../options.ts';
import { systemRows } from '../affine.ts';

/** Which system `decide` builds. */
export type DecideQuestion = { kind: 'sign'; text: string } | { kind: 'ranking'; text: string } | { kind: 'argmax'; text: string };

/** The JSON printed by `decide --json` (exact values as strings, `F.format`). */
export interface DecideJSON {
  feasible: boolean;
  certificate: { kind: 'witness'; x: string[] } | { kind: 'infeasible'; y: string[] };
  question: 'sign' | 'ranking' | 'argmax';
  field: string;
  k: number;
  d: number;
  bias: boolean;
  /** The rows of the strict system, exact strings (with a bias: d+1 columns, last row (0, …, 0, 1)). */
  rows: string[][];
  method: 'glpk' | 'exact-fallback';
}

/** The rows, a one-line description and the certified decision of `question` on the model. */
function decideOn<T>(model: LoadedModel<T>, q: DecideQuestion): { rows: T[][]; what: string; decision: Decision<T> } {
  const { F, W, bias } = model;
  const k = W.length;
  let rows: T[][];
  let what: string;
  if (q.kind === 'sign') {
    const s = asInputError('--sign', () => parseSignVector(q.text, k));
    rows = systemRows(F, W, bias, (M) => signVectorRows(F, M, s));
    what = `sign vector ${formatSignVector(s)} in S(W)? rows s_i·w_i, i = 0 … ${k - 1}`;
  } else if (q.kind === 'ranking') {
    const r = parseRanking(q.text, k, '--ranking');
    rows = systemRows(F, W, bias, (M) => rankingRows(F, M, r));
    what = `ranking ${r.join(' > ')} in R(W)? rows w_{π_t} − w_{π_{t+1}}, t = 0 … ${k - 2}`;
  } else {
    const i = parseLabelIndex(q.text, k, '--argmax');
    rows = argmaxableRows(F, W, i, bias);
    what = `can label ${i} be the top label? rows w_${i} − w_j, j ≠ ${i} in increasing j`;
  }
  if (bias !== undefined) what += '; with the bias: rows (r, c) on (x, t) plus (0, …, 0, 1) for t > 0';
  const columns = W[0].length + (bias === undefined ? 0 : 1);
  const decision = decideStrictSystem(F, rows, undefined, { columns });
  if (!checkCertificate(F, rows, undefined, decision.certificate)) {
    throw new Error('the decision certificate failed its exact check'); // internal: decideStrictSystem checks it already
  }
  return { rows, what, decision };
}

/** The text lines of a decision. */
function describeDecision<T>(F: OrderedField<T>, rows: T[][], decision: Decision<T>): string[] {
  const fmt = (v: readonly T[]) => `[${v.map((t) => F.format(t)).join(', ')}]`;
  const c = decision.certificate;
  if (c.kind === 'witness') {
    return [
      'verdict: feasible (certified)',
      `witness x = ${fmt(c.x)}`,
      `row·x = ${fmt(matVec(F, rows, c.x))} (every entry > 0, checked exactly)`,
    ];
  }
  return [
    'verdict: infeasible (certified)',
    `Gordan certificate y = ${fmt(c.y)}`,
    '(y ≥ 0, y ≠ 0 and Σ_t y_t·row_t = 0, checked exactly: no x has every row·x > 0)',
  ];
}

/** The question selected by the options; `InputError` unless exactly one of them is given. */
function questionOf(o: { sign?: string; ranking?: string; argmax?: string }): DecideQuestion {
  const given = (['sign', 'ranking', 'argmax'] as const).filter((key) => o[key] !== undefined);
  if (given.length !== 1) {
    throw new InputError(`decide needs exactly one of --sign, --ranking, --argmax${given.length > 1 ? ` (got ${given.map((g) => `--${g}`).join(', ')})` : ''}`);
  }
  const kind = given[0];
  return { kind, text: o[kind] as string };
}

async function action(ctx: CommandContext, file: string, o: { sign?: string; ranking?: string; argmax?: string; bias?: string; json?: boolean }): Promise<void> {
  const q = questionOf(o);
  const model = loadModel(file, { bias: o.bias });
  const { io } = ctx;
  withModel(model, (m) => {
    const { F, W } = m;
    const { rows, what, decision } = decideOn(m, q);
    if (o.json) {
      const cj = certificateToJSON(F, decision.certificate);
      const out: DecideJSON = {
        feasible: decision.feasible,
        certificate: cj.kind === 'witness' ? { kind: 'witness', x: cj.x } : { kind: 'infeasible', y: cj.y },
        question: q.kind,
        field: F.name,
        k: W.length,
        d: W[0].length,
        bias: m.bias !== undefined,
        rows: rows.map((r) => r.map((t) => F.format(t))),
        method: decision.method,
      };
      io.stdout.write(JSON.stringify(out) + '\n');
      return;
    }
    writeLines(io.stdout, [
      `model: ${m.source} (${W.length} × ${W[0].length} over ${F.name}${m.bias === undefined ? '' : ', with bias'})`,
      `question: ${what}`,
      ...describeDecision(F, rows, decision),
      `method: ${decision.method}`,
    ]);
  });
}

/** The `decide` command. */
export const decideCommand: CliCommand = {
  name: 'decide',
  register(program: Command, ctx: CommandContext) {
    program
      .command('decide')
      .description('one certified decision: a sign vector, a ranking, or whether a label can be the top label')
      .argument('<file>', 'W as JSON / CSV / .npy, or examples:KEY[/NAME] (e.g. examples:C.2)')
      .option('--sign <signs>', "sign vector, one '+' or '-' per row of W: is it in S(W)?")
      .option('--ranking <labels>', 'ranking, comma-separated 0-based labels, top first (e.g. 2,0,1): is it in R(W)?')
      .option('--argmax <i>', 'can label i be the top label of the softmax?')
      .option('--bias <file>', 'bias vector (one entry per label): rows (r, c) on (x, t) plus the row (0,…,0,1) for t > 0')
      .option('--json', 'print {"feasible", "certificate": {"kind": "witness", "x"} | {"kind": "infeasible", "y"}, "rows", ...} with exact strings')
      .addHelpText(
        'after',
        [
          '',
          'Rows: --sign: s_i·w_i; --ranking: w_{π_t} − w_{π_{t+1}}, t = 0 … k−2; --argmax i: w_i − w_j, j ≠ i increasing.',
          'A witness x has every row·x > 0; an infeasibility certificate y has y ≥ 0, y ≠ 0, Σ y_t·row_t = 0.',
          'Exit code 0 for either answer, 2 on bad input.',
        ].join('\n'),
      )
      .action((file: string, o) => action(ctx, file, o));
  },
};
