/**
 * The ONNX Runtime kernel (optional dependency `onnxruntime-node`, whose CPU
 * binaries ship inside the npm package): one Gemm node (Y = A·Bᵀ, transB = 1)
 * in a model written here as protobuf bytes (ONNX ModelProto, opset 13, no
 * weights), run by MLAS with `threads` intra-op threads. Its arithmetic is
 * binary32 for float32 inputs and binary64 for float64 inputs (MLAS SGEMM /
 * DGEMM: IEEE multiply-adds or FMAs, no reduced precision on x86), which is
 * the assumption of `dot-error-bound.ts`; `spotCheckProducts` tests it on
 * every block. W is passed as input B on every run (no copy into the model).
 */
import type { FloatArray } from './dense-matrix.ts';
import { BINARY32, BINARY64 } from './dot-error-bound.ts';
import type { MatrixKernel } from './kernel.ts';

/* Minimal ONNX protobuf writer: varints, length-delimited fields. */
const varint = (n: number): number[] => {
  const o: number[] = [];
  while (n > 127) { o.push((n & 127) | 128); n = Math.floor(n / 128); }
  o.push(n);
  return o;
};
const field = (num: number, wire: number, bytes: number[]) => [...varint((num << 3) | wire), ...bytes];
const str = (num: number, s: string) => { const b = [...Buffer.from(s)]; return field(num, 2, [...varint(b.length), ...b]); };
const msg = (num: number, b: number[]) => field(num, 2, [...varint(b.length), ...b]);
const int = (num: number, v: number) => field(num, 0, varint(v));

/** ModelProto bytes of Y = Gemm(A, B, transB = 1) with element type 1 (float) or 11 (double). */
function gemmModel(elemType: 1 | 11): Uint8Array {
  const node = [...str(1, 'A'), ...str(1, 'B'), ...str(2, 'Y'), ...str(4, 'Gemm'), ...msg(5, [...str(1, 'transB'), ...int(20, 2), ...int(3, 1)])];
  const valueInfo = (name: string, d0: string, d1: string) => {
    const shape = msg(2, [...msg(1, str(2, d0)), ...msg(1, str(2, d1))]);
    return [...str(1, name), ...msg(2, msg(1, [...int(1, elemType), ...shape]))];
  };
  const graph = [...msg(1, node), ...str(2, 'gemm'), ...msg(11, valueInfo('A', 'm', 'd')), ...msg(11, valueInfo('B', 'k', 'd')), ...msg(12, valueInfo('Y', 'm', 'k'))];
  return Uint8Array.from([...int(1, 7), ...msg(8, [...str(1, ''), ...int(2, 13)]), ...msg(7, graph)]);
}

interface OrtModule {
  InferenceSession: { create(model: Uint8Array, opts: object): Promise<OrtSession> };
  Tensor: new (type: string, data: FloatArray, dims: number[]) => unknown;
  env?: { versions?: { common?: string } };
}
interface OrtSession {
  run(feeds: Record<string, unknown>): Promise<Record<string, { data: FloatArray }>>;
  release(): Promise<void>;
}

/** `onnxruntime-node`, or null when it is not installed or does not load on this platform. */
async function loadOrt(): Promise<OrtModule | null> {
  const name = 'onnxruntime-node';
  try {
    return (await import(name)) as OrtModule;
  } catch {
    return null;
  }
}

/**
 * The ONNX Runtime kernel for W (k × d; a Float32Array gives a binary32
 * Gemm, a Float64Array a binary64 one), or null when `onnxruntime-node`
 * cannot be loaded. `threads` intra-op threads (default 2).
 * @example
 * const K = await ortKernel(new Float32Array([1, 2, 3, 4]), 2, 2);
 * if (K) await K.products(new Float32Array([1, 1]), 1); // Float32Array [3, 7]
 */
export async function ortKernel(W: FloatArray, k: number, d: number, threads = 2): Promise<MatrixKernel | null> {
  const ort = await loadOrt();
  if (!ort) return null;
  const f32 = W instanceof Float32Array;
  let session: OrtSession;
  try {
    session = await ort.InferenceSession.create(gemmModel(f32 ? 1 : 11), {
      intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'disabled',
    });
  } catch {
    return null;
  }
  const type = f32 ? 'float32' : 'float64';
  const Wt = new ort.Tensor(type, W, [k, d]);
  return {
    name: `onnxruntime-node (MLAS Gemm, ${f32 ? 'binary32' : 'binary64'}, ${threads} threads)`,
    format: f32 ? BINARY32 : BINARY64,
    inputType: type,
    async products(X: FloatArray, m: number): Promise<FloatArray> {
      if (X.length !== m * d) throw new RangeError(`onnxruntime kernel: X has ${X.length} entries, need ${m} × ${d}`);
      if ((X instanceof Float32Array) !== f32) throw new TypeError(`onnxruntime kernel: X must be a ${f32 ? 'Float32Array' : 'Float64Array'}`);
      const out = await session.run({ A: new ort.Tensor(type, X, [m, d]), B: Wt });
      return out.Y.data;
    },
    async close() {
      await session.release();
    },
  };
}
