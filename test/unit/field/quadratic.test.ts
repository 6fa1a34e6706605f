import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { fcParams } from '../../../properties/settings.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField, splitRootTerms } from '../../../src/field/quadratic.ts';

const Q2 = quadraticField(2);

/** parse(format(parse(s))) = parse(s) in F. */
function roundTrips<T>(F: OrderedField<T>, s: string): boolean {
  const x = F.parse(s);
  return F.equals(F.parse(F.format(x)), x);
}
const Q39 = quadraticField(39);

describe('exact sign of a + b√n near zero', () => {
  it('6 − √39 < 0 < 7 − √39 and 156/25 < √39 < 25/4', () => {
    expect(Q39.sign(Q39.parse('6 - sqrt(39)'))).toBe(-1);
    expect(Q39.sign(Q39.parse('7 - sqrt(39)'))).toBe(1);
    expect(Q39.compare(Q39.fromRational(156, 25), Q39.parse('sqrt(39)'))).toBe(-1);
    expect(Q39.compare(Q39.fromRational(25, 4), Q39.parse('sqrt(39)'))).toBe(1);
  });

  it('99/70 > √2 > 140/99 (consecutive convergents)', () => {
    expect(Q2.compare(Q2.fromRational(99, 70), Q2.parse('sqrt(2)'))).toBe(1);
    expect(Q2.compare(Q2.fromRational(140, 99), Q2.parse('sqrt(2)'))).toBe(-1);
    expect(Q2.sign(Q2.parse('99/70 - sqrt(2)'))).toBe(1);
  });

  it('p − q√2 for Pell convergents up to 10^38 has the sign of p² − 2q² (float cannot tell)', () => {
    let p = 1n;
    let q = 1n;
    for (let k = 0; k < 100; k++) {
      const x = Q2.of(Q.fromRational(p), Q.fromRational(-q));
      const expected = p * p - 2n * q * q; // ±1, alternating
      expect(expected * expected).toBe(1n);
      expect(Q2.sign(x)).toBe(expected > 0n ? 1 : -1);
      expect(Q2.sign(Q2.neg(x))).toBe(expected > 0n ? -1 : 1);
      [p, q] = [p + 2n * q, p + q];
    }
  });

  it('agrees with the float sign whenever the float is clearly away from zero', () => {
    fc.assert(
      fc.property(rationalArb({ maxNumerator: 200, maxDenominator: 50 }), rationalArb({ maxNumerator: 200, maxDenominator: 50 }), (a, b) => {
        const x = Q39.of(a, b);
        const approx = a.valueOf() + b.valueOf() * Math.sqrt(39);
        if (Math.abs(approx) > 1e-9) expect(Q39.sign(x)).toBe(Math.sign(approx));
        else expect(Q39.isZero(x)).toBe(a.n === 0n && b.n === 0n);
      }),
      fcParams(300),
    );
  });
});

describe('QuadraticField.toNumber (NOT exact: for glpk and display)', () => {
  it('is finite and close for parts with hundreds of digits or tiny values (fraction.js valueOf gave NaN / 0)', () => {
    const Q2 = quadraticField(2);
    const big = 10n ** 400n;
    // a = (10^400 + 1)/10^399 ≈ 10, b = −(10^400)/(3·10^400) = −1/3 unreduced in size
    const x = Q2.of(Q.fromRational(big + 1n, big / 10n), Q.fromRational(-(big + 7n), 3n * big));
    const v = Q2.toNumber(x);
    expect(Number.isFinite(v)).toBe(true);
    expect(Math.abs(v - (10 - Math.SQRT2 / 3))).toBeLessThan(1e-12);
    expect(Q2.toNumber(Q2.of(Q.zero, Q.fromRational(1n, 2n ** 1070n)))).toBe(Math.SQRT2 * 2 ** -1070);
  });
});

describe('parsing exact entries with roots', () => {
  it('reads every entry of examples.json in its declared field and formats it back', () => {
    const ex = JSON.parse(readFileSync('/work/shared/paper/examples.json', 'utf8')) as Record<string, unknown>;
    let count = 0;
    for (const [key, value] of Object.entries(ex)) {
      if (key.startsWith('_')) continue;
      const { field, ...rest } = value as { field: string } & Record<string, unknown>;
      const F: OrderedField<unknown> = (field === 'Q' ? Q : quadraticField(Number(/sqrt\((\d+)\)/.exec(field)![1]))) as OrderedField<unknown>;
      expect(F.name).toBe(field);
      for (const m of Object.values(rest)) {
        if (!Array.isArray(m) || !Array.isArray(m[0]) || typeof m[0][0] !== 'string') continue;
        for (const s of m.flat() as string[]) {
          expect(roundTrips(F, s), s).toBe(true);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('reads p/sqrt(m) as (p/m)·sqrt(m), e.g. the cosine −8/√185', () => {
    const F = quadraticField(185);
    const c = F.parse('-8/sqrt(185)');
    expect(Q.equals(c.a, Q.zero)).toBe(true);
    expect(Q.equals(c.b, rat(-8, 185))).toBe(true);
    expect(F.equals(F.mul(c, c), F.fromRational(64, 185))).toBe(true);
    expect(F.sign(c)).toBe(-1);
    expect(Q2.equals(Q2.parse('0.5/sqrt(2)'), Q2.of(Q.zero, rat(1, 4)))).toBe(true);
    expect(Q2.equals(Q2.parse('1 + 1/sqrt(2)'), Q2.of(Q.one, rat(1, 2)))).toBe(true);
  });

  it('reads sqrt(m)/q, c*sqrt(m)/q and whitespace', () => {
    expect(Q2.equals(Q2.parse('sqrt(2)/2'), Q2.of(Q.zero, rat(1, 2)))).toBe(true);
    expect(Q2.equals(Q2.parse('-3*sqrt(2)/4'), Q2.of(Q.zero, rat(-3, 4)))).toBe(true);
    expect(Q2.equals(Q2.parse(' 1 - sqrt( 2 ) / 2 '), Q2.of(Q.one, rat(-1, 2)))).toBe(true);
    expect(Q39.equals(Q39.parse('1/20*sqrt(39)'), Q39.of(Q.zero, rat(1, 20)))).toBe(true);
    expect(Q2.equals(Q2.parse('-5/2*sqrt(2)'), Q2.of(Q.zero, rat(-5, 2)))).toBe(true);
  });

  it('reduces radicands with square factors', () => {
    expect(Q2.equals(Q2.parse('sqrt(8)'), Q2.of(Q.zero, rat(2)))).toBe(true);
    expect(Q2.equals(Q2.parse('3/sqrt(8)'), Q2.of(Q.zero, rat(3, 4)))).toBe(true);
    expect(Q2.equals(Q2.parse('sqrt(2) + sqrt(18)'), Q2.of(Q.zero, rat(4)))).toBe(true);
    const nine = splitRootTerms('sqrt(9) + 1/sqrt(4)');
    expect(nine.radicand).toBe(0);
    expect(Q.equals(nine.rational, rat(7, 2))).toBe(true);
    expect(Q.equals(Q.parse('2'), splitRootTerms('sqrt(4)').rational)).toBe(true);
  });

  it('rejects empty, NaN, Infinity, exponents, mixed roots and other syntax with SyntaxError', () => {
    for (const s of ['', '   ', 'NaN', 'Infinity', '-Infinity', '1e5', '1E-3', '2.5e1*sqrt(2)', 'sqrt(2)+sqrt(3)', '1/sqrt(2) - sqrt(3)',
      'sqrt(-2)', 'sqrt(2.5)', '1/2/sqrt(2)', '(1+sqrt(2))', '2sqrt(2)', 'sqrt(2)*3', '--1', '+', '1/-2', 'sqrt2', 'abc', '0x10']) {
      expect(() => splitRootTerms(s), s).toThrow(SyntaxError);
      expect(() => Q2.parse(s), s).toThrow(SyntaxError);
    }
  });

  it('rejects zero denominators with RangeError', () => {
    for (const s of ['1/0', 'sqrt(2)/0', '1/sqrt(0)', '2 + 3/0']) expect(() => splitRootTerms(s), s).toThrow(RangeError);
  });

  it('rejects a root outside the field', () => {
    expect(() => Q2.parse('sqrt(3)')).toThrow(/not in Q\(sqrt\(2\)\)/);
    expect(() => Q.parse('sqrt(2)')).toThrow(SyntaxError);
    expect(() => quadraticField(4)).toThrow(RangeError);
    expect(() => quadraticField(1)).toThrow(RangeError);
  });
});
