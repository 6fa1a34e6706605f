/**
 * When `decide` and `analyze` take the vocabulary-scale path (`lp/scale/`, issue 10) instead
 * of the exact engine, and how they load W for it.
 *
 * The scale path reads W (k × d, rows are labels) from a float tensor file (.npy, .npz,
 * safetensors, TF.js; float16 / bfloat16 / float32 / float64) as ONE dense float array
 * (`loadDenseMatrix`; every entry is the exact dyadic rational its bits denote), and
 * decides argmax / tie / top questions with streamed, certified answers and sparse
 * certificates. It is taken when `--scale` is given, or (without `--no-scale`) when the
 * exact objects of W would not fit the memory allowed (`--max-memory`), or when W has more
 * than `SCALE_MIN_ENTRIES` entries, where it is the faster path.
 */
import { freemem, totalmem } from 'node:os';
import { denseRow, loadDenseMatrix, type DenseMatrix } from '../../dense/dense-matrix.ts';
import { fileFormat } from '../../io/tensor-file.ts';
import type { LogitSystem } from '../../../lp/queries/logit-system.ts';
import { groupDigits } from '../budget.ts';
import { InputError, asInputError } from '../input-error.ts';
import { EXACT_BYTES_PER_ENTRY, EXAMPLES_PREFIX, exactMemoryLimit, formatBytes, probeModelShape, type ModelOptions, type ModelShape } from '../model-input.ts';

/**
 * Above this many entries (k·d) of a float tensor file the scale path is the default. Measured
 * (one `argmax` decision, loading included, on 2 cores shared with other work, so noisy):
 * 500 × 8 (4 000 entries): exact 0.23 s, scale 0.12 s (js kernel) – 0.41 s (onnxruntime's
 * start-up); 2 000 × 3 (6 000): exact 0.73 s, scale 0.07 – 0.33 s; 2 000 × 64 (128 000):
 * exact 1.7 – 3.3 s, scale 0.2 – 0.4 s. Below it the exact engine is as fast and prints the
 * whole exact system.
 */
export const SCALE_MIN_ENTRIES = 5000;

/** The tensor dtypes the scale path reads (float values of one precision). */
const FLOAT_DTYPES = new Set(['F16', 'BF16', 'F32', 'F64']);

/** Why a command takes the scale path, with the shape read from the file's header. */
export interface ScaleChoice {
  readonly shape: ModelShape;
  /** A phrase for the model line (`--scale`, `W is too large for exact objects (…)`, …). */
  readonly reason: string;
  /** True when the exact objects of W would not fit the memory allowed (the exact engine cannot run at all). */
  readonly tooLarge: boolean;
}

/**
 * The scale path's choice for `file` (see the module doc): null for the exact engine.
 * `scale` is `--scale` (true) / `--no-scale` (false) / neither (undefined). Throws
 * `InputError` when `--scale` is given for a file the scale path cannot read (a shipped
 * example, JSON / CSV text, an integer or quantized tensor), and what `probeModelShape` throws.
 *
 * @example
 * scaleChoice('examples:C.2', {}, undefined) // => null
 * scaleChoice('W50257x768.npy', {}, undefined)?.tooLarge // => true (about 9.7 GB of exact objects)
 */
export function scaleChoice(file: string, o: ModelOptions, scale: boolean | undefined): ScaleChoice | null {
  const refuse = (why: string): null => {
    if (scale === true) throw new InputError(`--scale: ${file}: ${why}; the scale path reads float tensor files (.npy, .npz, safetensors, TF.js)`);
    return null;
  };
  if (file.startsWith(EXAMPLES_PREFIX)) return refuse('a shipped example matrix (exact rationals)');
  const shape = probeModelShape(file, o.tensor);
  if (shape.tensor === undefined) return refuse(`a ${shape.format.toUpperCase()} text matrix`);
  if (!FLOAT_DTYPES.has(shape.tensor.dtype) || shape.tensor.quantization !== undefined) return refuse(`a ${shape.tensor.dtype} tensor, not float values`);
  if (scale === false) return null;
  const need = shape.entries * EXACT_BYTES_PER_ENTRY;
  const limit = o.memoryBytes ?? exactMemoryLimit();
  const tooLarge = need > limit;
  const size = `${groupDigits(shape.k)} × ${groupDigits(shape.d)}`;
  if (tooLarge) return { shape, tooLarge, reason: `W is too large for exact objects (${size}: about ${formatBytes(need)} needed, ${formatBytes(limit)} allowed by --max-memory)` };
  if (scale === true) return { shape, tooLarge, reason: '--scale' };
  if (shape.entries > SCALE_MIN_ENTRIES) return { shape, tooLarge, reason: `k·d = ${groupDigits(shape.entries)} entries, above ${groupDigits(SCALE_MIN_ENTRIES)} (--no-scale: the exact engine)` };
  return null;
}

/** Bytes one entry of the dense array takes while it is read: the file's bytes plus the float array (float16 widened to float32). */
function denseBytes(shape: ModelShape): number {
  const dtype = shape.tensor?.dtype;
  return shape.entries * (dtype === 'F64' ? 16 : dtype === 'F32' ? 8 : 6);
}

/**
 * The memory the dense array may use: `--max-memory` when given (its MB cover the dense
 * array too), else the free memory of the machine plus half of the rest (`os.freemem`,
 * `os.totalmem`; NOT exact: the machine's memory changes under other work).
 */
function denseMemoryLimit(o: ModelOptions): number {
  return o.memoryBytes ?? freemem() + (totalmem() - freemem()) / 2;
}

/**
 * W (and the bias of `--bias` / `--bias-tensor`) as a `DenseMatrix` for the scale path.
 * Throws `InputError` — one line — when the dense array would not fit in memory (naming
 * both figures), when the bias is a JSON / CSV file (the scale path reads float tensors),
 * and what `loadDenseMatrix` throws (naming the path).
 */
export function loadScaleMatrix(file: string, o: ModelOptions, shape: ModelShape): DenseMatrix {
  const need = denseBytes(shape);
  const limit = denseMemoryLimit(o);
  if (need > limit) {
    throw new InputError(
      `${file}: W is ${groupDigits(shape.k)} × ${groupDigits(shape.d)} (${groupDigits(shape.entries)} entries): even as one float array it needs about ${formatBytes(need)} while it is read, ` +
        `more than the ${formatBytes(limit)} allowed (--max-memory; by default the free memory); split W into shards of rows`,
    );
  }
  const biasPath = o.bias ?? (o.biasTensor !== undefined ? file : undefined);
  if (biasPath !== undefined) {
    const format = asInputError(biasPath, () => fileFormat(biasPath)).format;
    if (format === 'json' || format === 'csv') throw new InputError(`${biasPath}: the scale path reads the bias from a float tensor file (.npy, .npz, safetensors), not ${format.toUpperCase()} text; or use --no-scale`);
  }
  return asInputError(file, () => loadDenseMatrix(file, { tensor: o.tensor, biasPath, biasTensor: o.biasTensor }));
}

/**
 * Row i of a dense W as the exact rationals its floats denote, by `rationalOf` (e.g.
 * `rationalFromFloat64`): float32 and float16 values are float64 values exactly.
 */
export function denseExactRow<T>(W: DenseMatrix, i: number, rationalOf: (x: number) => T): T[] {
  return Array.from(denseRow(W, i), rationalOf);
}

/** The `--kernel` choice; `InputError` for another word. */
export function kernelOption(text: string | undefined): 'auto' | 'js' | 'onnxruntime' {
  const k = text ?? 'auto';
  if (k === 'auto' || k === 'js' || k === 'onnxruntime') return k;
  throw new InputError(`--kernel must be auto, js or onnxruntime, got ${JSON.stringify(text)}`);
}

/**
 * Throws `InputError` (one line, naming `what`, e.g. `--tie 1,2`) for a system the scale
 * path cannot take: more than one equation (`assertScaleSystem` of `lp/scale/`; no question
 * of the registry has more today).
 *
 * @example
 * assertScaleQuestion({ strict: [], equal: [difference(0, 1), difference(1, 2)] }, '--chain 0,1,2') // throws InputError
 */
export function assertScaleQuestion(s: LogitSystem, what: string): void {
  if (s.equal.length > 1) throw new InputError(`${what}: the scale path decides systems with at most one equation, this one has ${s.equal.length}; use --no-scale for the exact engine`);
}
