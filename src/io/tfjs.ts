/**
 * Reader for TensorFlow.js weight manifests: a `model.json` (layers or graph
 * model) whose `weightsManifest` is a list of groups `{"paths": [shard files],
 * "weights": [{"name", "shape", "dtype", "quantization"?}]}` — or a bare
 * `weights_manifest.json` holding that list. A group's tensors are stored back
 * to back, little endian, row-major, in the concatenation of its shard files
 * (paths relative to the manifest) in manifest order; a tensor may span two
 * shards. Reading a tensor reads only its byte ranges.
 *
 * dtypes: `float32` → `F32`, `int32` → `I32`; weight quantization
 * (`"quantization": {"dtype", "scale", "min"}` on a float32 weight):
 * `float16` → `F16` (the half floats; their float32 values are exact), and
 * `uint8` / `uint16` → `U8` / `U16` with the affine quantization, entry q
 * standing for min + scale·q. How that becomes exact: the converter
 * (tfjs-converter `quantization.py`, `write_weights.py`) computes `scale` and
 * `min` in float64 and writes them with Python's `json`, i.e. as the shortest
 * decimal of a float64; so they are read as the float64 values their JSON
 * text denotes (nearest float64, as `JSON.parse` reads them, which is then
 * exact), and the value is min + scale·q in exact rational arithmetic
 * (`tensorEntryRational`). TF.js itself stores fround(q·scale + min) in a
 * Float32Array at run time (`tensorToFloat32` gives that value), which can
 * differ from the exact value by half a float32 ulp. `bool`, `complex64`,
 * `string` and quantized `int32` weights are listed but refused when read.
 *
 * The label axis of a TF.js (Keras) kernel is its LAST axis: a dense kernel
 * [d, k] gives W = k × d, a conv kernel [h, w, c, k] gives W = k × (h·w·c);
 * see `unembeddingTensor(t, 'last')`.
 * Source: tfjs-core `io/types.ts` (WeightsManifestConfig) and `io/io_utils.ts`
 * (`decodeWeights`).
 */
import { dirname, resolve } from 'node:path';
import { fileSize, readByteRanges, readFileBytes, type ByteRange } from './file-bytes.ts';
import { findTensor, readableDtype, shapeSize, tensorFromBytes, type AffineQuantization, type Tensor, type TensorInfo } from './tensor.ts';
import { decodeText } from './text.ts';

/** Bytes per element of the manifest's dtypes (tfjs-core `DTYPE_VALUE_SIZE_MAP`). */
const TFJS_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 };

/** A manifest entry, validated. */
interface WeightSpec {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: string;
  readonly quantization?: { readonly dtype: string; readonly scale?: number; readonly min?: number };
}

/** The list of groups of a parsed manifest JSON, or null when `json` is not a TF.js manifest. */
function manifestGroups(json: unknown): unknown[] | null {
  const isGroup = (g: unknown) => g !== null && typeof g === 'object' && 'paths' in g && 'weights' in g;
  if (Array.isArray(json) && json.length > 0 && json.every(isGroup)) return json;
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && 'weightsManifest' in json) {
    const groups = (json as { weightsManifest: unknown }).weightsManifest;
    return Array.isArray(groups) ? groups : [groups];
  }
  return null;
}

/** The TensorInfo's dtype and quantization of a manifest entry (dtype names of tensors that are not read stay as written). */
function infoDtype(w: WeightSpec): { dtype: string; quantization?: AffineQuantization } {
  const q = w.quantization;
  if (q === undefined) return { dtype: w.dtype === 'float32' ? 'F32' : w.dtype === 'int32' ? 'I32' : w.dtype };
  if (w.dtype !== 'float32') return { dtype: `${w.dtype} quantized as ${q.dtype}` };
  if (q.dtype === 'float16') return { dtype: 'F16' };
  return { dtype: q.dtype === 'uint8' ? 'U8' : 'U16', quantization: { scale: q.scale!, min: q.min! } };
}

/** Validates one manifest weight entry; `SyntaxError` naming the manifest and the entry. */
function weightSpec(w: unknown, at: string): WeightSpec {
  const e = (w ?? {}) as Record<string, unknown>;
  const bad = (what: string): never => {
    throw new SyntaxError(`${at}: ${what} (got ${JSON.stringify(w)?.slice(0, 200)})`);
  };
  if (typeof e.name !== 'string') bad('a weight needs a string "name"');
  const where = `${at} ${JSON.stringify(e.name)}`;
  const fail = (what: string): never => bad(`weight ${JSON.stringify(e.name)}: ${what}`);
  if (!Array.isArray(e.shape) || !e.shape.every((x) => Number.isSafeInteger(x) && x >= 0)) fail('"shape" must be a list of non-negative integers');
  if (typeof e.dtype !== 'string' || !(e.dtype === 'string' || Object.hasOwn(TFJS_BYTES, e.dtype))) fail(`unknown dtype ${JSON.stringify(e.dtype)}`);
  shapeSize(e.shape as number[], where);
  if (e.quantization === undefined) return { name: e.name as string, shape: e.shape as number[], dtype: e.dtype as string };
  const q = (e.quantization ?? {}) as Record<string, unknown>;
  if (q.dtype !== 'uint8' && q.dtype !== 'uint16' && q.dtype !== 'float16') fail(`unknown quantization dtype ${JSON.stringify(q.dtype)} (TF.js knows uint8, uint16, float16)`);
  if (q.dtype !== 'float16') {
    for (const key of ['scale', 'min']) {
      if (typeof q[key] !== 'number' || !Number.isFinite(q[key])) fail(`${q.dtype} quantization needs a finite number "${key}"`);
    }
  }
  return { name: e.name as string, shape: e.shape as number[], dtype: e.dtype as string, quantization: q as WeightSpec['quantization'] };
}

/** The byte ranges of [start, start + length) of the concatenated shards. */
function shardRanges(shards: readonly { file: string; size: number }[], start: number, length: number, at: string): ByteRange[] {
  const ranges: ByteRange[] = [];
  let shardStart = 0;
  for (const s of shards) {
    const from = Math.max(start, shardStart);
    const to = Math.min(start + length, shardStart + s.size);
    if (from < to) ranges.push({ file: s.file, offset: from - shardStart, length: to - from });
    shardStart += s.size;
  }
  const found = ranges.reduce((n, r) => n + r.length, 0);
  if (found < length) {
    throw new RangeError(`${at}: its bytes [${start}, ${start + length}) lie beyond the ${shardStart} bytes of the shards ${shards.map((s) => s.file).join(', ')} (truncated or missing shard data)`);
  }
  return ranges;
}

/**
 * The tensors of the TF.js manifest `path` in manifest order: name, dtype
 * (`F32`, `I32`, `F16`, `U8`/`U16` with `quantization`, or the manifest's own
 * dtype when not read), shape, and byte ranges in the shard files (absent for
 * the tensors after a `string` weight of the same group, whose size is in the
 * data). Only the manifest is read, and the shards' sizes. Throws
 * `RangeError` naming the path when it (or a shard) is missing or a
 * directory, `SyntaxError` naming the path and the entry for a manifest that
 * is not one (bad JSON, a group without `paths` or `weights`, an entry without
 * name, shape or a known dtype, a quantization without finite `scale` and
 * `min`), `RangeError` when a group's weights need more bytes than its shards hold.
 * @example listTfjs('emotion.json').find((t) => t.name === 'unknown_43')?.shape // [3, 3, 256, 7]
 */
export function listTfjs(path: string): TensorInfo[] {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(readFileBytes(path), path));
  } catch (e) {
    if (e instanceof SyntaxError) throw new SyntaxError(`${path}: invalid JSON (${e.message})`);
    throw e;
  }
  const groups = manifestGroups(json);
  if (groups === null) throw new SyntaxError(`${path}: not a TF.js model (no "weightsManifest")`);
  const dir = dirname(path);
  const out: TensorInfo[] = [];
  groups.forEach((group, g) => {
    const at = `${path}: weightsManifest[${g}]`;
    const { paths, weights } = (group ?? {}) as { paths?: unknown; weights?: unknown };
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string') || !Array.isArray(weights)) {
      throw new SyntaxError(`${at}: a group needs "paths" (a list of shard file names) and "weights" (a list)`);
    }
    const specs = weights.map((w, i) => weightSpec(w, `${at}.weights[${i}]`));
    const shards = (paths as string[]).map((p) => {
      const file = resolve(dir, p);
      return { file, size: fileSize(file) };
    });
    let offset: number | null = 0;
    for (const w of specs) {
      const bytesPer = TFJS_BYTES[w.quantization?.dtype ?? w.dtype];
      const length = bytesPer === undefined ? null : shapeSize(w.shape, at) * bytesPer;
      const ranges = offset === null || length === null ? undefined : shardRanges(shards, offset, length, `${path}: tensor ${JSON.stringify(w.name)}`);
      out.push({ name: w.name, shape: w.shape, ...infoDtype(w), ...(ranges ? { ranges } : {}) });
      offset = offset === null || length === null ? null : offset + length;
    }
  });
  return out;
}

/**
 * The tensor `name` of the TF.js manifest `path`, in its stored shape and
 * native dtype (see the module doc), reading only its byte ranges in the
 * shard files. Throws as `listTfjs`, plus `RangeError` naming the path and
 * the tensor (and listing the manifest's tensors) when there is no such
 * tensor, and `TypeError` for a dtype that is not read or a tensor after a
 * `string` weight.
 * @example readTfjsTensor('emotion.json', 'unknown_43').shape // [3, 3, 256, 7]
 */
export function readTfjsTensor(path: string, name: string): Tensor {
  const info = findTensor(listTfjs(path), name, path);
  const dtype = readableDtype(info, path);
  if (info.ranges === undefined) throw new TypeError(`${path}: tensor ${JSON.stringify(name)} follows a string weight in its group, so its bytes cannot be located`);
  return tensorFromBytes({ name, file: path, dtype, shape: info.shape, bytes: readByteRanges(info.ranges), littleEndian: true, quantization: info.quantization });
}
