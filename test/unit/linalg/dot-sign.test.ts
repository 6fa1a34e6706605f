/**
 * `dotSign` (src/linalg/dot-sign.ts): the exact sign of a dot product by unreduced BigInt
 * sums over Q and Q(√n), checked against the fields' own exact arithmetic, and the generic
 * path of any other ordered field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../src/field/rational.ts';
import { quadraticField, type Quadratic } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { fieldKind } from '../../../src/field/field-kind.ts';
import { dotSign } from '../../../src/linalg/dot-sign.ts';
import { quadraticSignOf } from '../../../src/field/quadratic.ts';
import { fcParams } from '../../../properties/settings.ts';

/** The sign of Σ a_t b_t by the field's own add/mul (the oracle). */
function slowSign<T>(F: OrderedField<T>, a: readonly T[], b: readonly T[]): number {
  let s = F.zero;
  for (let t = 0; t < a.length; t++) s = F.add(s, F.mul(a[t], b[t]));
  return F.sign(s);
}

/** Rationals with small numerators and a few denominators (so that some coincide, some are 1, some are 0). */
const rational = fc.tuple(fc.integer({ min: -6, max: 6 }), fc.constantFrom(1, 1, 2, 3, 4, 6, 9)).map(([p, q]) => rat(BigInt(p), BigInt(q)));

describe('dotSign over Q', () => {
  it('equals the sign of the exact sum (property; zeros, equal and unit denominators mixed)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(fc.array(rational, { minLength: n, maxLength: n }), fc.array(rational, { minLength: n, maxLength: n }))), ([a, b]) => {
      expect(dotSign(Q, a, b)).toBe(slowSign(Q, a, b));
    }), fcParams(300));
  });
  it('cancellation to exactly 0, and a sum decided in the last unit', () => {
    expect(dotSign(Q, [rat(1n, 3n), rat(1n, 6n)], [rat(3), rat(-6)])).toBe(0);
    expect(dotSign(Q, [rat(1n, 3n), rat(-1n, 3n)], [rat(10n ** 30n + 1n), rat(10n ** 30n)])).toBe(1);
    expect(dotSign(Q, [], [])).toBe(0);
  });
});

describe('dotSign over Q(√n)', () => {
  for (const n of [2, 3, 39]) {
    const F = quadraticField(n);
    const el = fc.tuple(rational, rational).map(([a, b]) => F.of(a, b));
    it(`Q(√${n}): equals the sign of the exact sum (property)`, () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 5 }).chain((m) => fc.tuple(fc.array(el, { minLength: m, maxLength: m }), fc.array(el, { minLength: m, maxLength: m }))), ([a, b]) => {
        expect(dotSign(F, a, b)).toBe(slowSign(F, a, b));
      }), fcParams(300));
    });
  }
  it('3 − (3/2)√2 > 0 although 3² < 2·3² (the denominators matter)', () => {
    const F = quadraticField(2);
    const v: Quadratic[] = [F.of(rat(3), rat(-3n, 2n))];
    expect(dotSign(F, v, [F.one])).toBe(1);
    expect(quadraticSignOf(3n, 1n, -3n, 2n, 2n)).toBe(1);
    expect(quadraticSignOf(-3n, 2n, 3n, 1n, 2n)).toBe(1); // −3/2 + 3√2 > 0
    expect(quadraticSignOf(3n, 2n, -1n, 1n, 2n)).toBe(1); // 3/2 − √2 > 0
    expect(quadraticSignOf(1n, 1n, -3n, 4n, 2n)).toBe(-1); // 1 − (3/4)√2 < 0
  });
});

describe('dotSign over another ordered field (generic path)', () => {
  // Q under another identity: fieldKind sees 'other', so dotSign uses the field's own operations
  const Other: OrderedField<Rational> = { ...Q, name: 'Q (another copy)' };
  it('is not mistaken for Q or Q(√n), and gives the exact sign', () => {
    expect(fieldKind(Other)).toBe('other');
    fc.assert(fc.property(fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(fc.array(rational, { minLength: n, maxLength: n }), fc.array(rational, { minLength: n, maxLength: n }))), ([a, b]) => {
      expect(dotSign(Other, a, b)).toBe(slowSign(Q, a, b));
    }), fcParams(100));
    expect(dotSign(Other, [rat(1), rat(2)], [rat(-3), rat(1)])).toBe(-1);
  });
});
