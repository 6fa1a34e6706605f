/**
 * Benchmark: reading a GPT-2-sized unembedding (50 257 × 768 float32,
 * 154 MB) from safetensors, `.npy` and a TF.js manifest, with the memory each
 * read costs (issue 11: the readers keep the native dtype, so memory stays
 * about 1× the tensor's bytes).
 *
 *   npx tsx --expose-gc bench/tensor-read.ts [--k 50257] [--d 768]
 *
 * Writes the files into a temporary directory (removed afterwards), then for
 * each reader: wall time (NOT exact; noisy on a shared machine) and the growth
 * of `process.memoryUsage().arrayBuffers` and of the resident set while the
 * tensor is held, after a garbage collection. The TF.js row also transposes
 * the kernel [d, k] into W = k × d (`unembeddingTensor(t, 'last')`), a second
 * copy of the tensor's size.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNpy } from '../src/io/npy.ts';
import { readSafetensorsTensor } from '../src/io/safetensors.ts';
import { readTfjsTensor } from '../src/io/tfjs.ts';
import { unembeddingTensor, type Tensor } from '../src/io/tensor.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const k = arg('--k', 50257);
const d = arg('--d', 768);
const bytes = k * d * 4;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-bench-read-'));

/** Writes `head` then `bytes` of pseudo-random float32 data in 16 MB chunks (no full copy in memory). */
function writeFile(name: string, head: Uint8Array): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  const chunk = new Float32Array(1 << 22);
  let seed = 1;
  for (let done = 0; done < bytes; done += chunk.byteLength) {
    for (let i = 0; i < chunk.length; i++) chunk[i] = ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) - 0.5;
    writeSync(fd, new Uint8Array(chunk.buffer, 0, Math.min(chunk.byteLength, bytes - done)));
  }
  closeSync(fd);
  return path;
}

function safetensorsHead(): Uint8Array {
  let json = JSON.stringify({ 'wte.weight': { dtype: 'F32', shape: [k, d], data_offsets: [0, bytes] } });
  while (json.length % 8 !== 0) json += ' ';
  const head = new Uint8Array(8 + json.length);
  new DataView(head.buffer).setBigUint64(0, BigInt(json.length), true);
  head.set(new TextEncoder().encode(json), 8);
  return head;
}

function npyHead(): Uint8Array {
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${k}, ${d}), }`;
  while ((10 + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const head = new Uint8Array(10 + header.length);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  head.set(new TextEncoder().encode(header), 10);
  return head;
}

function tfjsModel(): string {
  writeFile('group1-shard1of1.bin', new Uint8Array(0));
  const manifest = { weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: [{ name: 'dense/kernel', shape: [d, k], dtype: 'float32' }] }] };
  const path = join(dir, 'model.json');
  const fd = openSync(path, 'w');
  writeSync(fd, JSON.stringify(manifest));
  closeSync(fd);
  return path;
}

function measure(what: string, read: () => Tensor): string {
  gc();
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const t = read();
  const seconds = (performance.now() - start) / 1000;
  gc();
  gc();
  const after = process.memoryUsage();
  const mb = (x: number) => (x / 1e6).toFixed(0);
  const line = `| ${what} | ${t.dtype} [${t.shape.join(', ')}] | ${seconds.toFixed(2)} s | ${mb(after.arrayBuffers - before.arrayBuffers)} MB | ${mb(after.rss - before.rss)} MB |`;
  if (t.data.length !== k * d) throw new Error('wrong size');
  return line;
}

try {
  const st = writeFile('model.safetensors', safetensorsHead());
  const npy = writeFile('W.npy', npyHead());
  const tfjs = tfjsModel();
  console.log(`tensor: ${k} × ${d} float32 = ${(bytes / 1e6).toFixed(0)} MB; node ${process.version}`);
  console.log('| reader | tensor | time | arrayBuffers held | RSS growth |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(measure('readSafetensorsTensor', () => readSafetensorsTensor(st, 'wte.weight')));
  console.log(measure('readNpy', () => readNpy(npy)));
  console.log(measure("readTfjsTensor + unembeddingTensor(t, 'last')", () => unembeddingTensor(readTfjsTensor(tfjs, 'dense/kernel'), 'last')));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
