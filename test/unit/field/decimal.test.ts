import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcParams } from '../../../properties/settings.ts';
import { rationalArb } from '../../../properties/arbitraries/rational.ts';
import { quadraticArb } from '../../../properties/arbitraries/quadratic.ts';
import { RationalField as Q, rat, formatRational, type Rational } from '../../../src/field/rational.ts';
import { quadraticField, type QuadraticField } from '../../../src/field/quadratic.ts';
import { formatDecimal, formatSignedSqrtDecimal, rationalFromShortestDecimal } from '../../../src/field/decimal.ts';

const Q2 = quadraticField(2);
const Q39 = quadraticField(39);

// ---- independent oracles in BigInt arithmetic (no field comparisons) ----

/** floor(a / b) for bigints, b > 0. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** floor(√N) for N ≥ 0 (Newton's iteration from an over-estimate decreases to it). */
function isqrt(N: bigint): bigint {
  if (N < 2n) return N;
  let x = 1n << BigInt(Math.ceil(N.toString(2).length / 2)); // ≥ √N
  for (;;) {
    const y = (x + N / x) / 2n;
    if (y >= x) return x;
    x = y;
  }
}

/** floor((A + B√n) / L) for integers A, B, L > 0 and square-free n ≥ 2. */
function floorQuadratic(A: bigint, B: bigint, n: bigint, L: bigint): bigint {
  const root = isqrt(B * B * n); // B√n is irrational for B ≠ 0
  const t = B === 0n ? A : B > 0n ? A + root : A - root - 1n;
  return floorDiv(t, L);
}

/** Text of (negative ? − : +) m / 10^D with D digits; no "-0". */
function render(negative: boolean, m: bigint, D: number): string {
  const s = m.toString().padStart(D + 1, '0');
  const text = D === 0 ? s : `${s.slice(0, s.length - D)}.${s.slice(s.length - D)}`;
  return negative && m !== 0n ? `-${text}` : text;
}

/** a + b√n rounded half away from zero to D digits, via floorQuadratic. */
function oracleQuadratic(a: Rational, b: Rational, n: number, D: number): string {
  const ten = 10n ** BigInt(D);
  const L = a.d * b.d;
  const A = a.s * a.n * b.d * ten;
  const B = b.s * b.n * a.d * ten;
  const N = BigInt(n);
  const nonNegative = floorQuadratic(A, B, N, L) >= 0n; // floor(y) ≥ 0 ⟺ y ≥ 0
  const m = nonNegative ? floorQuadratic(2n * A + L, 2n * B, N, 2n * L) : floorQuadratic(-2n * A + L, -2n * B, N, 2n * L);
  return render(!nonNegative, m, D);
}

/** A rational p/q rounded half away from zero to D digits. */
function oracleRational(x: Rational, D: number): string {
  const ten = 10n ** BigInt(D);
  return render(x.s < 0n, (2n * x.n * ten + x.d) / (2n * x.d), D);
}

/** sign·√(p/q) rounded half away from zero to D digits. */
function oracleSqrt(sign: -1 | 0 | 1, square: Rational, D: number): string {
  const ten = 10n ** BigInt(D);
  const N = square.n * square.d * ten * ten;
  return render(sign < 0, (isqrt(4n * N) + square.d) / (2n * square.d), D);
}

describe('formatDecimal: correctly rounded, half away from zero', () => {
  it('1/3, 2/3, −2/3, −161/200 and integers', () => {
    expect(formatDecimal(Q, rat(1, 3))).toBe('0.333333');
    expect(formatDecimal(Q, rat(2, 3))).toBe('0.666667');
    expect(formatDecimal(Q, rat(-2, 3))).toBe('-0.666667');
    expect(formatDecimal(Q, rat(-161, 200))).toBe('-0.805000');
    expect(formatDecimal(Q, rat(12, 37), 3)).toBe('0.324');
    expect(formatDecimal(Q, rat(-7), 2)).toBe('-7.00');
    expect(formatDecimal(Q, Q.zero)).toBe('0.000000');
    expect(formatDecimal(Q, rat(1, 3), 0)).toBe('0');
  });

  it('ties round away from zero; just below a tie rounds towards zero', () => {
    expect(formatDecimal(Q, rat(5, 10 ** 7))).toBe('0.000001');
    expect(formatDecimal(Q, rat(-5, 10 ** 7))).toBe('-0.000001');
    expect(formatDecimal(Q, Q.sub(rat(5, 10 ** 7), rat(1n, 10n ** 30n)))).toBe('0.000000');
    expect(formatDecimal(Q, rat(5, 2), 0)).toBe('3');
    expect(formatDecimal(Q, rat(-5, 2), 0)).toBe('-3');
    expect(formatDecimal(Q, rat(1, 8), 2)).toBe('0.13');
    expect(formatDecimal(Q, rat(-1, 8), 2)).toBe('-0.13');
    expect(formatDecimal(Q, rat(9999995, 10 ** 7))).toBe('1.000000');
    expect(formatDecimal(Q, rat(99999995, 10 ** 7))).toBe('10.000000');
  });

  it('a value that rounds to zero has no minus sign', () => {
    expect(formatDecimal(Q, rat(-1, 10 ** 9))).toBe('0.000000');
    expect(formatDecimal(Q2, Q2.parse('99/70 - sqrt(2)'), 3)).toBe('0.000');
  });

  it('is exact where the float candidate is wrong (0.1234565 − 10^−30 prints 0.123456)', () => {
    const tie = rat(1234565, 10 ** 7);
    expect(formatDecimal(Q, tie)).toBe('0.123457');
    const below = Q.sub(tie, rat(1n, 10n ** 30n));
    expect(below.valueOf()).toBe(tie.valueOf()); // the float cannot see the difference
    expect(formatDecimal(Q, below)).toBe('0.123456');
  });

  it('is exact beyond the float range and after cancellation in Q(√2)', () => {
    const huge = Q.add(Q.fromRational(10n ** 400n), rat(1, 3));
    expect(formatDecimal(Q, huge, 2)).toBe(`1${'0'.repeat(400)}.33`);
    expect(formatDecimal(Q, Q.neg(huge), 2)).toBe(`-1${'0'.repeat(400)}.33`);
    const nearOne = Q.fromRational(10n ** 400n + 1n, 10n ** 400n); // its toNumber is NaN (fraction.js)
    expect(formatDecimal(Q, nearOne)).toBe('1.000000');
    expect(formatDecimal(Q, Q.fromRational(-3n, 2n ** 1030n), 2)).toBe('0.00');
    // 10^18·(p − q√2) for a Pell convergent p/q ~ 10^16: the two products agree to 34 digits.
    let p = 1n;
    let q = 1n;
    while (p < 10n ** 16n) [p, q] = [p + 2n * q, p + q];
    const scale = 10n ** 18n;
    const x = Q2.of(Q.fromRational(p * scale), Q.fromRational(-q * scale));
    expect(formatDecimal(Q2, x)).toBe(oracleQuadratic(x.a, x.b, 2, 6));
    expect(formatDecimal(Q2, x)).not.toBe(render(false, 0n, 6));
  });

  it('prints 0 for p − q√2 ≈ ±10^−21 (Pell convergents) although its float value is off by up to ~10^3', () => {
    let p = 1n;
    let q = 1n;
    let farOff = 0;
    for (let k = 0; k < 60; k++) {
      [p, q] = [p + 2n * q, p + q];
      if (p < 10n ** 20n) continue;
      const x = Q2.of(Q.fromRational(p), Q.fromRational(-q));
      if (Math.abs(Q2.toNumber(x)) > 1) farOff++;
      expect(formatDecimal(Q2, x)).toBe('0.000000');
      expect(formatDecimal(Q2, x, 0)).toBe('0');
    }
    expect(farOff).toBeGreaterThanOrEqual(3); // the float path alone would print garbage
  });

  it('matches the BigInt oracle on random rationals, including near-ties', () => {
    const nearTie = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(-1n, 0n, 1n))
      .map(([m, D, eps]) => ({ x: Q.add(Q.fromRational(2n * m + 1n, 2n * 10n ** BigInt(D)), Q.fromRational(eps, 10n ** 40n)), D }));
    const random = fc.tuple(rationalArb({ maxNumerator: 10 ** 9, maxDenominator: 10 ** 6 }), fc.integer({ min: 0, max: 12 })).map(([x, D]) => ({ x, D }));
    fc.assert(
      fc.property(fc.oneof(nearTie, random), ({ x, D }) => {
        expect(formatDecimal(Q, x, D)).toBe(oracleRational(x, D));
      }),
      fcParams(300),
    );
  });

  for (const F of [Q2, Q39] as QuadraticField[]) {
    it(`matches the isqrt oracle on random elements of ${F.name}`, () => {
      fc.assert(
        fc.property(quadraticArb(F, { maxNumerator: 10 ** 6, maxDenominator: 999 }), fc.integer({ min: 0, max: 10 }), (x, D) => {
          expect(formatDecimal(F, x, D)).toBe(oracleQuadratic(x.a, x.b, F.n, D));
        }),
        fcParams(200),
      );
    });
  }

  it('throws RangeError for a bad number of digits', () => {
    for (const D of [-1, 1.5, NaN, Infinity]) expect(() => formatDecimal(Q, rat(1, 3), D)).toThrow(RangeError);
  });
});

describe('formatSignedSqrtDecimal: sign·√square, correctly rounded', () => {
  it('√2, 1 + √2 = √(3 + 2√2), −8/√185 and the C.3 cosine', () => {
    expect(formatSignedSqrtDecimal(Q, 1, rat(2))).toBe('1.414214');
    expect(formatSignedSqrtDecimal(Q2, 1, Q2.parse('3 + 2*sqrt(2)'))).toBe('2.414214');
    expect(formatSignedSqrtDecimal(Q, -1, rat(64, 185))).toBe('-0.588172');
    expect(formatSignedSqrtDecimal(Q, -1, rat(64, 185), 3)).toBe('-0.588');
    expect(formatSignedSqrtDecimal(Q, -1, Q.mul(rat(161, 200), rat(161, 200)))).toBe('-0.805000');
    expect(formatSignedSqrtDecimal(Q, 0, Q.zero)).toBe('0.000000');
    expect(formatSignedSqrtDecimal(Q, 1, rat(10n ** 600n), 1)).toBe(`1${'0'.repeat(300)}.0`);
  });

  it('ties round away from zero: √(1/4) → 1 at 0 digits, √((5·10^−7)²) → 0.000001', () => {
    expect(formatSignedSqrtDecimal(Q, 1, rat(1, 4), 0)).toBe('1');
    expect(formatSignedSqrtDecimal(Q, -1, rat(1, 4), 0)).toBe('-1');
    const half = rat(5, 10 ** 7);
    expect(formatSignedSqrtDecimal(Q, 1, Q.mul(half, half))).toBe('0.000001');
    expect(formatSignedSqrtDecimal(Q, 1, Q.sub(Q.mul(half, half), rat(1n, 10n ** 40n)))).toBe('0.000000');
    expect(formatSignedSqrtDecimal(Q, -1, Q.sub(Q.mul(half, half), rat(1n, 10n ** 40n)))).toBe('0.000000');
  });

  it('matches the isqrt oracle on random rational squares', () => {
    fc.assert(
      fc.property(rationalArb({ maxNumerator: 10 ** 9, maxDenominator: 10 ** 6, nonZero: true }), fc.constantFrom<-1 | 1>(-1, 1), fc.integer({ min: 0, max: 12 }), (x, sign, D) => {
        const square = Q.mul(x, x).abs();
        expect(formatSignedSqrtDecimal(Q, sign, square, D)).toBe(oracleSqrt(sign, square, D));
        expect(formatSignedSqrtDecimal(Q, sign, x.abs(), D)).toBe(oracleSqrt(sign, x.abs(), D));
      }),
      fcParams(300),
    );
  });

  it('agrees with formatDecimal of x given sign(x) and x² (Q(√2), Q(√39))', () => {
    for (const F of [Q2, Q39]) {
      fc.assert(
        fc.property(quadraticArb(F, { maxNumerator: 10 ** 4, maxDenominator: 99 }), fc.integer({ min: 0, max: 9 }), (x, D) => {
          expect(formatSignedSqrtDecimal(F, F.sign(x), F.mul(x, x), D)).toBe(formatDecimal(F, x, D));
        }),
        fcParams(150),
      );
    }
  });

  it('throws RangeError for a negative square, a sign that does not match, or bad digits', () => {
    expect(() => formatSignedSqrtDecimal(Q, 1, rat(-1, 4))).toThrow(RangeError);
    expect(() => formatSignedSqrtDecimal(Q2, 1, Q2.parse('1 - sqrt(2)'))).toThrow(RangeError);
    expect(() => formatSignedSqrtDecimal(Q, 0, rat(1, 4))).toThrow(RangeError);
    expect(() => formatSignedSqrtDecimal(Q, 1, Q.zero)).toThrow(RangeError);
    expect(() => formatSignedSqrtDecimal(Q, 2 as 1, rat(1, 4))).toThrow(RangeError);
    expect(() => formatSignedSqrtDecimal(Q, 1, rat(1, 4), -2)).toThrow(RangeError);
  });
});

describe('rationalFromShortestDecimal: the rational of String(x)', () => {
  /** Oracle: the decimal text String(x) read by a regex into p / 10^k. */
  function oracle(x: number): string {
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
    if (!m) throw new Error(`unexpected text ${String(x)}`);
    const [, sign, int, frac = '', exp = '0'] = m;
    const shift = Number(exp) - frac.length;
    const digits = BigInt(sign + int + frac);
    const r = shift >= 0 ? Q.fromRational(digits * 10n ** BigInt(shift)) : Q.fromRational(digits, 10n ** BigInt(-shift));
    return formatRational(r);
  }

  it('0.1 → 1/10, 1e-7 → 1/10^7, 1e21 → 10^21, 5e-324 → 5/10^324, −0 → 0', () => {
    expect(formatRational(rationalFromShortestDecimal(0.1))).toBe('1/10');
    expect(formatRational(rationalFromShortestDecimal(-0.95))).toBe('-19/20');
    expect(formatRational(rationalFromShortestDecimal(1e-7))).toBe(`1/${10n ** 7n}`);
    expect(formatRational(rationalFromShortestDecimal(1e21))).toBe((10n ** 21n).toString());
    expect(formatRational(rationalFromShortestDecimal(Number.MIN_VALUE))).toBe(`1/${2n * 10n ** 323n}`);
    expect(formatRational(rationalFromShortestDecimal(-0))).toBe('0');
    expect(Q.equals(rationalFromShortestDecimal(Number.MAX_VALUE), Q.fromRational(17976931348623157n * 10n ** 292n))).toBe(true);
  });

  it('throws RangeError for NaN and ±Infinity', () => {
    for (const x of [NaN, Infinity, -Infinity]) expect(() => rationalFromShortestDecimal(x)).toThrow(RangeError);
  });

  it('matches the regex oracle for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(formatRational(rationalFromShortestDecimal(x))).toBe(oracle(x));
      }),
      fcParams(400),
    );
  });
});
