import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNpy, readNpy, npyRows, npyRationalRows } from '../../../src/io/npy.ts';
import { formatRational } from '../../../src/field/rational.ts';
import { fcParams } from '../../../properties/settings.ts';

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

/** A minimal .npy writer for the round-trip property (header written by hand, independent of the reader). */
function npyBytes(values: number[][], descr: '<f8' | '>f8', headerOverride?: string): Uint8Array {
  const rows = values.length;
  const cols = rows === 0 ? 0 : values[0].length;
  let header = headerOverride ?? `{'descr': '${descr}', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`;
  while ((10 + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const out = new Uint8Array(10 + header.length + rows * cols * 8);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  for (let t = 0; t < header.length; t++) out[10 + t] = header.charCodeAt(t);
  values.flat().forEach((x, t) => view.setFloat64(10 + header.length + 8 * t, x, descr === '<f8'));
  return out;
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
