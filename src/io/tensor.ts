/**
 * The raw tensor every binary reader of `src/io/` returns (`.npy`, `.npz`,
 * safetensors, TensorFlow.js weights): a name, a dtype, a shape and the values
 * in their NATIVE dtype as one typed array — no JS object per entry, no
 * widening — so a k × d float32 unembedding costs k·d·4 bytes (50 257 × 768:
 * 154 MB), and the exact conversions that come after it.
 *
 * dtypes (safetensors names): `F64` (Float64Array), `F32` (Float32Array),
 * `F16` and `BF16` (the raw 16-bit patterns in a Uint16Array; see
 * `src/field/half-float.ts`), `I32` (Int32Array), `U16` (Uint16Array), `U8`
 * (Uint8Array). `U8`/`U16` data may carry an affine `quantization` (TF.js
 * weight quantization): entry q stands for min + scale·q.
 *
 * Layout: row-major (C order) over `shape`. The unembedding W (k × d, rows are
 * labels) of a tensor is read along a label axis (`LabelAxis`): `'first'`
 * (PyTorch / Hugging Face / NumPy: a weight [k, d], or [k, ...] flattened to
 * k × d) or `'last'` (Keras / TF.js kernels: a dense kernel [d, k] gives
 * W = k × d, a conv kernel [h, w, c, k] gives W = k × (h·w·c), column
 * (a·w + b)·c + ch for kernel position (a, b) and input channel ch).
 */
import { rationalFromFloat64 } from '../field/dyadic.ts';
import { RationalField as Q, type Rational } from '../field/rational.ts';
import { bfloat16ArrayToFloat32, float16ArrayToFloat32, float16BitsToNumber, bfloat16BitsToNumber } from '../field/half-float.ts';
import { NATIVE_LITTLE_ENDIAN, swapBytesInPlace, type ByteRange } from './file-bytes.ts';

/** The element types the readers return. */
export type TensorDtype = 'F64' | 'F32' | 'F16' | 'BF16' | 'I32' | 'U16' | 'U8';

/** The typed array holding each dtype's values (16-bit floats as their bit patterns). */
export interface TensorArrays {
  F64: Float64Array;
  F32: Float32Array;
  F16: Uint16Array;
  BF16: Uint16Array;
  I32: Int32Array;
  U16: Uint16Array;
  U8: Uint8Array;
}

/** Any tensor's data array. */
export type TensorData = TensorArrays[TensorDtype];

/** Affine weight quantization (TF.js `uint8` / `uint16`): entry q stands for EXACTLY min + scale·q. */
export interface AffineQuantization {
  /** The step, a float64 value (the JSON number of the manifest). */
  readonly scale: number;
  /** The value of q = 0, a float64 value. */
  readonly min: number;
}

/** A tensor of one dtype. */
export interface TensorOf<D extends TensorDtype> {
  /** Name inside its file (safetensors / TF.js name, `.npz` key); `''` for a lone `.npy` file. */
  readonly name: string;
  /** The file it was read from (for a TF.js model: the `model.json`), for messages. */
  readonly file: string;
  readonly dtype: D;
  /** Dimensions, row-major; `[]` for a scalar. */
  readonly shape: readonly number[];
  /** The values in row-major order, length = product of `shape`. */
  readonly data: TensorArrays[D];
  /** Present on quantized `U8` / `U16` data only. */
  readonly quantization?: AffineQuantization;
}

/** A tensor of any dtype (discriminated by `dtype`). */
export type Tensor = { [D in TensorDtype]: TensorOf<D> }[TensorDtype];

/** Bytes per element of each dtype. */
export const DTYPE_BYTES: Readonly<Record<TensorDtype, number>> = { F64: 8, F32: 4, F16: 2, BF16: 2, I32: 4, U16: 2, U8: 1 };

const CONSTRUCTORS = {
  F64: Float64Array, F32: Float32Array, F16: Uint16Array, BF16: Uint16Array, I32: Int32Array, U16: Uint16Array, U8: Uint8Array,
} as const;

/**
 * A tensor as a container lists it, before reading its values: `dtype` is one
 * of `TensorDtype` when the readers can read it, else the container's own name
 * for it (`I64`, `<i8`, `bool`, ...). `ranges` says where its bytes are (absent
 * for compressed `.npz` members); `quantization` is present on quantized
 * TF.js weights.
 */
export interface TensorInfo {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly ranges?: readonly ByteRange[];
  readonly quantization?: AffineQuantization;
}

/** Which label axis holds the labels (see the module doc). */
export type LabelAxis = 'first' | 'last';

/** True when `s` names a dtype the readers return. */
export function isTensorDtype(s: string): s is TensorDtype {
  return Object.hasOwn(DTYPE_BYTES, s);
}

/**
 * Where a tensor is, for messages: the file, and the tensor's name when it has one.
 * @example tensorWhere(t) // 'emotion.json: tensor "unknown_43"'
 */
export function tensorWhere(t: { readonly file: string; readonly name: string }): string {
  return t.name === '' ? t.file : `${t.file}: tensor ${JSON.stringify(t.name)}`;
}

/**
 * The number of entries of a shape (1 for `[]`). Throws `RangeError` naming
 * `where` for a dimension that is not a non-negative integer or a product beyond
 * 2^53.
 * @example shapeSize([3, 3, 256, 7], 'x') === 16128
 */
export function shapeSize(shape: readonly number[], where: string): number {
  let n = 1;
  for (const dim of shape) {
    if (!Number.isSafeInteger(dim) || dim < 0) throw new RangeError(`${where}: bad dimension ${JSON.stringify(dim)} in shape [${shape.join(', ')}]`);
    n *= dim;
  }
  if (!Number.isSafeInteger(n)) throw new RangeError(`${where}: shape [${shape.join(', ')}] has more than 2^53 entries`);
  return n;
}

/** Shape text as in messages, e.g. `[3, 3, 256, 7]`. */
export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * A tensor over the element bytes `bytes` (stored in the given byte order),
 * with NO copy when the bytes are aligned for the dtype and in the machine's
 * byte order; otherwise one copy (byte-swapped in place when needed). `bytes`
 * must hold exactly product(shape) elements. Throws `RangeError` naming the
 * tensor when the byte count is wrong.
 * @example tensorFromBytes({ name: 'w', file: 'x.safetensors', dtype: 'F32', shape: [2, 2], bytes, littleEndian: true })
 */
export function tensorFromBytes(spec: {
  name: string;
  file: string;
  dtype: TensorDtype;
  shape: readonly number[];
  bytes: Uint8Array;
  littleEndian: boolean;
  quantization?: AffineQuantization;
}): Tensor {
  const { name, file, dtype, shape, quantization, littleEndian } = spec;
  const where = tensorWhere({ file, name });
  const size = shapeSize(shape, where);
  const item = DTYPE_BYTES[dtype];
  if (spec.bytes.length !== size * item) {
    throw new RangeError(`${where}: ${dtype} ${shapeText(shape)} needs ${size * item} bytes, found ${spec.bytes.length}`);
  }
  const swap = item > 1 && littleEndian !== NATIVE_LITTLE_ENDIAN;
  const bytes = swap || spec.bytes.byteOffset % item !== 0 ? spec.bytes.slice() : spec.bytes;
  if (swap) swapBytesInPlace(bytes, item);
  const data = new CONSTRUCTORS[dtype](bytes.buffer as ArrayBuffer, bytes.byteOffset, size);
  return { name, file, dtype, shape: [...shape], data, ...(quantization ? { quantization } : {}) } as Tensor;
}

/**
 * Entry i of a tensor as a JS number, EXACTLY for every dtype without
 * quantization (each F64, F32, F16, BF16, I32, U16, U8 value is a float64
 * value). For quantized data the float64 nearest-ish to min + scale·q (two
 * roundings, error ≤ 1 ulp): NOT exact, use `tensorEntryRational`.
 * @example tensorEntryNumber(t, 0)
 */
export function tensorEntryNumber(t: Tensor, i: number): number {
  const q = t.data[i];
  switch (t.dtype) {
    case 'F16': return float16BitsToNumber(q);
    case 'BF16': return bfloat16BitsToNumber(q);
    default: return t.quantization ? q * t.quantization.scale + t.quantization.min : q;
  }
}

/**
 * Entry i of a tensor as an exact rational: a float's exact dyadic value
 * (`rationalFromFloat64`; 16-bit floats through their exact float64 value),
 * an integer as itself, a quantized q as min + scale·q computed exactly from
 * the float64 scale and min. Throws `RangeError` for NaN and ±Infinity (the
 * caller names the position).
 * @example formatRational(tensorEntryRational(t, 5))
 */
export function tensorEntryRational(t: Tensor, i: number): Rational {
  if (t.quantization) {
    const { scale, min } = t.quantization;
    return rationalFromFloat64(min).add(rationalFromFloat64(scale).mul(Q.fromRational(t.data[i])));
  }
  const x = tensorEntryNumber(t, i);
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite number`);
  return rationalFromFloat64(x);
}

/**
 * k and d of the unembedding W read from `shape` along `labelAxis` (see the
 * module doc): `'first'` → [k, ...rest], d = product(rest); `'last'` →
 * [...rest, k]. Throws `RangeError` naming `where` for fewer than 2 dimensions
 * (a 1-D tensor is a vector, e.g. a bias).
 * @example unembeddingShape([3, 3, 256, 7], 'last', 'x') // { k: 7, d: 2304 }
 */
export function unembeddingShape(shape: readonly number[], labelAxis: LabelAxis, where: string): { k: number; d: number } {
  if (shape.length < 2) {
    throw new RangeError(`${where}: expected a matrix (rows are labels), got ${shape.length}-D shape (${shape.join(', ')})`);
  }
  const size = shapeSize(shape, where);
  const k = labelAxis === 'first' ? shape[0] : shape[shape.length - 1];
  return { k, d: k === 0 ? 0 : size / k };
}

/**
 * The unembedding W (k × d, rows are labels) of a tensor as a 2-D row-major
 * tensor of the same dtype (and quantization): for `'first'` the same data
 * (no copy) with shape [k, d]; for `'last'` a transposed copy (entry (i, j) =
 * stored entry j·k + i). Throws `RangeError` as `unembeddingShape`.
 * @example unembeddingTensor(kernel, 'last').shape // [7, 2304] for a [3, 3, 256, 7] kernel
 */
export function unembeddingTensor(t: Tensor, labelAxis: LabelAxis): Tensor {
  const { k, d } = unembeddingShape(t.shape, labelAxis, tensorWhere(t));
  if (labelAxis === 'first') return { ...t, shape: [k, d] };
  const src = t.data;
  const out = new CONSTRUCTORS[t.dtype](src.length);
  // Transposed in 64 × 64 blocks, so that reads and writes both stay within a few cache lines.
  const B = 64;
  for (let j0 = 0; j0 < d; j0 += B) {
    for (let i0 = 0; i0 < k; i0 += B) {
      const jEnd = Math.min(j0 + B, d);
      const iEnd = Math.min(i0 + B, k);
      for (let j = j0; j < jEnd; j++) for (let i = i0; i < iEnd; i++) out[i * d + j] = src[j * k + i];
    }
  }
  return { ...t, shape: [k, d], data: out } as Tensor;
}

/** [k, d] of a 2-D tensor; `RangeError` naming it otherwise. */
function matrixShape(t: Tensor): [number, number] {
  if (t.shape.length !== 2) {
    throw new RangeError(`${tensorWhere(t)}: expected a 2-D matrix (rows are labels), got ${t.shape.length}-D shape (${t.shape.join(', ')})`);
  }
  return [t.shape[0], t.shape[1]];
}

/**
 * The rows of a 2-D tensor (k × d) as arrays of JS numbers, exact for every
 * dtype without quantization (see `tensorEntryNumber`). Throws `RangeError`
 * naming the tensor when it is not 2-D, `TypeError` when it is quantized.
 * @example tensorRows(readNpy('W.npy')) // [[1.5, -0.1, ...], ...]
 */
export function tensorRows(t: Tensor): number[][] {
  const [k, d] = matrixShape(t);
  if (t.quantization) throw new TypeError(`${tensorWhere(t)}: quantized values are not float64 numbers; read them with tensorRationalRows`);
  return Array.from({ length: k }, (_, i) => Array.from({ length: d }, (_, j) => tensorEntryNumber(t, i * d + j)));
}

/**
 * The rows of a 2-D tensor (k × d) as exact rationals over Q
 * (`tensorEntryRational`: dyadic values of floats, never decimal text). Throws
 * `RangeError` naming the tensor, the row and the column of a NaN or ±Infinity
 * entry, and for a tensor that is not 2-D.
 * @example tensorRationalRows(t).map((row) => row.map(formatRational))
 */
export function tensorRationalRows(t: Tensor): Rational[][] {
  const [k, d] = matrixShape(t);
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: d }, (_, j) => {
      try {
        return tensorEntryRational(t, i * d + j);
      } catch (e) {
        throw new RangeError(`${tensorWhere(t)}: row ${i}, column ${j}: ${(e as Error).message}`);
      }
    }),
  );
}

/**
 * The values as a Float32Array, for float fast paths (NOT exact for every
 * dtype): F32 returns `t.data` itself (no copy); F16 and BF16 are converted
 * exactly; F64 is rounded to nearest float32; I32, U16, U8 are exact up to
 * 2^24; quantized data gives fround(q·scale + min), the value TF.js itself
 * stores in its Float32Array.
 * @example tensorToFloat32(unembeddingTensor(t, 'first'))
 */
export function tensorToFloat32(t: Tensor): Float32Array {
  switch (t.dtype) {
    case 'F32': return t.data;
    case 'F16': return float16ArrayToFloat32(t.data);
    case 'BF16': return bfloat16ArrayToFloat32(t.data);
    default: return Float32Array.from(t.data, (_, i) => tensorEntryNumber(t, i));
  }
}

/**
 * The values as a Float64Array: exact for every dtype without quantization
 * (F64 returns `t.data` itself, no copy); quantized data as in `tensorEntryNumber`
 * (not exact).
 * @example tensorToFloat64(t)[0]
 */
export function tensorToFloat64(t: Tensor): Float64Array {
  if (t.dtype === 'F64') return t.data;
  if (t.dtype === 'F16' || t.dtype === 'BF16') return Float64Array.from(tensorToFloat32(t));
  return Float64Array.from(t.data, (_, i) => tensorEntryNumber(t, i));
}

/**
 * Tensor names for a message: the first `max` (default 12) as `"a" F32 [2, 3]`,
 * then how many more there are.
 * @example describeTensors(listTensors('model.safetensors'))
 */
export function describeTensors(infos: readonly TensorInfo[], max = 12): string {
  const shown = infos.slice(0, max).map((t) => `${JSON.stringify(t.name)} ${t.dtype} ${shapeText(t.shape)}`);
  const more = infos.length > max ? `, ... and ${infos.length - max} more` : '';
  return infos.length === 0 ? 'no tensors' : shown.join(', ') + more;
}

/**
 * The entry named `name` of a container's list. Throws `RangeError` naming the
 * file and the tensor, and listing what the file holds, when there is none.
 * @example findTensor(listSafetensors(path), 'lm_head.weight', path)
 */
export function findTensor(infos: readonly TensorInfo[], name: string, file: string): TensorInfo {
  const hit = infos.find((t) => t.name === name);
  if (hit === undefined) throw new RangeError(`${file}: no tensor ${JSON.stringify(name)}; the file holds ${describeTensors(infos)}`);
  return hit;
}

/**
 * Checks that a listed tensor has a dtype the readers return; `TypeError`
 * naming the file, the tensor and its dtype otherwise.
 */
export function readableDtype(info: TensorInfo, file: string): TensorDtype {
  if (!isTensorDtype(info.dtype)) {
    throw new TypeError(`${tensorWhere({ file, name: info.name })}: unsupported dtype ${info.dtype} (supported: ${Object.keys(DTYPE_BYTES).join(', ')})`);
  }
  return info.dtype;
}
