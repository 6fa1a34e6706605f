/**
 * The fingerprint of a dense unembedding: SHA-256 (node:crypto) of its shape, its dtype,
 * its entries' bytes and, when present, the bias's dtype and bytes. Two JSONL files of the
 * scale path (shards, a resumed run) come from the same model exactly when their headers'
 * fingerprints agree (up to a SHA-256 collision). The bytes are the arrays' in-memory
 * (little-endian on every platform Node runs on) IEEE encodings, so the same values read
 * from .npy or safetensors give the same fingerprint.
 */
import { createHash } from 'node:crypto';
import { dtypeOf, type DenseMatrix, type FloatArray } from '../../dense/dense-matrix.ts';

const bytesOf = (a: FloatArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * `sha256:` and the hex digest of W's shape, dtype, entries and bias (see the module doc).
 * @example denseFingerprint(denseMatrix(new Float32Array([1, 0]), 1, 2)) // 'sha256:…'
 */
export function denseFingerprint(W: DenseMatrix): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ k: W.k, d: W.d, dtype: dtypeOf(W.data), bias: W.bias === undefined ? null : dtypeOf(W.bias) }));
  h.update(bytesOf(W.data));
  if (W.bias !== undefined) h.update(bytesOf(W.bias));
  return `sha256:${h.digest('hex')}`;
}
