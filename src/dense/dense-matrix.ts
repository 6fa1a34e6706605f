/**
 * A dense float unembedding: W (k × d, rows are labels) held as ONE
 * row-major Float32Array or Float64Array (entry (i, c) at i·d + c), never an
 * object per entry. Every entry is read as the exact dyadic rational its IEEE
 * bits denote (a float32 or float64 value is m·2^e exactly); nothing is
 * rounded. An optional bias b (k entries) is held the same way.
 *
 * The arrays may live in a SharedArrayBuffer (`sharedCopy`) so that worker
 * threads read them without copies. Memory: the matrix bytes, plus O(k)
 * per-row norms computed on demand by `rowNorms`.
 */
import { readFileSync } from 'node:fs';
import { parseNpy, readNpy } from '../io/npy.ts';

/** The float arrays a dense matrix may hold (their element type is the matrix's dtype). */
export type FloatArray = Float32Array | Float64Array;

/** The IEEE binary format of the entries. */
export type FloatDtype = 'float32' | 'float64';

/** W (k × d), row-major, each entry exact; optional bias b (k entries) of any float dtype. */
export interface DenseMatrix {
  readonly k: number;
  readonly d: number;
  readonly data: FloatArray;
  readonly bias?: FloatArray;
}

/** 'float32' or 'float64', from the array type. */
export function dtypeOf(a: FloatArray): FloatDtype {
  return a instanceof Float32Array ? 'float32' : 'float64';
}

/**
 * A dense matrix W (k × d) over `data` (row-major, length k·d), with an
 * optional bias (k entries). The arrays are used as they are (not copied).
 * Throws `RangeError` when the lengths do not fit k × d or k, or naming the
 * row and column (or bias index) of a NaN or ±Infinity entry (it has no exact
 * rational value).
 * @example
 * const W = denseMatrix(new Float32Array([1, 0, 0, 1, 0.5, 0.5]), 3, 2);
 * W.k; // 3
 */
export function denseMatrix(data: FloatArray, k: number, d: number, bias?: FloatArray): DenseMatrix {
  if (!Number.isInteger(k) || !Number.isInteger(d) || k < 0 || d < 0) throw new RangeError(`dense matrix: bad shape ${k} × ${d}`);
  if (data.length !== k * d) throw new RangeError(`dense matrix: ${data.length} entries do not fill ${k} × ${d}`);
  for (let t = 0; t < data.length; t++) {
    if (!Number.isFinite(data[t])) throw new RangeError(`dense matrix: row ${Math.floor(t / d)}, column ${t % d}: ${data[t]} is not a finite number`);
  }
  if (bias !== undefined) {
    if (bias.length !== k) throw new RangeError(`dense matrix: W is ${k} × ${d} but the bias has ${bias.length} entries (need ${k})`);
    for (let i = 0; i < k; i++) if (!Number.isFinite(bias[i])) throw new RangeError(`dense matrix: bias entry ${i}: ${bias[i]} is not a finite number`);
  }
  return bias === undefined ? { k, d, data } : { k, d, data, bias };
}

/**
 * Loads W (k × d) from a NumPy `.npy` file (float32 or float64, any byte
 * order, C or Fortran order) and, when `biasPath` is given, a bias from a
 * `.npy` holding k values (shape (k,), (k, 1) or (1, k)). float32 files are
 * held as a Float32Array: the values are
 * exactly float32, so the narrowing is exact. The ONE place the scale path
 * reads files (the tensor reader will replace `readNpy` here).
 * Throws what `readNpy` throws (naming the path), and `RangeError` as `denseMatrix`.
 * @example
 * const W = loadDenseMatrix('W.npy'); // W.data is a Float32Array for a float32 file
 */
export function loadDenseMatrix(path: string, biasPath?: string): DenseMatrix {
  const m = readNpy(path);
  const [k, d] = m.shape;
  const data = m.dtype.endsWith('f4') ? Float32Array.from(m.data) : m.data;
  let bias: FloatArray | undefined;
  if (biasPath !== undefined) {
    const b = readNpyVector(biasPath);
    if (b.shape[0] * b.shape[1] !== k || (b.shape[0] !== 1 && b.shape[1] !== 1)) {
      throw new RangeError(`${biasPath}: the bias has shape (${b.shape.join(', ')}), need ${k} values for W of ${k} × ${d}`);
    }
    bias = b.dtype.endsWith('f4') ? Float32Array.from(b.data) : b.data;
  }
  try {
    return denseMatrix(data, k, d, bias);
  } catch (e) {
    throw new RangeError(`${path}: ${(e as Error).message}`);
  }
}

/**
 * A `.npy` file of shape (n,), (n, 1) or (1, n) through the 2-D reader: a
 * 1-D header `(n,)` is rewritten in memory to `(n,1)` (one padding space
 * less, so the header length is unchanged). Temporary, until the tensor
 * reader of `src/io/` replaces `readNpy` here.
 */
function readNpyVector(path: string) {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /'shape':\s*\((\d+),\)/.exec(head);
  const pad = head.indexOf(' \n');
  if (m && pad > m.index) {
    // one character more in the shape, one padding space less before the newline
    const fixed = head.slice(0, m.index) + `'shape': (${m[1]},1)` + head.slice(m.index + m[0].length, pad) + head.slice(pad + 1);
    const header = Buffer.from(fixed, 'latin1');
    if (header.length === head.length) {
      const patched = Buffer.concat([header, bytes.subarray(head.length)]);
      return parseNpy(patched, path);
    }
  }
  return readNpy(path);
}

/** The same matrix with its arrays copied into SharedArrayBuffers (for worker threads). */
export function sharedCopy(W: DenseMatrix): DenseMatrix {
  const share = (a: FloatArray): FloatArray => {
    const s = a instanceof Float32Array ? new Float32Array(new SharedArrayBuffer(a.byteLength)) : new Float64Array(new SharedArrayBuffer(a.byteLength));
    s.set(a);
    return s;
  };
  return { k: W.k, d: W.d, data: W.data.buffer instanceof SharedArrayBuffer ? W.data : share(W.data), ...(W.bias ? { bias: W.bias } : {}) };
}

/** Row i of W as a view (no copy), d entries. */
export function denseRow(W: DenseMatrix, i: number): FloatArray {
  return W.data.subarray(i * W.d, (i + 1) * W.d);
}

/**
 * Upper bounds (NOT exact values) of the Euclidean and 1-norms of every row
 * of W: `l2[i] ≥ ‖w_i‖₂`, `l1[i] ≥ ‖w_i‖₁`. Computed in float64 and inflated
 * by the relative factor 1 + 2^-30, which exceeds the float64 rounding of the
 * sums (at most (d + 2)·2^-53 relative for d < 2^20), so they are rigorous
 * upper bounds. Used by the error bound of `logitEnclosures`.
 */
export function rowNorms(W: DenseMatrix): { l2: Float64Array; l1: Float64Array } {
  const { k, d, data } = W;
  const l2 = new Float64Array(k);
  const l1 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s2 = 0;
    let s1 = 0;
    for (let c = i * d, e = c + d; c < e; c++) {
      const v = data[c];
      s2 += v * v;
      s1 += Math.abs(v);
    }
    l2[i] = Math.sqrt(s2) * INFLATE;
    l1[i] = s1 * INFLATE;
  }
  return { l2, l1 };
}

/** 1 + 2^-30: the relative inflation that turns float64 norm sums into upper bounds. */
export const INFLATE = 1 + 2 ** -30;

/** Upper bounds of ‖x‖₂ and ‖x‖₁ of one vector (as `rowNorms`). */
export function vectorNorms(x: ArrayLike<number>): { l2: number; l1: number } {
  let s2 = 0;
  let s1 = 0;
  for (let c = 0; c < x.length; c++) {
    s2 += x[c] * x[c];
    s1 += Math.abs(x[c]);
  }
  return { l2: Math.sqrt(s2) * INFLATE, l1: s1 * INFLATE };
}
