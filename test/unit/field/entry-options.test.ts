/**
 * Entry parsing (src/field/entry-matrix.ts): non-finite text versus text that is not a
 * number, missing entries, and the options argument (a field, `{ numbers, field }`, or junk).
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { entryField, parseEntryMatrix, parseEntryVector } from '../../../src/field/entry-matrix.ts';

describe('entry text', () => {
  it('nan / inf / infinity (any case, signed, blanks around) are refused as not finite', () => {
    for (const t of ['nan', 'NaN', '-inf', '+Infinity', ' inf ']) {
      expect(() => parseEntryMatrix([['1', t]], 'W')).toThrow(/W: row 0, column 1: .* is not a finite number/);
    }
  });
  it('text that only contains them is not a number at all (SyntaxError, not "not finite")', () => {
    for (const t of ['xnan', 'infx', '1inf', 'nan1']) {
      let err: unknown;
      try { parseEntryMatrix([[t]], 'W'); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(SyntaxError);
      expect(String(err)).not.toMatch(/not a finite number/);
    }
  });
  it('a missing entry is named as such', () => {
    expect(() => parseEntryVector([1, undefined], 'v')).toThrow(/v: entry 1: .*got undefined \(a missing entry\)/);
  });
});

describe('the options argument', () => {
  it('an object that is not a whole field is read as { numbers, field }', () => {
    const notAField = { parse: () => 1, fromRational: () => 1 } as unknown as Parameters<typeof parseEntryMatrix>[2];
    expect(parseEntryMatrix([[1, '1/2']], 'W', notAField).F).toBe(Q);
  });
  it('junk options and a field that is not one are TypeErrors naming them', () => {
    expect(() => parseEntryMatrix([[1]], 'W', null as never)).toThrow(/W: the options must be .* got null/);
    expect(() => parseEntryMatrix([[1]], 'W', 5 as never)).toThrow(/W: the options must be .* got number 5/);
    for (const field of [5, null, {}]) {
      expect(() => parseEntryMatrix([[1]], 'W', { field } as never)).toThrow(/W: options.field is not an ordered field/);
    }
    expect(() => parseEntryMatrix([[1]], 'W', { numbers: 'binary' } as never)).toThrow(/numbers must be 'decimal' or 'float64', got "binary"/);
  });
  it('a field needs all three of parse, fromRational and compare (any one missing: TypeError)', () => {
    const fn = () => 1;
    for (const field of [{ compare: fn }, { fromRational: fn, compare: fn }, { parse: fn, compare: fn }, { parse: fn, fromRational: fn }, 'Q']) {
      expect(() => parseEntryMatrix([[1]], 'W', { field } as never)).toThrow(/W: options.field is not an ordered field/);
    }
  });
  it('a field given alone reads JS numbers as decimals (the default)', () => {
    expect(Q.format(parseEntryMatrix([[0.1]], 'W', Q).W[0][0])).toBe('1/10');
    expect(Q.format(parseEntryVector([0.1], 'b', Q).v[0])).toBe('1/10');
  });
  it('the default names: "vector" for parseEntryVector, "entries" for entryField', () => {
    expect(() => parseEntryVector([1, 'x'])).toThrow(/^vector: entry 1: /);
    expect(() => entryField([['1'], [true]])).toThrow(/^entries: entry \[1\]\[0\]: /);
  });
});
