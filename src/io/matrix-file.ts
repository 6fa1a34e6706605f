/**
 * Loading an unembedding matrix W (k × d, rows are labels) or a bias vector (k entries)
 * from a file, EXACTLY, in the field its entries need (Q, or Q(√n) when an entry has sqrt(n)).
 * The format is detected from the content (`tensor-file.ts`), never from the extension alone:
 *
 * - JSON (any text starting with `[` / `{`): an array of rows, or an object `{"W": rows}`;
 *   entries are JSON numbers or exact strings as in `examples.json` (`"19/20"`, `"0.95"`,
 *   `"-5/2*sqrt(2)"`). A JSON number is read from its literal text (`lossless-json`):
 *   as the decimal it spells (0.1 → 1/10, as typed by a person; `1E-5` → 1/100000), so
 *   `9007199254740993` and a 300-digit number stay exact. A bias vector is an array,
 *   `{"b": [...]}`, or a k × 1 / 1 × k matrix.
 * - Delimited text (`delimited-text.ts`): one row per label, cells separated by `,`, `;`,
 *   tabs, or (when no line has those) spaces as numpy's `savetxt` writes; exact strings as
 *   above, exponent notation (`1e-05`, `-2.5E+03`) read as the exact decimal; lines
 *   starting with `#` and empty lines skipped; no header row.
 * - Tensor files: NumPy `.npy` and `.npz`, safetensors, TensorFlow.js manifests
 *   (`model.json` + shards). The tensor is named by `options.tensor` (for a container
 *   without it: the one 2-D float tensor, else an error listing the tensors), read in its
 *   native dtype, turned into W along its label axis (`'last'` for TF.js kernels: [d, k] →
 *   k × d, [h, w, c, k] → k × (h·w·c); `'first'` otherwise), and every value converted
 *   EXACTLY to its dyadic rational (float16 / bfloat16 too), never through decimal text;
 *   quantized TF.js weights as the exact min + scale·q.
 * - Text in UTF-8 (a byte order mark is skipped) or UTF-16; UTF-32 is refused naming it;
 *   PyTorch checkpoints (pickles), HDF5 and GGUF are refused with a conversion hint.
 *
 * Errors: one `RangeError` / `SyntaxError` / `TypeError` whose message starts with the path
 * (and the tensor) and names the row and column where it applies — a missing file or a
 * directory, invalid JSON, ragged rows, an empty matrix, non-numeric entries, NaN or
 * Infinity, two different square roots in one matrix, an unsupported dtype, a truncated
 * file, a missing tensor. Never a wrong matrix.
 */
import { parseEntryMatrix, type AnyField, type AnyFieldMatrix, type NumberReading } from '../field/entry-matrix.ts';
import { formatRational } from '../field/rational.ts';
import { parseDelimitedText } from './delimited-text.ts';
import { parseJsonExact } from './json-text.ts';
import { tensorEntryNumber, tensorEntryRational, tensorWhere, unembeddingTensor, type LabelAxis, type Tensor } from './tensor.ts';
import {
  binaryFormat, chooseTensor, defaultLabelAxis, fileFormat, listTensorsIn, noNamedTensorsError, readTensorIn, textFormat,
  type FileFormat, type TensorFileFormat,
} from './tensor-file.ts';
import { decodeText } from './text.ts';

/** The file formats `readMatrixEntries` understands. */
export type MatrixFileFormat = FileFormat;

/** Which part of a file holds the matrix (or vector). */
export interface MatrixFileOptions {
  /**
   * The tensor's name in a container (safetensors name, `.npz` key, TF.js weight name).
   * Default: the container's one 2-D float tensor (for a vector: its one 1-D float
   * tensor); refused for JSON / CSV files, which hold no named tensors.
   */
  readonly tensor?: string;
  /** The label axis of a tensor (default: `'last'` for TF.js, `'first'` otherwise; see `tensor.ts`). */
  readonly labelAxis?: LabelAxis;
  /** The key of the rows in a JSON object (default `"W"`; `"b"` for a vector). */
  readonly key?: string;
}

/** The raw entries of a matrix file before they are parsed into a field. */
export interface MatrixEntries {
  readonly format: MatrixFileFormat;
  /** Rows of JS numbers or exact strings (not yet validated: `parseEntryMatrix` does that). */
  readonly rows: unknown;
  /** How JS numbers are read: `decimal` (JSON) or `float64` (tensors: the exact dyadic value). */
  readonly numbers: NumberReading;
  /** The path, and the tensor's name for a container: the prefix of error messages. */
  readonly where: string;
}

/**
 * The format of a file: binary formats by their magic bytes, text by its first
 * character (`json`, or `tfjs` for a TF.js manifest), else `csv`. `bytes` is the
 * file's content (its first bytes suffice for a binary format). Throws `TypeError`
 * for a refused format or an encoding that is not read (see `tensor-file.ts`).
 * @example detectFormat('x.dat', new TextEncoder().encode('[[1, 2]]')) === 'json'
 */
export function detectFormat(path: string, bytes: Uint8Array): MatrixFileFormat {
  return binaryFormat(path, bytes, bytes.length) ?? textFormat(path, decodeText(bytes, path));
}

/** The values of a tensor as entries: exact JS numbers (NaN kept for the entry parser to locate), or exact text when quantized. */
function tensorValues(t: Tensor): unknown[] {
  return Array.from({ length: t.data.length }, (_, i) => (t.quantization ? formatRational(tensorEntryRational(t, i)) : tensorEntryNumber(t, i)));
}

/** Rows of d entries. */
function chunk(values: unknown[], d: number): unknown[][] {
  return Array.from({ length: d === 0 ? 0 : values.length / d }, (_, i) => values.slice(i * d, (i + 1) * d));
}

/** The tensor a matrix or vector is read from: named, or the one candidate of the container. */
function selectedTensor(path: string, format: TensorFileFormat, options: MatrixFileOptions, want: 'matrix' | 'vector'): Tensor {
  const name = options.tensor ?? (format === 'npy' ? '' : chooseTensor(path, listTensorsIn(path, format), want, want === 'matrix' ? '--tensor' : '--bias-tensor'));
  return readTensorIn(path, format, name);
}

/** Text file content as entries (JSON rows under `key`, or delimited text). */
function textEntries(path: string, format: 'json' | 'csv', text: string, key: string): MatrixEntries {
  if (format === 'csv') return { format, rows: parseDelimitedText(text, path), numbers: 'decimal', where: path };
  const json = parseJsonExact(text, path);
  if (Array.isArray(json)) return { format, rows: json, numbers: 'decimal', where: path };
  if (json !== null && typeof json === 'object' && Object.hasOwn(json, key)) {
    return { format, rows: (json as Record<string, unknown>)[key], numbers: 'decimal', where: path };
  }
  throw new TypeError(`${path}: expected a JSON array of rows or an object {"${key}": rows}`);
}

/** The format and, for text, the entries of a file; for tensor files the caller reads the tensor. */
function readFile(path: string, options: MatrixFileOptions, key: string): { format: TensorFileFormat } | MatrixEntries {
  const { format, text } = fileFormat(path);
  if (format === 'json' || format === 'csv') {
    if (options.tensor !== undefined) throw noNamedTensorsError(path, format);
    return textEntries(path, format, text!, key);
  }
  return { format };
}

/**
 * Reads the raw entries of a matrix file (see the module doc): rows of exact JS numbers
 * or strings, how to read the numbers, and the prefix for messages. For a tensor file,
 * the tensor `options.tensor` (or the one 2-D float tensor) as W along its label axis.
 * Throws as described in the module docstring (the entries themselves are validated by
 * `parseEntryMatrix` in `loadMatrixFile`).
 * @example readMatrixEntries('emotion.json', { tensor: 'unknown_43' }).rows.length === 7
 */
export function readMatrixEntries(path: string, options: MatrixFileOptions = {}): MatrixEntries {
  const read = readFile(path, options, options.key ?? 'W');
  if ('rows' in read) return read;
  const t = selectedTensor(path, read.format, options, 'matrix');
  const W = unembeddingTensor(t, options.labelAxis ?? defaultLabelAxis(read.format));
  return { format: read.format, rows: chunk(tensorValues(W), W.shape[1]), numbers: 'float64', where: tensorWhere(t) };
}

/** True for an ordered field passed where options may stand. */
function isField(x: object): x is AnyField {
  return typeof (x as Partial<AnyField>).fromRational === 'function';
}

/**
 * Loads an unembedding matrix W (k × d) exactly from `path` (any format of the module
 * docstring) in the smallest field holding every entry (Q or Q(√n)), or in `field`
 * when given (an entry outside it is a `RangeError`). The second argument is a field
 * (as before) or `{ field, tensor, labelAxis, key }`.
 * Throws `RangeError` / `SyntaxError` / `TypeError` naming the path (and tensor), row and column.
 * @example loadMatrixFile('emotion.json', { tensor: 'unknown_43' }).W.length === 7
 */
export function loadMatrixFile(path: string, options: AnyField | (MatrixFileOptions & { readonly field?: AnyField }) = {}): AnyFieldMatrix {
  const { field, ...rest } = isField(options) ? { field: options } : options;
  const { rows, numbers, where } = readMatrixEntries(path, rest);
  return parseEntryMatrix(rows, where, { numbers, field });
}

/**
 * The entries of a bias vector file: a JSON array (or `{"b": [...]}`), a matrix with one
 * row or one column (JSON, CSV, tensors), or a 1-D tensor (`options.tensor`, or a
 * container's one 1-D float tensor). Throws `TypeError` naming the path when the file
 * holds a matrix with more than one row and more than one column, and as
 * `readMatrixEntries` otherwise.
 * @example readVectorEntries('emotion.json', { tensor: 'unknown_44' }).entries // 7 numbers
 */
export function readVectorEntries(path: string, options: MatrixFileOptions = {}): { entries: unknown; numbers: NumberReading; where: string } {
  const read = readFile(path, options, options.key ?? 'b');
  const refuse = (where: string) => new TypeError(`${where}: a bias vector must be a list of entries, or a matrix with one row or one column`);
  if (!('rows' in read)) {
    const t = selectedTensor(path, read.format, options, 'vector');
    const vectorLike = t.shape.length === 1 || (t.shape.length === 2 && (t.shape[0] === 1 || t.shape[1] === 1));
    if (!vectorLike) throw refuse(`${tensorWhere(t)} (shape [${t.shape.join(', ')}])`);
    return { entries: tensorValues(t), numbers: 'float64', where: tensorWhere(t) };
  }
  const { rows, numbers, where } = read;
  if (!Array.isArray(rows) || rows.length === 0 || rows.every((r) => !Array.isArray(r))) return { entries: rows, numbers, where };
  if (rows.every((r) => Array.isArray(r))) {
    const arr = rows as unknown[][];
    if (arr.length === 1) return { entries: arr[0], numbers, where };
    if (arr.every((r) => r.length === 1)) return { entries: arr.map((r) => r[0]), numbers, where };
  }
  throw refuse(path);
}
