import { afterAll, describe, expect, it } from 'vitest';
import { fileSize, readByteRanges, readFileHead, swapBytesInPlace } from '../../../src/io/file-bytes.ts';
import { readTensor } from '../../../src/io/tensor-file.ts';
import { listSafetensors } from '../../../src/io/safetensors.ts';
import { listTfjs, readTfjsTensor } from '../../../src/io/tfjs.ts';
import { leBytes, npyFile, safetensorsFile, tempDir, writeTfjsModel } from './write-files.ts';

const tmp = tempDir('cosine-verify-file-bytes-');
afterAll(tmp.remove);

describe('file bytes: ranges, heads, byte order', () => {
  it('reads ranges of several files into one buffer; a range beyond the end is a truncation naming the file', () => {
    const a = tmp.write('a.bin', new Uint8Array([0, 1, 2, 3, 4, 5]));
    const b = tmp.write('b.bin', new Uint8Array([10, 11, 12]));
    const out = readByteRanges([{ file: a, offset: 4, length: 2 }, { file: b, offset: 0, length: 3 }]);
    expect(Array.from(out)).toEqual([4, 5, 10, 11, 12]);
    expect(out.byteOffset).toBe(0);
    expect(() => readByteRanges([{ file: a, offset: 4, length: 5 }])).toThrow(new RangeError(`${a}: truncated (the file ends at byte 6, 3 bytes short of byte 9)`));
    expect(readFileHead(a, 100)).toEqual({ bytes: new Uint8Array([0, 1, 2, 3, 4, 5]), size: 6 });
    expect(fileSize(b)).toBe(3);
  });

  it('swaps byte order in place, refusing a partial item', () => {
    expect(Array.from(swapBytesInPlace(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 4))).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
    expect(() => swapBytesInPlace(new Uint8Array(3), 2)).toThrow(/3 bytes are not a whole number of 2-byte items/);
  });
});

describe('more malformed containers', () => {
  it('a .npy file holds one unnamed array; a safetensors __metadata__ must hold strings', () => {
    const npy = tmp.write('w.npy', npyFile('<f8', [1, 1], leBytes('F64', [1])));
    expect(readTensor(npy, '').shape).toEqual([1, 1]);
    expect(() => readTensor(npy, 'W')).toThrow(new RangeError(`${npy}: a .npy file holds one unnamed array, not a tensor "W"`));
    const meta = tmp.write('meta.safetensors', safetensorsFile([{ name: 'w', dtype: 'F32', shape: [1], bytes: leBytes('F32', [1]) }], { n: 1 } as never));
    expect(() => listSafetensors(meta)).toThrow(/meta\.safetensors: safetensors "__metadata__" must be an object of strings/);
  });

  it('TF.js: a weight without a name or with a bad shape, an unknown quantization, invalid JSON, a tensor after a string weight', () => {
    const base = { shape: [1], dtype: 'float32', bytes: leBytes('F32', [1]) };
    expect(() => listTfjs(writeTfjsModel(tmp.write, 'noname', [{ ...base, name: undefined as never }]))).toThrow(/noname\.json: weightsManifest\[0\]\.weights\[0\]: a weight needs a string "name"/);
    expect(() => listTfjs(writeTfjsModel(tmp.write, 'shape', [{ ...base, name: 'w', shape: [1.5] }]))).toThrow(/shape\.json: .*weight "w": "shape" must be a list of non-negative integers/);
    expect(() => listTfjs(writeTfjsModel(tmp.write, 'q4', [{ ...base, name: 'w', quantization: { dtype: 'uint4' } }]))).toThrow(/q4\.json: .*weight "w": unknown quantization dtype "uint4"/);
    expect(() => listTfjs(tmp.write('broken.json', '{"weightsManifest": ['))).toThrow(/broken\.json: invalid JSON/);
    const strings = writeTfjsModel(tmp.write, 'strings', [{ name: 's', shape: [1], dtype: 'string', bytes: new Uint8Array([1, 0, 0, 0, 0x41]) }, { ...base, name: 'w' }]);
    expect(listTfjs(strings)[1].ranges).toBeUndefined();
    expect(() => readTfjsTensor(strings, 'w')).toThrow(new TypeError(`${strings}: tensor "w" follows a string weight in its group, so its bytes cannot be located`));
  });
});
