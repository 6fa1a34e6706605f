import FractionModule from 'fraction.js';
import type { OrderedField } from './ordered-field.ts';
import { signOf } from './ordered-field.ts';

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

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * The float64 nearest to n/d (n ≥ 0, d > 0), within one ulp, for numerators
 * and denominators of any size (fraction.js's `valueOf` gives NaN for
 * 10^400/10^400 and 0 for 1/2^1074). NOT exact: for glpk and display only.
 */
function ratioToNumber(n: bigint, d: bigint): number {
  if (n <= MAX_EXACT && d <= MAX_EXACT) return Number(n) / Number(d); // correctly rounded
  const shift = bitLength(d) - bitLength(n) + 64; // the quotient gets about 64 significant bits
  const q = shift >= 0 ? (n << BigInt(shift)) / d : n / (d << BigInt(-shift));
  // 2^-shift in two halves, so neither factor over- or underflows on its own
  const half = Math.trunc(shift / 2);
  return Number(q) * 2 ** -half * 2 ** -(shift - half);
}

/** Nearest float64 to a rational (within one ulp; NOT exact). */
export function rationalToNumber(a: Rational): number {
  const v = ratioToNumber(a.n, a.d);
  return a.s < 0n ? -v : v;
}

/** `"p/q"` or `"p"` for an exact rational. */
export function formatRational(a: Rational): string {
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

/** Shorthand: the rational p/q. */
export function rat(p: bigint | number | string, q: bigint | number = 1): Rational {
  if (typeof p === 'string') return parseRational(p);
  return RationalField.fromRational(p, q);
}
