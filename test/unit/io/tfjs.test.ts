import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RationalField as Q, formatRational } from '../../../src/field/rational.ts';
import { listTfjs, readTfjsTensor } from '../../../src/io/tfjs.ts';
import { tensorEntryRational, tensorRationalRows, tensorToFloat32, unembeddingTensor, type Tensor } from '../../../src/io/tensor.ts';
import { listTensors } from '../../../src/io/tensor-file.ts';
import { loadMatrixFile, readMatrixEntries, readVectorEntries } from '../../../src/io/matrix-file.ts';
import { decodeFloats, leBytes, tempDir, writeTfjsModel, type TfjsWeight } from './write-files.ts';

const tmp = tempDir('cosine-verify-tfjs-');
afterAll(tmp.remove);
const exactTexts = (t: Tensor): string[] => Array.from({ length: t.data.length }, (_, i) => formatRational(tensorEntryRational(t, i)));

// ---------------------------------------------------------------------------------------------
// The real model: ../shared/real-models/emotion (README: unknown_43 [3, 3, 256, 7] → W 7 × 2304).
const EMOTION = resolve('../shared/real-models/emotion/emotion.json');
const EMOTION_BIN = resolve('../shared/real-models/emotion/emotion.bin');

/** Byte offset of a weight in emotion.bin, computed here from the manifest (float32 / int32: 4 bytes each). */
function emotionOffset(name: string): number {
  const manifest = JSON.parse(readFileSync(EMOTION, 'utf8')) as { weightsManifest: { weights: { name: string; shape: number[] }[] }[] };
  let offset = 0;
  for (const w of manifest.weightsManifest[0].weights) {
    if (w.name === name) return offset;
    offset += 4 * w.shape.reduce((a, b) => a * b, 1);
  }
  throw new Error(`no weight ${name}`);
}

describe('TF.js: the emotion classifier (a real model)', () => {
  const bin = new DataView(readFileSync(EMOTION_BIN).buffer);
  const kernelAt = emotionOffset('unknown_43');
  const biasAt = emotionOffset('unknown_44');
  /** W[i][j] from the raw bytes: kernel [3, 3, 256, 7] stored row-major, j = (a·3 + b)·256 + c, the label axis last. */
  const rawW = (i: number, j: number) => bin.getFloat32(kernelAt + 4 * (j * 7 + i), true);

  it('lists 23 weights with their byte ranges; the head is at the offsets the manifest implies', () => {
    const list = listTfjs(EMOTION);
    expect(list).toHaveLength(23);
    const head = list.find((t) => t.name === 'unknown_43')!;
    expect(head).toEqual({ name: 'unknown_43', dtype: 'F32', shape: [3, 3, 256, 7], ranges: [{ file: EMOTION_BIN, offset: kernelAt, length: 3 * 3 * 256 * 7 * 4 }] });
    expect(kernelAt).toBe(20736);
    expect(list.find((t) => t.name === 'unknown_44')!.ranges).toEqual([{ file: EMOTION_BIN, offset: biasAt, length: 28 }]);
    expect(list.find((t) => t.name.endsWith('reduction_indices'))!.dtype).toBe('I32');
  });

  it('W = 7 × 2304 (the kernel\'s last axis is the label axis), every entry equal to the float32 in the file', () => {
    const { rows, numbers, where } = readMatrixEntries(EMOTION, { tensor: 'unknown_43' });
    expect(where).toBe(`${EMOTION}: tensor "unknown_43"`);
    expect(numbers).toBe('float64');
    const W = rows as number[][];
    expect([W.length, W[0].length]).toEqual([7, 2304]);
    const mismatches = W.flatMap((row, i) => row.flatMap((x, j) => (Object.is(x, rawW(i, j)) ? [] : [`(${i}, ${j})`])));
    expect(mismatches).toEqual([]);
    // spot checks of kernel positions: (a, b, c, label) → W[label][(a·3 + b)·256 + c]
    expect(W[0][0]).toBe(bin.getFloat32(kernelAt, true));
    expect(W[6][(2 * 3 + 1) * 256 + 255]).toBe(bin.getFloat32(kernelAt + 4 * ((((2 * 3 + 1) * 256 + 255) * 7) + 6), true));
  });

  it('exact rationals: each entry is the dyadic value of its float32 bits; the bias has 7 entries', () => {
    const m = loadMatrixFile(EMOTION, { tensor: 'unknown_43' });
    expect(m.F.name).toBe('Q');
    for (const [i, j] of [[0, 0], [3, 1000], [6, 2303]]) {
      const bytes = new Uint8Array(bin.buffer, kernelAt + 4 * (j * 7 + i), 4);
      expect(m.F.format(m.W[i][j] as never)).toBe(formatRational(decodeFloats(bytes, 'F32')[0]!));
    }
    const b = readVectorEntries(EMOTION, { tensor: 'unknown_44' });
    expect(b.entries).toEqual(Array.from({ length: 7 }, (_, i) => bin.getFloat32(biasAt + 4 * i, true)));
  });

  it('without --tensor: no 2-D float tensor, so the error lists the tensors and asks for one', () => {
    expect(() => loadMatrixFile(EMOTION)).toThrow(/emotion\.json: holds 23 tensors and no 2-D float tensor .*; pass --tensor NAME to choose one \(it holds "unknown_26" F32 \[3, 3, 128, 1\], .*\.\.\. and 11 more\)/);
  });

  it('reads only the tensor\'s bytes: garbage outside its range changes nothing, a byte inside changes its entry', () => {
    const dir = join(tmp.dir, 'emotion-copy');
    mkdirSync(dir);
    copyFileSync(EMOTION, join(dir, 'emotion.json'));
    const bytes = new Uint8Array(readFileSync(EMOTION_BIN));
    const length = 3 * 3 * 256 * 7 * 4;
    bytes.fill(0xff, 0, kernelAt); // NaN patterns everywhere else
    bytes.fill(0xff, kernelAt + length);
    bytes[kernelAt + 4 * (5 * 7 + 2) + 3] ^= 0x80; // flip the sign of stored entry 5·7 + 2 = W[2][5]
    tmp.write('emotion-copy/emotion.bin', bytes);
    const W = unembeddingTensor(readTfjsTensor(join(dir, 'emotion.json'), 'unknown_43'), 'last');
    const changed: string[] = [];
    for (let i = 0; i < 7; i++) for (let j = 0; j < 2304; j++) if (!Object.is(W.data[i * 2304 + j], rawW(i, j))) changed.push(`(${i}, ${j})`);
    expect(changed).toEqual(['(2, 5)']);
    expect(W.data[2 * 2304 + 5]).toBe(-rawW(2, 5));
    expect(() => loadMatrixFile(join(dir, 'emotion.json'), { tensor: 'unknown_26' })).toThrow(/emotion\.json: tensor "unknown_26": row 0, column 0: NaN is not a finite number/);
    rmSync(dir, { recursive: true });
  });
});

// ---------------------------------------------------------------------------------------------
describe('TF.js: manifests written here, every dtype and quantization, across shards', () => {
  const dense = leBytes('F32', [0.1, -2.5, 1 / 3, 65504, 2 ** -149, -0]); // kernel [d = 2, k = 3]
  const weights: TfjsWeight[] = [
    { name: 'dense/kernel', shape: [2, 3], dtype: 'float32', bytes: dense },
    { name: 'ids', shape: [2], dtype: 'int32', bytes: leBytes('I32', [-1, 2147483647]) },
    { name: 'half', shape: [2, 2], dtype: 'float32', quantization: { dtype: 'float16' }, bytes: leBytes('U16', [0x3555, 0x0001, 0xfbff, 0x8000]) },
    { name: 'q8', shape: [2, 2], dtype: 'float32', quantization: { dtype: 'uint8', scale: 0.1, min: -12.75 }, bytes: leBytes('U8', [0, 1, 255, 128]) },
    { name: 'q16', shape: [3], dtype: 'float32', quantization: { dtype: 'uint16', scale: 2 ** -20, min: 1e-30 }, bytes: leBytes('U16', [0, 65535, 3]) },
  ];
  const path = writeTfjsModel(tmp.write, 'model', weights, 7); // 7-byte shards: tensors span shard boundaries

  it('lists every weight with its dtype, quantization and byte ranges across the shards', () => {
    const list = listTensors(path);
    expect(list.map((t) => [t.name, t.dtype, t.shape])).toEqual([
      ['dense/kernel', 'F32', [2, 3]], ['ids', 'I32', [2]], ['half', 'F16', [2, 2]], ['q8', 'U8', [2, 2]], ['q16', 'U16', [3]],
    ]);
    expect(list[3].quantization).toEqual({ scale: 0.1, min: -12.75 });
    // dense/kernel is bytes [0, 24): shards 1–4 (7 bytes each) hold [0, 7), [7, 14), [14, 21), [21, 24)
    expect(list[0].ranges!.map((r) => [r.file.replace(tmp.dir + '/', ''), r.offset, r.length])).toEqual([
      ['model-shard1.bin', 0, 7], ['model-shard2.bin', 0, 7], ['model-shard3.bin', 0, 7], ['model-shard4.bin', 0, 3],
    ]);
  });

  it('float32, int32 and float16-quantized values are the exact values of their bits', () => {
    expect(exactTexts(readTfjsTensor(path, 'dense/kernel'))).toEqual(decodeFloats(dense, 'F32').map((r) => formatRational(r!)));
    const ids = readTfjsTensor(path, 'ids');
    expect(ids.data).toBeInstanceOf(Int32Array);
    expect(exactTexts(ids)).toEqual(['-1', '2147483647']);
    const half = readTfjsTensor(path, 'half');
    expect(exactTexts(half)).toEqual(decodeFloats(weights[2].bytes, 'F16').map((r) => formatRational(r!)));
    expect(Array.from(tensorToFloat32(half))).toEqual([0.333251953125, 2 ** -24, -65504, -0]);
  });

  it('uint8 / uint16 quantization: exactly min + scale·q, with scale and min the float64 values of their JSON text', () => {
    const tenth = Q.fromRational(3602879701896397n, 2n ** 55n); // the float64 nearest 0.1
    const q8 = readTfjsTensor(path, 'q8');
    expect(q8.data).toBeInstanceOf(Uint8Array);
    expect(exactTexts(q8)).toEqual([0, 1, 255, 128].map((q) => formatRational(Q.fromRational(-51, 4).add(tenth.mul(q)))));
    const min = tensorEntryRational(readTfjsTensor(path, 'q16'), 0); // q = 0 → min exactly: the float64 nearest 1e-30
    expect(formatRational(min)).toBe(formatRational(decodeFloats(leBytes('F64', [1e-30]), 'F64')[0]!));
    expect(formatRational(tensorEntryRational(readTfjsTensor(path, 'q16'), 1).sub(min))).toBe('65535/1048576');
    // TF.js itself stores fround(q·scale + min): not the exact value
    expect(tensorToFloat32(q8)[1]).toBe(Math.fround(1 * 0.1 - 12.75));
  });

  it('as W: a dense kernel [d, k] gives W = k × d (the last axis is the label axis), exactly, also quantized', () => {
    const m = loadMatrixFile(path, { tensor: 'dense/kernel' });
    const f = decodeFloats(dense, 'F32').map((r) => formatRational(r!));
    expect(m.W.map((row) => row.map((x) => m.F.format(x as never)))).toEqual([[f[0], f[3]], [f[1], f[4]], [f[2], f[5]]]);
    expect(loadMatrixFile(path, { tensor: 'dense/kernel', labelAxis: 'first' }).W).toHaveLength(2);
    const q = loadMatrixFile(path, { tensor: 'q8' });
    const rows = tensorRationalRows(unembeddingTensor(readTfjsTensor(path, 'q8'), 'last')).map((r) => r.map(formatRational));
    expect(q.W.map((row) => row.map((x) => q.F.format(x as never)))).toEqual(rows);
  });
});

describe('TF.js: bad manifests are one error naming the path (and weight)', () => {
  const ok: TfjsWeight[] = [{ name: 'w', shape: [2, 2], dtype: 'float32', bytes: leBytes('F32', [1, 2, 3, 4]) }];

  it('a missing shard, a shard too short', () => {
    const path = writeTfjsModel(tmp.write, 'noshard', ok);
    rmSync(join(tmp.dir, 'noshard-shard1.bin'));
    expect(() => readTfjsTensor(path, 'w')).toThrow(/noshard-shard1\.bin: no such file/);
    const short = writeTfjsModel(tmp.write, 'short', [{ ...ok[0], bytes: ok[0].bytes.subarray(0, 10) }]);
    expect(() => listTfjs(short)).toThrow(/short\.json: tensor "w": its bytes \[0, 16\) lie beyond the 10 bytes of the shards .*short-shard1\.bin/);
  });

  it('entries without a known dtype, quantization without scale, groups without paths, not a manifest', () => {
    const unknown = writeTfjsModel(tmp.write, 'unknown', [{ ...ok[0], dtype: 'float64' }]);
    expect(() => listTfjs(unknown)).toThrow(/unknown\.json: weightsManifest\[0\]\.weights\[0\]: weight "w": unknown dtype "float64"/);
    const noScale = writeTfjsModel(tmp.write, 'noscale', [{ ...ok[0], quantization: { dtype: 'uint8', min: 0 }, bytes: new Uint8Array(4) }]);
    expect(() => listTfjs(noScale)).toThrow(/noscale\.json: .*weight "w": uint8 quantization needs a finite number "scale"/);
    const noPaths = tmp.write('nopaths.json', JSON.stringify({ weightsManifest: [{ weights: [] }] }));
    expect(() => listTfjs(noPaths)).toThrow(new SyntaxError(`${noPaths}: weightsManifest[0]: a group needs "paths" (a list of shard file names) and "weights" (a list)`));
    expect(() => listTfjs(tmp.write('plain.json', '{"W": [[1]]}'))).toThrow(/plain\.json: not a TF\.js model \(no "weightsManifest"\)/);
  });

  it('a missing weight lists the weights; dtypes that are not read are named', () => {
    const path = writeTfjsModel(tmp.write, 'kinds', [
      ...ok,
      { name: 'flags', shape: [2], dtype: 'bool', bytes: new Uint8Array(2) },
      { name: 'qi', shape: [2], dtype: 'int32', quantization: { dtype: 'uint8', scale: 1, min: 0 }, bytes: new Uint8Array(2) },
    ]);
    expect(() => readTfjsTensor(path, 'v')).toThrow(/kinds\.json: no tensor "v"; the file holds "w" F32 \[2, 2\], "flags" bool \[2\], "qi" int32 quantized as uint8 \[2\]/);
    expect(() => readTfjsTensor(path, 'flags')).toThrow(/kinds\.json: tensor "flags": unsupported dtype bool/);
    expect(() => readTfjsTensor(path, 'qi')).toThrow(TypeError);
  });
});
