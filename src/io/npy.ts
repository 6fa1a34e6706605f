/**
 * Reader for NumPy `.npy` files holding a float array of any dimension (an
 * unembedding W, k × d, rows are labels; a bias vector, k entries), as
 * written by `numpy.save`, returned as a raw `Tensor` in its NATIVE dtype.
 *
 * Format (NumPy NEP 1, "A simple file format for NumPy arrays"): the magic
 * bytes `\x93NUMPY`, a major and a minor version byte, the header length
 * (uint16 little-endian for version 1, uint32 little-endian for versions 2
 * and 3), a Python dict literal `{'descr': '<f8', 'fortran_order': False,
 * 'shape': (k, d), }` padded with spaces and a newline, then the raw data.
 *
 * Own reader rather than the npm package `npyjs`: this one reads big-endian
 * data and Fortran order, validates every field (magic, version, header
 * syntax, dtype, shape, exact data length), names the file in every error, and
 * reads a file's data with one read into an aligned buffer (no second copy).
 * Supported dtypes: `<f8`, `>f8` (→ `F64`), `<f4`, `>f4` (→ `F32`), `<f2`,
 * `>f2` (→ `F16`, the bit patterns); C and Fortran order (returned in C
 * order). Convert the values exactly with `tensorRationalRows` (`tensor.ts`)
 * or `integerMatrixFromFloat64` (`src/grid/dyadic-integers.ts`); never through
 * decimal text.
 */
import { readByteRanges, readFileHead } from './file-bytes.ts';
import { DTYPE_BYTES, shapeSize, tensorFromBytes, tensorRationalRows, tensorRows, tensorWhere, type Tensor, type TensorData, type TensorInfo } from './tensor.ts';

/** The dtypes this reader accepts (byte order, kind, item size). */
export type NpyFloatDtype = '<f8' | '>f8' | '<f4' | '>f4' | '<f2' | '>f2';

/** What the header says besides the tensor itself. */
export interface NpyHeaderInfo {
  /** The dtype as written in the header. */
  readonly descr: NpyFloatDtype;
  /** `true` when the file stored the data in column-major (Fortran) order (the tensor is C order). */
  readonly fortranOrder: boolean;
  /** The format version `[major, minor]`. */
  readonly version: readonly [number, number];
}

/** A `.npy` array: the tensor (row-major data) and its header facts. */
export type NpyArray = Tensor & NpyHeaderInfo;

/** A parsed header (its dtype not yet checked) and where the data starts. */
interface NpyHeader {
  readonly descr: string;
  readonly fortranOrder: boolean;
  readonly version: readonly [number, number];
  readonly shape: number[];
  readonly dataStart: number;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const DTYPES: Readonly<Record<NpyFloatDtype, 'F64' | 'F32' | 'F16'>> = { '<f8': 'F64', '>f8': 'F64', '<f4': 'F32', '>f4': 'F32', '<f2': 'F16', '>f2': 'F16' };

/** True when `bytes` starts with the `.npy` magic string. */
export function hasNpyMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

type HeaderValue = string | boolean | number[];

/**
 * Parses the Python dict literal of an `.npy` header: string keys; values
 * are strings, `True`/`False` or tuples of non-negative integers. Throws
 * `SyntaxError` naming `where` and the offending text.
 */
function parseHeaderDict(text: string, where: string): Map<string, HeaderValue> {
  let pos = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${where}: malformed .npy header (${what} at character ${pos}): ${JSON.stringify(text.trim())}`);
  };
  const skip = () => { while (pos < text.length && /\s/.test(text[pos])) pos++; };
  const expect = (c: string) => { skip(); if (text[pos] !== c) fail(`expected '${c}'`); pos++; };
  const str = (): string => {
    skip();
    const q = text[pos];
    if (q !== "'" && q !== '"') fail('expected a quoted string');
    const end = text.indexOf(q, pos + 1);
    if (end < 0) fail('unterminated string');
    const s = text.slice(pos + 1, end);
    pos = end + 1;
    return s;
  };
  const value = (): HeaderValue => {
    skip();
    if (text[pos] === "'" || text[pos] === '"') return str();
    if (text.startsWith('True', pos)) { pos += 4; return true; }
    if (text.startsWith('False', pos)) { pos += 5; return false; }
    if (text[pos] === '(') {
      pos++;
      const dims: number[] = [];
      skip();
      while (text[pos] !== ')') {
        const m = /^\d+/.exec(text.slice(pos));
        if (!m) fail('expected a non-negative integer in the shape tuple');
        dims.push(Number(m![0]));
        pos += m![0].length;
        skip();
        if (text[pos] === ',') { pos++; skip(); } else if (text[pos] !== ')') fail("expected ',' or ')'");
      }
      pos++;
      return dims;
    }
    return fail('unsupported value');
  };
  const dict = new Map<string, HeaderValue>();
  expect('{');
  skip();
  while (text[pos] !== '}') {
    const key = str();
    expect(':');
    if (dict.has(key)) fail(`duplicate key '${key}'`);
    dict.set(key, value());
    skip();
    if (text[pos] === ',') { pos++; skip(); } else if (text[pos] !== '}') fail("expected ',' or '}'");
  }
  pos++;
  skip();
  if (pos !== text.length) fail('trailing text after the dict');
  return dict;
}

/** A shape as numpy prints it: `(2, 3)`, `(3,)`, `()`. */
function tupleText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * How many bytes of a `.npy` file hold its whole header, from its first 12
 * bytes (`first.length` when those are not a `.npy` start: `parseHeader` says why).
 */
function headerBytesNeeded(first: Uint8Array): number {
  if (first.length < 10 || !hasNpyMagic(first)) return first.length;
  const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
  if (first[6] === 1) return 10 + view.getUint16(8, true);
  if ((first[6] === 2 || first[6] === 3) && first.length >= 12) return 12 + view.getUint32(8, true);
  return first.length;
}

/** The header of a `.npy` file from its first bytes (all of the header, when the file has it). */
function parseHeader(head: Uint8Array, where: string): NpyHeader {
  if (head.length < 10 || !hasNpyMagic(head)) {
    throw new SyntaxError(`${where}: not a .npy file (bad magic; expected the bytes \\x93NUMPY at offset 0)`);
  }
  const major = head[6];
  const minor = head[7];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let headerLength: number;
  let headerStart: number;
  if (major === 1) {
    headerLength = view.getUint16(8, true);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (head.length < 12) throw new RangeError(`${where}: truncated .npy file (ends inside the header length)`);
    headerLength = view.getUint32(8, true);
    headerStart = 12;
  } else {
    throw new SyntaxError(`${where}: unsupported .npy format version ${major}.${minor} (supported: 1.x, 2.x, 3.x)`);
  }
  const dataStart = headerStart + headerLength;
  if (head.length < dataStart) {
    throw new RangeError(`${where}: truncated .npy file (header of ${headerLength} bytes announced, ${head.length - headerStart} present)`);
  }
  const headerText = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(head.subarray(headerStart, dataStart));
  const header = parseHeaderDict(headerText, where);
  for (const key of ['descr', 'fortran_order', 'shape']) {
    if (!header.has(key)) throw new SyntaxError(`${where}: .npy header has no '${key}' entry`);
  }
  for (const key of header.keys()) {
    if (!['descr', 'fortran_order', 'shape'].includes(key)) throw new SyntaxError(`${where}: .npy header has an unknown entry '${key}'`);
  }
  const descr = header.get('descr');
  if (typeof descr !== 'string') throw new TypeError(`${where}: 'descr' must be a dtype string, got ${JSON.stringify(descr)}`);
  const fortranOrder = header.get('fortran_order');
  if (typeof fortranOrder !== 'boolean') throw new TypeError(`${where}: 'fortran_order' must be True or False`);
  const shape = header.get('shape');
  if (!Array.isArray(shape)) throw new TypeError(`${where}: 'shape' must be a tuple of integers`);
  shapeSize(shape, where);
  return { descr, fortranOrder, shape, version: [major, minor], dataStart };
}

/** The dtype of a supported `descr`; `TypeError` naming `where` and the descr otherwise. */
function npyDtype(descr: string, where: string): 'F64' | 'F32' | 'F16' {
  if (!Object.hasOwn(DTYPES, descr)) {
    throw new TypeError(`${where}: unsupported dtype ${JSON.stringify(descr)}; expected a float array (${Object.keys(DTYPES).map((d) => `'${d}'`).join(', ')})`);
  }
  return DTYPES[descr as NpyFloatDtype];
}

/** A descr as a listing's dtype: `F64`, `F32`, `F16`, or the descr itself when not read. */
function infoDtype(descr: string): string {
  return Object.hasOwn(DTYPES, descr) ? DTYPES[descr as NpyFloatDtype] : descr;
}

/** Data byte count of a header; `RangeError` naming `where` when `present` differs (truncated / extra bytes). */
function checkDataLength(h: NpyHeader, present: number, where: string): number {
  const expected = shapeSize(h.shape, where) * DTYPE_BYTES[npyDtype(h.descr, where)];
  const of = `shape ${tupleText(h.shape)} of ${h.descr}`;
  if (present < expected) throw new RangeError(`${where}: truncated .npy data (${of} needs ${expected} bytes, found ${present})`);
  if (present > expected) throw new RangeError(`${where}: ${present - expected} unexpected bytes after the .npy data (${of} is ${expected} bytes)`);
  return expected;
}

/** Row-major (C order) copy of data stored in column-major (Fortran) order over `shape`. */
function fortranToC<A extends TensorData>(data: A, shape: readonly number[]): A {
  if (shape.length < 2) return data;
  const out = new (data.constructor as new (n: number) => A)(data.length);
  const strides = shape.map((_, m) => shape.slice(m + 1).reduce((a, b) => a * b, 1));
  const index = shape.map(() => 0);
  let c = 0; // C index of the multi-index `index`
  for (let t = 0; t < data.length; t++) {
    out[c] = data[t];
    // Next multi-index in Fortran order: the first axis varies fastest.
    for (let m = 0; m < shape.length; m++) {
      if (index[m] + 1 < shape[m]) {
        index[m]++;
        c += strides[m];
        break;
      }
      c -= index[m] * strides[m];
      index[m] = 0;
    }
  }
  return out;
}

/** The array of a header and its exact data bytes. */
function npyArray(h: NpyHeader, data: Uint8Array, file: string, name: string): NpyArray {
  const t = tensorFromBytes({ name, file, dtype: npyDtype(h.descr, tensorWhere({ file, name })), shape: h.shape, bytes: data, littleEndian: h.descr[0] === '<' });
  const info = { descr: h.descr as NpyFloatDtype, fortranOrder: h.fortranOrder, version: h.version };
  return { ...t, data: h.fortranOrder ? fortranToC(t.data, h.shape) : t.data, ...info } as NpyArray;
}

/**
 * The dtype (`F64`, `F32`, `F16`, or the header's own descr such as `<i8`
 * when this reader does not read it) and the shape of `.npy` bytes, from the
 * header alone (for listing an `.npz`). Throws as `parseNpy` for a bad header.
 * @example npyInfo(bytes, 'x.npz', 'W') // { name: 'W', dtype: 'F32', shape: [7, 2304] }
 */
export function npyInfo(bytes: Uint8Array, file: string, name: string): TensorInfo {
  const h = parseHeader(bytes, tensorWhere({ file, name }));
  return { name, dtype: infoDtype(h.descr), shape: h.shape };
}

/**
 * Parses the bytes of a `.npy` file holding a float array of any shape.
 * `file` (a file name) starts every error message, followed by the tensor's
 * `name` when there is one (an `.npz` key; `''` for a lone file).
 *
 * Throws `SyntaxError` for a bad magic string, an unknown format version or a
 * malformed header; `TypeError` for a dtype other than those of
 * `NpyFloatDtype` (e.g. `<i8`, naming it) or a non-boolean `fortran_order`;
 * `RangeError` for data shorter than the shape needs (truncated, with both
 * byte counts) or extra bytes after the data.
 * Source: NumPy NEP 1 (the `.npy` format, versions 1.0–3.0).
 * @example parseNpy(bytes, 'W.npy').shape // [2, 3]
 */
export function parseNpy(bytes: Uint8Array, file = '.npy data', name = ''): NpyArray {
  const where = tensorWhere({ file, name });
  const h = parseHeader(bytes, where);
  checkDataLength(h, bytes.length - h.dataStart, where);
  return npyArray(h, bytes.subarray(h.dataStart), file, name);
}

/**
 * Reads a `.npy` file (see `parseNpy` for the format, the errors and the
 * source): the header first, then the data with one read into an aligned
 * buffer, so memory stays about the data's size. Every error message starts
 * with `path`; a missing file or a directory is a `RangeError` naming it.
 * @example readNpy('W.npy').dtype // 'F64'
 */
export function readNpy(path: string): NpyArray {
  const { h, size } = readHeaderOf(path);
  const length = checkDataLength(h, size - h.dataStart, path);
  return npyArray(h, readByteRanges([{ file: path, offset: h.dataStart, length }]), path, '');
}

/**
 * The dtype and shape of the `.npy` file `path` (name `''`), reading only its
 * header; as `npyInfo`. Throws as `readNpy` for a bad header.
 * @example readNpyInfo('W.npy') // { name: '', dtype: 'F64', shape: [2, 3] }
 */
export function readNpyInfo(path: string): TensorInfo {
  const { h } = readHeaderOf(path);
  return { name: '', dtype: infoDtype(h.descr), shape: h.shape };
}

/** The parsed header of the file `path` (reading the header bytes only) and the file's size. */
function readHeaderOf(path: string): { h: NpyHeader; size: number } {
  const first = readFileHead(path, 12);
  const { bytes: head, size } = readFileHead(path, Math.max(headerBytesNeeded(first.bytes), first.bytes.length));
  return { h: parseHeader(head, path), size };
}

/**
 * The rows of a 2-D `.npy` array (k × d) as arrays of exact JS numbers
 * (`tensorRows`). Throws `RangeError` naming the file for another number of dimensions.
 * @example npyRows(readNpy('W.npy'))
 */
export const npyRows: (m: NpyArray) => number[][] = tensorRows;

/**
 * The rows of a 2-D `.npy` array (k × d) as exact rationals over Q
 * (`tensorRationalRows`: each value's exact dyadic value, never decimal text).
 * Throws `RangeError` naming the file, the row and the column of a NaN or
 * ±Infinity entry.
 * @example npyRationalRows(readNpy('W.npy')).map((r) => r.map(formatRational))
 */
export const npyRationalRows: (m: NpyArray) => ReturnType<typeof tensorRationalRows> = tensorRationalRows;
