/**
 * A language-model-shaped test unembedding (the construction of
 * `shared/peer-argmax/make_vocab_matrix.py`, in TypeScript, without numpy): rows of
 * anisotropic pseudo-Gaussian entries, every entry a multiple of 2^-12 (exact in float32),
 * and `planted` labels that are midpoints (w_a + w_b)/2 of two other rows, hence provably
 * not argmaxable without a bias. Written as a float32 `.npy` file chunk by chunk, so a
 * 50 257 × 768 matrix (154 MB) never sits in memory twice.
 *
 *   npx tsx test/cli/helpers/vocab-matrix.ts K D SEED OUT.npy [PLANTED]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { npyFile } from '../../unit/io/write-files.ts';

/** A seeded pseudo-random standard normal generator (Box–Muller on a 32-bit LCG; NOT numpy's stream). */
function normals(seed: number): () => number {
  let s = seed >>> 0 || 1;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/**
 * Writes the k × d matrix to `path` and returns the planted labels with their two parents
 * (planted labels are among the first rows' successors: label 3t+2 = midpoint of 3t and 3t+1).
 */
export function writeVocabMatrix(path: string, k: number, d: number, seed: number, planted = 0): { label: number; a: number; b: number }[] {
  const gauss = normals(seed);
  const spectrum = Float64Array.from({ length: d }, (_, c) => 1 / Math.sqrt(1 + c));
  const mean = Float64Array.from({ length: d }, (_, c) => 0.3 * gauss() * spectrum[c]);
  const fd = openSync(path, 'w');
  writeSync(fd, npyFile('<f4', [k, d], new Uint8Array(0))); // the header; the data follows chunk by chunk
  const plantedRows: { label: number; a: number; b: number }[] = [];
  const chunkRows = Math.max(1, Math.floor((1 << 22) / d));
  const prev: Float32Array[] = [];
  for (let i0 = 0; i0 < k; i0 += chunkRows) {
    const n = Math.min(chunkRows, k - i0);
    const buf = new Float32Array(n * d);
    for (let t = 0; t < n; t++) {
      const i = i0 + t;
      const row = buf.subarray(t * d, (t + 1) * d);
      if (i % 3 === 2 && plantedRows.length < planted) {
        // midpoint of the two rows before it: exact in float32 (multiples of 2^-13, small)
        for (let c = 0; c < d; c++) row[c] = (prev[0][c] + prev[1][c]) / 2;
        plantedRows.push({ label: i, a: i - 2, b: i - 1 });
      } else {
        const norm = Math.exp(0.35 * gauss());
        for (let c = 0; c < d; c++) row[c] = Math.round((gauss() * spectrum[c] + mean[c]) * norm * 4096) / 4096;
      }
      prev.push(row);
      if (prev.length > 2) prev.shift();
    }
    writeSync(fd, new Uint8Array(buf.buffer));
    // keep copies of the last two rows: the next chunk's buffer is new
    prev.splice(0, prev.length, ...prev.map((r) => Float32Array.from(r)));
  }
  closeSync(fd);
  return plantedRows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [k, d, seed] = process.argv.slice(2, 5).map(Number);
  const planted = writeVocabMatrix(process.argv[5], k, d, seed, Number(process.argv[6] ?? 0));
  console.log(`wrote ${process.argv[5]}: ${k} x ${d} float32, ${planted.length} planted unargmaxable labels`);
}
