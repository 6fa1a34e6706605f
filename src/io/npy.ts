/**
 * Reader for NumPy `.npy` files holding a 2-D float matrix (an unembedding
 * W, k × d, rows are labels), as written by `numpy.save`.
 *
 * Format (NumPy NEP 1, "A simple file format for NumPy arrays"): the magic
 * bytes `\x93NUMPY`, a major and a minor version byte, the header length
 * (uint16 little-endian for version 1, uint32 little-endian for versions 2
 * and 3), a Python dict literal `{'descr': '<f8', 'fortran_order': False,
 * 'shape': (k, d), }` padded with spaces and a newline, then the raw data.
 *
 * Own reader rather than the npm package `npyjs` (not installed, and adding
 * dependencies is not allowed here): this one reads big-endian data too,
 * validates every field (magic, version, header syntax, dtype, shape, exact
 * data length) and names the file in every error. Supported dtypes: `<f8`,
 * `>f8`, `<f4`, `>f4`; C and Fortran order. Values are returned as JS numbers,
 * which is exact: a float64 is read bit for bit and every float32 value is
 * exactly representable as a float64. Convert them exactly with
 * `npyRationalRows` (rationals, `rationalFromFloat64`) or
 * `integerMatrixFromFloat64` (`src/grid/dyadic-integers.ts`, an integer
 * matrix times a power of two); never through decimal text.
 */
import { readFileSync } from 'node:fs';
import { rationalFromFloat64 } from '../field/dyadic.ts';
import type { Rational } from '../field/rational.ts';

/** The float dtypes this reader accepts (byte order, kind, item size). */
export type NpyFloatDtype = '<f8' | '>f8' | '<f4' | '>f4';

/** A 2-D float array read from a `.npy` file. */
export interface NpyMatrix {
  /** The dtype as written in the header. */
  readonly dtype: NpyFloatDtype;
  /** `true` when the file stored the data in column-major (Fortran) order. */
  readonly fortranOrder: boolean;
  /** `[rows, cols]`: k × d for an unembedding. */
  readonly shape: readonly [number, number];
  /** The values, row-major (entry (i, j) at i·cols + j), each exact. */
  readonly data: Float64Array;
  /** The format version `[major, minor]`. */
  readonly version: readonly [number, number];
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const DTYPES: readonly string[] = ['<f8', '>f8', '<f4', '>f4'];

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

/**
 * Parses the bytes of a `.npy` file holding a 2-D float64 or float32 matrix.
 * `where` (a file name) starts every error message.
 *
 * Throws `SyntaxError` for a bad magic string, an unknown format version or a
 * malformed header; `TypeError` for a dtype other than `<f8`, `>f8`, `<f4`,
 * `>f4` (e.g. `<i8`, naming it) or a non-boolean `fortran_order`;
 * `RangeError` for a shape that is not 2-D, data shorter than rows × cols ×
 * item size (truncated, with both byte counts) or extra bytes after the data.
 * Source: NumPy NEP 1 (the `.npy` format, versions 1.0–3.0).
 */
export function parseNpy(bytes: Uint8Array, where = '.npy data'): NpyMatrix {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SyntaxError(`${where}: not a .npy file (bad magic; expected the bytes \\x93NUMPY at offset 0)`);
  }
  const major = bytes[6];
  const minor = bytes[7];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLength: number;
  let headerStart: number;
  if (major === 1) {
    headerLength = view.getUint16(8, true);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new RangeError(`${where}: truncated .npy file (ends inside the header length)`);
    headerLength = view.getUint32(8, true);
    headerStart = 12;
  } else {
    throw new SyntaxError(`${where}: unsupported .npy format version ${major}.${minor} (supported: 1.x, 2.x, 3.x)`);
  }
  const dataStart = headerStart + headerLength;
  if (bytes.length < dataStart) {
    throw new RangeError(`${where}: truncated .npy file (header of ${headerLength} bytes announced, ${bytes.length - headerStart} present)`);
  }
  const headerText = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(headerStart, dataStart));
  const header = parseHeaderDict(headerText, where);
  for (const key of ['descr', 'fortran_order', 'shape']) {
    if (!header.has(key)) throw new SyntaxError(`${where}: .npy header has no '${key}' entry`);
  }
  for (const key of header.keys()) {
    if (!['descr', 'fortran_order', 'shape'].includes(key)) throw new SyntaxError(`${where}: .npy header has an unknown entry '${key}'`);
  }
  const descr = header.get('descr');
  if (typeof descr !== 'string' || !DTYPES.includes(descr)) {
    throw new TypeError(`${where}: unsupported dtype ${JSON.stringify(descr)}; expected a float matrix ('<f8', '>f8', '<f4' or '>f4')`);
  }
  const fortranOrder = header.get('fortran_order');
  if (typeof fortranOrder !== 'boolean') throw new TypeError(`${where}: 'fortran_order' must be True or False`);
  const shapeValue = header.get('shape');
  if (!Array.isArray(shapeValue) || shapeValue.length !== 2) {
    const dims = Array.isArray(shapeValue) ? `${shapeValue.length}-D shape (${shapeValue.join(', ')})` : 'a non-tuple shape';
    throw new RangeError(`${where}: expected a 2-D matrix (rows are labels), got ${dims}`);
  }
  const [rows, cols] = shapeValue;
  const littleEndian = descr[0] === '<';
  const itemSize = descr[2] === '8' ? 8 : 4;
  const expected = rows * cols * itemSize;
  const present = bytes.length - dataStart;
  if (present < expected) {
    throw new RangeError(`${where}: truncated .npy data (shape (${rows}, ${cols}) of ${descr} needs ${expected} bytes, found ${present})`);
  }
  if (present > expected) {
    throw new RangeError(`${where}: ${present - expected} unexpected bytes after the .npy data (shape (${rows}, ${cols}) of ${descr} is ${expected} bytes)`);
  }
  const data = new Float64Array(rows * cols);
  for (let t = 0; t < rows * cols; t++) {
    const offset = dataStart + t * itemSize;
    const x = itemSize === 8 ? view.getFloat64(offset, littleEndian) : view.getFloat32(offset, littleEndian);
    // Storage index t is (i, j) with t = i·cols + j (C order) or t = j·rows + i (Fortran order).
    const index = fortranOrder ? (t % rows) * cols + Math.floor(t / rows) : t;
    data[index] = x;
  }
  return { dtype: descr as NpyFloatDtype, fortranOrder, shape: [rows, cols], data, version: [major, minor] };
}

/**
 * Reads a `.npy` file (see `parseNpy` for the format, the errors and the
 * source); every error message starts with `path`. File-system errors
 * (missing file) are re-thrown as they come from `node:fs`.
 */
export function readNpy(path: string): NpyMatrix {
  return parseNpy(readFileSync(path), path);
}

/**
 * The rows of an `NpyMatrix` (k × d) as arrays of exact JS numbers.
 */
export function npyRows(m: NpyMatrix): number[][] {
  const [rows, cols] = m.shape;
  return Array.from({ length: rows }, (_, i) => Array.from(m.data.subarray(i * cols, (i + 1) * cols)));
}

/**
 * The rows of an `NpyMatrix` (k × d) as exact rationals over Q: each value
 * converted with `rationalFromFloat64` (its exact dyadic value, never the
 * decimal text), for use with `RationalField`. Throws `RangeError` naming
 * `where`, the row and the column of a NaN or ±Infinity entry (no rational).
 */
export function npyRationalRows(m: NpyMatrix, where = '.npy data'): Rational[][] {
  return npyRows(m).map((row, i) =>
    row.map((x, j) => {
      if (!Number.isFinite(x)) throw new RangeError(`${where}: row ${i}, column ${j}: ${x} is not a finite number`);
      return rationalFromFloat64(x);
    }),
  );
}
