import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { loadModel, withModel, exampleMatrixSpecs, assertNonZeroRows } from '../../src/cli/model-input.ts';
import { InputError } from '../../src/cli/input-error.ts';
import { detectFormat } from '../../src/io/matrix-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a fresh file in the temp dir and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/**
 * A .npy file (format 1.0) with the given dtype and shape; `values` row-major.
 * Written byte by byte here, independent of the reader under test.
 */
function npy(dtype: '<f8' | '>f8' | '<f4' | '>f4' | '<i8', shape: number[], values: number[], truncate = 0): Uint8Array {
  let header = `{'descr': '${dtype}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const size = dtype.endsWith('8') ? 8 : 4;
  const data = new DataView(new ArrayBuffer(values.length * size));
  const little = dtype.startsWith('<');
  values.forEach((v, i) => {
    if (dtype === '<i8') data.setBigInt64(i * 8, BigInt(v), true);
    else if (size === 8) data.setFloat64(i * 8, v, little);
    else data.setFloat32(i * 4, v, little);
  });
  const head = new Uint8Array(10 + header.length);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  head.set(new TextEncoder().encode(header), 10);
  const out = new Uint8Array(head.length + data.byteLength);
  out.set(head);
  out.set(new Uint8Array(data.buffer), head.length);
  return out.subarray(0, out.length - truncate);
}

/** The model's field name and exact entries as text. */
function exact(spec: string, bias?: string): { field: string; W: string[][]; b?: string[] } {
  return withModel(loadModel(spec, { bias }), (m) => ({
    field: m.F.name,
    W: m.W.map((r) => r.map((x) => m.F.format(x))),
    ...(m.bias ? { b: m.bias.map((x) => m.F.format(x)) } : {}),
  }));
}

/** The InputError thrown by `f` (fails the test when it does not throw one). */
function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('CLI model input: files and examples, exactly', () => {
  it('reads a JSON array of rows with numbers and exact strings over Q', () => {
    const p = file('w.json', JSON.stringify([[1, '1/2'], [0.1, '-3'], ['0.95', 2]]));
    expect(exact(p)).toEqual({ field: 'Q', W: [['1', '1/2'], ['1/10', '-3'], ['19/20', '2']] });
  });

  it('reads {"W": rows} and picks Q(sqrt(2)) when an entry has sqrt(2)', () => {
    const p = file('w-obj.json', JSON.stringify({ W: [['5/2*sqrt(2)', '0'], ['1', '-1']] }));
    expect(exact(p)).toEqual({ field: 'Q(sqrt(2))', W: [['5/2*sqrt(2)', '0'], ['1', '-1']] });
  });

  it('reads CSV with comments, blank lines and ; or tab separators', () => {
    const p = file('w.csv', '# W, one row per label\n1, 1/2\n\n-4/5;0.25\n3\t-1\n');
    expect(exact(p)).toEqual({ field: 'Q', W: [['1', '1/2'], ['-4/5', '1/4'], ['3', '-1']] });
  });

  it('reads .npy float64 (little endian) exactly as dyadic rationals', () => {
    const p = file('w.npy', npy('<f8', [2, 2], [0.1, -2.5, 1, 3]));
    expect(exact(p)).toEqual({ field: 'Q', W: [['3602879701896397/36028797018963968', '-5/2'], ['1', '3']] });
  });

  it('reads .npy float32 (big endian) exactly, whatever the extension', () => {
    const p = file('w32.bin', npy('>f4', [2, 1], [0.1, -0.75]));
    // float32(0.1) = 13421773 / 2^27
    expect(exact(p)).toEqual({ field: 'Q', W: [['13421773/134217728'], ['-3/4']] });
  });

  it('detects the format by magic bytes and leading bracket', () => {
    expect(detectFormat('x.dat', npy('<f8', [1, 1], [1]))).toBe('npy');
    expect(detectFormat('x.txt', new TextEncoder().encode('  [[1]]'))).toBe('json');
    expect(detectFormat('x.txt', new TextEncoder().encode('1,2'))).toBe('csv');
  });

  it('loads every shipped example matrix by name', () => {
    const specs = exampleMatrixSpecs();
    expect(specs).toEqual(['examples:C.1', 'examples:C.2', 'examples:C.3', 'examples:H.1/W1', 'examples:H.1/W2', 'examples:H.2/A', 'examples:H.2/B']);
    expect(exact('examples:C.3').field).toBe('Q(sqrt(39))');
    expect(exact('examples:H.1/W2').W[2]).toEqual(['0', '2']);
    expect(exact('examples:C.1').W[0]).toEqual(['1', '1/2']);
  });

  it('puts W and the bias in one field (a sqrt bias lifts a rational W)', () => {
    const w = file('wq.json', JSON.stringify([[1, 0], [0, 1]]));
    const b = file('b.json', JSON.stringify(['sqrt(2)', '1/3']));
    expect(exact(w, b)).toEqual({ field: 'Q(sqrt(2))', W: [['1', '0'], ['0', '1']], b: ['1*sqrt(2)', '1/3'] });
    const bq = file('bq.csv', '1\n-2\n');
    expect(exact('examples:H.1/W1', file('b7.json', JSON.stringify({ b: [0, 0, 0, 0, 0, 0, '1/2'] }))).b![6]).toBe('1/2');
    expect(exact(w, bq).b).toEqual(['1', '-2']);
  });
});

describe('CLI model input: bad input is one InputError naming file, row and column', () => {
  it('a missing file', () => {
    const e = inputError(() => loadModel(join(dir, 'nope.json')));
    expect(e.message).toMatch(/nope\.json: no such file/);
  });

  it('invalid JSON', () => {
    const p = file('bad.json', '[[1, 2], [3,');
    expect(inputError(() => loadModel(p)).message).toMatch(/bad\.json: invalid JSON/);
  });

  it('ragged rows name the row and both lengths', () => {
    const p = file('ragged.json', '[[1, 2], [3]]');
    const m = inputError(() => loadModel(p)).message;
    expect(m).toContain('ragged.json');
    expect(m).toMatch(/row 1 has 1 entries but row 0 has 2/);
  });

  it('an empty matrix', () => {
    expect(inputError(() => loadModel(file('empty.json', '[]'))).message).toMatch(/empty\.json.*empty matrix/);
    expect(inputError(() => loadModel(file('empty.csv', '# nothing\n'))).message).toMatch(/empty\.csv.*empty matrix/);
  });

  it('k < 2', () => {
    expect(inputError(() => loadModel(file('one.json', '[[1, 2]]'))).message).toMatch(/one\.json: W has 1 row.*at least 2 labels/);
  });

  it('non-numeric entries name row and column', () => {
    const m = inputError(() => loadModel(file('text.json', '[[1, 2], [3, "abc"]]'))).message;
    expect(m).toMatch(/text\.json: row 1, column 1/);
    const c = inputError(() => loadModel(file('text.csv', '1,2\nx,3\n'))).message;
    expect(c).toMatch(/text\.csv: row 1, column 0/);
    expect(inputError(() => loadModel(file('null.json', '[[1, null], [3, 4]]'))).message).toMatch(/row 0, column 1/);
  });

  it('NaN or Infinity, as text or as a float in a .npy', () => {
    expect(inputError(() => loadModel(file('nan.json', '[[1, "NaN"], [3, 4]]'))).message).toMatch(/nan\.json: row 0, column 1.*not a finite/);
    expect(inputError(() => loadModel(file('inf.csv', '1,2\n3,Infinity\n'))).message).toMatch(/inf\.csv: row 1, column 1/);
    expect(inputError(() => loadModel(file('nan.npy', npy('<f8', [2, 2], [1, 2, NaN, 4])))).message).toMatch(/nan\.npy: row 1, column 0/);
  });

  it('two different square roots in one matrix name both positions', () => {
    const m = inputError(() => loadModel(file('roots.json', '[["sqrt(2)", 1], [1, "sqrt(3)"]]'))).message;
    expect(m).toMatch(/roots\.json.*sqrt\(2\) at row 0, column 0.*sqrt\(3\) at row 1, column 1/);
  });

  it('a .npy of another dtype, a truncated one, a bad magic', () => {
    expect(inputError(() => loadModel(file('int.npy', npy('<i8', [2, 2], [1, 2, 3, 4])))).message).toMatch(/int\.npy.*<i8/);
    expect(inputError(() => loadModel(file('trunc.npy', npy('<f8', [2, 2], [1, 2, 3, 4], 5)))).message).toMatch(/trunc\.npy.*(truncated|bytes)/);
    expect(inputError(() => loadModel(file('magic.npy', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])))).message).toMatch(/magic\.npy/);
  });

  it('unknown or ambiguous examples', () => {
    expect(inputError(() => loadModel('examples:Z.9')).message).toMatch(/unknown example.*examples:C\.1/);
    expect(inputError(() => loadModel('examples:H.1')).message).toMatch(/examples:H\.1\/W1, examples:H\.1\/W2/);
  });

  it('a bias of the wrong length, or in another square-root field', () => {
    const w = file('w2.json', '[[1, 0], [0, 1], [1, 1]]');
    expect(inputError(() => loadModel(w, { bias: file('b2.json', '[1, 2]') })).message).toMatch(/b2\.json: the bias has 2 entries but W has 3 rows/);
    const b3 = file('b3.json', '["sqrt(3)", 0, 0, 0, 0, 0, 0]');
    expect(inputError(() => loadModel('examples:H.1/W1', { bias: b3 })).message).toMatch(/b3\.json: the bias lies in Q\(sqrt\(3\)\) but W .* Q\(sqrt\(2\)\)/);
    expect(inputError(() => loadModel(w, { bias: file('b4.json', '[[1, 2], [3, 4]]') })).message).toMatch(/b4\.json: a bias vector must be/);
  });

  it('a zero row where a cosine is needed names the row', () => {
    const e = withModel(loadModel(file('zero.json', '[[1, 0], [0, 0], [1, 1]]')), (m) => {
      try {
        assertNonZeroRows(m.F, m.W, m.source, 'its cosine');
      } catch (err) {
        return err as InputError;
      }
      return undefined;
    });
    expect(e).toBeInstanceOf(InputError);
    expect(e!.row).toBe(1);
    expect(e!.message).toMatch(/zero\.json: row 1 is zero/);
  });
});
