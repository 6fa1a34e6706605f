import FractionModule from 'fraction.js';
import type { OrderedField } from './ordered-field.ts';
import { signOf } from './ordered-field.ts';
import { bitLength, lcm } from './integers.ts';

const Fraction = FractionModule;
/** An exact rational number (fraction.js, BigInt numerator and denominator). */
export type Rational = InstanceType<typeof Fraction>;

const RATIONAL_LITERAL = /^[+-]?(\d+(\.\d+)?|\.\d+)(\/[+-]?\d+(\.\d+)?)?$/;

/**
 * Parses an exact rational literal: `3`, `-0.95`, `19/20`, `1.5/2`.
 * Throws `SyntaxError` (naming the string) on anything else, including
 * `NaN`, `Infinity`, exponents and the empty string, and `RangeError` on a
 * zero denominator.
 * Note: `new Fraction(0.1)` is not the double 0.1; for floats use
 * `rationalFromFloat64` in `dyadic.ts`.
 *
 * @example
 * ```ts
 * Q.format(parseRational('1.5/2'))
 * // => '3/4'
 * parseRational('1e5')
 * // throws SyntaxError: not an exact rational number
 * parseRational('1/0')
 * // throws RangeError: zero denominator
 * ```
 */
export function parseRational(s: string): Rational {
  const t = s.trim();
  if (!RATIONAL_LITERAL.test(t)) {
    throw new SyntaxError(`not an exact rational number: ${JSON.stringify(s)}`);
  }
  const [num, den] = t.split('/');
  const n = new Fraction(num);
  if (den === undefined) return n;
  const dd = new Fraction(den);
  if (dd.n === 0n) throw new RangeError(`zero denominator in ${JSON.stringify(s)}`);
  return n.div(dd);
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The float64 nearest to n/d (n ≥ 0, d > 0), within one ulp, for numerators
 * and denominators of any size (fraction.js's `valueOf` gives NaN for
 * 10^400/10^400 and 0 for 1/2^1074). NOT exact: for glpk and display only.
 */
function ratioToNumber(n: bigint, d: bigint): number {
  if (n <= MAX_EXACT && d <= MAX_EXACT) return Number(n) / Number(d); // correctly rounded
  const shift = bitLength(d) - bitLength(n) + 64; // the quotient gets about 64 significant bits
  // equivalent mutants (ConditionalExpression, EqualityOperator): for shift < 0 the left branch is ⌊⌊n / 2^-shift⌋ / d⌋ = ⌊n / (d·2^-shift)⌋, the right branch's value (and at shift = 0 both are n / d); a mutant of the right branch's operator is killed
  const q = shift >= 0 ? (n << BigInt(shift)) / d : n / (d << BigInt(-shift));
  // 2^-shift in two halves, so neither factor over- or underflows on its own
  const half = Math.trunc(shift / 2);
  return Number(q) * 2 ** -half * 2 ** -(shift - half);
}

/**
 * Nearest float64 to a rational (within one ulp; NOT exact).
 *
 * @example
 * ```ts
 * rationalToNumber(rat(1, 3))
 * // => 0.3333333333333333
 * rationalToNumber(Q.fromRational(10n ** 400n, 10n ** 399n))
 * // => 10
 * ```
 */
export function rationalToNumber(a: Rational): number {
  const v = ratioToNumber(a.n, a.d);
  // equivalent mutants (EqualityOperator): fraction.js keeps the sign s at −1n or 1n (1n for zero), never 0n
  return a.s < 0n ? -v : v;
}

/**
 * `"p/q"` or `"p"` for an exact rational.
 *
 * @example
 * ```ts
 * formatRational(rat(-6, 8))
 * // => '-3/4'
 * formatRational(rat(5))
 * // => '5'
 * ```
 */
export function formatRational(a: Rational): string {
  // equivalent mutants (EqualityOperator): fraction.js keeps the sign s at −1n or 1n (1n for zero), never 0n
  const s = a.s < 0n ? '-' : '';
  return a.d === 1n ? `${s}${a.n}` : `${s}${a.n}/${a.d}`;
}

/**
 * The field Q of exact rationals on fraction.js. Elements are fraction.js
 * `Fraction` values (immutable by convention).
 */
export const RationalField: OrderedField<Rational> = {
  name: 'Q',
  zero: new Fraction(0),
  one: new Fraction(1),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => {
    if (b.n === 0n) throw new RangeError('division by zero');
    return a.div(b);
  },
  neg: (a) => a.neg(),
  sign: (a) => (a.n === 0n ? 0 : signOf(a.s)),
  compare: (a, b) => signOf(a.compare(b)),
  equals: (a, b) => a.equals(b),
  isZero: (a) => a.n === 0n,
  fromRational: (p, q = 1) => {
    if (BigInt(q) === 0n) throw new RangeError('zero denominator');
    return new Fraction(BigInt(p), BigInt(q));
  },
  parse: parseRational,
  format: formatRational,
  toNumber: rationalToNumber,
};

/**
 * Shorthand: the rational p/q.
 *
 * @example
 * ```ts
 * Q.format(rat(6, -4))
 * // => '-3/2'
 * Q.format(rat('0.95'))
 * // => '19/20'
 * rat(1, 0)
 * // throws RangeError: zero denominator
 * ```
 */
export function rat(p: bigint | number | string, q: bigint | number = 1): Rational {
  if (typeof p === 'string') return parseRational(p);
  return RationalField.fromRational(p, q);
}

/**
 * The signed numerator p of a rational p/q in lowest terms (q > 0). This file
 * is the only one that reads fraction.js's fields; everything else uses
 * `numerator` and `denominator`.
 *
 * @example
 * ```ts
 * numerator(rat(-6, 4))
 * // => -3n
 * numerator(Q.zero)
 * // => 0n
 * ```
 */
export function numerator(r: Rational): bigint {
  // equivalent mutants (EqualityOperator): fraction.js keeps the sign s at −1n or 1n (1n for zero), never 0n
  return r.s < 0n ? -r.n : r.n;
}

/**
 * The denominator q > 0 of a rational p/q in lowest terms.
 *
 * @example
 * ```ts
 * denominator(rat(-6, 4))
 * // => 2n
 * denominator(rat(5))
 * // => 1n
 * ```
 */
export function denominator(r: Rational): bigint {
  return r.d;
}

/**
 * The rational r as an element of the ordered field F (Q, Q(√n), …):
 * `F.fromRational(p, q)` for r = p/q, exactly. The one way to bring a
 * fraction.js value into another field.
 *
 * @example
 * ```ts
 * const K = quadraticField(2);
 * K.format(embedRational(K, rat(-3, 4)))
 * // => '-3/4'
 * ```
 */
export function embedRational<T>(F: OrderedField<T>, r: Rational): T {
  return F.fromRational(numerator(r), r.d);
}

/**
 * The least common multiple (> 0) of the denominators of `values`; 1 for none.
 *
 * @example
 * ```ts
 * denominatorLcm([rat(1, 4), rat(5, 6), rat(3)])
 * // => 12n
 * denominatorLcm([])
 * // => 1n
 * ```
 */
export function denominatorLcm(values: readonly Rational[]): bigint {
  let l = 1n;
  // equivalent mutants (ConditionalExpression): shortcut: when v.d is 1 or already divides l, lcm(l, v.d) = l, so calling lcm anyway gives the same value
  // Stryker disable next-line LogicalOperator,ArithmeticOperator: shortcut: when v.d is 1 or already divides l, lcm(l, v.d) = l, so calling lcm anyway gives the same value
  for (const v of values) if (v.d !== 1n && l % v.d !== 0n) l = lcm(l, v.d);
  return l;
}

/**
 * v·c as an integer, for c a multiple of v's denominator (e.g. from
 * `denominatorLcm`). Throws `RangeError` when it is not.
 *
 * @example
 * ```ts
 * scaledToInteger(rat(-5, 6), 12n)
 * // => -10n
 * scaledToInteger(rat(1, 4), 6n)
 * // throws RangeError: is not a multiple of the denominator
 * ```
 */
export function scaledToInteger(v: Rational, c: bigint): bigint {
  if (c % v.d !== 0n) throw new RangeError(`scaledToInteger: ${c} is not a multiple of the denominator ${v.d}`);
  return numerator(v) * (c / v.d);
}

/**
 * A rational row integerised: the integer row m·v and the multiplier m > 0,
 * the lcm of the denominators of v (so the integer row has the same signs and
 * ratios as v). Exact.
 *
 * @example
 * ```ts
 * integerRow([rat(1, 2), rat(-2, 3), rat(0)])
 * // => { ints: [3n, -4n, 0n], multiplier: 6n }
 * ```
 */
export function integerRow(v: readonly Rational[]): { ints: bigint[]; multiplier: bigint } {
  const multiplier = denominatorLcm(v);
  return { ints: v.map((x) => scaledToInteger(x, multiplier)), multiplier };
}
