import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNpy, readNpy, npyRows, npyRationalRows } from '../../../src/io/npy.ts';
import { formatRational } from '../../../src/field/rational.ts';
import { fcParams } from '../../../properties/settings.ts';
import { decodeFloats, leBytes, npyFile, tempDir } from './write-files.ts';

// Fixtures written by numpy itself: test/fixtures/npy/generate.py.
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/npy');
const fixture = (name: string) => resolve(fixtures, name);

/** The 2 × 3 float64 matrix of generate.py. */
const F = [[1.5, -0.1, 5e-324], [1e300, -0, 3.0]];
/** The 2 × 2 matrix of generate.py, stored as float32 (so its values are the float32 roundings). */
const G32 = [[0.1, -2.5], [1 / 3, 65504]].map((row) => row.map(Math.fround));

/** Same values bit for bit (distinguishes −0 from 0). */
function expectBitsEqual(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    expect(row.length).toBe(expected[i].length);
    row.forEach((x, j) => expect(Object.is(x, expected[i][j]), `entry (${i}, ${j}): ${x} vs ${expected[i][j]}`).toBe(true));
  });
}

/** A .npy file of 2-D float64 values (test/unit/io/write-files.ts writes it, independent of the reader). */
function npyBytes(values: number[][], descr: '<f8' | '>f8', header?: string): Uint8Array {
  const shape = [values.length, values.length === 0 ? 0 : values[0].length];
  return npyFile(descr, shape, leBytes('F64', values.flat(), descr === '>f8'), { header });
}

describe('.npy reader: numpy-written files', () => {
  it('reads float64 little-endian exactly (subnormal, −0, 1e300)', () => {
    const m = readNpy(fixture('f8-le.npy'));
    expect(m.descr).toBe('<f8');
    expect(m.dtype).toBe('F64');
    expect(m.data).toBeInstanceOf(Float64Array);
    expect(m.shape).toEqual([2, 3]);
    expect(m.fortranOrder).toBe(false);
    expectBitsEqual(npyRows(m), F);
  });

  it('reads float64 big-endian to the same values', () => {
    const m = readNpy(fixture('f8-be.npy'));
    expect(m.descr).toBe('>f8');
    expectBitsEqual(npyRows(m), F);
  });

  it('reads float32 little- and big-endian as the exact float32 values', () => {
    for (const [name, dtype] of [['f4-le.npy', '<f4'], ['f4-be.npy', '>f4']] as const) {
      const m = readNpy(fixture(name));
      expect(m.descr).toBe(dtype);
      expect(m.dtype).toBe('F32');
      expect(m.data).toBeInstanceOf(Float32Array); // native dtype: not widened to float64
      expect(m.shape).toEqual([2, 2]);
      expectBitsEqual(npyRows(m), G32);
    }
    // 0.1 as float32 is not the double 0.1: the reader must not round-trip through decimal text.
    expect(npyRows(readNpy(fixture('f4-le.npy')))[0][0]).not.toBe(0.1);
  });

  it('reads Fortran order into row-major order', () => {
    const m = readNpy(fixture('f8-fortran.npy'));
    expect(m.fortranOrder).toBe(true);
    expectBitsEqual(npyRows(m), F);
  });

  it('reads format version 2.0 (uint32 header length)', () => {
    const m = readNpy(fixture('f8-v2.npy'));
    expect(m.version).toEqual([2, 0]);
    expectBitsEqual(npyRows(m), F);
  });
});

describe('.npy values as exact rationals', () => {
  it('float64 and float32 entries are their exact dyadic values (Python: Fraction(x))', () => {
    const q = npyRationalRows(readNpy(fixture('f8-le.npy'))).map((row) => row.map(formatRational));
    expect(q[0]).toEqual(['3/2', '-3602879701896397/36028797018963968', `1/${2n ** 1074n}`]);
    expect(q[1][1]).toBe('0');
    expect(q[1][0]).toBe('1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160'); // the double nearest 1e300 (Python: int(1e300))
    const f32 = npyRationalRows(readNpy(fixture('f4-be.npy'))).map((row) => row.map(formatRational));
    expect(f32[0]).toEqual(['13421773/134217728', '-5/2']); // float32(0.1) = 13421773/2^27
    expect(f32[1][1]).toBe('65504');
  });

  it('a NaN or Infinity entry is a RangeError naming the row and column (it has no rational value)', () => {
    const m = parseNpy(npyBytes([[1, 2], [3, Number.NaN]], '<f8'), 'nan.npy');
    expect(() => npyRationalRows(m)).toThrow(new RangeError('nan.npy: row 1, column 1: NaN is not a finite number'));
    const inf = parseNpy(npyBytes([[-Infinity, 2]], '>f8'));
    expect(() => npyRationalRows(inf)).toThrow(/\.npy data: row 0, column 0: -Infinity is not a finite number/);
  });
});

describe('.npy reader: rejects bad input with one clear error naming the file', () => {
  it('truncated data', () => {
    const path = fixture('f8-truncated.npy');
    expect(() => readNpy(path)).toThrow(RangeError);
    expect(() => readNpy(path)).toThrow(/f8-truncated\.npy: truncated .npy data .*needs 48 bytes, found 45/);
  });

  it('a non-float dtype (<i8)', () => {
    expect(() => readNpy(fixture('i8.npy'))).toThrow(TypeError);
    expect(() => readNpy(fixture('i8.npy'))).toThrow(/i8\.npy: unsupported dtype "<i8"/);
  });

  it('bad magic', () => {
    expect(() => readNpy(fixture('bad-magic.npy'))).toThrow(SyntaxError);
    expect(() => readNpy(fixture('bad-magic.npy'))).toThrow(/bad-magic\.npy: not a .npy file \(bad magic/);
  });

  it('any number of dimensions is read (a 1-D bias, a 3-D array); the matrix views refuse what is not 2-D', () => {
    const v = readNpy(fixture('f8-1d.npy'));
    expect(v.shape).toEqual([3]);
    expect(Array.from(v.data)).toEqual([1, 2, 3]);
    const cube = readNpy(fixture('f8-3d.npy'));
    expect(cube.shape).toEqual([2, 2, 2]);
    expect(() => npyRows(v)).toThrow(RangeError);
    expect(() => npyRows(v)).toThrow(/f8-1d\.npy: expected a 2-D matrix .*1-D shape \(3\)/);
    expect(() => npyRationalRows(cube)).toThrow(/f8-3d\.npy: expected a 2-D matrix .*3-D shape \(2, 2, 2\)/);
  });

  it('extra bytes after the data, a header cut short, malformed headers, an unknown version', () => {
    const good = new Uint8Array(readFileSync(fixture('f8-le.npy')));
    const longer = new Uint8Array(good.length + 8);
    longer.set(good);
    expect(() => parseNpy(longer, 'x.npy')).toThrow(/x\.npy: 8 unexpected bytes after the .npy data/);
    expect(() => parseNpy(good.subarray(0, 40), 'x.npy')).toThrow(/x\.npy: truncated .npy file \(header of 118 bytes announced, 30 present\)/);
    expect(() => parseNpy(good.subarray(0, 4), 'x.npy')).toThrow(/bad magic/);
    const v4 = good.slice();
    v4[6] = 4;
    expect(() => parseNpy(v4, 'x.npy')).toThrow(/unsupported .npy format version 4\.0/);
    expect(() => parseNpy(npyBytes([[1]], '<f8', "{'descr': '<f8', 'shape': (1, 1), }"), 'x.npy')).toThrow(/no 'fortran_order' entry/);
    expect(() => parseNpy(npyBytes([[1]], '<f8', "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1)"), 'x.npy')).toThrow(SyntaxError);
    expect(() => parseNpy(npyBytes([[1]], '<f8', "{'descr': '<f8', 'fortran_order': 0, 'shape': (1, 1)}"), 'x.npy')).toThrow(/unsupported value/);
    expect(() => parseNpy(npyBytes([[1]], '<f8', "{'descr': '<c16', 'fortran_order': False, 'shape': (1, 1)}"), 'x.npy')).toThrow(TypeError);
  });
});

describe('.npy reader: round trip', () => {
  it('reads back every float64 bit pattern in both byte orders', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const matrix = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(finite, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(matrix, fc.constantFrom('<f8' as const, '>f8' as const), (W, descr) => {
        const m = parseNpy(npyBytes(W, descr), 'prop.npy');
        expect(m.shape).toEqual([W.length, W[0].length]);
        expectBitsEqual(npyRows(m), W);
      }),
      fcParams(100),
    );
  });
});

describe('.npy reader: float16, N-D Fortran order, file reads equal byte parses', () => {
  const tmp = tempDir('cosine-verify-npy-');
  afterAll(tmp.remove);
  const HALF = [0x3555, 0x0001, 0xfbff, 0x8000, 0x7bff, 0x03ff];

  it('<f2 and >f2: the bit patterns kept (Uint16Array), each the exact value of its bits', () => {
    for (const bigEndian of [false, true]) {
      const m = parseNpy(npyFile(bigEndian ? '>f2' : '<f2', [2, 3], leBytes('U16', HALF, bigEndian)), 'h.npy');
      expect(m.dtype).toBe('F16');
      expect(m.data).toBeInstanceOf(Uint16Array);
      expect(Array.from(m.data)).toEqual(HALF);
      expect(npyRationalRows(m).flat().map(formatRational)).toEqual(decodeFloats(leBytes('U16', HALF), 'F16').map((r) => formatRational(r!)));
    }
  });

  it('a 3-D array in Fortran order comes back in C order', () => {
    // C-order values v[i][j][l] = 100 i + 10 j + l for shape (2, 3, 4); Fortran storage: i fastest, then j, then l.
    const shape = [2, 3, 4];
    const fortran: number[] = [];
    for (let l = 0; l < 4; l++) for (let j = 0; j < 3; j++) for (let i = 0; i < 2; i++) fortran.push(100 * i + 10 * j + l);
    const m = parseNpy(npyFile('<f4', shape, leBytes('F32', fortran), { fortran: true }));
    expect(m.shape).toEqual(shape);
    const c: number[] = [];
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) for (let l = 0; l < 4; l++) c.push(100 * i + 10 * j + l);
    expect(Array.from(m.data)).toEqual(c);
  });

  it('readNpy (header, then one ranged read) gives what parseNpy gives for every fixture and a version 2.0 file', () => {
    const v2 = tmp.write('v2.npy', npyFile('>f4', [3], leBytes('F32', [0.1, -0, 2 ** -149], true), { version: 2 }));
    for (const path of [...['f8-le', 'f8-be', 'f4-le', 'f4-be', 'f8-fortran', 'f8-v2', 'f8-1d', 'f8-3d'].map((n) => fixture(`${n}.npy`)), v2]) {
      const parsed = parseNpy(new Uint8Array(readFileSync(path)), path);
      expect(readNpy(path)).toEqual(parsed);
    }
    expect(readNpy(v2).version).toEqual([2, 0]);
  });

  it('readNpy of a truncated header or a file with extra bytes names the file', () => {
    const good = npyFile('<f8', [2], leBytes('F64', [1, 2]));
    expect(() => readNpy(tmp.write('cut.npy', good.subarray(0, 50)))).toThrow(/cut\.npy: truncated \.npy file \(header of 118 bytes announced, 40 present\)/);
    const extra = new Uint8Array(good.length + 3);
    extra.set(good);
    expect(() => readNpy(tmp.write('extra.npy', extra))).toThrow(/extra\.npy: 3 unexpected bytes after the \.npy data \(shape \(2,\) of <f8 is 16 bytes\)/);
  });
});
