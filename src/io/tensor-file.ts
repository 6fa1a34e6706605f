/**
 * One entry point for every model file format: detect the format by its
 * content (magic bytes; for JSON, the `weightsManifest` of a TF.js model),
 * list the tensors of a container, read one tensor, and choose the tensor
 * that is the unembedding W (or the bias b) when the caller names none.
 *
 * Detection, in order: `\x93NUMPY` → `.npy`; `PK\x03\x04` (or an empty zip)
 * → `.npz` (a PyTorch zip checkpoint is refused there); an 8-byte header
 * length followed by `{` within the file → safetensors; pickle, HDF5 and
 * GGUF magic → refused with a conversion hint (`unsupported-formats.ts`);
 * otherwise text (UTF-8, UTF-16; `text.ts`): JSON when it starts with `[` or
 * `{` (a TF.js manifest when it has `weightsManifest` or is a list of
 * `{paths, weights}` groups), else delimited text (CSV / space separated).
 * The extension is used only to give the right format's error when the
 * content matches none (`x.npy` with a bad magic is a `.npy` error).
 */
import { extname } from 'node:path';
import { readFileBytes, readFileHead } from './file-bytes.ts';
import { hasNpyMagic, readNpy, readNpyInfo } from './npy.ts';
import { hasZipMagic, listNpz, readNpzTensor } from './npz.ts';
import { listSafetensors, looksLikeSafetensors, readSafetensorsTensor } from './safetensors.ts';
import { listTfjs, readTfjsTensor } from './tfjs.ts';
import { decodeText } from './text.ts';
import { describeTensors, type LabelAxis, type Tensor, type TensorInfo } from './tensor.ts';
import { refuseUnsupportedFormat } from './unsupported-formats.ts';

/** Formats holding tensors. */
export type TensorFileFormat = 'npy' | 'npz' | 'safetensors' | 'tfjs';

/** Every format a matrix file may have: a tensor format, or JSON / delimited text (`csv`). */
export type FileFormat = TensorFileFormat | 'json' | 'csv';

/** Bytes read to recognise a binary format. */
const HEAD_BYTES = 16;

/**
 * The binary format of a file from its first bytes and its size, or `null`
 * for text; throws `TypeError` with a conversion hint for a refused format
 * (PyTorch / pickle, HDF5, GGUF). An extension `.npy`, `.npz`,
 * `.safetensors` without matching content still selects that format, so that
 * its reader says what is wrong.
 * @example binaryFormat('W.npy', head, size) // 'npy'
 */
export function binaryFormat(path: string, head: Uint8Array, size: number): TensorFileFormat | null {
  if (hasNpyMagic(head)) return 'npy';
  if (hasZipMagic(head)) return 'npz';
  if (looksLikeSafetensors(head, size)) return 'safetensors';
  refuseUnsupportedFormat(path, head);
  const ext = extname(path).toLowerCase();
  if (ext === '.npy' || ext === '.npz' || ext === '.safetensors') return ext.slice(1) as TensorFileFormat;
  return null;
}

/**
 * The text format of decoded file text: `tfjs` for a TF.js model or weights
 * manifest, `json` for other JSON (a leading `[` or `{`, or the extension
 * `.json`), else `csv` (delimited text).
 * @example textFormat('model.json', text) // 'tfjs'
 */
export function textFormat(path: string, text: string): 'tfjs' | 'json' | 'csv' {
  const head = text.trimStart();
  if (head.startsWith('{') && text.includes('"weightsManifest"')) return 'tfjs';
  if (/^\[\s*\{/.test(head) && text.includes('"paths"') && text.includes('"weights"')) return 'tfjs';
  if (head.startsWith('[') || head.startsWith('{') || extname(path).toLowerCase() === '.json') return 'json';
  return 'csv';
}

/**
 * The format of the file `path` (see the module doc), and its decoded text
 * when it is a text format. Throws `RangeError` naming the path when it is
 * missing or a directory, `TypeError` for a refused binary format or text in
 * an encoding that is not read (UTF-32, invalid UTF-8, NUL bytes).
 * @example fileFormat('emotion.json').format // 'tfjs'
 */
export function fileFormat(path: string): { format: FileFormat; text?: string } {
  const { bytes: head, size } = readFileHead(path, HEAD_BYTES);
  const binary = binaryFormat(path, head, size);
  if (binary !== null) return { format: binary };
  const text = decodeText(readFileBytes(path), path);
  return { format: textFormat(path, text), text };
}

/**
 * The label axis of a format's tensors: `'last'` for TF.js (Keras kernels
 * [d, k], [h, w, c, k]), `'first'` for the others (PyTorch / Hugging Face
 * weights [k, d], NumPy arrays as saved).
 * @example defaultLabelAxis('tfjs') === 'last'
 */
export function defaultLabelAxis(format: FileFormat): LabelAxis {
  return format === 'tfjs' ? 'last' : 'first';
}

/**
 * The `TypeError` for a JSON or CSV matrix file where a tensor container is needed
 * (listing tensors, or a tensor name given).
 * @example throw noNamedTensorsError('W.json', 'json')
 */
export function noNamedTensorsError(path: string, format: FileFormat): TypeError {
  return new TypeError(`${path}: a ${format === 'json' ? 'JSON' : 'CSV / text'} matrix file holds no named tensors (tensors are listed in safetensors, .npz, .npy and TF.js files)`);
}

/**
 * The tensors of any tensor file: a safetensors file, an `.npz` archive, a
 * TF.js manifest, or a `.npy` file (one tensor named `''`); name, dtype (see
 * `TensorInfo`), shape and, where known, byte ranges. Throws `TypeError` for
 * a JSON or CSV matrix file (no named tensors) or a refused format, and what
 * the format's reader throws (all naming the path).
 * @example listTensors('model.safetensors').map((t) => `${t.name} ${t.dtype} [${t.shape}]`)
 */
export function listTensors(path: string): TensorInfo[] {
  return listTensorsIn(path, fileFormat(path).format);
}

/**
 * `listTensors` for a file whose format is known (from `fileFormat`), without
 * detecting it again.
 * @example listTensorsIn('model.safetensors', 'safetensors')
 */
export function listTensorsIn(path: string, format: FileFormat): TensorInfo[] {
  switch (format) {
    case 'npy': return [readNpyInfo(path)];
    case 'npz': return listNpz(path);
    case 'safetensors': return listSafetensors(path);
    case 'tfjs': return listTfjs(path);
    default: throw noNamedTensorsError(path, format);
  }
}

/**
 * The tensor `name` of a tensor file in its stored shape and native dtype
 * (a `.npy` file holds one array: its name is `''`). Throws as `listTensors`,
 * and `RangeError` naming the path and the tensor (listing the container's
 * tensors) when there is no tensor of that name.
 * @example readTensor('emotion.json', 'unknown_43').shape // [3, 3, 256, 7]
 */
export function readTensor(path: string, name: string): Tensor {
  return readTensorIn(path, fileFormat(path).format, name);
}

/**
 * `readTensor` for a file whose format is known (from `fileFormat`), without
 * detecting it again.
 * @example readTensorIn('emotion.json', 'tfjs', 'unknown_43')
 */
export function readTensorIn(path: string, format: FileFormat, name: string): Tensor {
  switch (format) {
    case 'npy':
      if (name !== '') throw new RangeError(`${path}: a .npy file holds one unnamed array, not a tensor ${JSON.stringify(name)}`);
      return readNpy(path);
    case 'npz': return readNpzTensor(path, name);
    case 'safetensors': return readSafetensorsTensor(path, name);
    case 'tfjs': return readTfjsTensor(path, name);
    default: throw noNamedTensorsError(path, format);
  }
}

/** Dtypes of float data (quantized 8/16-bit data stands for floats too). */
const FLOAT_DTYPES = new Set(['F64', 'F32', 'F16', 'BF16']);

/** True for a float tensor (or quantized floats). */
function isFloat(t: TensorInfo): boolean {
  return FLOAT_DTYPES.has(t.dtype) || t.quantization !== undefined;
}

/**
 * The name of the one tensor of `infos` that can be the unembedding W (`want
 * = 'matrix'`: 2-D float) or the bias b (`'vector'`: 1-D float), for a caller
 * that names none. Throws `RangeError` naming the path, saying how many
 * candidates there are, listing the file's tensors and naming `flag` (e.g.
 * `--tensor`) to choose one, when there is not exactly one.
 * @example chooseTensor('model.safetensors', listTensors('model.safetensors'), 'matrix', '--tensor')
 */
export function chooseTensor(path: string, infos: readonly TensorInfo[], want: 'matrix' | 'vector', flag: string): string {
  const dims = want === 'matrix' ? 2 : 1;
  const candidates = infos.filter((t) => isFloat(t) && t.shape.length === dims);
  if (candidates.length === 1) return candidates[0].name;
  const what = want === 'matrix' ? '2-D float tensor (a matrix W, rows are labels)' : '1-D float tensor (a bias)';
  const found = candidates.length === 0 ? `no ${what}` : `${candidates.length} of them are a ${what}: ${describeTensors(candidates)}`;
  throw new RangeError(
    `${path}: holds ${infos.length} tensor${infos.length === 1 ? '' : 's'} and ${found}; pass ${flag} NAME to choose one` +
      (candidates.length === 0 ? ` (it holds ${describeTensors(infos)})` : ''),
  );
}
