import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fcParams } from '../../../properties/settings.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { quadraticArb } from '../../../properties/arbitraries/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { RationalField as Q, formatRational, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { entryField, parseEntryMatrix, parseEntryVector, withField } from '../../../src/field/entry-matrix.ts';

const Q2 = quadraticField(2);
const examples = JSON.parse(readFileSync('/work/shared/paper/examples.json', 'utf8')) as Record<string, Record<string, unknown>>;

/** The matrix as exact text, through the generic withField path. */
const texts = (m: Parameters<typeof withField>[0]): string[][] => withField(m, (F, W) => W.map((row) => row.map((x) => F.format(x))));

/** Asserts that `f` throws exactly one error of class `cls` whose message matches every pattern. */
function expectError(f: () => unknown, cls: ErrorConstructor, ...patterns: RegExp[]): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'no error thrown').toBeInstanceOf(cls);
  expect((caught as Error).constructor).toBe(cls); // not a subclass standing in for another
  for (const p of patterns) expect((caught as Error).message).toMatch(p);
}

describe('parseEntryMatrix: field detection and values', () => {
  it('reads the paper examples into their declared fields', () => {
    for (const [id, ex] of Object.entries(examples)) {
      if (id.startsWith('_')) continue;
      for (const [key, value] of Object.entries(ex)) {
        if (!Array.isArray(value) || !Array.isArray(value[0])) continue;
        const m = parseEntryMatrix(value, `${id}.${key}`);
        expect(m.F.name, `${id}.${key}`).toBe(ex.field);
        expect(m.W.length).toBe(value.length);
        // every entry formats to text that parses back to the same element
        withField(m, (F, W) => W.forEach((row, i) => row.forEach((x, j) => expect(F.equals(F.parse(F.format(x)), x), `${i},${j}`).toBe(true))));
      }
    }
    const c3 = parseEntryMatrix(examples['C.3'].W, 'C.3');
    expect(texts(c3)[0]).toEqual(['19/20', '1/20*sqrt(39)']);
    expect(texts(c3)[2]).toEqual(['-1', '0']);
  });

  it('reads numbers, bigints and strings; numbers as shortest decimals by default', () => {
    const m = parseEntryMatrix([[0.1, -2, 10n ** 30n], ['0.95', ' 19/20 ', '-0']], 'M');
    expect(m.F).toBe(Q);
    expect(texts(m)).toEqual([['1/10', '-2', (10n ** 30n).toString()], ['19/20', '19/20', '0']]);
  });

  it("reads numbers as exact doubles with 'float64'", () => {
    const m = parseEntryMatrix([[0.1, 0.5]], 'M', 'float64');
    expect(texts(m)).toEqual([['3602879701896397/36028797018963968', '1/2']]);
    const opt = parseEntryMatrix([[0.1]], 'M', { numbers: 'float64' });
    expect(texts(opt)).toEqual([['3602879701896397/36028797018963968']]);
  });

  it('a matrix with sqrt(n) entries lies in Q(√n); numbers and rationals join it', () => {
    const m = parseEntryMatrix([['sqrt(2)/2', 1], ['-8/sqrt(8)', '1 + sqrt(2)']], 'M');
    expect(m.F.name).toBe('Q(sqrt(2))');
    expect(texts(m)).toEqual([['1/2*sqrt(2)', '1'], ['-2*sqrt(2)', '1+1*sqrt(2)']]);
  });

  it('an entry whose root cancels is rational and does not decide the field', () => {
    expect(parseEntryMatrix([['sqrt(2) - sqrt(2)', '1']], 'M').F).toBe(Q);
    expect(parseEntryMatrix([['0*sqrt(3)', 'sqrt(2)']], 'M').F.name).toBe('Q(sqrt(2))');
  });

  it('random rational and Q(√2) matrices survive format → parse into a forced generic field', () => {
    const arb = <T>(a: fc.Arbitrary<T>) => fc.integer({ min: 1, max: 4 }).chain((d) => fc.array(fc.array(a, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 5 }));
    const check = <T>(F: OrderedField<T>) => (W: T[][]) => {
      const m = parseEntryMatrix(W.map((r) => r.map((x) => F.format(x))), 'W', { field: F });
      expect(m.F).toBe(F);
      m.W.forEach((row, i) => row.forEach((x, j) => expect(F.equals(x, W[i][j])).toBe(true)));
    };
    fc.assert(fc.property(arb(rationalArb({ maxNumerator: 99, maxDenominator: 20 })), check(Q)), fcParams(100));
    fc.assert(fc.property(arb(quadraticArb(Q2, { maxNumerator: 99, maxDenominator: 20 })), check(Q2)), fcParams(100));
  });
});

describe('forcing a field', () => {
  it('a rational matrix can be read into Q(√2) (field as third argument or option)', () => {
    const a = parseEntryMatrix([['1', 0.5]], 'W2', Q2);
    expect(a.F).toBe(Q2);
    expect(Q2.equals(a.W[0][1], Q2.fromRational(1, 2))).toBe(true);
    const b = parseEntryMatrix([['1', 0.5]], 'W2', { field: Q2, numbers: 'decimal' });
    expect(b.F).toBe(Q2);
  });

  it('entryField gives the one field shared by several arrays (H.1 W1 and W2, a bias vector)', () => {
    const F = entryField([examples['H.1'].W1, examples['H.1'].W2, ['1', 2]], 'H.1');
    expect(F).toBe(Q2);
    expect(entryField([[['1']], ['2/3', 4]], 'x')).toBe(Q);
    expectError(() => entryField([[['sqrt(2)']], ['1', 'sqrt(3)']], 'pair'), RangeError, /^pair: /, /sqrt\(2\) at entry \[0\]\[0\]\[0\]/, /sqrt\(3\) at entry \[1\]\[1\]/);
    expectError(() => entryField([['1', true]], 'x'), TypeError, /x: entry \[0\]\[1\]/);
  });

  it('inside withField, a second matrix and a bias vector read into the same field are typed', () => {
    const m = parseEntryMatrix(examples['H.1'].W1, 'W1');
    const total = withField(m, (F, W1) => {
      const W2 = parseEntryMatrix(examples['H.1'].W2, 'W2', F).W;
      const b = parseEntryVector(['0', '1/2', 'sqrt(2)', 0, 0, 0, 0], 'b', F).v;
      let s = F.zero;
      W1.forEach((row, i) => row.forEach((x, j) => (s = F.add(s, F.sub(x, W2[i][j])))));
      return F.format(F.add(s, b[2]));
    });
    expect(total).toBe('3+1*sqrt(2)'); // W1 − W2 differs only at row 2, column 1: 5 − 2
  });

  it('an entry outside the forced field is a RangeError naming the position', () => {
    expectError(() => parseEntryMatrix([['1', '2'], ['3', 'sqrt(3)']], 'M', Q2), RangeError, /^M: row 1, column 1: /, /sqrt\(3\)/, /Q\(sqrt\(2\)\)/);
    expectError(() => parseEntryMatrix([['sqrt(2)']], 'M', { field: Q }), RangeError, /^M: row 0, column 0: /, /not in Q$/);
    expectError(() => parseEntryVector(['1', 'sqrt(5)'], 'b', Q2), RangeError, /^b: entry 1: /);
  });
});

describe('parseEntryVector', () => {
  it('detects the field or reads into a given one', () => {
    const v = parseEntryVector(['1', '1/20*sqrt(39)', 2.5], 'b');
    expect(v.F.name).toBe('Q(sqrt(39))');
    expect(v.v.length).toBe(3);
    const r = parseEntryVector([0.1, '1/3'], 'b');
    expect(r.F).toBe(Q);
    expect((r.v as ReturnType<typeof rat>[]).map(formatRational)).toEqual(['1/10', '1/3']);
    const f = parseEntryVector([0.1], 'b', 'float64');
    expect(formatRational(f.v[0] as ReturnType<typeof rat>)).toBe('3602879701896397/36028797018963968');
  });

  it('names where and the entry index in every error', () => {
    expectError(() => parseEntryVector('1,2', 'b'), TypeError, /^b: expected an array/);
    expectError(() => parseEntryVector([], 'b'), RangeError, /^b: empty vector/);
    expectError(() => parseEntryVector([1, [2]], 'b'), TypeError, /^b: entry 1: /, /an array/);
    expectError(() => parseEntryVector([1, NaN], 'b'), RangeError, /^b: entry 1: NaN is not a finite number/);
    expectError(() => parseEntryVector(['sqrt(2)', 'sqrt(3)'], 'b'), RangeError, /sqrt\(2\) at entry 0 and sqrt\(3\) at entry 1/);
  });
});

describe('parseEntryMatrix: one clear error naming where, row and column', () => {
  const cases: [string, unknown, ErrorConstructor, RegExp[]][] = [
    ['not an array', { W: [[1]] }, TypeError, [/^M: expected an array of rows, got an object/]],
    ['a string', '[[1]]', TypeError, [/^M: expected an array of rows, got "\[\[1\]\]"/]],
    ['null', null, TypeError, [/^M: expected an array of rows, got null/]],
    ['empty matrix', [], RangeError, [/^M: empty matrix/]],
    ['empty row', [[1, 2], []], RangeError, [/^M: row 1 is empty/]],
    ['a row that is not an array', [[1, 2], 3], TypeError, [/^M: row 1 is not an array \(got number 3\)/]],
    ['ragged rows', [[1, 2], [3, 4], [5, 6, 7]], RangeError, [/^M: ragged rows: row 2 has 3 entries but row 0 has 2/]],
    ['boolean', [[1, true]], TypeError, [/^M: row 0, column 1: /, /boolean true/]],
    ['null entry', [[1], [null]], TypeError, [/^M: row 1, column 0: /, /null/]],
    ['missing entry', [[1, 2], [3, undefined]], TypeError, [/^M: row 1, column 1: /, /undefined/]],
    ['object entry', [[{ n: 1 }]], TypeError, [/^M: row 0, column 0: /, /an object/]],
    ['NaN number', [[1, NaN]], RangeError, [/^M: row 0, column 1: NaN is not a finite number/]],
    ['Infinity number', [[-Infinity]], RangeError, [/^M: row 0, column 0: -Infinity is not a finite number/]],
    ['NaN string', [['nan']], RangeError, [/^M: row 0, column 0: "nan" is not a finite number/]],
    ['Infinity string', [['1'], [' -Infinity ']], RangeError, [/^M: row 1, column 0: /, /not a finite number/]],
    ['inf string', [['+inf']], RangeError, [/^M: row 0, column 0: /]],
    ['non-numeric string', [['1', 'one']], SyntaxError, [/^M: row 0, column 1: not an exact number: "one"/]],
    ['exponent string', [['1e-3']], SyntaxError, [/^M: row 0, column 0: /, /"1e-3"/]],
    ['empty string', [['1', '']], SyntaxError, [/^M: row 0, column 1: empty entry/]],
    ['zero denominator', [['1/0']], RangeError, [/^M: row 0, column 0: zero denominator/]],
    ['two roots in one entry', [['sqrt(2)+sqrt(3)']], SyntaxError, [/^M: row 0, column 0: two different square roots/]],
    ['two roots in the matrix', [['1', 'sqrt(2)'], ['sqrt(3)', '0']], RangeError, [/^M: two different square roots, sqrt\(2\) at row 0, column 1 and sqrt\(3\) at row 1, column 0/]],
    ['non-square-free radicand that reduces to another root', [['sqrt(8)', 'sqrt(12)']], RangeError, [/sqrt\(2\) at row 0, column 0 and sqrt\(3\) at row 0, column 1/]],
  ];
  for (const [name, entries, cls, patterns] of cases) {
    it(name, () => expectError(() => parseEntryMatrix(entries, 'M'), cls, ...patterns));
  }

  it('bad options are a clear error too', () => {
    expectError(() => parseEntryMatrix([[1]], 'M', 'float32' as 'float64'), RangeError, /^M: numbers must be 'decimal' or 'float64'/);
    expectError(() => parseEntryMatrix([[1]], 'M', { numbers: 'exact' as 'decimal' }), RangeError, /numbers must be/);
    expectError(() => parseEntryMatrix([[1]], 'M', { field: {} as typeof Q }), TypeError, /^M: options.field is not an ordered field/);
    expectError(() => parseEntryMatrix([[1]], 'M', 7 as unknown as 'decimal'), TypeError, /^M: the options must be/);
  });

  it('uses "matrix" when where is not given', () => {
    expectError(() => parseEntryMatrix([[1, 'x']]), SyntaxError, /^matrix: row 0, column 1: /);
  });
});
