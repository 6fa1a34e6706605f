import Big from 'big.js';
import type { OrderedField } from './ordered-field.ts';
import { RationalField as Q, type Rational } from './rational.ts';

/**
 * Decimal text of exact field elements, correctly rounded, and the rational
 * value of a JS number's decimal text.
 *
 * Rounding is "half away from zero" to a fixed number of digits after the
 * point. A candidate comes from the float value (`F.toNumber`, via big.js);
 * it is then CERTIFIED by exact comparisons in F against the rounding
 * interval's end points, and moved (galloping, then bisection) until it
 * passes. So the text is right even when the float is far off, e.g. after
 * cancellation in a + b√n, or when `toNumber` overflows.
 */

/** 10^digits as a bigint; throws `RangeError` unless digits is a non-negative safe integer. */
function tenTo(digits: number): bigint {
  if (!Number.isSafeInteger(digits) || digits < 0) {
    throw new RangeError(`digits must be a non-negative integer, got ${digits}`);
  }
  return 10n ** BigInt(digits);
}

/** round(|approx| · 10^digits) as a bigint, half away from zero (big.js); 0 when approx is not finite. */
function candidateFromFloat(approx: number, digits: number): bigint {
  // equivalent mutants (ConditionalExpression): the start only sets where the search begins: largestTrue returns the largest m with atLeast(m) for any start ≥ 0 (0 is a valid start)
  if (!Number.isFinite(approx)) return 0n;
  const m = new Big(Math.abs(approx)).times(new Big(10).pow(digits)).round(0, Big.roundHalfUp);
  return BigInt(m.toFixed(0));
}

/**
 * The largest m ≥ 0 with `atLeast(m)`, where `atLeast` is true at 0 and
 * monotone (true up to some m*, false after). Starts at `start`, gallops to a
 * bracket and bisects: O(log |start − m*|) calls.
 */
function largestTrue(start: bigint, atLeast: (m: bigint) => boolean): bigint {
  let lo: bigint; // atLeast(lo) holds
  let hi: bigint; // atLeast(hi) fails
  // equivalent mutants (ConditionalExpression, EqualityOperator): start ≥ 0 (candidateFromFloat), and for start = 0 the test atLeast(0) holds too (m = 0 is always true), so weakening `start <= 0n` changes nothing
  if (start <= 0n || atLeast(start)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: start ≥ 0 (candidateFromFloat), and lo = 0 keeps the invariant atLeast(lo) too (only the time changes)
    lo = start < 0n ? 0n : start;
    let step = 1n;
    // Stryker disable next-line ArithmeticOperator: a first probe at lo − 1 holds (atLeast is monotone), so the gallop steps to lo − 1 and probes lo + 1 next: the invariants hold and the answer is the same
    hi = lo + step;
    while (atLeast(hi)) {
      lo = hi;
      step *= 2n;
      hi = lo + step;
    }
  } else {
    hi = start;
    let step = 1n;
    // Stryker disable next-line ArithmeticOperator: a first probe at hi + 1 fails as hi does (atLeast is monotone), so the gallop moves hi there and goes on down: the invariants hold and the answer is the same
    lo = hi - step;
    // equivalent mutants (EqualityOperator): at lo = 0 atLeast(0) holds (m = 0 is always true), so the loop stops there either way
    while (lo > 0n && !atLeast(lo)) {
      hi = lo;
      step *= 2n;
      lo = hi - step;
    }
    // equivalent mutants (ConditionalExpression, EqualityOperator): lo = 0 keeps the invariant atLeast(lo) for any lo ≤ start, and for lo = 0 it is the same; only the bisection's length changes
    if (lo < 0n) lo = 0n;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (atLeast(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Text of sign · m / 10^digits with exactly `digits` digits after the point; no "-0". */
function renderScaled(negative: boolean, m: bigint, scale: bigint, digits: number): string {
  const whole = (m / scale).toString();
  const text = digits === 0 ? whole : `${whole}.${(m % scale).toString().padStart(digits, '0')}`;
  return negative && m !== 0n ? `-${text}` : text;
}

/**
 * x rounded to `digits` digits after the point, half away from zero, as text
 * (`"0.333333"`, `"-0.588172"`). Exact: the result c satisfies
 * |c| − ½·10^−digits ≤ |x| < |c| + ½·10^−digits, checked in F with
 * `F.fromRational`. A value that rounds to zero prints without a minus sign.
 * Works in any ordered field (Q, Q(√n)).
 * @param F the field of x.
 * @param x the element to render.
 * @param digits digits after the point (default 6); `RangeError` unless a non-negative integer.
 * Source: display helper for the paper's exact cosines (App. C), not a claim.
 *
 * @example
 * ```ts
 * formatDecimal(Q, rat(1, 3))
 * // => '0.333333'
 * formatDecimal(Q, rat(-2, 3), 2)
 * // => '-0.67'
 * formatDecimal(quadraticField(2), quadraticField(2).parse('sqrt(2)'), 4)
 * // => '1.4142'
 * formatDecimal(Q, rat(1), -1)
 * // throws RangeError
 * ```
 */
export function formatDecimal<T>(F: OrderedField<T>, x: T, digits = 6): string {
  const scale = tenTo(digits);
  const sign = F.sign(x);
  // equivalent mutants (EqualityOperator): for x = 0, −x = x
  const abs = sign < 0 ? F.neg(x) : x;
  // |x| ≥ (2m − 1) / (2·10^digits): the lower end of m's rounding interval.
  // equivalent mutants (ConditionalExpression): largestTrue never calls atLeast(0) (it starts the gallop at start ≤ 0 without a call, probes only hi ≥ 1, stops the downward gallop at lo > 0, and bisects at mid > lo ≥ 0)
  const atLeast = (m: bigint): boolean => m === 0n || F.compare(abs, F.fromRational(2n * m - 1n, 2n * scale)) >= 0;
  const m = largestTrue(candidateFromFloat(F.toNumber(abs), digits), atLeast);
  // equivalent mutants (EqualityOperator): for x = 0, m = 0 and renderScaled writes no minus sign for m = 0
  return renderScaled(sign < 0, m, scale, digits);
}

/**
 * sign · √square rounded to `digits` digits after the point, half away from
 * zero, as text. This is how an exact cosine, stored as its sign and its
 * square, is displayed (e.g. sign −1, square 64/185 → `"-0.588172"` for the
 * paper's cos(w1, w2) = −8/√185 of App. C.2). Exact: the bounds of the
 * rounding interval are squared and compared with `square` in F.
 * @param F the field of `square` (Q, Q(√n), ...).
 * @param sign −1, 0 or 1; `RangeError` otherwise, or when sign is 0 but
 *   square is not (and vice versa).
 * @param square a non-negative element of F; `RangeError` when negative.
 * @param digits digits after the point (default 6); `RangeError` unless a non-negative integer.
 * Source: display helper for cosines (Def. 5.2), not a claim.
 *
 * @example
 * ```ts
 * formatSignedSqrtDecimal(Q, -1, rat(64, 185))
 * // => '-0.588172'
 * formatSignedSqrtDecimal(Q, 1, rat(-1))
 * // throws RangeError: square must be non-negative
 * ```
 */
export function formatSignedSqrtDecimal<T>(F: OrderedField<T>, sign: -1 | 0 | 1, square: T, digits = 6): string {
  const scale = tenTo(digits);
  if (sign !== -1 && sign !== 0 && sign !== 1) throw new RangeError(`sign must be -1, 0 or 1, got ${String(sign)}`);
  const s = F.sign(square);
  if (s < 0) throw new RangeError(`square must be non-negative, got ${F.format(square)}`);
  if ((s === 0) !== (sign === 0)) {
    throw new RangeError(`sign ${sign} does not match square ${F.format(square)} (zero exactly when the sign is 0)`);
  }
  // √square ≥ (2m − 1) / (2·10^digits) ⟺ square ≥ ((2m − 1) / (2·10^digits))² for m ≥ 1.
  const atLeast = (m: bigint): boolean =>
    // equivalent mutants (ConditionalExpression): largestTrue never calls atLeast(0) (it starts the gallop at start ≤ 0 without a call, probes only hi ≥ 1, stops the downward gallop at lo > 0, and bisects at mid > lo ≥ 0)
    m === 0n || F.compare(square, F.fromRational((2n * m - 1n) ** 2n, 4n * scale * scale)) >= 0;
  const m = largestTrue(candidateFromFloat(Math.sqrt(Math.abs(F.toNumber(square))), digits), atLeast);
  // equivalent mutants (EqualityOperator): sign = 0 only with square = 0, then m = 0, and renderScaled writes no minus sign for m = 0
  return renderScaled(sign < 0, m, scale, digits);
}

/**
 * The exact rational whose decimal text is `String(x)`, the shortest decimal
 * that round-trips to the double x: 0.1 → 1/10, 1e-7 → 1/10000000,
 * −0 → 0. This is how JSON numbers are read as exact entries (the writer
 * meant the decimal it printed); it is NOT the double's exact binary value —
 * for that use `rationalFromFloat64` in `dyadic.ts`.
 * Throws `RangeError` for NaN and ±Infinity.
 *
 * @example
 * ```ts
 * Q.format(rationalFromShortestDecimal(0.1))
 * // => '1/10'
 * Q.format(rationalFromShortestDecimal(-1e-7))
 * // => '-1/10000000'
 * rationalFromShortestDecimal(NaN)
 * // throws RangeError
 * ```
 */
export function rationalFromShortestDecimal(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  // equivalent mutants (ConditionalExpression): shortcut: big.js reads ±0 as the digits [0], and the general formula gives 0 (negated: still 0)
  if (x === 0) return Q.zero;
  const b = new Big(x); // big.js reads a number through String(x)
  const digits = BigInt(b.c.join(''));
  const shift = b.e - (b.c.length - 1); // value = digits · 10^shift
  // equivalent mutants (EqualityOperator): for shift = 0 both branches give digits / 1
  const magnitude = shift >= 0 ? Q.fromRational(digits * 10n ** BigInt(shift)) : Q.fromRational(digits, 10n ** BigInt(-shift));
  // equivalent mutants (EqualityOperator): big.js keeps the sign s at −1 or 1, never 0
  return b.s < 0 ? magnitude.neg() : magnitude;
}
