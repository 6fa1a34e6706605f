import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { quadraticArb } from '../../../properties/arbitraries/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';

/** The ordered-field axioms as fast-check properties, checked exactly in F. */
function fieldLaws<T>(F: OrderedField<T>, arb: fc.Arbitrary<T>, nonZero: fc.Arbitrary<T>): void {
  const eq = (a: T, b: T): void => expect(F.format(a)).toBe(F.format(b));
  const sum = (a: T, b: T): T => F.add(a, b);

  it('addition and multiplication are commutative and associative', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(F.equals(F.add(a, b), F.add(b, a))).toBe(true);
        expect(F.equals(F.mul(a, b), F.mul(b, a))).toBe(true);
        expect(F.equals(sum(sum(a, b), c), sum(a, sum(b, c)))).toBe(true);
        expect(F.equals(F.mul(F.mul(a, b), c), F.mul(a, F.mul(b, c)))).toBe(true);
      }),
      fcParams(150),
    );
  });

  it('multiplication distributes over addition; 0 and 1 are neutral', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        eq(F.mul(a, F.add(b, c)), F.add(F.mul(a, b), F.mul(a, c)));
        eq(F.add(a, F.zero), a);
        eq(F.mul(a, F.one), a);
        expect(F.isZero(F.mul(a, F.zero))).toBe(true);
      }),
      fcParams(150),
    );
  });

  it('additive and multiplicative inverses; division by zero throws RangeError', () => {
    fc.assert(
      fc.property(arb, nonZero, (a, b) => {
        expect(F.isZero(F.add(a, F.neg(a)))).toBe(true);
        expect(F.equals(F.sub(a, a), F.zero)).toBe(true);
        expect(F.equals(F.mul(b, F.div(F.one, b)), F.one)).toBe(true);
        expect(F.equals(F.mul(F.div(a, b), b), a)).toBe(true);
        expect(() => F.div(a, F.zero)).toThrow(RangeError);
      }),
      fcParams(150),
    );
  });

  it('sign(ab) = sign(a)·sign(b), sign(−a) = −sign(a), sign(a) = 0 iff a = 0', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(F.sign(F.mul(a, b))).toBe(F.sign(a) * F.sign(b) || 0);
        expect(F.sign(F.neg(a))).toBe(-F.sign(a) || 0);
        expect(F.sign(a) === 0).toBe(F.isZero(a));
        expect(F.compare(a, b)).toBe(F.sign(F.sub(a, b)));
      }),
      fcParams(200),
    );
  });

  it('compare is antisymmetric and transitive, and consistent with equals', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(F.compare(a, b)).toBe(-F.compare(b, a) || 0);
        expect(F.compare(a, b) === 0).toBe(F.equals(a, b));
        if (F.compare(a, b) <= 0 && F.compare(b, c) <= 0) expect(F.compare(a, c)).toBeLessThanOrEqual(0);
        if (F.compare(a, b) < 0 && F.compare(b, c) < 0) expect(F.compare(a, c)).toBe(-1);
      }),
      fcParams(200),
    );
  });

  it('the order is compatible with addition and with multiplication by positives', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        expect(F.compare(F.add(a, c), F.add(b, c))).toBe(F.compare(a, b));
        const s = F.sign(c);
        expect(F.compare(F.mul(a, c), F.mul(b, c))).toBe(F.compare(a, b) * s || 0);
      }),
      fcParams(200),
    );
  });

  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(arb, (a) => {
        expect(F.equals(F.parse(F.format(a)), a)).toBe(true);
      }),
      fcParams(200),
    );
  });
}

const wide = { maxNumerator: 60, maxDenominator: 12 };

describe('RationalField satisfies the ordered-field laws', () => {
  fieldLaws(Q, rationalArb(wide), rationalArb({ ...wide, nonZero: true }));
});

for (const n of [2, 39]) {
  const F = quadraticField(n);
  describe(`quadraticField(${n}) satisfies the ordered-field laws`, () => {
    fieldLaws(F, quadraticArb(F, wide), quadraticArb(F, { ...wide, nonZero: true }));
  });
}

describe('RationalField basics', () => {
  it('fromRational normalises and rejects a zero denominator', () => {
    expect(Q.format(Q.fromRational(6, -4))).toBe('-3/2');
    expect(Q.format(Q.fromRational(0n, 7n))).toBe('0');
    expect(() => Q.fromRational(1, 0)).toThrow(RangeError);
    expect(Q.equals(rat('0.95'), rat(19, 20))).toBe(true);
  });
});
