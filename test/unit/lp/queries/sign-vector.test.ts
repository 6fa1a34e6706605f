import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../../properties/settings.ts';
import { formatSignVector, parseSignVector, type Sign } from '../../../../lp/queries/sign-vector.ts';

describe('sign vectors (Def. 5.1)', () => {
  it('formats +1 as "+" and −1 as "-" in row order', () => {
    expect(formatSignVector([1, -1, 1])).toBe('+-+');
    expect(formatSignVector([])).toBe('');
    expect(parseSignVector('-+--', 4)).toEqual([-1, 1, -1, -1]);
    expect(parseSignVector('', 0)).toEqual([]);
  });

  it('parse inverts format', () => {
    const arb = fc.array(fc.constantFrom<Sign>(1, -1), { maxLength: 20 });
    fc.assert(fc.property(arb, (s) => {
      expect(parseSignVector(formatSignVector(s), s.length)).toEqual(s);
    }), fcParams(100));
  });

  it('rejects a bad character naming it and its position, and a wrong length', () => {
    expect(() => parseSignVector('+-0+', 4)).toThrow(SyntaxError);
    expect(() => parseSignVector('+-0+', 4)).toThrow(/"0" at position 2/);
    expect(() => parseSignVector('+-+', 4)).toThrow(RangeError);
    expect(() => parseSignVector('+-+', 4)).toThrow(/3 entries, expected k = 4/);
    expect(() => parseSignVector('+', -1)).toThrow(RangeError);
    expect(() => formatSignVector([1, 0 as unknown as Sign])).toThrow(/entry 1/);
  });
});
