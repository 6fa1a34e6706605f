import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { isSquareFree, quadraticField } from '../../../src/field/quadratic.ts';
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import { rank } from '../../../src/linalg/echelon.ts';
import {
  compareCosines,
  cosine,
  cosineEquals,
  cosineFromText,
  cosineFromValue,
  cosineToText,
  cosineValue,
  exactIntegerSqrt,
  formatCosine,
  integerSqrt,
  squareFreeDecomposition,
  type ExactCosine,
} from '../../../src/cosine/index.ts';
import { quadraticArb, rationalArb, rationalMatrixArb, quadraticMatrixArb } from '../../../properties/arbitraries/index.ts';
import { fcParams } from '../../../properties/settings.ts';

const K2 = quadraticField(2);
const v = (...xs: (number | string)[]) => xs.map((x) => rat(x as string));

describe('exact cosine: cosine(F, a, b)', () => {
  it('gives sign and square of known cosines', () => {
    const c = cosine(Q, v(1, 0), v(1, 1));
    expect(c.sign).toBe(1);
    expect(Q.equals(c.square, rat(1, 2))).toBe(true);
    // App. C.2: cos(w1, w2) = -8/sqrt(185), square 64/185
    const d = cosine(Q, v('7/5', 1), v('-9/10', '3/10'));
    expect(d.sign).toBe(-1);
    expect(Q.format(d.square)).toBe('64/185');
    const o = cosine(Q, v(1, 0), v(0, 5));
    expect(o).toEqual({ sign: 0, square: Q.zero });
  });

  it('refuses a zero vector naming the argument, and length mismatches', () => {
    expect(() => cosine(Q, v(0, 0), v(1, 0))).toThrow(RangeError);
    expect(() => cosine(Q, v(0, 0), v(1, 0))).toThrow(/zero vector.*first argument/);
    expect(() => cosine(Q, v(1, 0), v(0, 0))).toThrow(/zero vector.*second argument/);
    expect(() => cosine(Q, v(1, 0), v(1))).toThrow(/lengths 2 and 1/);
  });

  it('is invariant under positive scaling and flips sign under negation (Q and Q(√2))', () => {
    const check = <T>(F: OrderedField<T>, a: T[], b: T[], s: T) => {
      const c = cosine(F, a, b);
      expect(cosineEquals(F, cosine(F, a.map((x) => F.mul(s, x)), b), c)).toBe(true);
      const n = cosine(F, a, b.map((x) => F.neg(x)));
      expect(n.sign + c.sign).toBe(0);
      expect(F.equals(n.square, c.square)).toBe(true);
    };
    fc.assert(
      fc.property(rationalMatrixArb({ k: 2, d: { min: 1, max: 4 }, nonZeroRows: true }), rationalArb({ nonZero: true }), (W, s) => {
        check(Q, W[0], W[1], Q.mul(s, s));
      }),
      fcParams(100),
    );
    fc.assert(
      fc.property(quadraticMatrixArb(K2, { k: 2, d: { min: 1, max: 3 }, nonZeroRows: true }), quadraticArb(K2, { nonZero: true }), (W, s) => {
        check(K2, W[0], W[1], K2.mul(s, s));
      }),
      fcParams(50),
    );
  });

  it('satisfies Cauchy–Schwarz exactly: square ≤ 1, with equality iff a and b are parallel', () => {
    fc.assert(
      fc.property(rationalMatrixArb({ k: 2, d: { min: 1, max: 3 }, nonZeroRows: true, degenerate: true }), (W) => {
        const c = cosine(Q, W[0], W[1]);
        expect(Q.compare(c.square, Q.one)).toBeLessThanOrEqual(0);
        expect(Q.equals(c.square, Q.one)).toBe(rank(Q, W) === 1);
      }),
      fcParams(100),
    );
  });
});

describe('exact cosine: order and equality', () => {
  const valueArb = fc.tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 12 })).filter(([p, q]) => Math.abs(p) <= q).map(([p, q]) => rat(p, q));

  it('compareCosines agrees with the order of the exact values (independent oracle F.compare)', () => {
    fc.assert(
      fc.property(valueArb, valueArb, (x, y) => {
        const cx = cosineFromValue(Q, x);
        const cy = cosineFromValue(Q, y);
        expect(compareCosines(Q, cx, cy)).toBe(Q.compare(x, y));
        expect(cosineEquals(Q, cx, cy)).toBe(Q.equals(x, y));
      }),
      fcParams(200),
    );
  });

  it('compareCosines is a total order on cosines of Q(√2) vectors (antisymmetric, transitive)', () => {
    const vec = quadraticMatrixArb(K2, { k: 2, d: 2, nonZeroRows: true });
    fc.assert(
      fc.property(vec, vec, vec, (A, B, C) => {
        const [x, y, z] = [A, B, C].map((W) => cosine(K2, W[0], W[1]));
        expect(compareCosines(K2, x, y) + compareCosines(K2, y, x)).toBe(0);
        if (compareCosines(K2, x, y) <= 0 && compareCosines(K2, y, z) <= 0) expect(compareCosines(K2, x, z)).toBeLessThanOrEqual(0);
        expect(compareCosines(K2, x, x)).toBe(0);
      }),
      fcParams(60),
    );
  });

  it('cosineFromValue refuses values outside [-1, 1]', () => {
    expect(() => cosineFromValue(Q, rat(5, 4))).toThrow(RangeError);
    expect(() => cosineFromValue(K2, K2.parse('sqrt(2)'))).toThrow(/outside \[-1, 1\]/);
    expect(cosineFromValue(Q, rat(0))).toEqual({ sign: 0, square: Q.zero });
  });
});

describe('exact cosine: text forms', () => {
  it('reads every cosine the paper prints (over Q, whose squares are rational)', () => {
    const cases: [string, -1 | 0 | 1, string][] = [
      ['4/5', 1, '16/25'],
      ['12/37', 1, '144/1369'],
      ['-8/sqrt(185)', -1, '64/185'],
      ['-161/200', -1, '25921/40000'],
      ['161/200', 1, '25921/40000'],
      ['-sqrt(64/185)', -1, '64/185'],
      ['0', 0, '0'],
    ];
    for (const [text, sign, square] of cases) {
      const c = cosineFromText(text);
      expect(c.sign).toBe(sign);
      expect(Q.format(c.square)).toBe(square);
    }
  });

  it('reads a + b√n with ab ≠ 0 only in Q(√n), and refuses bad text with clear errors', () => {
    expect(() => cosineFromText('1/4+1/4*sqrt(2)')).toThrow(/lies in Q\(sqrt\(2\)\), not in Q/);
    const c = cosineFromText(K2, '1/4+1/4*sqrt(2)');
    expect(c.sign).toBe(1);
    expect(K2.format(c.square)).toBe('3/16+1/8*sqrt(2)');
    expect(() => cosineFromText('abc')).toThrow(SyntaxError);
    expect(() => cosineFromText('')).toThrow(SyntaxError);
    expect(() => cosineFromText('5/4')).toThrow(RangeError);
    expect(() => cosineFromText('sqrt(2)')).toThrow(/exceeds 1/);
    expect(() => cosineFromText('NaN')).toThrow(SyntaxError);
    expect(() => cosineFromText(K2, 'sqrt(1/2+sqrt(3))')).toThrow(SyntaxError);
  });

  it('writes the paper forms and round-trips through cosineFromText (Q and Q(√2))', () => {
    expect(cosineToText(Q, cosineFromText('-8/sqrt(185)'))).toBe('-8/sqrt(185)');
    expect(cosineToText(Q, cosineFromText('12/37'))).toBe('12/37');
    expect(cosineToText(Q, cosine(Q, v(1, 0), v(1, 1)))).toBe('1/sqrt(2)');
    expect(cosineToText(Q, cosine(Q, v(1, 0), v(1, 2)))).toBe('1/sqrt(5)');
    expect(cosineToText(Q, cosineFromText('-1/2*sqrt(3)'))).toBe('-1/2*sqrt(3)');
    const roundTrip = <T>(F: OrderedField<T>, c: ExactCosine<T>) => {
      const back = cosineFromText(F, cosineToText(F, c));
      expect(cosineEquals(F, back, c)).toBe(true);
    };
    fc.assert(
      fc.property(rationalMatrixArb({ k: 2, d: { min: 1, max: 4 }, nonZeroRows: true }), (W) => roundTrip(Q, cosine(Q, W[0], W[1]))),
      fcParams(150),
    );
    fc.assert(
      fc.property(quadraticMatrixArb(K2, { k: 2, d: 2, nonZeroRows: true }), (W) => roundTrip(K2, cosine(K2, W[0], W[1]))),
      fcParams(60),
    );
  });

  it('formats decimals correctly rounded from sign and square', () => {
    expect(formatCosine(Q, cosineFromText('-8/sqrt(185)'), 6)).toBe('-0.588172');
    expect(formatCosine(Q, cosineFromText('12/37'), 3)).toBe('0.324');
    expect(formatCosine(Q, cosineFromText('-161/200'), 3)).toBe('-0.805');
  });

  it('cosineValue returns the exact value exactly when it is rational', () => {
    expect(Q.format(cosineValue(Q, cosineFromText('-161/200'))!)).toBe('-161/200');
    expect(cosineValue(Q, cosineFromText('-8/sqrt(185)'))).toBeNull();
    const c39 = quadraticField(39);
    expect(c39.format(cosineValue(c39, cosineFromText(c39, '4/5'))!)).toBe('4/5');
  });
});

describe('exact cosine: integer helpers', () => {
  it('integerSqrt is the floor square root, also for huge numbers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
        const s = integerSqrt(n);
        expect(s * s <= n && n < (s + 1n) * (s + 1n)).toBe(true);
        expect(exactIntegerSqrt(n * n)).toBe(n);
      }),
      fcParams(200),
    );
    expect(() => integerSqrt(-1n)).toThrow(RangeError);
  });

  it('squareFreeDecomposition gives N = s²m with m square-free, or null past its bound', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 10n }), (N) => {
        const r = squareFreeDecomposition(N)!;
        expect(r.s * r.s * r.m).toBe(N);
        expect(r.m === 1n || isSquareFree(Number(r.m))).toBe(true);
      }),
      fcParams(200),
    );
    // 1000003 · 1000033 (both prime): trial division stops at the cube root (10^4), the cofactor is not a square, so it is square-free
    expect(squareFreeDecomposition(1000003n * 1000033n)).toEqual({ s: 1n, m: 1000003n * 1000033n });
    expect(squareFreeDecomposition(4n * 1000003n * 1000003n)).toEqual({ s: 2n * 1000003n, m: 1n });
    // a product of three primes near 10^3 needs trial division past a bound of 500 → null; with the default bound it is found
    expect(squareFreeDecomposition(1009n * 1013n * 1019n, 500n)).toBeNull();
    expect(squareFreeDecomposition(1009n * 1013n * 1019n)).toEqual({ s: 1n, m: 1009n * 1013n * 1019n });
    expect(() => squareFreeDecomposition(0n)).toThrow(RangeError);
  });
});
