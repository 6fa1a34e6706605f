import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { describe, expect, it } from 'vitest';
import { bitLength, gcd, lcm, primitiveVector, roundedIntegerVector } from '../../../src/field/integers.ts';
import { RationalField as Q, denominator, embedRational, integerRow, numerator, rat } from '../../../src/field/rational.ts';
import { embedQuadratic, fieldKind, rationalValue } from '../../../src/field/field-kind.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';

const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });

describe('the integer kernel', () => {
  it('gcd divides both, lcm is a common multiple, gcd·lcm = |ab|', () => {
    fc.assert(
      fc.property(big, big, (a, b) => {
        const g = gcd(a, b);
        const l = lcm(a, b);
        expect(g >= 0n && l >= 0n).toBe(true);
        if (g !== 0n) expect(a % g === 0n && b % g === 0n).toBe(true);
        if (l !== 0n) expect(l % a === 0n && l % b === 0n).toBe(true);
        expect(g * l).toBe(a * b < 0n ? -a * b : a * b);
      }),
    );
  });

  it('bitLength brackets |x| between powers of two', () => {
    fc.assert(
      fc.property(big, (x) => {
        const b = bitLength(x);
        const m = x < 0n ? -x : x;
        if (m === 0n) expect(b).toBe(0);
        else expect(m >= 1n << BigInt(b - 1) && m < 1n << BigInt(b)).toBe(true);
      }),
    );
  });

  it('a primitive vector has gcd 1 and the same ray', () => {
    fc.assert(
      fc.property(fc.array(big, { minLength: 1, maxLength: 5 }), (v) => {
        const p = primitiveVector(v);
        if (v.every((x) => x === 0n)) {
          expect(p).toBeNull();
          return;
        }
        expect(p!.reduce(gcd, 0n)).toBe(1n);
        const g = v.reduce(gcd, 0n);
        expect(p!.map((x) => x * g)).toEqual(v);
      }),
      fcParams(100),
    );
    expect(roundedIntegerVector([3.4, -6.6], 1)).toEqual([3n, -7n]);
    expect(roundedIntegerVector([2, 4.2], 1)).toEqual([1n, 2n]);
  });

  it('integerising a row and reading numerators and denominators are exact', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(big, fc.bigInt({ min: 1n, max: 10n ** 12n })), { minLength: 1, maxLength: 5 }), (pairs) => {
        const row = pairs.map(([p, q]) => rat(p, q));
        const { ints, multiplier } = integerRow(row);
        expect(multiplier > 0n).toBe(true);
        row.forEach((r, t) => {
          expect(Q.equals(Q.fromRational(ints[t], multiplier), r)).toBe(true);
          expect(Q.equals(Q.fromRational(numerator(r), denominator(r)), r)).toBe(true);
        });
      }),
    );
  });

  it('values move between fields exactly, never through text', () => {
    const K = quadraticField(5);
    const x = embedRational(K, rat(-7, 3));
    expect(K.format(x)).toBe('-7/3');
    expect(Q.format(rationalValue(K, x)!)).toBe('-7/3');
    expect(rationalValue(K, K.parse('sqrt(5)'))).toBeNull();
    expect(K.format(embedQuadratic(K, rat(1), rat(-2), 5))).toBe('1-2*sqrt(5)');
    expect(() => embedQuadratic(quadraticField(2), rat(1), rat(1), 5)).toThrow(RangeError);
    expect(() => rationalValue({ ...Q }, Q.one)).toThrow(TypeError);
    expect(fieldKind(K)).toBe(K);
  });
});
