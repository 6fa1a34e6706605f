/**
 * `cosine-verify argmax FILE [--range a:b | --range i,j,…] [--jsonl OUT] [--budget S]
 * [--kernel auto|js|onnxruntime] [--threads n] [--bias FILE | --bias-tensor N] [--labels …]`:
 * for every label (or a shard of labels) of a vocabulary-sized unembedding W (k × d, rows
 * are labels, read as floats, each float the exact rational it denotes), whether it can be
 * the top label (argmaxable), each answer with a sparse certificate checked exactly — the
 * registry's argmax question (`lp/queries/argmax.ts`) on the scale path (`lp/scale/`,
 * docs/scale.md) through `runAtScale`.
 */
import type { Command } from 'commander';
import type { CliCommand, CommandContext } from '../command.ts';
import { addDenseOptions } from '../scale/dense-input.ts';
import { runAtScale } from '../scale/run-at-scale.ts';
import { argmaxAtScale } from '../scale/scale-question.ts';

/** The `argmax` command. */
export const argmaxCommand: CliCommand = {
  name: 'argmax',
  register(program: Command, ctx: CommandContext) {
    const cmd = program
      .command('argmax')
      .description('whether every label of a vocabulary-sized W can be the top label, each answer certified (the scale path: no exact objects of W)')
      .argument('<file>', 'W as .npy, .npz, safetensors or TF.js (float64 / float32 / float16 / bfloat16)');
    addDenseOptions(cmd, 'the model file')
      .option('--labels <names|file>', 'label names (a comma-separated list or a vocabulary file): each line gets "name"')
      .option('--range <a:b|i,j,…>', 'decide labels a … b−1 only (a shard), or the listed labels (default: all)')
      .option('--jsonl <out>', 'write the lines to OUT (header line first); an existing OUT of the same model and range is resumed')
      .option('--budget <seconds>', 'stop after this many seconds (0: no limit; the default), keeping what was decided')
      .option('--kernel <kernel>', 'matrix kernel: auto (onnxruntime-node when it loads, else js), js or onnxruntime', 'auto')
      .option('--threads <n>', 'threads of the matrix kernel (default: the cores)')
      .option('--json', 'also print the summary as one JSON line {"summary": …} on stdout, after the lines')
      .addHelpText(
        'after',
        [
          '',
          'Output: a header line {"cosineVerify":"argmax","version","fingerprint","k","d","dtype","bias","range"}, then one line per label',
          '  {"label", "name"?, "argmaxable", "certificate"} in the order decided: a witness {"kind":"witness","x":[…],"t"?}',
          '  (exact strings "p/q"; label i is the unique top of W x + b t) or {"kind":"infeasible","rows":[j…],"y":[…],"yT"?}',
          '  with y ≥ 0 and Σ y_r (w_i − w_{j_r}) = 0 (with a bias also Σ y_r (b_i − b_{j_r}) + yT = 0): label i is never the top.',
          'The fingerprint is the SHA-256 of W (shape, dtype, bytes) and its bias: merge checks that shards agree on it.',
          'Resume: with an existing --jsonl OUT of the same model and --range, labels already in it are skipped and the rest',
          '  appended (a last line cut short by a killed run is dropped and redone). Each line is written as it is decided.',
          'Summary on stderr: decided, argmaxable, not argmaxable (with names), not decided (budget / Ctrl-C), seconds, kernel, LPs.',
          'Exit code 0 when every asked label is decided, 1 when the budget stopped it first, 130 on Ctrl-C, 2 on bad input',
          '  (also a W too large for memory, or an OUT of another model or range). Shards: cosine-verify merge OUT SHARD…',
        ].join('\n'),
      )
      .action((file: string, o) => runAtScale(ctx, argmaxAtScale, file, o));
  },
};
