/**
 * Reader for safetensors files (Hugging Face): list the tensors from the
 * header, and read ONE tensor by reading only its byte range (open, read at
 * its offset), so a 3 GB checkpoint costs the bytes of the tensor asked for.
 *
 * Format (huggingface/safetensors, README "Format"): 8 bytes, an unsigned
 * little-endian 64-bit integer N; N bytes of UTF-8 JSON (possibly padded with
 * spaces), an object mapping each tensor name to `{"dtype": "F32", "shape":
 * [k, d], "data_offsets": [begin, end]}` plus an optional `"__metadata__"`
 * object of strings; then the byte buffer, in which each tensor occupies
 * [begin, end) (offsets relative to the buffer), little endian, row-major,
 * the tensors covering the buffer without gaps or overlaps.
 *
 * Read: `F64`, `F32`, `F16`, `BF16` (and `I32`, `U16`, `U8`); the other
 * dtypes are listed but refused when read. Every error names the path (and
 * the tensor where one is concerned).
 */
import { readByteRanges, readFileHead } from './file-bytes.ts';
import { findTensor, readableDtype, shapeSize, shapeText, tensorFromBytes, type Tensor, type TensorInfo } from './tensor.ts';

/** The largest header the format allows (huggingface/safetensors: 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

/** Bytes per element of every safetensors dtype (to check the offsets of tensors this reader does not read). */
const ITEM_BYTES: Readonly<Record<string, number>> = {
  BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, F8_E8M0: 1, I16: 2, U16: 2, F16: 2, BF16: 2, I32: 4, U32: 4, F32: 4, F64: 8, I64: 8, U64: 8, C64: 8,
};

/** The parsed header of a safetensors file. */
export interface SafetensorsHeader {
  /** The tensors in header order, each with its one byte range in the file. */
  readonly tensors: readonly TensorInfo[];
  /** The `__metadata__` strings (empty when absent). */
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * True when the first bytes of a file of `size` bytes look like safetensors:
 * a header length N with 8 + N ≤ size and N ≤ 100 MB, and the header starting
 * with `{`. (The header itself is validated by `readSafetensorsHeader`.)
 * @example looksLikeSafetensors(readFileHead(path, 9).bytes, size)
 */
export function looksLikeSafetensors(head: Uint8Array, size: number): boolean {
  if (head.length < 9) return false;
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  return n >= 2n && n <= BigInt(MAX_HEADER_BYTES) && 8n + n <= BigInt(size) && head[8] === 0x7b;
}

/**
 * Reads and validates the header of the safetensors file `path` (only the
 * header bytes are read). Throws `SyntaxError` naming the path for a header
 * that is not a JSON object or an entry without a string `dtype`, an integer
 * `shape` and two integer `data_offsets`; `RangeError` for a header length
 * beyond the file or 100 MB, a byte range that does not match its dtype and
 * shape or lies outside the buffer, and tensors that leave gaps or overlap.
 * @example readSafetensorsHeader('model.safetensors').tensors.map((t) => t.name)
 */
export function readSafetensorsHeader(path: string): SafetensorsHeader {
  const { bytes: first, size } = readFileHead(path, 8);
  if (first.length < 8) throw new RangeError(`${path}: not a safetensors file (${size} bytes, shorter than the 8-byte header length)`);
  const n = new DataView(first.buffer, first.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_HEADER_BYTES) || 8n + n > BigInt(size)) {
    throw new RangeError(`${path}: not a safetensors file (header length ${n} bytes, but the file has ${size} bytes${n > BigInt(MAX_HEADER_BYTES) ? ' and the format allows 100 MB' : ''})`);
  }
  const headerBytes = Number(n);
  const text = readFileHead(path, 8 + headerBytes).bytes.subarray(8);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch (e) {
    throw new SyntaxError(`${path}: not a safetensors file (its ${headerBytes}-byte header is not UTF-8 JSON: ${(e as Error).message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new SyntaxError(`${path}: safetensors header is not a JSON object`);
  const bufferStart = 8 + headerBytes;
  const bufferLength = size - bufferStart;
  const tensors: TensorInfo[] = [];
  let metadata: Record<string, string> = {};
  for (const [name, entry] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (entry === null || typeof entry !== 'object' || Object.values(entry).some((v) => typeof v !== 'string')) {
        throw new SyntaxError(`${path}: safetensors "__metadata__" must be an object of strings`);
      }
      metadata = entry as Record<string, string>;
      continue;
    }
    const at = `${path}: tensor ${JSON.stringify(name)}`;
    const e = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const ints = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => Number.isSafeInteger(v) && v >= 0);
    if (entry === null || typeof entry !== 'object' || typeof e.dtype !== 'string' || !ints(e.shape) || !ints(e.data_offsets) || e.data_offsets.length !== 2) {
      throw new SyntaxError(`${at}: safetensors entry must be {"dtype": string, "shape": [integers], "data_offsets": [begin, end]}, got ${JSON.stringify(entry)}`);
    }
    const [begin, end] = e.data_offsets;
    if (begin > end || end > bufferLength) {
      throw new RangeError(`${at}: data_offsets [${begin}, ${end}] lie outside the ${bufferLength}-byte data buffer (truncated file?)`);
    }
    const item = ITEM_BYTES[e.dtype];
    if (item !== undefined && (end - begin) !== shapeSize(e.shape, at) * item) {
      throw new RangeError(`${at}: ${e.dtype} ${shapeText(e.shape)} needs ${shapeSize(e.shape, at) * item} bytes, but data_offsets [${begin}, ${end}] hold ${end - begin}`);
    }
    tensors.push({ name, dtype: e.dtype, shape: e.shape, ranges: [{ file: path, offset: bufferStart + begin, length: end - begin }] });
  }
  checkCoverage(tensors, bufferStart, bufferLength, path);
  return { tensors, metadata };
}

/** The tensors must tile [0, bufferLength) of the buffer (as the reference implementation requires). */
function checkCoverage(tensors: readonly TensorInfo[], bufferStart: number, bufferLength: number, path: string): void {
  const sorted = [...tensors].sort((a, b) => a.ranges![0].offset - b.ranges![0].offset || a.ranges![0].length - b.ranges![0].length);
  let expected = 0;
  for (const t of sorted) {
    const begin = t.ranges![0].offset - bufferStart;
    if (begin !== expected) {
      const what = begin > expected ? `a gap of ${begin - expected} bytes before` : 'overlapping bytes at';
      throw new RangeError(`${path}: tensor ${JSON.stringify(t.name)}: ${what} data offset ${begin} (tensors must cover the data buffer back to back)`);
    }
    expected = begin + t.ranges![0].length;
  }
  if (expected !== bufferLength) throw new RangeError(`${path}: ${bufferLength - expected} bytes after the last tensor's data (tensors must cover the data buffer)`);
}

/**
 * The tensors of a safetensors file (name, dtype, shape, byte range), in header
 * order. Throws as `readSafetensorsHeader`.
 * @example listSafetensors('gpt2.safetensors').find((t) => t.name === 'wte.weight')?.shape // [50257, 768]
 */
export function listSafetensors(path: string): TensorInfo[] {
  return [...readSafetensorsHeader(path).tensors];
}

/**
 * The tensor `name` of the safetensors file `path`, in its native dtype,
 * reading only its byte range. Throws as `readSafetensorsHeader`, plus
 * `RangeError` naming the path and the tensor (and listing the file's
 * tensors) when there is no such tensor, `TypeError` for a dtype other than
 * F64, F32, F16, BF16, I32, U16, U8.
 * @example readSafetensorsTensor('gpt2.safetensors', 'wte.weight').data // Float32Array(38597376)
 */
export function readSafetensorsTensor(path: string, name: string): Tensor {
  const info = findTensor(readSafetensorsHeader(path).tensors, name, path);
  const dtype = readableDtype(info, path);
  return tensorFromBytes({ name, file: path, dtype, shape: info.shape, bytes: readByteRanges(info.ranges!), littleEndian: true });
}

