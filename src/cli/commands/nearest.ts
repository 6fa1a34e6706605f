/**
 * `cosine-verify nearest FILE --label I|NAME [-n 10] [--bias FILE|--bias-tensor N] [--json] [--kernel K] [--budget S]`:
 * for one label i, its n nearest labels by cosine, by centered cosine and by label i's rows
 * of C(DW) (`src/dense/nearest-labels.ts`: the order certified exactly, ties as ties), and
 * for each listed label j whether i and j can tie for the top (`tieForTopQuestion` decided
 * on the scale path, `decideQuestionAtScale`: certified, sparse certificate), without and
 * with the bias. App. C.2's lesson on a real vocabulary: cosine neighbours are not the
 * labels that compete with i.
 *
 * Input: a tensor file (.npy, .npz, safetensors, TF.js) is read densely in its own float
 * precision; a JSON / CSV matrix or `examples:NAME` is read exactly and, when rational,
 * scaled by the lcm L of its denominators to integers (exact in float64 up to 2^53):
 * cosines, centered cosines, the C(DW) order and the ties of (LW, Lb) are those of (W, b).
 */
import type { Command } from 'commander';
import { decideQuestionAtScale } from '../../../lp/scale/question-at-scale.ts';
import type { ScaleCertificate } from '../../../lp/scale/scale-certificate.ts';
import { tieForTopQuestion } from '../../../lp/queries/tie-for-top.ts';
import { cosineToText, formatCosine } from '../../cosine/cosine-text.ts';
import { denseMatrix, dtypeOf, loadDenseMatrix, type DenseMatrix } from '../../dense/dense-matrix.ts';
import { nearestLabels, type NearestList, type NearestMeasure } from '../../dense/nearest-labels.ts';
import { fieldKind } from '../../field/field-kind.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { RationalField, denominatorLcm, scaledToInteger, type Rational } from '../../field/rational.ts';
import { fileFormat } from '../../io/tensor-file.ts';
import { parseBudget } from '../budget.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError, asInputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { labelsOption, labelText, rowsOption } from '../labels.ts';
import { EXAMPLES_PREFIX, loadModel } from '../model-input.ts';
import { addModelOptions, modelOptions, printTensorList, type ModelCliOptions } from '../model-options.ts';
import { parsePositiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { formatTable } from '../table.ts';

/** The model as the command holds it: W without bias, and W with its bias when given. */
interface DenseInput {
  readonly W: DenseMatrix;
  readonly withBias?: DenseMatrix;
  readonly labels?: readonly string[];
  readonly source: string;
  /** The positive integer L a rational W (and b) was multiplied by, when not 1. */
  readonly scale?: bigint;
}

type Options = ModelCliOptions & { label?: string; n?: string; json?: boolean; kernel?: string; budget?: string };

/** The largest integer every float64 holds exactly. */
const MAX_EXACT = 2n ** 53n;

/** W (and b) of a JSON / CSV file or an example, exact over Q, scaled to integers and held as float64. */
function rationalDense(file: string, o: Options): DenseInput {
  const m = loadModel(file, modelOptions(o));
  if (fieldKind(m.F as OrderedField<unknown>) !== 'Q') throw new InputError(`${file}: W lies in ${m.F.name}; nearest reads rational (or float) matrices`);
  const W = m.W as Rational[][];
  const b = m.bias as Rational[] | undefined;
  const k = W.length;
  const d = W[0].length;
  const L = denominatorLcm([...W.flat(), ...(b ?? [])]);
  const toFloat = (v: Rational, where: string): number => {
    const n = scaledToInteger(v, L);
    if (n > MAX_EXACT || -n > MAX_EXACT) throw new InputError(`${file}: ${where} is ${RationalField.format(v)}; times the common denominator ${L} it is not exactly a float64 (|n| > 2^53)`);
    return Number(n);
  };
  const data = Float64Array.from(W.flatMap((row, r) => row.map((v, c) => toFloat(v, `row ${r}, column ${c}`))));
  const base = { W: denseMatrix(data, k, d), source: m.source, ...(m.labels ? { labels: m.labels } : {}), ...(L === 1n ? {} : { scale: L }) };
  if (!b) return base;
  return { ...base, withBias: denseMatrix(data, k, d, Float64Array.from(b.map((v, j) => toFloat(v, `bias entry ${j}`)))) };
}

/** The model of FILE: dense from a tensor file, else exact and scaled (`rationalDense`). */
function loadInput(file: string, o: Options): DenseInput {
  if (file.startsWith(EXAMPLES_PREFIX)) return rationalDense(file, o);
  const { format } = asInputError(file, () => fileFormat(file));
  if (format === 'json' || format === 'csv') return rationalDense(file, o);
  const biasGiven = o.bias !== undefined || o.biasTensor !== undefined;
  const M = asInputError(file, () => loadDenseMatrix(file, { tensor: o.tensor, biasPath: o.bias, biasTensor: o.biasTensor }));
  const W = denseMatrix(M.data, M.k, M.d);
  if (M.k < 2) throw new InputError(`${file}: W has ${M.k} row${M.k === 1 ? '' : 's'} (labels); at least 2 labels are needed`);
  const labels = o.labels === undefined ? undefined : labelsOption(o.labels, M.k);
  return { W, source: file, ...(biasGiven ? { withBias: M } : {}), ...(labels ? { labels } : {}) };
}

/** What each measure lists, for the headers and the JSON. */
const DEFINITION: Record<NearestMeasure, string> = {
  cosine: 'cos(w_j, w_i), largest first (Def. 5.2)',
  centered: 'cos(w_j − μ, w_i − μ), μ the mean row (W − 1μᵀ, centered columns), largest first',
  differences: "label i's rows of C(DW): cos(w_j − w_i, w_i − μ), largest first (= the length-weighted row sums of C(DW) over the pairs (i, l), smallest first)",
};
const TITLE: Record<NearestMeasure, string> = { cosine: 'cosine', centered: 'centered cosine', differences: 'C(DW)' };

/** One tie decision of a listed label. */
interface TieAnswer {
  readonly canTie: boolean | null;
  readonly certificate: ScaleCertificate | null;
}

async function decideTies(M: DenseMatrix, i: number, labels: readonly number[], o: { kernel: string; budget: number | null; signal?: AbortSignal; onDone: () => void }): Promise<Map<number, TieAnswer>> {
  const out = new Map<number, TieAnswer>();
  const gen = decideQuestionAtScale(M, tieForTopQuestion, labels.map((j) => [i, j] as [number, number]), {
    kernel: o.kernel as 'auto' | 'js' | 'onnxruntime',
    budget: { ...(o.budget === null ? {} : { seconds: o.budget }), ...(o.signal ? { signal: o.signal } : {}) },
  });
  for await (const r of gen) {
    out.set(r.argument[1], { canTie: r.feasible, certificate: r.certificate });
    o.onDone();
  }
  return out;
}

async function action(ctx: CommandContext, file: string, o: Options): Promise<void> {
  const { io } = ctx;
  if (o.listTensors) return printTensorList(io, file);
  if (o.label === undefined) throw new InputError('nearest needs --label I|NAME');
  const kernel = o.kernel ?? 'auto';
  if (!['auto', 'js', 'onnxruntime'].includes(kernel)) throw new InputError(`--kernel must be auto, js or onnxruntime, got ${JSON.stringify(kernel)}`);
  const budget = parseBudget(o.budget ?? '300');
  const input = loadInput(file, o);
  const { W } = input;
  const k = W.k;
  if (o.label.includes(',')) throw new InputError(`--label: give one label, got ${JSON.stringify(o.label)}`);
  const i = rowsOption(o.label, k, input.labels, '--label')[0];
  const n = parsePositiveInt(o.n ?? '10', '-n');
  if (n > k - 1) throw new InputError(`-n ${n}: W has only ${k - 1} labels besides label ${labelText(input.labels, i)} (k = ${k})`);

  const progress = startProgress(io, 'nearest');
  let result;
  let ties: Map<number, TieAnswer>;
  let biasTies: Map<number, TieAnswer> | undefined;
  let listed: number[];
  try {
    let stepNo = 0;
    result = await nearestLabels(W, i, n, { kernel: kernel as 'auto' | 'js' | 'onnxruntime', onStep: (s) => progress.update(++stepNo, 6, s) });
    listed = [...new Set(result.lists.flatMap((l) => (l.neighbours ?? []).map((x) => x.label)))];
    const total = listed.length * (input.withBias ? 2 : 1);
    let done = 0;
    const onDone = () => progress.update(++done, total, 'ties for the top');
    ties = await decideTies(W, i, listed, { kernel, budget, signal: io.signal, onDone });
    if (input.withBias) biasTies = await decideTies(input.withBias, i, listed, { kernel, budget, signal: io.signal, onDone });
  } finally {
    progress.stop();
  }
  const name = (j: number) => (input.labels ? input.labels[j] : undefined);
  const undecided = listed.filter((j) => !ties.has(j) || (biasTies !== undefined && !biasTies.has(j)));
  if (o.json) {
    const tieJSON = (m: Map<number, TieAnswer> | undefined, j: number) => (m === undefined ? undefined : m.get(j) ?? { canTie: null, certificate: null });
    const out = {
      source: input.source,
      k,
      d: W.d,
      dtype: dtypeOf(W.data),
      ...(input.scale === undefined ? {} : { scale: String(input.scale) }),
      bias: input.withBias !== undefined,
      label: i,
      ...(name(i) === undefined ? {} : { name: name(i) }),
      n,
      kernel: result.kernel,
      orderExact: true,
      measures: Object.fromEntries(result.lists.map((l) => [l.measure, {
        definition: DEFINITION[l.measure],
        neighbours: l.neighbours?.map((x) => ({ label: x.label, ...(name(x.label) === undefined ? {} : { name: name(x.label) }), rank: x.rank, cosine: cosineToText(RationalField, x.cosine), value: x.value })) ?? null,
        ...(l.undefinedReason === undefined ? {} : { undefinedReason: l.undefinedReason }),
        undefinedLabels: l.undefinedLabels,
        exactCandidates: l.exactCandidates,
      }])),
      ties: listed.map((j) => ({ label: j, ...(name(j) === undefined ? {} : { name: name(j) }), ...tieJSON(ties, j), ...(biasTies ? { withBias: tieJSON(biasTies, j) } : {}) })),
      complete: undecided.length === 0,
    };
    io.stdout.write(JSON.stringify(out) + '\n');
  } else {
    writeLines(io.stdout, humanLines(input, i, n, result.lists, listed, ties, biasTies, result.kernel));
  }
  if (undecided.length > 0) {
    io.stderr.write(`not computed: whether label ${labelText(input.labels, i)} can tie for the top with ${undecided.map((j) => labelText(input.labels, j)).join(', ')} (${io.signal?.aborted ? 'interrupted' : 'the budget ran out'})\n`);
  }
}

const yesNo = (a: TieAnswer | undefined): string => (a === undefined || a.canTie === null ? '?' : a.canTie ? 'yes' : 'no');

function humanLines(input: DenseInput, i: number, n: number, lists: readonly NearestList[], listed: readonly number[], ties: Map<number, TieAnswer>, biasTies: Map<number, TieAnswer> | undefined, kernel: string): string[] {
  const { W, labels } = input;
  const lbl = (j: number) => (labels ? `${j} ${labels[j]}` : String(j));
  const tieCell = (j: number) => (biasTies ? `${yesNo(ties.get(j))}/${yesNo(biasTies.get(j))}` : yesNo(ties.get(j)));
  const tieHeader = biasTies ? 'tie W/W,b' : 'tie';
  const scale = input.scale === undefined ? '' : `; exact rationals scaled by ${input.scale} to integers`;
  const lines = [
    `model: ${input.source} (${W.k} × ${W.d} ${dtypeOf(W.data)}${scale}${input.withBias ? ', with bias' : ''})`,
    `label ${labelText(labels, i)}: its ${n} nearest labels (order and ties exact; cosines as 6-digit decimals correctly rounded, exact in --json)`,
    ...lists.map((l) => `  ${TITLE[l.measure]}: ${DEFINITION[l.measure]}`),
  ];
  const rows = Math.max(0, ...lists.map((l) => l.neighbours?.length ?? 0));
  const header = ['#'];
  for (const l of lists) header.push(`by ${TITLE[l.measure]}`, 'cos', tieHeader);
  const body: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (const l of lists) {
      const x = l.neighbours?.[r];
      if (x === undefined) { row.push('', '', ''); continue; }
      row.push(lbl(x.label), formatCosine(RationalField, x.cosine), tieCell(x.label));
    }
    body.push([String(r + 1), ...row]);
  }
  lines.push('', ...formatTable(header, body, ['r', 'l', 'r', 'l', 'l', 'r', 'l', 'l', 'r', 'l']));
  for (const l of lists) {
    if (l.neighbours === null) lines.push(`${TITLE[l.measure]}: undefined: ${l.undefinedReason}`);
    else {
      const tied = l.neighbours.filter((x, t) => l.neighbours!.some((y, s) => s !== t && y.rank === x.rank));
      if (tied.length > 0) lines.push(`${TITLE[l.measure]}: exact ties: ${[...new Set(tied.map((x) => x.rank))].map((r) => l.neighbours!.filter((x) => x.rank === r).map((x) => lbl(x.label)).join(' = ')).join('; ')}`);
      if (l.neighbours.length > n) lines.push(`${TITLE[l.measure]}: ${l.neighbours.length} labels listed: ${l.neighbours.length - n} tie exactly with the ${n}th`);
    }
    if (l.undefinedLabels.length > 0) lines.push(`${TITLE[l.measure]}: undefined for ${l.undefinedLabels.map(lbl).join(', ')} (zero vector), not ranked`);
  }
  const canTie = (m: Map<number, TieAnswer>) => listed.filter((j) => m.get(j)?.canTie === true);
  const describe = (m: Map<number, TieAnswer>, what: string) => {
    const yes = canTie(m).sort((a, b) => a - b);
    return `${what}: ${yes.length === 0 ? 'none' : yes.map(lbl).join(', ')} of the ${listed.length} listed label${listed.length === 1 ? '' : 's'} can tie with label ${lbl(i)} for the top (certified)`;
  };
  lines.push('', describe(ties, 'without bias'));
  if (biasTies) lines.push(describe(biasTies, 'with the bias'));
  lines.push(`kernel: ${kernel}`);
  return lines;
}

/** The `nearest` command. */
export const nearestCommand: CliCommand = {
  name: 'nearest',
  register(program: Command, ctx: CommandContext) {
    addModelOptions(
      program
        .command('nearest')
        .description('one label\'s n nearest labels by cosine, centered cosine and C(DW), exactly ordered, and which of them can tie with it for the top (App. C.2)')
        .argument('<file>', 'W as .npy / .npz / safetensors / TF.js (read densely), JSON / CSV, or examples:KEY (e.g. examples:C.2)')
        .option('--label <i|name>', 'the label: a 0-based index or, with --labels, a name')
        .option('-n <n>', 'how many neighbours per measure (default 10; labels tied exactly with the n-th are listed too)'),
    )
      .option('--kernel <kernel>', 'matrix kernel of the float passes: auto (onnxruntime when it loads), js, onnxruntime', 'auto')
      .option('--budget <seconds>', 'time for the tie decisions (default 300; 0: none); what is not decided is said', '300')
      .option('--json', 'print one JSON object: "measures" (per measure "neighbours" with exact "cosine" strings), "ties" with sparse certificates, "complete"')
      .addHelpText('after', [
        '',
        'The ORDER of each list is exact (floats rank, every label the float error bound cannot place is re-decided in BigInt);',
        'the cosines printed are decimals for display only (exact strings in --json).',
        'tie: can label i and the listed label tie for the highest probability (some x with z_i = z_j above every other logit)?',
        'Decided and certified on the scale path; with --bias also for Wx + b (tie W/W,b).',
      ].join('\n'))
      .action((file: string, o: Options) => action(ctx, file, o));
  },
};
