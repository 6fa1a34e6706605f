/**
 * The model a command works on: an unembedding W (k × d, rows are labels) from a file
 * (JSON / CSV / .npy / .npz / safetensors / TF.js, `src/io/matrix-file.ts`; a container's
 * tensor by `--tensor NAME`) or from the shipped worked examples (`examples:C.2`,
 * `examples:H.1/W2`, `examples:H.2/A`), an optional bias vector b (one entry per label;
 * `--bias FILE`, or `--bias-tensor NAME` from the model's own container or from the
 * `--bias` file), both exact and in ONE field (Q or Q(√n)), and optional label names
 * (`--labels`). Every bad input is an `InputError` naming the file, row and column.
 *
 * Before any exact object is made, the size of W is read from the file's header (or
 * estimated from a text file's size) and compared with the memory the exact objects may
 * use (`exactMemoryLimit`): a matrix too large gets one `ModelTooLargeError` line
 * (`analyze` then falls back to the dense path of `analyze/dense-model.ts`).
 */
import { getHeapStatistics } from 'node:v8';
import type { OrderedField } from '../field/ordered-field.ts';
import { embedRational, type Rational } from '../field/rational.ts';
import { fieldKind } from '../field/field-kind.ts';
import type { Quadratic } from '../field/quadratic.ts';
import { parseEntryVector, type AnyField, type AnyFieldMatrix, type AnyFieldVector } from '../field/entry-matrix.ts';
import { loadMatrixFile, readVectorEntries } from '../io/matrix-file.ts';
import { binaryFormat, chooseTensor, fileFormat, defaultLabelAxis, listTensorsIn, type FileFormat } from '../io/tensor-file.ts';
import { readFileHead } from '../io/file-bytes.ts';
import { findTensor, tensorWhere, unembeddingShape, type TensorInfo } from '../io/tensor.ts';
import { listExampleMatrices } from '../examples/examples.ts';
import { InputError, asInputError } from './input-error.ts';
import { labelsOption } from './labels.ts';
import { groupDigits } from './budget.ts';
import type { Model } from '../models/model.ts';

/** A model read from the command line: a `Model` (W k × d, optional bias b of k entries, over F) and where W came from. */
export interface LoadedModel<T> extends Model<T> {
  /** Where W came from (a path or `examples:KEY/NAME`), for messages. */
  readonly source: string;
  /** The tensor W was read from, for containers (`tensor "unknown_43" F32 [3, 3, 256, 7]`); absent otherwise. */
  readonly tensor?: string;
  /** Where the bias came from (`b.json`, `tensor "unknown_44"`), when there is one. */
  readonly biasSource?: string;
  readonly W: T[][];
  readonly bias?: T[];
  readonly labels?: readonly string[];
}

/** The model options every command that reads a model takes. */
export interface ModelOptions {
  /** `--bias FILE`. */
  readonly bias?: string;
  /** `--tensor NAME`: the tensor of W in a container. */
  readonly tensor?: string;
  /** `--bias-tensor NAME`: the bias tensor, in the `--bias` file or else in the model's file. */
  readonly biasTensor?: string;
  /** `--labels a,b,…` or `--labels FILE`. */
  readonly labels?: string;
  /** Fewer rows are refused (default 2). */
  readonly minLabels?: number;
  /** Bytes the exact objects of W may use (default `exactMemoryLimit()`). */
  readonly memoryBytes?: number;
}

/**
 * Bytes one entry of W costs as an exact object while it is read (JS number, fraction.js
 * rational with bigint numerator and denominator, row arrays): about 120–160 bytes per
 * entry once read (measured on float32 .npy files of 2 000 × 3 and 2 000 × 64), more at the
 * peak of the read; 250 is the planning figure. NOT exact: an estimate.
 */
export const EXACT_BYTES_PER_ENTRY = 250;

/** The default memory for exact objects: half of V8's heap limit (the rest for the work on them). */
export function exactMemoryLimit(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 2);
}

/** The shape of W read from a file's header (tensor files) or estimated from its size (text). */
export interface ModelShape {
  readonly format: FileFormat;
  /** Labels and dimension; for text files estimated (`estimated: true`). */
  readonly k: number;
  readonly d: number;
  readonly entries: number;
  readonly estimated: boolean;
  /** The tensor of W in a container (a `.npy` file's one array has name `''`). */
  readonly tensor?: TensorInfo;
}

/** Average bytes of one entry of a text matrix file, for the size estimate (`0.123456,`: 8+). */
const TEXT_BYTES_PER_ENTRY = 8;

/** Text files up to this size are decoded to recognise their format (TF.js manifest, JSON, CSV). */
const TEXT_DECODE_BYTES = 64 * 1024 * 1024;

/** Bytes read to recognise a binary format. */
const HEAD_BYTES = 16;

/**
 * The shape of W in the file `path` (tensor `tensor`, or the container's one 2-D float
 * tensor) from its header, without reading its values; for a JSON / CSV text file the
 * number of entries estimated from the file size (`estimated`, k = d = 0), without
 * decoding it. Throws what the readers throw (naming the path) as `InputError`.
 */
export function probeModelShape(path: string, tensor?: string): ModelShape {
  const { bytes: head, size } = asInputError(path, () => readFileHead(path, HEAD_BYTES));
  const binary = asInputError(path, () => binaryFormat(path, head, size));
  // A text file is decoded only when small (a TF.js manifest is text too); a large one is estimated.
  const format = binary ?? (size <= TEXT_DECODE_BYTES ? asInputError(path, () => fileFormat(path)).format : 'csv');
  if (format === 'json' || format === 'csv') return { format, k: 0, d: 0, entries: Math.ceil(size / TEXT_BYTES_PER_ENTRY), estimated: true };
  const infos = asInputError(path, () => listTensorsIn(path, format));
  const name = tensor ?? (format === 'npy' ? '' : asInputError(path, () => chooseTensor(path, infos, 'matrix', '--tensor')));
  const info = asInputError(path, () => findTensor(infos, name, path));
  const { k, d } = asInputError(path, () => unembeddingShape(info.shape, defaultLabelAxis(format), tensorWhere({ file: path, name })));
  return { format, k, d, entries: k * d, estimated: false, tensor: info };
}

/** A matrix whose exact objects would not fit in the memory allowed (one line; exit code 2 where it ends a command). */
export class ModelTooLargeError extends InputError {
  constructor(
    message: string,
    readonly shape: ModelShape,
  ) {
    super(message);
  }
}

/** "about 9.7 GB" for a byte count (decimal units). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 || u === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`;
}

/**
 * Throws `ModelTooLargeError` when the exact objects of a W of this shape would need more
 * than `limit` bytes (`EXACT_BYTES_PER_ENTRY` per entry), naming the shape, both figures and
 * what to do instead.
 */
function assertFitsMemory(path: string, shape: ModelShape, limit: number): void {
  const need = shape.entries * EXACT_BYTES_PER_ENTRY;
  if (need <= limit) return;
  const what = shape.estimated
    ? `about ${groupDigits(shape.entries)} entries (estimated from the file size)`
    : `W is ${groupDigits(shape.k)} × ${groupDigits(shape.d)} (${groupDigits(shape.entries)} entries)`;
  throw new ModelTooLargeError(
    `${path}: ${what}: as exact objects they need about ${formatBytes(need)}, more than the ${formatBytes(limit)} allowed ` +
      `(--max-memory; half of the heap limit by default); ${shape.estimated ? 'save W as .npy or safetensors (read as a dense tensor) and ' : ''}` +
      'use `analyze` (it reads large tensors densely and skips, with the reason, what needs exact objects)',
    shape,
  );
}

/** A tensor for the model line: `tensor "unknown_43" F32 [3, 3, 256, 7]` (a `.npy` file's one array: `array F32 [k, d]`). */
export function describeTensor(t: TensorInfo): string {
  return `${t.name === '' ? 'array' : `tensor ${JSON.stringify(t.name)}`} ${t.dtype} [${t.shape.join(', ')}]`;
}

/** A model over Q or over some Q(√n). */
export type AnyLoadedModel = LoadedModel<Rational> | LoadedModel<Quadratic>;

/** Runs generic code on a loaded model, whatever its field. */
export function withModel<R>(m: AnyLoadedModel, f: <T>(model: LoadedModel<T>) => R): R {
  return f(m as LoadedModel<unknown>);
}

/** Prefix of a matrix taken from the shipped worked examples (`src/examples/`). */
export const EXAMPLES_PREFIX = 'examples:';

/**
 * Every matrix of the shipped examples as a spec for the CLI, in file order:
 * `examples:C.1`, `examples:C.2`, `examples:C.3`, `examples:H.1/W1`, `examples:H.1/W2`,
 * `examples:H.2/A`, `examples:H.2/B` (`listExampleMatrices` of `src/examples/examples.ts`).
 */
export function exampleMatrixSpecs(): string[] {
  return listExampleMatrices().map((m) => EXAMPLES_PREFIX + m.name);
}

/** The matrix of `examples:NAME`; `InputError` listing the known names otherwise (and for `examples:H.1` without `/W1`). */
function exampleMatrix(spec: string): AnyFieldMatrix {
  const name = spec.slice(EXAMPLES_PREFIX.length);
  const all = listExampleMatrices();
  const hit = all.find((m) => m.name === name);
  if (hit) return hit.matrix;
  const parts = all.filter((m) => m.name.startsWith(name + '/')).map((m) => EXAMPLES_PREFIX + m.name);
  if (parts.length > 0) throw new InputError(`${spec} has ${parts.length} matrices: name one of ${parts.join(', ')}`);
  throw new InputError(`unknown example ${JSON.stringify(spec)}; known: ${exampleMatrixSpecs().join(', ')}`);
}

/** W over Q read into the field F ⊇ Q (entry by entry, exactly). */
function liftRationalMatrix<T>(F: OrderedField<T>, W: readonly (readonly Rational[])[]): T[][] {
  return W.map((row) => row.map((x) => embedRational(F, x)));
}

/**
 * Loads W from `spec` (a matrix or tensor file, or `examples:NAME`; `opts.tensor` names a
 * container's tensor) and, when `opts.bias` or `opts.biasTensor` is given, a bias vector
 * with one entry per label, both in one field: the smallest field holding every entry of W
 * and b; and the label names of `opts.labels`. Throws `InputError` (naming the file, row and
 * column) for every bad input listed in `src/io/matrix-file.ts`, for fewer than
 * `minLabels` rows (default 2: k ≥ 2), for a bias of the wrong length, for W and b needing
 * two different square roots and for bad label names; `ModelTooLargeError` when the exact
 * objects of W would need more than `opts.memoryBytes` (before reading any value).
 */
export function loadModel(spec: string, opts: ModelOptions = {}): AnyLoadedModel {
  const minLabels = opts.minLabels ?? 2;
  let m: AnyFieldMatrix;
  let tensor: string | undefined;
  if (spec.startsWith(EXAMPLES_PREFIX)) {
    if (opts.tensor !== undefined) throw new InputError(`--tensor ${opts.tensor}: ${spec} is a shipped example matrix, not a tensor file`);
    m = exampleMatrix(spec);
  } else {
    const shape = probeModelShape(spec, opts.tensor);
    assertFitsMemory(spec, shape, opts.memoryBytes ?? exactMemoryLimit());
    tensor = shape.tensor === undefined ? undefined : describeTensor(shape.tensor);
    m = asInputError(spec, () => loadMatrixFile(spec, { tensor: shape.tensor?.name }));
  }
  const k = m.W.length;
  if (k < minLabels) {
    throw new InputError(`${spec}: W has ${k} row${k === 1 ? '' : 's'} (labels); at least ${minLabels} labels are needed`);
  }
  const labels = opts.labels === undefined ? undefined : labelsOption(opts.labels, k);
  const base = { source: spec, ...(tensor === undefined ? {} : { tensor }), ...(labels === undefined ? {} : { labels }) };
  if (opts.bias === undefined && opts.biasTensor === undefined) return { ...base, F: m.F, W: m.W } as AnyLoadedModel;
  const { b, F, W, biasSource } = loadBias(spec, m, opts);
  return { ...base, F, W, bias: b, biasSource } as AnyLoadedModel;
}

/** The bias of `--bias FILE` / `--bias-tensor NAME` for W (k rows), and W and b in one field. */
function loadBias(spec: string, m: AnyFieldMatrix, opts: ModelOptions): { b: unknown[]; F: AnyField; W: unknown[][]; biasSource: string } {
  const k = m.W.length;
  const biasPath = opts.bias ?? spec;
  if (biasPath.startsWith(EXAMPLES_PREFIX)) throw new InputError(`--bias-tensor ${opts.biasTensor}: ${spec} is a shipped example matrix; give the bias file with --bias FILE`);
  const raw = asInputError(biasPath, () => readVectorEntries(biasPath, { tensor: opts.biasTensor }));
  // The smallest field of the bias alone; then W and b in the larger of the two fields.
  const own = asInputError(biasPath, () => parseEntryVector(raw.entries, raw.where, raw.numbers));
  let b: AnyFieldVector = own;
  if ((own.F as unknown) !== m.F) {
    if (fieldKind(own.F as OrderedField<unknown>) === 'Q') {
      const field = m.F as AnyField;
      b = asInputError(biasPath, () => parseEntryVector(raw.entries, raw.where, { numbers: raw.numbers, field }));
    } else if (fieldKind(m.F as OrderedField<unknown>) === 'Q') {
      m = { F: own.F, W: liftRationalMatrix(own.F as OrderedField<unknown>, m.W as Rational[][]) } as AnyFieldMatrix;
    } else {
      throw new InputError(`${biasPath}: the bias lies in ${own.F.name} but W (${spec}) lies in ${m.F.name}; one model needs one field`);
    }
  }
  if (b.v.length !== k) {
    throw new InputError(`${raw.where}: the bias has ${b.v.length} entries but W has ${k} rows (one bias entry per label)`);
  }
  const biasSource = raw.where.startsWith(spec + ':') ? raw.where.slice(spec.length + 2) : raw.where;
  return { b: b.v, F: m.F as AnyField, W: m.W as unknown[][], biasSource };
}

/**
 * Throws `InputError` naming the first zero row of W (as `row i`) — for computations that
 * need a cosine (Def. 5.2: the cosine of a zero vector is undefined). `what` says why.
 */
export function assertNonZeroRows<T>(F: OrderedField<T>, W: readonly (readonly T[])[], source: string, what: string): void {
  const i = W.findIndex((row) => row.every((x) => F.isZero(x)));
  if (i >= 0) throw new InputError(`${source}: row ${i} is zero, so ${what} is undefined (the cosine of a zero vector)`, { row: i });
}
