import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat, type Rational } from '../../../src/field/rational.ts';
import { quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { boxPolygon, clipCone, clipToHalfPlane, hasInterior, polygonArea, twiceSignedArea, type Polygon } from '../../../src/report/polygon-clip.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { fcParams } from '../../../properties/settings.ts';

const fmt = <T>(F: OrderedField<T>, p: Polygon<T>) => p.map(([x, y]) => `(${F.format(x)}, ${F.format(y)})`).join(' ');

/** Every turn of the polygon is a left turn or straight (convex, counter-clockwise), exactly. */
function isConvexCcw<T>(F: OrderedField<T>, p: Polygon<T>): boolean {
  const m = p.length;
  for (let t = 0; t < m; t++) {
    const [a, b, c] = [p[t], p[(t + 1) % m], p[(t + 2) % m]];
    const cross = F.sub(F.mul(F.sub(b[0], a[0]), F.sub(c[1], b[1])), F.mul(F.sub(b[1], a[1]), F.sub(c[0], b[0])));
    if (F.sign(cross) < 0) return false;
  }
  return true;
}

describe('boxPolygon', () => {
  it('is the counter-clockwise square [−B, B]² with exact area (2B)²', () => {
    const B = rat('5/2');
    const box = boxPolygon(Q, B);
    expect(fmt(Q, box)).toBe('(-5/2, -5/2) (5/2, -5/2) (5/2, 5/2) (-5/2, 5/2)');
    expect(Q.format(polygonArea(Q, box))).toBe('25');
  });

  it('throws a RangeError naming B unless B > 0', () => {
    expect(() => boxPolygon(Q, Q.zero)).toThrow(/half-width B must be positive, got 0/);
    expect(() => boxPolygon(Q, rat(-1))).toThrow(RangeError);
  });
});

describe('clipToHalfPlane (exact Sutherland–Hodgman)', () => {
  it('cuts the box along a line through the origin at exact crossing points', () => {
    // n = (1, 3): the line x + 3y = 0 meets the box [−2, 2]² at (2, −2/3) and (−2, 2/3).
    const half = clipToHalfPlane(Q, boxPolygon(Q, rat(2)), [rat(1), rat(3)]);
    expect(fmt(Q, half)).toBe('(2, -2/3) (2, 2) (-2, 2) (-2, 2/3)');
    expect(Q.format(polygonArea(Q, half))).toBe('8');
  });

  it('keeps a box corner on the line once (no repeated vertex)', () => {
    const half = clipToHalfPlane(Q, boxPolygon(Q, rat(1)), [rat(1), rat(-1)]); // x ≥ y
    expect(fmt(Q, half)).toBe('(-1, -1) (1, -1) (1, 1)');
  });

  it('works over Q(√2) with irrational normals', () => {
    const K = quadraticField(2);
    const s = K.of(rat(0), rat(1)); // √2
    const half = clipToHalfPlane(K, boxPolygon(K, K.one), [s, K.one]); // √2·x + y ≥ 0
    // The line √2·x + y = 0 meets y = −1 at x = √2/2 and y = 1 at x = −√2/2.
    expect(fmt(K, half)).toBe('(1/2*sqrt(2), -1) (1, -1) (1, 1) (-1/2*sqrt(2), 1)');
    expect(K.format(polygonArea(K, half))).toBe('2');
  });

  it('throws a RangeError for a zero normal or a normal of the wrong length', () => {
    expect(() => clipToHalfPlane(Q, boxPolygon(Q, Q.one), [Q.zero, Q.zero])).toThrow(/zero vector/);
    expect(() => clipToHalfPlane(Q, boxPolygon(Q, Q.one), [Q.one])).toThrow(/2 entries, got 1/);
  });
});

describe('clipCone', () => {
  it('gives a degenerate polygon (no interior) for a cone that is a ray', () => {
    const ray = clipCone(Q, [[rat(1), rat(0)], [rat(-1), rat(0)], [rat(0), rat(1)]], rat(2)); // x = 0, y ≥ 0
    expect(hasInterior(Q, ray)).toBe(false);
    expect(fmt(Q, ray)).toBe('(0, 0) (0, 2)');
    expect(hasInterior(Q, clipCone(Q, [[rat(1), rat(0)], [rat(-1), rat(0)], [rat(0), rat(-1)], [rat(0), rat(1)]], rat(2)))).toBe(false);
  });

  it('throws a RangeError naming the bad row of the normals', () => {
    expect(() => clipCone(Q, [[rat(1), rat(0)], [rat(1)]], rat(1))).toThrow(RangeError);
  });

  const normalArb = fc.tuple(rationalArb({ maxNumerator: 6, maxDenominator: 4 }), rationalArb({ maxNumerator: 6, maxDenominator: 4 }));
  const B = rat('3/2');

  it('property: every vertex lies in the box and satisfies every cone inequality exactly; convex, counter-clockwise', () => {
    fc.assert(
      fc.property(fc.array(normalArb, { maxLength: 5 }), (normals) => {
        const poly = clipCone(Q, normals, B);
        for (const p of poly) {
          for (const c of p) expect(Q.compare(c, B) <= 0 && Q.compare(c, Q.neg(B)) >= 0).toBe(true);
          for (const n of normals) expect(Q.sign(Q.add(Q.mul(n[0], p[0]), Q.mul(n[1], p[1])))).toBeGreaterThanOrEqual(0);
        }
        expect(isConvexCcw(Q, poly)).toBe(true);
        expect(Q.sign(twiceSignedArea(Q, poly))).toBeGreaterThanOrEqual(0);
      }),
      fcParams(150),
    );
  });

  it('property: a cone and its complement by one more half-plane add up exactly (area of C ∩ {n ≥ 0} + C ∩ {n ≤ 0} = area of C)', () => {
    fc.assert(
      fc.property(fc.array(normalArb, { maxLength: 4 }), normalArb, (normals, n) => {
        fc.pre(!Q.isZero(n[0]) || !Q.isZero(n[1]));
        const whole = polygonArea(Q, clipCone(Q, normals, B));
        const plus = polygonArea(Q, clipCone(Q, [...normals, n], B));
        const minus = polygonArea(Q, clipCone(Q, [...normals, n.map((x) => Q.neg(x)) as [Rational, Rational]], B));
        expect(Q.equals(Q.add(plus, minus), whole)).toBe(true);
      }),
      fcParams(150),
    );
  });
});
