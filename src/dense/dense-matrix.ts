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
import { chooseTensor, defaultLabelAxis, fileFormat, listTensors, readTensor } from '../io/tensor-file.ts';
import { shapeSize, tensorToFloat32, tensorWhere, unembeddingTensor, type Tensor } from '../io/tensor.ts';

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

/** Where `loadDenseMatrix` finds W and its bias inside their files. */
export interface DenseLoadOptions {
  /** Name of W's tensor in a container (.npz, safetensors, TF.js); default: its only 2-D float tensor. */
  readonly tensor?: string;
  /** A file holding the bias (k values); default: none, or W's own file when `biasTensor` is given. */
  readonly biasPath?: string;
  /** Name of the bias tensor; default: the only 1-D float tensor of the bias file. */
  readonly biasTensor?: string;
}

/**
 * Loads W (k × d) from any tensor file `src/io/tensor-file.ts` reads (.npy,
 * .npz, safetensors, TF.js; detected by content) and, when asked, a bias of k
 * values. The data stays in its own precision: float32 (and float16 /
 * bfloat16, widened exactly) as a Float32Array, float64 as a Float64Array —
 * about 1× the matrix bytes, never an object per entry. The label axis is the
 * format's (`defaultLabelAxis`: the last axis of a TF.js kernel, else the
 * first). A second argument that is a string is the bias file (older form).
 * The ONE place the scale path reads files.
 *
 * Throws what the readers throw (naming the path and the tensor), `RangeError`
 * for a quantized tensor (its values are not floats of one precision), a bias
 * of the wrong length, or as `denseMatrix` (naming the path).
 * @example
 * const W = loadDenseMatrix('W.npy', { biasPath: 'b.npy' }); // W.data is a Float32Array for a float32 file
 */
export function loadDenseMatrix(path: string, options: DenseLoadOptions | string = {}): DenseMatrix {
  const o: DenseLoadOptions = typeof options === 'string' ? { biasPath: options } : options;
  const { format } = fileFormat(path);
  const name = o.tensor ?? (format === 'npy' ? '' : chooseTensor(path, listTensors(path), 'matrix', '--tensor'));
  const t = unembeddingTensor(readTensor(path, name), defaultLabelAxis(format));
  const [k, d] = t.shape.length === 2 ? t.shape : [t.shape[0], shapeSize(t.shape.slice(1), path)];
  const data = floatData(t);
  let bias: FloatArray | undefined;
  const biasFile = o.biasPath ?? (o.biasTensor !== undefined ? path : undefined);
  if (biasFile !== undefined) {
    const bFormat = fileFormat(biasFile).format;
    const bName = o.biasTensor ?? (bFormat === 'npy' ? '' : chooseTensor(biasFile, listTensors(biasFile), 'vector', '--bias-tensor'));
    const b = readTensor(biasFile, bName);
    if (shapeSize(b.shape, biasFile) !== k || b.shape.filter((n) => n !== 1).length > 1) {
      throw new RangeError(`${tensorWhere(b)}: the bias has shape (${b.shape.join(', ')}), need ${k} values for W of ${k} × ${d}`);
    }
    bias = floatData(b);
  }
  try {
    return denseMatrix(data, k, d, bias);
  } catch (e) {
    throw new RangeError(`${tensorWhere(t)}: ${(e as Error).message}`);
  }
}

/** A float tensor's values as the dense path holds them: float64 stays, float32/16 become (or stay) a Float32Array, exactly. */
function floatData(t: Tensor): FloatArray {
  if (t.quantization !== undefined || !(t.dtype === 'F64' || t.dtype === 'F32' || t.dtype === 'F16' || t.dtype === 'BF16')) {
    throw new RangeError(`${tensorWhere(t)}: a ${t.quantization ? 'quantized ' : ''}${t.dtype} tensor; the dense path reads float64, float32, float16 and bfloat16`);
  }
  return t.dtype === 'F64' ? t.data : tensorToFloat32(t);
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
