import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMatrixFile, readVectorEntries } from '../../../src/io/matrix-file.ts';
import { listTensors } from '../../../src/io/tensor-file.ts';
import { readNpy } from '../../../src/io/npy.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { leBytes, npyFile } from './write-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-matrix-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const BOM = '\uFEFF';
const texts = (path: string): string[][] => {
  const m = loadMatrixFile(path);
  return (m.W as unknown[][]).map((row) => row.map((x) => (m.F.format as (v: unknown) => string)(x)));
};

describe('loadMatrixFile: text as saved by editors', () => {
  it('skips a UTF-8 byte order mark in JSON (with or without the .json extension) and CSV', () => {
    expect(texts(write('bom.json', `${BOM}[[1, "1/2"], [3, 4]]`))).toEqual([['1', '1/2'], ['3', '4']]);
    expect(texts(write('bom-noext', `${BOM}{"W": [[1, 2], [3, "-5/2*sqrt(2)"]]}`))).toEqual([['1', '2'], ['3', '-5/2*sqrt(2)']]);
    expect(texts(write('bom.csv', `${BOM}1,2\n3,4\n`))).toEqual([['1', '2'], ['3', '4']]);
  });
  it('a BOM is skipped only at the start: one inside the text is still an error naming the file', () => {
    const path = write('inner-bom.json', `[[1, 2], ${BOM}[3, 4]]`);
    expect(() => loadMatrixFile(path)).toThrow(SyntaxError);
    expect(() => loadMatrixFile(path)).toThrow(/inner-bom\.json: invalid JSON/);
  });
});

// ---------------------------------------------------------------------------------------------
// Nothing lost on the way in (issue 11, items 3 and 7).

describe('loadMatrixFile: JSON numbers are read from their literal text', () => {
  it('integers beyond 2^53 and a 300-digit number stay exact (JSON.parse would round them)', () => {
    const path = write('big.json', '[[9007199254740993,1],[9007199254740992,1],[-1,0]]');
    expect(texts(path)).toEqual([['9007199254740993', '1'], ['9007199254740992', '1'], ['-1', '0']]);
    const digits = '1' + '23456789'.repeat(37) + '123';
    expect(digits).toHaveLength(300);
    expect(texts(write('digits.json', `[[${digits}, -${digits}.5]]`))).toEqual([[digits, `-${digits}5/10`.replace(/^(-\d+)5\/10$/, (_, n: string) => `${BigInt(n) * 2n - 1n}/2`)]]);
  });

  it('decimals are the decimal they spell, as before (0.1 → 1/10), now without rounding long ones; exponents expand exactly', () => {
    const path = write('decimals.json', '{"W": [[0.1, 1e-7, 1E5], [-0, 0.1000000000000000000001, 2.5e-3], [1e400, -1.5E+2, 3]]}');
    expect(texts(path)).toEqual([
      ['1/10', '1/10000000', '100000'],
      ['0', '1000000000000000000001/10000000000000000000000', '1/400'],
      [`1${'0'.repeat(400)}`, '-150', '3'],
    ]);
  });

  it('an exponent too large to expand is refused naming the row and column; so is a duplicate key', () => {
    expect(() => loadMatrixFile(write('huge-exp.json', '[[1, 2], [3, 1e99999]]'))).toThrow(/huge-exp\.json: row 1, column 1: "1e99999": exponent 99999 is beyond ±10000/);
    expect(() => loadMatrixFile(write('dup.json', '{"W": [[1]], "W": [[2]]}'))).toThrow(/dup\.json: invalid JSON \(Duplicate key 'W'/);
  });

  it('a bias vector keeps its digits too', () => {
    expect(readVectorEntries(write('b-big.json', '{"b": [9007199254740993, 0.5]}'))).toEqual({ entries: ['9007199254740993', 0.5], numbers: 'decimal', where: join(dir, 'b-big.json') });
  });
});

describe('loadMatrixFile: encodings are decoded or named', () => {
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const units = (bom ? '\uFEFF' : '') + text;
    const out = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 * i);
    }
    return out;
  };

  it('UTF-16 little and big endian, with or without a byte order mark, JSON and CSV', () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [false, true]) {
        const tag = `${bigEndian ? 'be' : 'le'}${bom ? '-bom' : ''}`;
        expect(texts(write(`u16-${tag}.json`, utf16('[[1, "1/2"], [3, 4]]', bigEndian, bom)))).toEqual([['1', '1/2'], ['3', '4']]);
        expect(texts(write(`u16-${tag}.csv`, utf16('1,2\n3,4\n', bigEndian, bom)))).toEqual([['1', '2'], ['3', '4']]);
      }
    }
  });

  it('UTF-32 is refused naming it; invalid UTF-8 names the byte, offset and line; binary data names the NUL', () => {
    const u32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x5b, 0, 0, 0, 0x5d, 0, 0, 0]);
    expect(() => loadMatrixFile(write('u32.json', u32))).toThrow(new TypeError(`${join(dir, 'u32.json')}: UTF-32LE text (byte order mark at the start) is not read; save the file as UTF-8`));
    expect(() => loadMatrixFile(write('u32be.csv', new Uint8Array([0, 0, 0, 0x31, 0, 0, 0, 0x0a])))).toThrow(/u32be\.csv: UTF-32BE text \(zero bytes at the start\)/);
    const latin1 = write('latin1.csv', new Uint8Array([0x31, 0x2c, 0x32, 0x0a, 0x33, 0x2c, 0xe9, 0x0a]));
    expect(() => loadMatrixFile(latin1)).toThrow(/latin1\.csv: not UTF-8 text: the byte 0xe9 at offset 6 \(line 2\) starts an invalid sequence/);
    expect(() => loadMatrixFile(write('nul.csv', '1,2\n3,\u0000\n'))).toThrow(/nul\.csv: binary data \(a NUL byte at offset 6\), not text/);
  });
});

describe('loadMatrixFile: every file error names the path', () => {
  it('a directory, a missing file', () => {
    expect(() => loadMatrixFile(dir)).toThrow(new RangeError(`${dir}: is a directory, not a file`));
    expect(() => readVectorEntries(dir)).toThrow(`${dir}: is a directory, not a file`);
    expect(() => listTensors(dir)).toThrow(`${dir}: is a directory, not a file`);
    expect(() => readNpy(dir)).toThrow(`${dir}: is a directory, not a file`);
    expect(() => loadMatrixFile(join(dir, 'none.csv'))).toThrow(`${join(dir, 'none.csv')}: no such file`);
  });

  it('a pickle, an HDF5 file, a GGUF file: one line each on what it is and how to convert it', () => {
    const pickle = write('model.bin', new Uint8Array([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]));
    expect(() => loadMatrixFile(pickle)).toThrow(/model\.bin: a legacy PyTorch checkpoint or other pickle \(a Python pickle\) is not read: .*safetensors/);
    const h5 = write('model.h5', new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(() => listTensors(h5)).toThrow(/model\.h5: an HDF5 file \(Keras \.h5 \/ \.weights\.h5\) is not read/);
    expect(() => loadMatrixFile(write('m.gguf', 'GGUF\u0003\u0000\u0000\u0000'))).toThrow(/m\.gguf: a GGUF file \(llama\.cpp\) is not read/);
    for (const path of [pickle, h5]) {
      try {
        loadMatrixFile(path);
      } catch (e) {
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });

  it('a tensor name for a JSON or CSV file is refused (it holds no named tensors)', () => {
    expect(() => loadMatrixFile(write('w.json', '[[1, 2], [3, 4]]'), { tensor: 'W' })).toThrow(/w\.json: a JSON matrix file holds no named tensors/);
    expect(() => listTensors(write('w.csv', '1,2\n'))).toThrow(/w\.csv: a CSV \/ text matrix file holds no named tensors/);
  });
});

describe("numpy's savetxt output and 1-D .npy biases (issue 11, item 7)", () => {
  it('space-separated columns with exponent notation, read as the exact decimals they spell', () => {
    const path = write('savetxt.txt', '# W, as numpy.savetxt writes it\n1.000000000000000000e+00 -2.500000000000000000e-01\n1.000000000000000021e-01 1e-05\n-2.5E+03  .5e1\n');
    expect(texts(path)).toEqual([['1', '-1/4'], ['1000000000000000021/10000000000000000000', '1/100000'], ['-2500', '5']]);
    expect(texts(write('exp.csv', '1e-05,2\n3,-2.5E+03\n'))).toEqual([['1/100000', '2'], ['3', '-2500']]);
    expect(() => loadMatrixFile(write('ragged.txt', '1 2\n3\n'))).toThrow(/ragged\.txt: ragged rows: row 1 has 1 entries but row 0 has 2/);
  });

  it('a savetxt bias (one value per line) and a 1-D .npy bias are vectors', () => {
    expect(readVectorEntries(write('b.txt', '5.000000000000000000e-01\n-1.000000000000000000e+00\n')).entries).toEqual(['0.5000000000000000000', '-1.000000000000000000']);
    const npy = write('b.npy', npyFile('<f8', [3], leBytes('F64', [0.5, -0.1, 2])));
    expect(readVectorEntries(npy)).toEqual({ entries: [0.5, -0.1, 2], numbers: 'float64', where: npy });
    expect(() => loadMatrixFile(npy)).toThrow(/b\.npy: expected a matrix \(rows are labels\), got 1-D shape \(3\)/);
  });

  it('a field can still be forced (the old second argument)', () => {
    const m = loadMatrixFile(write('forced.json', '[[1, 2], [3, 4]]'), quadraticField(2));
    expect(m.F.name).toBe('Q(sqrt(2))');
  });
});
