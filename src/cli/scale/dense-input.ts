/**
 * The unembedding of a scale command, read as one float array (`loadDenseMatrix`), after
 * a check from the file's header alone that it fits in memory: the scale path holds the
 * matrix once as floats (float16 / bfloat16 widened to float32) plus about half as much
 * again (shared copies for the kernels, blocks of products), so it needs about 1.5 × the
 * float bytes. A larger matrix is refused with one line naming its size, not a crash.
 */
import { freemem } from 'node:os';
import type { Command } from 'commander';
import { loadDenseMatrix, type DenseMatrix } from '../../dense/dense-matrix.ts';
import { chooseTensor, fileFormat, listTensorsIn } from '../../io/tensor-file.ts';
import { shapeSize } from '../../io/tensor.ts';
import { InputError, asInputError } from '../input-error.ts';
import { parsePositiveInt } from '../options.ts';

/** Where W and its bias are, and the memory allowed (bytes; default: the system's available memory). */
export interface DenseInputOptions {
  readonly tensor?: string;
  readonly bias?: string;
  readonly biasTensor?: string;
  readonly memoryBytes?: number;
}

/** The memory the scale path needs per byte of the matrix as floats. */
export const SCALE_MEMORY_FACTOR = 1.5;

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(bytes < 1e8 ? 3 : 1)} GB`;

/**
 * W (k × d) and its bias from a tensor file (see the module doc). Throws `InputError`
 * (one line naming the file) for an unreadable file, a missing tensor, or a matrix that
 * needs more than `opts.memoryBytes` (default `os.freemem()`, the available memory).
 * @example loadDenseInput('W.npy', { bias: 'b.npy' }).k
 */
export function loadDenseInput(file: string, opts: DenseInputOptions = {}): DenseMatrix {
  const { format } = asInputError(file, () => fileFormat(file));
  const infos = asInputError(file, () => listTensorsIn(file, format));
  const name = opts.tensor ?? (format === 'npy' ? '' : asInputError(file, () => chooseTensor(file, infos, 'matrix', '--tensor')));
  const info = infos.find((t) => t.name === name);
  if (info !== undefined) {
    const floats = asInputError(file, () => shapeSize(info.shape, file)) * (info.dtype === 'F64' ? 8 : 4);
    const limit = opts.memoryBytes ?? freemem();
    if (floats * SCALE_MEMORY_FACTOR > limit) {
      throw new InputError(
        `${file}: W is ${info.shape.join(' × ')} ${info.dtype} (${gb(floats)} as floats); the scale path needs about ${SCALE_MEMORY_FACTOR} × that, ${gb(floats * SCALE_MEMORY_FACTOR)}, ` +
          `more than the ${gb(limit)} ${opts.memoryBytes === undefined ? 'of memory available' : 'of --max-memory'}; run it on a machine with more memory (--max-memory MB overrides the check)`,
      );
    }
  }
  return asInputError(file, () => loadDenseMatrix(file, { tensor: opts.tensor, biasPath: opts.bias, biasTensor: opts.biasTensor }));
}

/** The raw values of the options of `addDenseOptions`, as commander parses them. */
export interface DenseCliOptions {
  tensor?: string;
  bias?: string;
  biasTensor?: string;
  maxMemory?: string;
}

/**
 * Adds `--tensor`, `--bias`, `--bias-tensor` and `--max-memory` (where W and its bias are in
 * `what`, e.g. "the model file" or "--matrix") to a scale command.
 * @example addDenseOptions(program.command('argmax'), 'the model file')
 */
export function addDenseOptions(cmd: Command, what: string): Command {
  return cmd
    .option('--tensor <name>', `the tensor of W in ${what} (a container: .npz, safetensors, TF.js)`)
    .option('--bias <file>', 'bias vector (one entry per label): the affine model Wx + b')
    .option('--bias-tensor <name>', `the bias tensor, in the --bias file or else in ${what} itself`)
    .option('--max-memory <MB>', `memory W may use (default: the available memory); the scale path needs about ${SCALE_MEMORY_FACTOR} × W as floats`);
}

/**
 * `DenseInputOptions` from the parsed options; `InputError` for a bad `--max-memory`.
 * @example denseInputOptions({ bias: 'b.npy', maxMemory: '800' }).memoryBytes // 8e8
 */
export function denseInputOptions(o: DenseCliOptions): DenseInputOptions {
  return { tensor: o.tensor, bias: o.bias, biasTensor: o.biasTensor, ...(o.maxMemory === undefined ? {} : { memoryBytes: parsePositiveInt(o.maxMemory, '--max-memory') * 1e6 }) };
}
