import { describe, expect, it } from 'vitest';
import { formatRational } from '../../../src/field/rational.ts';
import {
  shapeSize, tensorFromBytes, tensorRationalRows, tensorRows, tensorToFloat32, tensorToFloat64, unembeddingShape, unembeddingTensor, type Tensor,
} from '../../../src/io/tensor.ts';
import { chooseTensor } from '../../../src/io/tensor-file.ts';
import { concat, leBytes } from './write-files.ts';

const f32 = (shape: number[], values: number[], name = 't'): Tensor =>
  tensorFromBytes({ name, file: 'm.safetensors', dtype: 'F32', shape, bytes: leBytes('F32', values), littleEndian: true });

describe('tensors: native storage and the unembedding view', () => {
  it('aligned little-endian bytes are used without a copy; unaligned or big-endian bytes are copied (and swapped)', () => {
    const bytes = leBytes('F32', [1, 2, 3, 4]);
    const t = tensorFromBytes({ name: 'w', file: 'f', dtype: 'F32', shape: [2, 2], bytes, littleEndian: true });
    expect(t.data.buffer).toBe(bytes.buffer);
    const shifted = concat([new Uint8Array(1), bytes]).subarray(1);
    const u = tensorFromBytes({ name: 'w', file: 'f', dtype: 'F32', shape: [4], bytes: shifted, littleEndian: true });
    expect(Array.from(u.data)).toEqual([1, 2, 3, 4]);
    const big = tensorFromBytes({ name: 'w', file: 'f', dtype: 'F32', shape: [4], bytes: leBytes('F32', [1, 2, 3, 4], true), littleEndian: false });
    expect(Array.from(big.data)).toEqual([1, 2, 3, 4]);
    expect(Array.from(tensorFromBytes({ name: 'w', file: 'f', dtype: 'F64', shape: [2], bytes, littleEndian: true }).data)).toHaveLength(2);
    expect(() => tensorFromBytes({ name: 'w', file: 'f', dtype: 'F64', shape: [3], bytes, littleEndian: true })).toThrow('f: tensor "w": F64 [3] needs 24 bytes, found 16');
  });

  it('label axis first: the same data as k × d; last: the transposed copy (a conv kernel [h, w, c, k] → k × h·w·c)', () => {
    const kernel = f32([1, 2, 2, 3], Array.from({ length: 12 }, (_, s) => s)); // stored index s = (b·2 + c)·3 + label
    const first = unembeddingTensor(kernel, 'first');
    expect(first.shape).toEqual([1, 12]);
    expect(first.data).toBe(kernel.data);
    const last = unembeddingTensor(kernel, 'last');
    expect(last.shape).toEqual([3, 4]);
    expect(tensorRows(last)).toEqual([[0, 3, 6, 9], [1, 4, 7, 10], [2, 5, 8, 11]]);
    expect(unembeddingShape([768, 50257], 'last', 'x')).toEqual({ k: 50257, d: 768 });
    // a dense kernel [d, k] larger than the 64 × 64 transposition blocks, with partial blocks at both edges
    const [d, k] = [130, 70];
    const big = unembeddingTensor(f32([d, k], Array.from({ length: d * k }, (_, s) => s)), 'last');
    const wrong: number[] = [];
    for (let i = 0; i < k; i++) for (let j = 0; j < d; j++) if (big.data[i * d + j] !== j * k + i) wrong.push(i * d + j);
    expect([big.shape, wrong]).toEqual([[k, d], []]);
    expect(() => unembeddingShape([7], 'first', 'b.npy')).toThrow(new RangeError('b.npy: expected a matrix (rows are labels), got 1-D shape (7)'));
    expect(() => shapeSize([2, -1], 'x')).toThrow(/x: bad dimension -1/);
    expect(() => shapeSize([2 ** 30, 2 ** 30, 2 ** 30], 'x')).toThrow(/more than 2\^53 entries/);
  });

  it('exact rationals name file, tensor, row and column of a NaN or Infinity', () => {
    const t = f32([2, 2], [0.5, -0, 3, Number.NaN]);
    expect(() => tensorRationalRows(t)).toThrow(new RangeError('m.safetensors: tensor "t": row 1, column 1: NaN is not a finite number'));
    const inf = f32([1, 2], [Number.NEGATIVE_INFINITY, 1], '');
    expect(() => tensorRationalRows(inf)).toThrow(new RangeError('m.safetensors: row 0, column 0: -Infinity is not a finite number'));
    expect(tensorRationalRows(f32([1, 2], [2 ** -149, -0])).flat().map(formatRational)).toEqual([`1/${2n ** 149n}`, '0']);
  });

  it('float arrays for fast paths: F32 as is, 16-bit floats exactly, F64 rounded to float32, quantized as TF.js stores it', () => {
    const t = f32([2], [0.1, -2]);
    expect(tensorToFloat32(t)).toBe(t.data);
    expect(Array.from(tensorToFloat64(t))).toEqual([Math.fround(0.1), -2]);
    const bf = tensorFromBytes({ name: 'b', file: 'f', dtype: 'BF16', shape: [2], bytes: leBytes('U16', [0x3dcd, 0xc0a0]), littleEndian: true });
    expect(Array.from(tensorToFloat64(bf))).toEqual([0.10009765625, -5]);
    const f64 = tensorFromBytes({ name: 'd', file: 'f', dtype: 'F64', shape: [1], bytes: leBytes('F64', [0.1]), littleEndian: true });
    expect(tensorToFloat64(f64)).toBe(f64.data);
    expect(tensorToFloat32(f64)[0]).toBe(Math.fround(0.1));
    const q = tensorFromBytes({ name: 'q', file: 'f', dtype: 'U8', shape: [2], bytes: leBytes('U8', [0, 3]), littleEndian: true, quantization: { scale: 0.1, min: -1 } });
    expect(Array.from(tensorToFloat32(q))).toEqual([-1, Math.fround(3 * 0.1 - 1)]);
    expect(() => tensorRows(unembeddingTensor({ ...q, shape: [1, 2] }, 'first'))).toThrow(/quantized values are not float64 numbers/);
  });

  it('chooseTensor: the one 2-D (or 1-D) float tensor, else an error listing the candidates or the tensors', () => {
    const infos = [
      { name: 'emb', dtype: 'F32', shape: [10, 4] },
      { name: 'ids', dtype: 'I64', shape: [3, 2] },
      { name: 'bias', dtype: 'BF16', shape: [10] },
      { name: 'q', dtype: 'U8', shape: [10, 4], quantization: { scale: 1, min: 0 } },
    ];
    expect(chooseTensor('m', infos.slice(0, 3), 'matrix', '--tensor')).toBe('emb');
    expect(chooseTensor('m', infos, 'vector', '--bias-tensor')).toBe('bias');
    expect(() => chooseTensor('m', infos, 'matrix', '--tensor')).toThrow(new RangeError('m: holds 4 tensors and 2 of them are a 2-D float tensor (a matrix W, rows are labels): "emb" F32 [10, 4], "q" U8 [10, 4]; pass --tensor NAME to choose one'));
    expect(() => chooseTensor('m', infos.slice(1, 2), 'matrix', '--tensor')).toThrow(new RangeError('m: holds 1 tensor and no 2-D float tensor (a matrix W, rows are labels); pass --tensor NAME to choose one (it holds "ids" I64 [3, 2])'));
  });
});
