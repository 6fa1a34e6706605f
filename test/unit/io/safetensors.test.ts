import { afterAll, describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { formatRational } from '../../../src/field/rational.ts';
import { listSafetensors, readSafetensorsHeader, readSafetensorsTensor } from '../../../src/io/safetensors.ts';
import { tensorEntryRational, type Tensor } from '../../../src/io/tensor.ts';
import { loadMatrixFile } from '../../../src/io/matrix-file.ts';
import { listTensors } from '../../../src/io/tensor-file.ts';
import { concat, decodeFloats, leBytes, safetensorsFile, tempDir } from './write-files.ts';

const tmp = tempDir('cosine-verify-safetensors-');
afterAll(tmp.remove);

/** One tensor of each float dtype, with subnormals, ±0, the extremes. */
const TENSORS = [
  { name: 'w64', dtype: 'F64', shape: [2, 4], bytes: leBytes('F64', [1.5, -0.1, 5e-324, 1e300, -0, 3, 0.1, -Number.MAX_VALUE]) },
  { name: 'w32', dtype: 'F32', shape: [4, 2], bytes: leBytes('F32', [0.1, -2.5, 1 / 3, 65504, 2 ** -149, -0, 3.4028234663852886e38, 1e-40]) },
  { name: 'w16', dtype: 'F16', shape: [3, 2], bytes: leBytes('U16', [0x0001, 0x8000, 0x7bff, 0x3555, 0xc000, 0x03ff]) },
  { name: 'wbf', dtype: 'BF16', shape: [2, 3], bytes: leBytes('U16', [0x3dcd, 0x0001, 0xc0a0, 0x7f7f, 0x8000, 0x3f80]) },
  { name: 'ids', dtype: 'I64', shape: [2], bytes: new Uint8Array(16) },
] as const;
const model = tmp.write('model.safetensors', safetensorsFile(TENSORS, { format: 'pt' }));

/** Every entry of a tensor as exact text. */
const exactTexts = (t: Tensor): string[] => Array.from({ length: t.data.length }, (_, i) => formatRational(tensorEntryRational(t, i)));

describe('safetensors: every float dtype read exactly', () => {
  it('lists the tensors with dtype, shape and byte range, and the metadata', () => {
    const header = readSafetensorsHeader(model);
    expect(header.metadata).toEqual({ format: 'pt' });
    expect(header.tensors.map((t) => [t.name, t.dtype, t.shape])).toEqual(TENSORS.map((t) => [t.name, t.dtype, t.shape]));
    const headerEnd = header.tensors[0].ranges![0].offset;
    expect(header.tensors.map((t) => t.ranges![0].offset - headerEnd)).toEqual([0, 64, 96, 108, 120]);
    expect(listTensors(model)).toEqual(listSafetensors(model));
  });

  for (const spec of TENSORS.slice(0, 4) as readonly { name: string; dtype: 'F64' | 'F32' | 'F16' | 'BF16'; shape: readonly number[]; bytes: Uint8Array }[]) {
    it(`${spec.dtype}: every entry is the exact value of its bits, kept in the native dtype`, () => {
      const t = readSafetensorsTensor(model, spec.name);
      expect(t.dtype).toBe(spec.dtype);
      expect(t.shape).toEqual(spec.shape);
      expect(t.data.constructor.name).toBe({ F64: 'Float64Array', F32: 'Float32Array', F16: 'Uint16Array', BF16: 'Uint16Array' }[spec.dtype]);
      expect(exactTexts(t)).toEqual(decodeFloats(spec.bytes, spec.dtype).map((r) => formatRational(r!)));
    });
  }

  it('loadMatrixFile reads a named tensor into Q, exactly; several 2-D tensors without a name are an error listing them', () => {
    const m = loadMatrixFile(model, { tensor: 'w16' });
    expect(m.F.name).toBe('Q');
    expect(m.W.flat().map((x) => m.F.format(x as never))).toEqual(decodeFloats(TENSORS[2].bytes, 'F16').map((r) => formatRational(r!)));
    expect(() => loadMatrixFile(model)).toThrow(/model\.safetensors: holds 5 tensors and 4 of them are a 2-D float tensor .*"w64" F64 \[2, 4\].*pass --tensor NAME/);
    const single = tmp.write('single.safetensors', safetensorsFile([TENSORS[1], TENSORS[4]]));
    expect(loadMatrixFile(single).W).toHaveLength(4);
  });
});

describe('safetensors: detected by content, not by extension', () => {
  it('a safetensors file named .bin is read; 8 small bytes not followed by a JSON header are not safetensors', () => {
    const bin = tmp.write('weights.bin', safetensorsFile([TENSORS[1]]));
    expect(listTensors(bin).map((t) => t.name)).toEqual(['w32']);
    expect(loadMatrixFile(bin).W).toHaveLength(4);
    const raw = tmp.write('raw.bin', concat([leBytes('U8', [5, 0, 0, 0, 0, 0, 0, 0]), new TextEncoder().encode('abcde')]));
    expect(() => listTensors(raw)).toThrow(/raw\.bin: binary data \(a NUL byte at offset 1\), not text/);
  });
});

describe('safetensors: only the requested byte range is read', () => {
  it('reads a small tensor of an 8 GiB (sparse) file whose whole content could not be read into memory', () => {
    const small = leBytes('F32', [1, -2, 0.5, 3]);
    const hugeLength = 8 * 2 ** 30;
    const file = safetensorsFile([{ name: 'small', dtype: 'F32', shape: [2, 2], bytes: small }, { name: 'huge', dtype: 'U8', shape: [hugeLength], bytes: new Uint8Array(0) }]);
    // The header announces `huge` after `small`; its bytes are a hole in a sparse file.
    const headerText = new TextDecoder().decode(file.subarray(8, file.length - small.length)).replace(`[${small.length},${small.length}]`, `[${small.length},${small.length + hugeLength}]`);
    const padded = headerText.padEnd(Math.ceil(headerText.length / 8) * 8, ' ');
    const head = new Uint8Array(8);
    new DataView(head.buffer).setBigUint64(0, BigInt(padded.length), true);
    const path = `${tmp.dir}/sparse.safetensors`;
    const fd = openSync(path, 'w');
    writeSync(fd, concat([head, new TextEncoder().encode(padded), small]));
    ftruncateSync(fd, 8 + padded.length + small.length + hugeLength);
    closeSync(fd);
    const t = readSafetensorsTensor(path, 'small');
    expect(Array.from(t.data)).toEqual([1, -2, 0.5, 3]);
    expect(listSafetensors(path)[1].shape).toEqual([hugeLength]);
  });
});

describe('safetensors: bad input is one error naming the path (and tensor)', () => {
  const header = (json: string, data = new Uint8Array(0)) => {
    const head = new Uint8Array(8);
    new DataView(head.buffer).setBigUint64(0, BigInt(json.length), true);
    return concat([head, new TextEncoder().encode(json), data]);
  };

  it('a missing tensor lists what the file holds; an unsupported dtype is named', () => {
    expect(() => readSafetensorsTensor(model, 'nope')).toThrow(RangeError);
    expect(() => readSafetensorsTensor(model, 'nope')).toThrow(/model\.safetensors: no tensor "nope"; the file holds "w64" F64 \[2, 4\], .*"ids" I64 \[2\]/);
    expect(() => readSafetensorsTensor(model, 'ids')).toThrow(TypeError);
    expect(() => readSafetensorsTensor(model, 'ids')).toThrow(/model\.safetensors: tensor "ids": unsupported dtype I64/);
  });

  it('truncated data, a header length beyond the file, a header that is not JSON', () => {
    const good = safetensorsFile([TENSORS[0]]);
    const cut = tmp.write('cut.safetensors', good.subarray(0, good.length - 3));
    expect(() => readSafetensorsTensor(cut, 'w64')).toThrow(/cut\.safetensors: tensor "w64": data_offsets \[0, 64\] lie outside the 61-byte data buffer/);
    const long = tmp.write('long.safetensors', good.subarray(0, 20));
    expect(() => listSafetensors(long)).toThrow(/long\.safetensors: not a safetensors file \(header length \d+ bytes, but the file has 20 bytes\)/);
    const notJson = tmp.write('notjson.safetensors', header('{"w": [1, 2'));
    expect(() => listSafetensors(notJson)).toThrow(SyntaxError);
    expect(() => listSafetensors(notJson)).toThrow(/notjson\.safetensors: not a safetensors file \(its 11-byte header is not UTF-8 JSON/);
  });

  it('entries with a wrong byte count, a bad shape, gaps or overlaps between tensors', () => {
    const wrong = tmp.write('wrong.safetensors', header('{"w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 12]}}', new Uint8Array(12)));
    expect(() => listSafetensors(wrong)).toThrow(/wrong\.safetensors: tensor "w": F32 \[2, 2\] needs 16 bytes, but data_offsets \[0, 12\] hold 12/);
    const shape = tmp.write('shape.safetensors', header('{"w": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}', new Uint8Array(4)));
    expect(() => listSafetensors(shape)).toThrow(/shape\.safetensors: tensor "w": safetensors entry must be/);
    const gap = tmp.write('gap.safetensors', header('{"a": {"dtype": "U8", "shape": [2], "data_offsets": [2, 4]}}', new Uint8Array(4)));
    expect(() => listSafetensors(gap)).toThrow(/gap\.safetensors: tensor "a": a gap of 2 bytes before data offset 2/);
    const overlap = tmp.write('overlap.safetensors', header('{"a": {"dtype": "U8", "shape": [2], "data_offsets": [0, 2]}, "b": {"dtype": "U8", "shape": [2], "data_offsets": [1, 3]}}', new Uint8Array(3)));
    expect(() => listSafetensors(overlap)).toThrow(/overlap\.safetensors: tensor "b": overlapping bytes at data offset 1/);
    const tail = tmp.write('tail.safetensors', header('{"a": {"dtype": "U8", "shape": [2], "data_offsets": [0, 2]}}', new Uint8Array(5)));
    expect(() => listSafetensors(tail)).toThrow(/tail\.safetensors: 3 bytes after the last tensor's data/);
  });

  it('a directory or a missing file named as the model', () => {
    expect(() => listSafetensors(tmp.dir)).toThrow(new RangeError(`${tmp.dir}: is a directory, not a file`));
    expect(() => readSafetensorsTensor(`${tmp.dir}/none.safetensors`, 'w')).toThrow(/none\.safetensors: no such file/);
  });
});
