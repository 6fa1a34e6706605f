/**
 * Edge cases of the exact arithmetic found by mutation testing (npm run test:mutation): the
 * integer ring Z, lcm with zeros, error types and messages of the float readers, parsing with
 * blanks and decimals, conversions of huge rationals to float.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import FractionModule from 'fraction.js';
import { IntegerRing as Z, lcm, primitiveVector } from '../../../src/field/integers.ts';
import { RationalField as Q, rat, parseRational, denominatorLcm, type Rational } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import { rationalFromFloat64 } from '../../../src/field/dyadic.ts';
import { float16BitsToNumber, bfloat16BitsToNumber, rationalFromFloat16Bits, rationalFromBfloat16Bits } from '../../../src/field/half-float.ts';
import { rationalFromShortestDecimal, formatDecimal } from '../../../src/field/decimal.ts';
import { fcParams } from '../../../properties/settings.ts';

describe('the integer ring Z', () => {
  it('has the ring operations, order and text form of the integers', () => {
    expect(Z.name).toBe('Z');
    expect([Z.add(7n, -3n), Z.sub(7n, -3n), Z.mul(7n, -3n), Z.neg(7n)]).toEqual([4n, 10n, -21n, -7n]);
    expect([Z.sign(-4n), Z.sign(0n), Z.sign(9n), Z.compare(2n, 5n), Z.compare(5n, 5n)]).toEqual([-1, 0, 1, -1, 0]);
    expect([Z.equals(3n, 3n), Z.equals(3n, 4n), Z.isZero(0n), Z.isZero(-1n)]).toEqual([true, false, true, false]);
    expect([Z.parse(' 12 '), Z.parse('+7'), Z.parse('-30')]).toEqual([12n, 7n, -30n]);
    expect(() => Z.parse('1.5')).toThrow(SyntaxError);
    expect([Z.format(-12n), Z.toNumber(2n ** 60n)]).toEqual(['-12', 2 ** 60]);
  });
});

describe('lcm and primitive vectors', () => {
  it('lcm is 0 when either argument is 0 (also both), else positive', () => {
    expect([lcm(0n, 0n), lcm(0n, 5n), lcm(-4n, 6n)]).toEqual([0n, 0n, 12n]);
  });
  it('primitiveVector returns a new array', () => {
    const v = [3n, 5n];
    const p = primitiveVector(v)!;
    expect(p).toEqual([3n, 5n]);
    p[0] = 0n;
    expect(v).toEqual([3n, 5n]);
  });
  it('denominatorLcm is the least common multiple of the denominators (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 12 })), { maxLength: 6 }), (pq) => {
      const v = pq.map(([p, q]) => rat(BigInt(p), BigInt(q)));
      const l = denominatorLcm(v);
      expect(v.every((x) => l % x.d === 0n)).toBe(true);
      expect(l).toBe(v.reduce((acc, x) => lcm(acc, x.d), 1n));
    }), fcParams(100));
  });
});

describe('parsing rationals', () => {
  it('accepts blanks around, decimals in numerator and denominator, a leading dot', () => {
    expect(Q.format(parseRational(' 3/4 '))).toBe('3/4');
    expect(Q.format(parseRational('.25'))).toBe('1/4');
    expect(Q.format(parseRational('.125'))).toBe('1/8');
    expect(Q.format(parseRational('1/-2'))).toBe('-1/2');
    expect(Q.format(parseRational('1/2.25'))).toBe('4/9');
    expect(Q.format(parseRational('0.5/1.25'))).toBe('2/5');
    expect(() => parseRational('1/2.')).toThrow(SyntaxError);
    expect(() => parseRational('.x')).toThrow(SyntaxError);
  });
  it('Q(√n) parses decimal coefficients and blanks inside', () => {
    const K = quadraticField(2);
    expect(K.format(K.parse('1.5*sqrt(2)'))).toBe(K.format(K.of(Q.zero, rat(3n, 2n))));
    expect(K.format(K.parse('1/2.5*sqrt(2)'))).toBe(K.format(K.of(Q.zero, rat(2n, 5n))));
    expect(K.format(K.parse('1 +  sqrt(2)'))).toBe(K.format(K.of(Q.one, Q.one)));
    expect(K.format(K.parse('0.25'))).toBe('1/4');
  });
});

describe('floats to rationals and back', () => {
  it('rationalFromFloat64 refuses non-numbers with TypeError and non-finite values with RangeError naming them', () => {
    expect(() => rationalFromFloat64('1' as unknown as number)).toThrow(/expected a number, got string/);
    expect(() => rationalFromFloat64(NaN)).toThrow(/not a finite float64: NaN/);
  });
  it('half floats: bit patterns out of range name the format; non-finite values name the bits', () => {
    expect(() => float16BitsToNumber(0x10000)).toThrow(/float16 bits must be/);
    expect(() => bfloat16BitsToNumber(-1)).toThrow(/bfloat16 bits must be/);
    expect(() => rationalFromFloat16Bits(0x7c00)).toThrow(/not a finite float16: Infinity \(bits 0x7c00\)/);
    expect(() => rationalFromBfloat16Bits(0x7fc0)).toThrow(/not a finite bfloat16: NaN \(bits 0x7fc0\)/);
  });
  it('rationalFromShortestDecimal names a non-finite input', () => {
    expect(() => rationalFromShortestDecimal(Infinity)).toThrow(/not a finite number: Infinity/);
  });
  it('toNumber of rationals with a huge numerator or denominator on either side of the safe range', () => {
    const big = 2n ** 53n; // just above Number.MAX_SAFE_INTEGER
    expect(Q.toNumber(new FractionModule(big + 1n, 1n))).toBe(2 ** 53);
    expect(Q.toNumber(new FractionModule(1n, big + 1n))).toBe(2 ** -53 - 2 ** -106); // 2^-53 (1 - 2^-53 + …), correctly rounded
    expect(Q.toNumber(new FractionModule(-(3n * big), 2n * big + 1n))).toBe(-1.5);
    expect(Q.toNumber(new FractionModule(2n ** 2000n + 1n, 2n ** 1990n))).toBe(1024);
  });
  it('formatDecimal rounds half away from zero on both signs', () => {
    expect(formatDecimal(Q, rat(-1n, 8n), 2)).toBe('-0.13');
    expect(formatDecimal(Q, rat(1n, 8n), 2)).toBe('0.13');
    expect(() => formatDecimal(Q, rat(1), -1)).toThrow(/digits must be a non-negative integer, got -1/);
    expect(() => formatDecimal(Q, rat(1), 1.5)).toThrow(RangeError);
  });
});

describe('Q(√n) literals', () => {
  const K = quadraticField(2);
  const is = (s: string, a: Rational, b: Rational) => expect(K.format(K.parse(s))).toBe(K.format(K.of(a, b)));
  it('multi-digit decimals and integers in every place of a √ term', () => {
    is('1.25*sqrt(2)', Q.zero, rat(5n, 4n));
    is('1/2.25*sqrt(2)', Q.zero, rat(4n, 9n));
    is('sqrt(2)/12', Q.zero, rat(1n, 12n));
    is('12/sqrt(2)', Q.zero, rat(6));
    is('1.25/sqrt(2)', Q.zero, rat(5n, 8n));
    is('3*sqrt(8)', Q.zero, rat(6)); // √8 = 2√2
  });
  it('sqrt(0) is 0; a zero denominator and a radicand beyond the safe integers are named', () => {
    is('2+sqrt(0)', rat(2), Q.zero);
    expect(() => K.parse('sqrt(2)/0')).toThrow(/zero denominator in "sqrt\(2\)\/0"/);
    expect(() => K.parse('1/sqrt(0)')).toThrow(/zero denominator in "1\/sqrt\(0\)"/);
    expect(() => K.parse('sqrt(99999999999999999999)')).toThrow(/sqrt\(100000000000000000000\) in "sqrt\(99999999999999999999\)": the radicand must be a safe integer/);
  });
  it('division by zero is a RangeError with that message, in Q and in Q(√2)', () => {
    expect(() => K.div(K.one, K.zero)).toThrow(/^division by zero$/);
    expect(() => Q.div(Q.one, Q.zero)).toThrow(/^division by zero$/);
  });
});
