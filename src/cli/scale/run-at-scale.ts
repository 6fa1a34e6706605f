/**
 * One run of a registry question on the scale path for a selection of labels, as the
 * `argmax` command does it: W read as floats (`dense-input.ts`), every answer certified
 * by `decideQuestionAtScale` (lp/scale), one JSONL line per argument flushed as it is
 * decided (to `--jsonl OUT` or stdout, after one header line), resume from an existing
 * OUT, a progress bar, a budget and Ctrl-C, and a summary on stderr. Nothing here names a
 * question: it works for any `ScaleQuestion`.
 */
import { existsSync } from 'node:fs';
import { decideQuestionAtScale } from '../../../lp/scale/question-at-scale.ts';
import type { KernelChoice, ScaleSummary } from '../../../lp/scale/decide-at-scale.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_INTERRUPTED, groupDigits, parseBudget, startBudget, stopText, type StopReason } from '../budget.ts';
import { InputError } from '../input-error.ts';
import { labelText, labelsOption } from '../labels.ts';
import { parsePositiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { packageVersion } from '../version.ts';
import { denseInputOptions, loadDenseInput, type DenseCliOptions } from './dense-input.ts';
import { parseLabelRange, rangesText, selectionText } from './label-range.ts';
import type { ScaleQuestion } from './scale-question.ts';
import { assertSameModel, openShardWriter, readShard, shardHeader, type ShardWriter } from './shard-file.ts';

/** The options of a scale command, as commander parses them. */
export interface ScaleCliOptions extends DenseCliOptions {
  labels?: string;
  range?: string;
  jsonl?: string;
  budget?: string;
  kernel?: string;
  threads?: string;
  json?: boolean;
}

const KERNELS = ['auto', 'js', 'onnxruntime'];

/** At most this many arguments are listed by name in the summary (the rest: see the JSONL lines). */
const LIST_AT_MOST = 50;

/** The `--kernel` value; `InputError` for another. */
function kernelOption(text: string | undefined): KernelChoice {
  if (text === undefined) return 'auto';
  if (!KERNELS.includes(text)) throw new InputError(`--kernel must be one of ${KERNELS.join(', ')}, got ${JSON.stringify(text)}`);
  return text as KernelChoice;
}

/** The engine's stop as the CLI's `StopReason` (null: not stopped). */
function stopReason(summary: ScaleSummary<unknown>, seconds: number | null): StopReason | null {
  if (summary.stopped === null) return null;
  return summary.stopped === 'signal' ? { kind: 'interrupted' } : { kind: 'budget', seconds: seconds ?? 0 };
}

/**
 * Runs `spec` on the model of `file` with the command's options `o` (see the module doc)
 * and sets `ctx.exitCode`: 0 when every asked argument is decided, 1 when the budget
 * stopped it first, 130 on Ctrl-C (the lines decided so far are kept either way).
 * Throws `InputError` for bad input, an OUT of another model or range, or a W too large.
 */
export async function runAtScale<A>(ctx: CommandContext, spec: ScaleQuestion<A>, file: string, o: ScaleCliOptions): Promise<void> {
  const { io } = ctx;
  const seconds = o.budget === undefined ? null : parseBudget(o.budget);
  const kernel = kernelOption(o.kernel);
  const threads = o.threads === undefined ? undefined : parsePositiveInt(o.threads, '--threads');
  const W = loadDenseInput(file, denseInputOptions(o));
  const names = o.labels === undefined ? undefined : labelsOption(o.labels, W.k);
  const selection = parseLabelRange(o.range, W.k, names);
  const header = shardHeader(spec.question.name, W, selectionText(selection), packageVersion());
  const keyOf = (a: A) => JSON.stringify(spec.toJSON(a));

  // resume: what OUT already holds
  const done = new Set<string>();
  let keep: number | null = null;
  if (o.jsonl !== undefined && existsSync(o.jsonl)) {
    const read = await readShard(o.jsonl, spec.question.name, (l) => done.add(JSON.stringify(l.record[spec.key])));
    if (read.header !== null) assertSameModel(o.jsonl, read.header, header, true);
    keep = read.completeBytes;
    if (read.truncated) io.stderr.write(`${o.jsonl}: its last line was cut short (a killed run); dropped, and decided again\n`);
  }
  const asked = spec.argumentsOf(selection);
  const todo = asked.filter((a) => !done.has(keyOf(a)));
  if (o.jsonl !== undefined && keep !== null) io.stderr.write(`${o.jsonl}: resuming: ${groupDigits(asked.length - todo.length)} of ${groupDigits(asked.length)} ${spec.units} already decided\n`);

  const out: ShardWriter = o.jsonl === undefined
    ? { line: (r) => void io.stdout.write(JSON.stringify(r) + '\n'), close: () => {} }
    : openShardWriter(o.jsonl, header, keep);
  if (o.jsonl === undefined) out.line(header);

  const progress = startProgress(io, spec.question.name);
  const interrupt = startBudget(null, io.signal); // lets the SIGINT handler run between two results
  const no: A[] = [];
  let yes = 0;
  let summary!: ScaleSummary<A>;
  try {
    const gen = decideQuestionAtScale(W, spec.question, todo, {
      kernel,
      ...(threads === undefined ? {} : { threads }),
      budget: { ...(seconds === null ? {} : { seconds }), ...(io.signal === undefined ? {} : { signal: io.signal }) },
      onProgress: (p) => progress.update(p.decided, todo.length, `(${p.pending} in constraint generation)`),
    });
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        summary = r.value;
        break;
      }
      const { argument, feasible, certificate } = r.value;
      const labels = spec.labelsOf(argument);
      out.line({
        [spec.key]: spec.toJSON(argument),
        ...(names === undefined ? {} : { name: labels.length === 1 ? names[labels[0]] : labels.map((i) => names[i]) }),
        [spec.verdict]: feasible,
        certificate,
      });
      if (feasible) yes++;
      else no.push(argument);
      await interrupt.checkpoint();
    }
  } finally {
    progress.stop();
    out.close();
  }

  const stop = stopReason(summary, seconds);
  const decided = yes + no.length;
  const undecided = summary.undecided;
  if (o.json) {
    io.stdout.write(JSON.stringify({ summary: { question: spec.question.name, asked: asked.length, alreadyDecided: asked.length - todo.length, decided, [spec.verdict]: yes, [`not${spec.verdict[0].toUpperCase()}${spec.verdict.slice(1)}`]: no.map(spec.toJSON), undecided: undecided.map(spec.toJSON), stopped: stop?.kind ?? null, seconds: summary.seconds, kernel: summary.kernel, stats: summary.stats } }) + '\n');
  }
  const listed = (args: readonly A[]) => {
    const labels = args.map((a) => spec.labelsOf(a));
    if (names === undefined && labels.every((l) => l.length === 1)) return rangesText(labels.map((l) => l[0]));
    const shown = labels.slice(0, LIST_AT_MOST).map((l) => l.map((i) => labelText(names, i)).join(' & ')).join(', ');
    return labels.length > LIST_AT_MOST ? `${shown}, … (${groupDigits(labels.length - LIST_AT_MOST)} more in the lines)` : shown;
  };
  const lines = [
    `${spec.question.name}: ${file} (${W.k} × ${W.d} ${header.dtype}${W.bias === undefined ? '' : ', with bias'}), --range ${header.range}${o.jsonl === undefined ? '' : ` → ${o.jsonl}`}`,
    `decided ${groupDigits(decided)} of ${groupDigits(todo.length)} ${spec.units} in ${summary.seconds.toFixed(1)} s (kernel ${summary.kernel}, ${groupDigits(summary.stats.lps)} LPs): ${groupDigits(yes)} ${spec.verdict}, ${groupDigits(no.length)} not ${spec.verdict}${no.length === 0 ? '' : `: ${listed(no)}`}`,
  ];
  if (stop !== null && undecided.length > 0) {
    lines.push(`not decided: ${groupDigits(undecided.length)} ${spec.units} ${stopText(stop).replace(/^before/, 'left when')}${o.jsonl === undefined ? '' : `; run the same command again to resume ${o.jsonl}`}`);
  }
  for (const l of lines) io.stderr.write(l + '\n');
  ctx.exitCode = stop?.kind === 'interrupted' && undecided.length > 0 ? EXIT_INTERRUPTED : stop !== null && undecided.length > 0 ? 1 : 0;
}
