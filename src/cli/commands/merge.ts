/**
 * `cosine-verify merge OUT SHARD.jsonl… [--allow-gaps] [--check --matrix FILE]`: joins the
 * JSONL files of a scale command (`argmax --range a:b --jsonl SHARD`, any question of
 * `scale/scale-question.ts`) into one file OUT: one header, the lines sorted by argument,
 * written atomically. Refuses (one line naming the file) shards of different models
 * (fingerprints) or questions, and an argument decided twice with different verdicts
 * (equal duplicates are kept once). Reports the labels decided and the missing ones, as
 * ranges. `--check` re-checks every certificate exactly against the matrix
 * (`checkScaleCertificate`); without it merge trusts the shards and says so.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Command } from 'commander';
import { checkScaleCertificate, type ScaleCertificate } from '../../../lp/scale/scale-certificate.ts';
import type { DenseMatrix } from '../../dense/dense-matrix.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { groupDigits } from '../budget.ts';
import { InputError, asInputError } from '../input-error.ts';
import { openAtomicFile } from '../output-file.ts';
import { packageVersion } from '../version.ts';
import { addDenseOptions, denseInputOptions, loadDenseInput, type DenseCliOptions } from '../scale/dense-input.ts';
import { rangesText } from '../scale/label-range.ts';
import { SCALE_QUESTIONS, type ScaleQuestion } from '../scale/scale-question.ts';
import { assertSameModel, readShard, shardHeader, type ShardHeader } from '../scale/shard-file.ts';

interface MergeOptions extends DenseCliOptions {
  allowGaps?: boolean;
  check?: boolean;
  matrix?: string;
}

/** Where the line of one decided argument is. */
interface Kept {
  readonly arg: unknown;
  readonly verdict: boolean;
  readonly shard: number;
  readonly line: number;
  readonly offset: number;
  readonly length: number;
}

/** Argument JSON values in label order (numbers, or arrays of numbers lexicographically). */
function compareArgs(a: unknown, b: unknown): number {
  const x = ([] as number[]).concat(a as number | number[]);
  const y = ([] as number[]).concat(b as number | number[]);
  for (let t = 0; t < Math.min(x.length, y.length); t++) if (x[t] !== y[t]) return x[t] - y[t];
  return x.length - y.length;
}

/** Re-checks one line's certificate exactly on W; `InputError` naming the shard, line and argument when it fails. */
function checkLine<A>(spec: ScaleQuestion<A>, W: DenseMatrix, where: string, arg: A, verdict: boolean, certificate: unknown): void {
  const c = certificate as ScaleCertificate;
  const ok = asInputError(where, () => (c?.kind === 'witness') === verdict && checkScaleCertificate(W, spec.question.system(arg, W.k), c));
  if (!ok) throw new InputError(`${where}: the certificate of ${spec.key} ${JSON.stringify(spec.toJSON(arg))} (${spec.verdict}: ${verdict}) fails its exact check against the matrix`);
}

async function action(ctx: CommandContext, outPath: string, shards: string[], o: MergeOptions): Promise<void> {
  const { io } = ctx;
  if (o.check && o.matrix === undefined) throw new InputError('--check needs --matrix FILE (the model the shards were computed on)');
  const W = o.matrix === undefined ? null : loadDenseInput(o.matrix, denseInputOptions(o));
  let first = null as ShardHeader | null;
  let spec = null as ScaleQuestion<unknown> | null;
  const setFirst = (header: ShardHeader) => {
    first = header;
    spec = SCALE_QUESTIONS.find((q) => q.question.name === header.cosineVerify)!;
    const fingerprint = W === null ? null : shardHeader(header.cosineVerify, W, header.range, header.version).fingerprint;
    if (fingerprint !== null && fingerprint !== header.fingerprint) {
      throw new InputError(`--matrix ${o.matrix}: another model than the shards (fingerprint ${fingerprint.slice(0, 19)}…, the shards ${header.fingerprint.slice(0, 19)}…; same --bias?)`);
    }
  };
  const kept = new Map<string, Kept>();
  let duplicates = 0;
  for (let s = 0; s < shards.length; s++) {
    const path = shards[s];
    const names = first === null ? SCALE_QUESTIONS.map((q) => q.question.name) : [first.cosineVerify];
    const read = await readShard(path, names, ({ record, line, offset, length }) => {
      const where = `${path}: line ${line}`;
      const arg = asInputError(where, () => spec!.fromJSON(record[spec!.key], first!.k));
      const verdict = record[spec!.verdict];
      if (typeof verdict !== 'boolean') throw new InputError(`${where}: "${spec!.verdict}" is not true or false`);
      const key = JSON.stringify(spec!.toJSON(arg));
      const before = kept.get(key);
      if (before !== undefined) {
        if (before.verdict !== verdict) {
          throw new InputError(`${spec!.key} ${key} is decided twice with different verdicts: ${spec!.verdict} ${before.verdict} in ${shards[before.shard]} line ${before.line}, ${verdict} in ${where}`);
        }
        duplicates++;
        return;
      }
      if (o.check && W !== null) checkLine(spec!, W, where, arg, verdict, record.certificate);
      kept.set(key, { arg: spec!.toJSON(arg), verdict, shard: s, line, offset, length });
    }, (header) => (first === null ? setFirst(header) : assertSameModel(path, header, first, false)));
    if (read.header === null) throw new InputError(`${path}: empty file, not a shard`);
    if (read.truncated) io.stderr.write(`${path}: its last line was cut short (a killed run); dropped\n`);
  }
  const h: ShardHeader = first!;
  const q: ScaleQuestion<unknown> = spec!;
  const all = [...kept.values()].sort((a, b) => compareArgs(a.arg, b.arg));
  const f = openAtomicFile(outPath, 'merge OUT');
  const fds = shards.map((p) => openSync(p, 'r'));
  try {
    f.write(JSON.stringify({ ...h, version: packageVersion(), range: `0:${h.k}` }) + '\n');
    for (const r of all) {
      const buf = Buffer.alloc(r.length);
      readSync(fds[r.shard], buf, 0, r.length, r.offset);
      f.write(buf.toString('utf8'));
    }
    f.commit();
  } catch (e) {
    f.discard();
    throw e;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  const expected = q.argumentsOf({ from: 0, to: h.k }).map((a) => JSON.stringify(q.toJSON(a)));
  const missing = expected.filter((key) => !kept.has(key)).map((key) => JSON.parse(key) as number);
  const yes = all.filter((r) => r.verdict).length;
  const lines = [
    `merged ${shards.length} shard${shards.length === 1 ? '' : 's'} of ${h.cosineVerify} (${h.k} × ${h.d} ${h.dtype}${h.bias ? ', with bias' : ''}, ${h.fingerprint.slice(0, 19)}…) → ${outPath}`,
    `decided: ${groupDigits(all.length)} of ${groupDigits(expected.length)} ${q.units} (${groupDigits(yes)} ${q.verdict}, ${groupDigits(all.length - yes)} not ${q.verdict}: ${rangesText(all.filter((r) => !r.verdict).map((r) => r.arg as number))})${duplicates > 0 ? `; ${groupDigits(duplicates)} duplicate lines with equal verdicts kept once` : ''}`,
    `missing: ${missing.length === 0 ? 'none' : `${rangesText(missing)} (${groupDigits(missing.length)} ${q.units})${o.allowGaps ? '' : '; exit code 1 (--allow-gaps: 0)'}`}`,
    o.check
      ? `certificates: all ${groupDigits(all.length)} re-checked exactly against ${o.matrix}`
      : 'certificates: not re-checked (merge trusts the shards; --check --matrix FILE re-checks each exactly)',
  ];
  for (const l of lines) io.stderr.write(l + '\n');
  ctx.exitCode = missing.length > 0 && !o.allowGaps ? 1 : 0;
}

/** The `merge` command. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  register(program: Command, ctx: CommandContext) {
    const cmd = program
      .command('merge')
      .description('join the JSONL shards of argmax (--range a:b --jsonl SHARD) into one file, checking they come from the same model')
      .argument('<out>', 'the merged JSONL file (written atomically: header, then the lines sorted by label)')
      .argument('<shards...>', 'JSONL files written by argmax --jsonl')
      .option('--allow-gaps', 'exit 0 even when labels are missing')
      .option('--check', 're-check every certificate exactly against --matrix (a witness costs O(k·d) exact operations)')
      .option('--matrix <file>', 'the model the shards were computed on (its fingerprint must match theirs)');
    addDenseOptions(cmd, '--matrix')
      .addHelpText(
        'after',
        [
          '',
          'Refused with one line (exit 2): a file that is not a shard, shards of different models (fingerprints) or questions,',
          '  a label decided twice with different verdicts (equal duplicates are kept once), with --check a certificate that fails.',
          'Reported on stderr: the labels decided and the MISSING labels as ranges a:b (labels a … b−1).',
          'Exit code 0 when every label 0 … k−1 is decided (or with --allow-gaps), 1 when labels are missing, 2 on bad input.',
        ].join('\n'),
      )
      .action((out: string, shards: string[], o: MergeOptions) => action(ctx, out, shards, o));
  },
};
