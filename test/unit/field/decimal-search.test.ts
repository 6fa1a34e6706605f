/**
 * `formatDecimal` and `formatSignedSqrtDecimal` certify a float candidate exactly and move it
 * (galloping, then bisection) until it passes, so the text is right however far off the float
 * is. Here the field's `toNumber` lies (scaled, shifted, negated, NaN, infinite), and the text
 * must equal the one from an exact integer reference.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../src/field/rational.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { formatDecimal, formatSignedSqrtDecimal } from '../../../src/field/decimal.ts';
import { fcParams } from '../../../properties/settings.ts';

/** x ≥ 0 rounded half away from zero to `digits` digits, as text, by integer arithmetic alone. */
function reference(x: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const m = (2n * x.n * scale + x.d) / (2n * x.d); // floor(|x|·10^d + 1/2)
  const s = m.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

const LIARS: [string, (v: number) => number][] = [
  ['exact float', (v) => v],
  ['a million times too large', (v) => v * 1e6],
  ['far too small', (v) => v * 1e-9],
  ['shifted by 1000', (v) => v + 1000],
  ['negated', (v) => -v],
  ['NaN', () => NaN],
  ['infinite', () => Infinity],
];

const rational = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n })).map(([p, q]) => rat(p, q));

describe('formatDecimal is exact whatever toNumber says', () => {
  for (const [name, lie] of LIARS) {
    const F: OrderedField<Rational> = { ...Q, name: `Q (${name})`, toNumber: (a) => lie(Q.toNumber(a)) };
    it(name, () => {
      fc.assert(fc.property(rational, fc.integer({ min: 0, max: 7 }), (x, digits) => {
        const out = formatDecimal(F, x, digits);
        expect(out).toBe(formatDecimal(Q, x, digits));
        if (Q.sign(x) >= 0) expect(out).toBe(reference(x, digits));
        else expect(out.replace(/^-/, '')).toBe(reference(Q.neg(x), digits));
      }), fcParams(60));
      // half-way cases round away from zero
      expect(formatDecimal(F, rat(5n, 2n), 0)).toBe('3');
      expect(formatDecimal(F, rat(-1n, 200n), 2)).toBe('-0.01');
    });
  }
});

describe('formatSignedSqrtDecimal is exact whatever toNumber says', () => {
  for (const [name, lie] of LIARS) {
    const F: OrderedField<Rational> = { ...Q, name: `Q (${name})`, toNumber: (a) => lie(Q.toNumber(a)) };
    it(name, () => {
      fc.assert(fc.property(rational, fc.integer({ min: 0, max: 6 }), (x, digits) => {
        // a perfect square, so the reference is the rounding of |x|
        const sq = Q.mul(x, x);
        const sign = Q.sign(x) as -1 | 0 | 1;
        expect(formatSignedSqrtDecimal(F, sign, sq, digits)).toBe(formatDecimal(Q, x, digits));
      }), fcParams(60));
      expect(formatSignedSqrtDecimal(F, -1, rat(64n, 185n))).toBe('-0.588172');
    });
  }
  it('names a bad sign and a sign that does not match the square', () => {
    expect(() => formatSignedSqrtDecimal(Q, 2 as 1, rat(1))).toThrow(/sign must be -1, 0 or 1, got 2/);
    expect(() => formatSignedSqrtDecimal(Q, 0, rat(1))).toThrow(/sign 0 does not match square 1/);
    expect(() => formatSignedSqrtDecimal(Q, 1, Q.zero)).toThrow(/sign 1 does not match square 0/);
  });
});
