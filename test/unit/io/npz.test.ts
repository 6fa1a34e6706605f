import { afterAll, describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRational } from '../../../src/field/rational.ts';
import { listNpz, readNpzTensor } from '../../../src/io/npz.ts';
import { tensorEntryRational, type Tensor } from '../../../src/io/tensor.ts';
import { listTensors } from '../../../src/io/tensor-file.ts';
import { loadMatrixFile, readVectorEntries } from '../../../src/io/matrix-file.ts';
import { concat, decodeFloats, leBytes, npyFile, tempDir, zipFile } from './write-files.ts';

const tmp = tempDir('cosine-verify-npz-');
afterAll(tmp.remove);
const fixture = (name: string) => resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/npz', name);

const W_BYTES = leBytes('F32', [0.1, -2.5, 1 / 3, 65504, 2 ** -149, -0]);
const B_BYTES = leBytes('F64', [1.5, -0.1, 5e-324]);
const H_BYTES = leBytes('U16', [0x3555, 0x0001, 0xfbff, 0x8000]);
const exactTexts = (t: Tensor): string[] => Array.from({ length: t.data.length }, (_, i) => formatRational(tensorEntryRational(t, i)));
const expected = (bytes: Uint8Array, format: 'F64' | 'F32' | 'F16') => decodeFloats(bytes, format).map((r) => formatRational(r!));

/** The archive of the tests: W (float32 2 × 3), b (float64 (3,)), h (float16 big-endian 2 × 2). */
function members(deflate: boolean) {
  const hBigEndian = new Uint8Array(H_BYTES.length);
  for (let i = 0; i < H_BYTES.length; i += 2) hBigEndian.set([H_BYTES[i + 1], H_BYTES[i]], i);
  return [
    { name: 'W.npy', data: npyFile('<f4', [2, 3], W_BYTES), deflate },
    { name: 'b.npy', data: npyFile('<f8', [3], B_BYTES), deflate },
    { name: 'h.npy', data: npyFile('>f2', [2, 2], hBigEndian), deflate },
  ];
}

describe('.npz: plain and compressed archives, every entry exact', () => {
  const cases = [
    ['stored (numpy.savez)', tmp.write('plain.npz', zipFile(members(false)))],
    ['deflated (numpy.savez_compressed)', tmp.write('compressed.npz', zipFile(members(true)))],
    ['stored, zip64 local headers as numpy writes them', tmp.write('zip64.npz', zipFile(members(false), true))],
  ] as const;
  for (const [what, path] of cases) {
    it(`${what}: lists the keys and reads each array in its native dtype`, () => {
      expect(listNpz(path)).toEqual([
        { name: 'W', dtype: 'F32', shape: [2, 3] },
        { name: 'b', dtype: 'F64', shape: [3] },
        { name: 'h', dtype: 'F16', shape: [2, 2] },
      ]);
      const W = readNpzTensor(path, 'W');
      expect(W.data).toBeInstanceOf(Float32Array);
      expect(exactTexts(W)).toEqual(expected(W_BYTES, 'F32'));
      expect(exactTexts(readNpzTensor(path, 'b.npy'))).toEqual(expected(B_BYTES, 'F64'));
      expect(exactTexts(readNpzTensor(path, 'h'))).toEqual(expected(H_BYTES, 'F16'));
    });
  }

  it('archives written by CPython zipfile as numpy.savez / savez_compressed call it (fixtures)', () => {
    for (const name of ['savez.npz', 'savez_compressed.npz']) {
      const path = fixture(name);
      expect(listTensors(path).map((t) => [t.name, t.dtype, t.shape])).toEqual([['W', 'F32', [2, 3]], ['b', 'F64', [3]]]);
      expect(exactTexts(readNpzTensor(path, 'W'))).toEqual(expected(W_BYTES, 'F32'));
      expect(exactTexts(readNpzTensor(path, 'b'))).toEqual(expected(B_BYTES, 'F64'));
    }
  });

  it('as W and bias: the one 2-D float array is W without a name; a bias is named', () => {
    const path = fixture('savez_compressed.npz');
    const m = loadMatrixFile(path);
    expect(m.W.flat().map((x) => m.F.format(x as never))).toEqual(expected(W_BYTES, 'F32'));
    const b = readVectorEntries(path, { tensor: 'b' });
    expect(b).toEqual({ entries: [1.5, -0.1, 5e-324], numbers: 'float64', where: `${path}: tensor "b"` });
    expect(() => readVectorEntries(tmp.write('two-b.npz', zipFile([...members(false), { name: 'c.npy', data: npyFile('<f8', [3], B_BYTES) }]))))
      .toThrow(/two-b\.npz: holds 4 tensors and 2 of them are a 1-D float tensor \(a bias\): "b" F64 \[3\], "c" F64 \[3\]; pass --bias-tensor NAME/);
  });
});

describe('.npz: bad input is one error naming the path (and key)', () => {
  it('a missing key lists the keys', () => {
    expect(() => readNpzTensor(fixture('savez.npz'), 'V')).toThrow(new RangeError(`${fixture('savez.npz')}: no tensor "V"; the archive holds "W", "b"`));
  });

  it('a member with an unsupported dtype or truncated data names the key', () => {
    const path = tmp.write('bad-member.npz', zipFile([
      { name: 'i.npy', data: npyFile('<i8', [2], new Uint8Array(16)) },
      { name: 't.npy', data: npyFile('<f8', [2], new Uint8Array(12)) },
    ]));
    expect(listNpz(path).map((t) => t.dtype)).toEqual(['<i8', 'F64']);
    expect(() => readNpzTensor(path, 'i')).toThrow(/bad-member\.npz: tensor "i": unsupported dtype "<i8"/);
    expect(() => readNpzTensor(path, 't')).toThrow(/bad-member\.npz: tensor "t": truncated \.npy data \(shape \(2,\) of <f8 needs 16 bytes, found 12\)/);
  });

  it('a damaged zip, a zip without .npy members, an empty zip', () => {
    const good = zipFile(members(true));
    const damaged = tmp.write('damaged.npz', concat([good.subarray(0, 40), new Uint8Array(8), good.subarray(48)]));
    expect(() => readNpzTensor(damaged, 'W')).toThrow(/damaged\.npz: /);
    const text = tmp.write('text.zip', zipFile([{ name: 'readme.txt', data: new TextEncoder().encode('hi') }]));
    expect(() => listNpz(text)).toThrow(new TypeError(`${text}: a zip archive without .npy members, so not an .npz (it holds "readme.txt")`));
    const empty = tmp.write('empty.npz', zipFile([]));
    expect(() => listTensors(empty)).toThrow(/empty\.npz: a zip archive without \.npy members, so not an \.npz \(it is empty\)/);
  });

  it('a PyTorch zip checkpoint gets one line on how to convert it', () => {
    const pt = tmp.write('model.pt', zipFile([{ name: 'archive/data.pkl', data: new Uint8Array([0x80, 2]) }, { name: 'archive/data/0', data: new Uint8Array(4) }]));
    for (const read of [() => listTensors(pt), () => loadMatrixFile(pt)]) {
      expect(read).toThrow(TypeError);
      expect(read).toThrow(/model\.pt: a PyTorch checkpoint \(a Python pickle\) is not read: .* save_file\(.*"model\.safetensors"\)/);
    }
    try {
      loadMatrixFile(pt);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });
});
