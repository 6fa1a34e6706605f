/**
 * The options of every command that reads a model (`analyze`, `decide`): `--bias FILE`,
 * `--tensor NAME`, `--bias-tensor NAME`, `--labels a,b,…|FILE`, `--max-memory MB` and
 * `--list-tensors`, registered once here and turned into `ModelOptions` for `loadModel`.
 */
import type { Command } from 'commander';
import { listTensors } from '../io/tensor-file.ts';
import { asInputError } from './input-error.ts';
import { EXAMPLES_PREFIX, type ModelOptions } from './model-input.ts';
import { InputError } from './input-error.ts';
import { parsePositiveInt } from './options.ts';
import { formatTable } from './table.ts';
import type { CliIO } from './io.ts';
import { writeLines } from './io.ts';

/** The raw values of the model options as commander parses them. */
export interface ModelCliOptions {
  bias?: string;
  tensor?: string;
  biasTensor?: string;
  labels?: string;
  maxMemory?: string;
  listTensors?: boolean;
}

/** Adds the model options to a command (see the module doc). */
export function addModelOptions(cmd: Command): Command {
  return cmd
    .option('--tensor <name>', 'the tensor of W in a container (safetensors name, .npz key, TF.js weight name; see --list-tensors)')
    .option('--bias <file>', 'bias vector (one entry per label): the affine model Wx + b')
    .option('--bias-tensor <name>', 'the bias tensor, in the --bias file or else in the model file itself')
    .option('--labels <names|file>', 'label names, one per row of W: a comma-separated list or a vocabulary file (JSON list, {name: index}, or one name per line)')
    .option('--max-memory <MB>', 'memory the exact objects of W may use (default: half of the heap limit); a larger W gets one line, not a crash')
    .option('--list-tensors', 'print the name, dtype and shape of every tensor of the file and exit');
}

/** `ModelOptions` from the parsed options. */
export function modelOptions(o: ModelCliOptions): ModelOptions {
  return {
    bias: o.bias,
    tensor: o.tensor,
    biasTensor: o.biasTensor,
    labels: o.labels,
    ...(o.maxMemory === undefined ? {} : { memoryBytes: parsePositiveInt(o.maxMemory, '--max-memory') * 1e6 }),
  };
}

/**
 * Prints the tensors of the container `file` (name, dtype, shape; `.npy`: its one array) as
 * a table. Throws `InputError` for a JSON / CSV matrix or an example (no named tensors) and
 * for an unreadable file.
 */
export function printTensorList(io: CliIO, file: string): void {
  if (file.startsWith(EXAMPLES_PREFIX)) throw new InputError(`--list-tensors: ${file} is a shipped example matrix, not a tensor file`);
  const infos = asInputError(file, () => listTensors(file));
  const rows = infos.map((t) => [t.name === '' ? '(array)' : t.name, t.dtype, `[${t.shape.join(', ')}]`]);
  writeLines(io.stdout, formatTable(['name', 'dtype', 'shape'], rows));
}
