/**
 * The one field dispatch (src/field/field-kind.ts): which fields get the fast exact paths,
 * and the embeddings between Q, Q(√n) and other fields.
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { embedQuadratic, fieldKind, rationalValue } from '../../../src/field/field-kind.ts';

const K2 = quadraticField(2);
const Other: OrderedField<unknown> = { ...Q } as OrderedField<unknown>;

describe('fieldKind', () => {
  it('recognises Q and the cached Q(√n) only', () => {
    expect(fieldKind(Q)).toBe('Q');
    expect(fieldKind(K2)).toBe(K2);
    expect(fieldKind(Other)).toBe('other');
    // a look-alike of Q(√2) (same n, another object) and a field with a non-square-free n are 'other'
    expect(fieldKind({ ...K2 })).toBe('other');
    expect(fieldKind({ ...Q, n: 4 } as OrderedField<unknown>)).toBe('other');
    expect(fieldKind({ ...Q, n: '2' } as OrderedField<unknown>)).toBe('other');
  });
});

describe('rationalValue', () => {
  it('is the element itself over Q, the rational part over Q(√n) when the √n part is 0, else null', () => {
    const x = rat(-7n, 3n);
    expect(rationalValue(Q, x)).toBe(x);
    expect(Q.format(rationalValue(K2, K2.of(x, Q.zero))!)).toBe('-7/3');
    expect(rationalValue(K2, K2.of(x, Q.one))).toBeNull();
  });
  it('throws TypeError naming an unknown field', () => {
    expect(() => rationalValue({ ...Q, name: 'Mystery' }, rat(1))).toThrow(/rationalValue: unknown field Mystery/);
  });
});

describe('embedQuadratic', () => {
  it('puts a + b√m into Q(√m), and a rational (b = 0) into any field', () => {
    expect(K2.format(embedQuadratic(K2, rat(1), rat(3), 2))).toBe(K2.format(K2.of(rat(1), rat(3))));
    expect(Q.format(embedQuadratic(Q, rat(5n, 2n), Q.zero, 2))).toBe('5/2');
  });
  it('throws RangeError when b ≠ 0 and the field is not Q(√m)', () => {
    expect(() => embedQuadratic(Q, rat(1), rat(1), 2)).toThrow(/lies in Q\(sqrt\(2\)\), not in Q/);
    expect(() => embedQuadratic(quadraticField(3), rat(1), rat(1), 2)).toThrow(RangeError);
    expect(() => embedQuadratic(Other, rat(1), rat(1), 2)).toThrow(RangeError);
  });
});
