/**
 * Matrix kernels of the scale path: for a fixed unembedding W (k × d, rows
 * are labels) and a block X of m vectors (m × d, row-major), the products
 * P = X·Wᵀ (m × k, row-major: P[b·k + j] = x_b·w_j), i.e. the logits of the
 * m candidate witnesses for every label in one pass over W.
 *
 * NOT exact: a kernel's products are floating point. Each kernel states the
 * IEEE format of its arithmetic (`format`); `logitEnclosures` turns products
 * into rigorous enclosures with the bound of `dot-error-bound.ts`, under the
 * assumption stated there, which `spotCheckProducts` tests on a sample.
 *
 * Kernels (chosen at run time by `selectKernel`, named in every result):
 * - `onnxruntime` — ONNX Runtime's MLAS Gemm (optional dependency
 *   `onnxruntime-node`), binary32 for float32 data, binary64 for float64 data;
 * - `js` — our own loops, float64 accumulation (binary64: products of
 *   float32 entries are then exact), split over worker threads that share W
 *   through a SharedArrayBuffer; always available.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { FloatArray } from './dense-matrix.ts';
import { BINARY64, type FloatFormat } from './dot-error-bound.ts';

/** P = X·Wᵀ for a W fixed at creation. */
export interface MatrixKernel {
  /** What computes the products, e.g. `onnxruntime-node 1.30 (MLAS, binary32, 2 threads)` or `js (binary64, 2 workers)`. */
  readonly name: string;
  /** The IEEE format of the kernel's arithmetic (its products' error bound). */
  readonly format: FloatFormat;
  /** 'float32' when X must be a Float32Array (the kernel reads binary32 inputs), else 'float64'. */
  readonly inputType: 'float32' | 'float64';
  /** P (m × k, row-major) = X (m × d, row-major) · Wᵀ. */
  products(X: FloatArray, m: number): Promise<FloatArray>;
  /** Releases threads and native sessions. */
  close(): Promise<void>;
}

/** Below this many multiply-adds the js kernel computes in the calling thread. */
const IN_THREAD_MACS = 4e6;

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  const { W, X, P, m, k, d, j0, j1 } = job;
  gemm(W, X, P, m, k, d, j0, j1);
  parentPort.postMessage(0);
});
${gemmSource()}
`;

function gemmSource(): string {
  return `function gemm(W, X, P, m, k, d, j0, j1) {
  let j = j0;
  for (; j + 4 <= j1; j += 4) {
    const o0 = j * d, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
    for (let b = 0; b < m; b++) {
      const ox = b * d;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let l = 0; l < d; l++) {
        const x = X[ox + l];
        s0 += W[o0 + l] * x; s1 += W[o1 + l] * x; s2 += W[o2 + l] * x; s3 += W[o3 + l] * x;
      }
      const op = b * k + j;
      P[op] = s0; P[op + 1] = s1; P[op + 2] = s2; P[op + 3] = s3;
    }
  }
  for (; j < j1; j++) {
    const o = j * d;
    for (let b = 0; b < m; b++) {
      const ox = b * d;
      let s = 0;
      for (let l = 0; l < d; l++) s += W[o + l] * X[ox + l];
      P[b * k + j] = s;
    }
  }
}`;
}

// The same loop for the calling thread (one source, so the worker and the thread agree).
const gemmInThread = new Function(`${gemmSource()}; return gemm;`)() as (
  W: FloatArray, X: FloatArray, P: Float64Array, m: number, k: number, d: number, j0: number, j1: number) => void;

/**
 * The js kernel: float64 accumulation (binary64), rows of W split over
 * `threads` worker threads (default: the available parallelism) that read W
 * from a SharedArrayBuffer (copied once when W is not shared already);
 * small products run in the calling thread. W is k × d.
 * @example
 * const K = jsKernel(new Float32Array([1, 2, 3, 4]), 2, 2);
 * await K.products(new Float64Array([1, 1]), 1); // Float64Array [3, 7]
 */
export function jsKernel(W: FloatArray, k: number, d: number, threads = availableParallelism()): MatrixKernel {
  let shared: FloatArray | null = null;
  let workers: Worker[] = [];
  let queue: Promise<void> = Promise.resolve();
  const ensureWorkers = () => {
    if (!shared) {
      shared = W.buffer instanceof SharedArrayBuffer ? W : copyShared(W);
    }
    if (workers.length === 0) {
      workers = Array.from({ length: Math.max(1, threads) }, () => {
        const w = new Worker(WORKER_SOURCE, { eval: true });
        w.unref();
        return w;
      });
    }
    return shared;
  };
  return {
    name: `js (binary64 accumulation, ${Math.max(1, threads)} worker threads)`,
    format: BINARY64,
    inputType: 'float64',
    async products(X: FloatArray, m: number): Promise<Float64Array> {
      if (X.length !== m * d) throw new RangeError(`js kernel: X has ${X.length} entries, need ${m} × ${d}`);
      if (m * k * d <= IN_THREAD_MACS || threads <= 1) {
        const P = new Float64Array(m * k);
        gemmInThread(W, X, P, m, k, d, 0, k);
        return P;
      }
      // One job at a time on the workers (a worker's next 'message' must answer this job):
      // concurrent calls wait for the ones before them.
      const run = async () => {
        const Wsh = ensureWorkers();
        const Xsh = copyShared(X);
        const P = new Float64Array(new SharedArrayBuffer(m * k * 8));
        const n = workers.length;
        await Promise.all(workers.map((w, t) => new Promise<void>((resolve, reject) => {
          const j0 = Math.floor((k * t) / n);
          const j1 = Math.floor((k * (t + 1)) / n);
          const onError = (e: Error) => reject(e);
          w.once('error', onError);
          w.once('message', () => { w.off('error', onError); resolve(); });
          w.postMessage({ W: Wsh, X: Xsh, P, m, k, d, j0, j1 });
        })));
        return P;
      };
      const job = queue.then(run);
      queue = job.then(() => undefined, () => undefined);
      return job;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      workers = [];
    },
  };
}

function copyShared(a: FloatArray): FloatArray {
  const s = a instanceof Float32Array ? new Float32Array(new SharedArrayBuffer(a.byteLength)) : new Float64Array(new SharedArrayBuffer(a.byteLength));
  s.set(a);
  return s;
}

/**
 * A float vector of the kernel's input type nearest to x (round to nearest; not exact for float32 input).
 * @example
 * toKernelInput([0.1, 2], 'float32'); // Float32Array [0.10000000149011612, 2]
 */
export function toKernelInput(x: ArrayLike<number>, type: 'float32' | 'float64'): FloatArray {
  return type === 'float32' ? Float32Array.from(x) : Float64Array.from(x);
}
