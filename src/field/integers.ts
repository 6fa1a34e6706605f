/**
 * The integer kernel of cosine-verify, in BigInt: gcd, lcm, bit length,
 * primitive integer vectors, the rounding of a float witness to integers, and
 * the integers Z as an ordered `Ring<bigint>` (`IntegerRing`). Everything that
 * needs these (exact determinants, certificate recovery, the grid) imports
 * them from here; rationals are integerised in `rational.ts`.
 */
import type { Ring } from './ordered-field.ts';
import { signOf } from './ordered-field.ts';

// equivalent mutants (EqualityOperator): −0n is 0n
const abs = (a: bigint): bigint => (a < 0n ? -a : a);

/**
 * The greatest common divisor of a and b, always ≥ 0 (Euclid); gcd(0, 0) = 0.
 * Exact, any size.
 *
 * @example
 * ```ts
 * gcd(12n, -18n)
 * // => 6n
 * gcd(0n, 0n)
 * // => 0n
 * ```
 */
export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The least common multiple of a and b, always ≥ 0; lcm(a, 0) = 0. Exact.
 *
 * @example
 * ```ts
 * lcm(4n, -6n)
 * // => 12n
 * lcm(5n, 0n)
 * // => 0n
 * ```
 */
export function lcm(a: bigint, b: bigint): bigint {
  const g = gcd(a, b); // 0 only for lcm(0, 0)
  return g === 0n ? 0n : abs((a / g) * b);
}

/**
 * The number of binary digits of |x| (0 for x = 0): 2^(b−1) ≤ |x| < 2^b.
 *
 * @example
 * ```ts
 * bitLength(0n)
 * // => 0
 * bitLength(-8n)
 * // => 4
 * bitLength(255n)
 * // => 8
 * ```
 */
export function bitLength(x: bigint): number {
  return x === 0n ? 0 : abs(x).toString(2).length;
}

/**
 * The integer vector v divided by the gcd of its entries (a primitive vector
 * on the same ray), or null when every entry is 0. Exact.
 *
 * @example
 * ```ts
 * primitiveVector([4n, -6n, 0n])
 * // => [2n, -3n, 0n]
 * primitiveVector([0n, 0n])
 * // => null
 * ```
 */
export function primitiveVector(v: readonly bigint[]): bigint[] | null {
  const g = v.reduce(gcd, 0n);
  if (g === 0n) return null;
  // equivalent mutants (ConditionalExpression): shortcut: dividing by g = 1 gives the same copy
  return g === 1n ? v.slice() : v.map((x) => x / g);
}

/**
 * A float vector x (e.g. an approximate LP witness) scaled by `scale`,
 * rounded to the nearest integers and made primitive (`primitiveVector`):
 * the integer candidate that the LP engines then check EXACTLY. The rounding
 * itself is NOT exact (that is its purpose); null when some x_i·scale is not
 * finite or everything rounds to 0.
 *
 * @example
 * ```ts
 * roundedIntegerVector([0.5, -0.25, 1e-9], 8)
 * // => [2n, -1n, 0n]
 * roundedIntegerVector([1e-9], 8)
 * // => null
 * roundedIntegerVector([Infinity], 1)
 * // => null
 * ```
 */
export function roundedIntegerVector(x: readonly number[], scale: number): bigint[] | null {
  const ints: bigint[] = [];
  for (const v of x) {
    const s = v * scale;
    if (!Number.isFinite(s)) return null;
    ints.push(BigInt(Math.round(s)));
  }
  return primitiveVector(ints);
}

/**
 * The integers Z as BigInt, an ordered `Ring<bigint>`: the ring-only
 * algorithms of `src/linalg` (`braidDifferences`, `gramMatrix`, `matMul`,
 * `dot`) run on integer matrices unchanged. Z has no division; the grid uses
 * fraction-free elimination (`src/linalg/integer-elimination.ts`) instead.
 * `parse` accepts integers only (`SyntaxError` otherwise).
 *
 * @example
 * ```ts
 * IntegerRing.mul(IntegerRing.parse('-3'), 4n)
 * // => -12n
 * IntegerRing.compare(2n, 5n)
 * // => -1
 * IntegerRing.parse('1/2')
 * // throws SyntaxError: not an integer
 * ```
 */
export const IntegerRing: Ring<bigint> = {
  name: 'Z',
  zero: 0n,
  one: 1n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  neg: (a) => -a,
  sign: (a) => signOf(a),
  compare: (a, b) => signOf(a - b),
  equals: (a, b) => a === b,
  isZero: (a) => a === 0n,
  parse: (s) => {
    if (!/^[+-]?\d+$/.test(s.trim())) throw new SyntaxError(`not an integer: ${JSON.stringify(s)}`);
    // Stryker disable next-line MethodExpression: BigInt ignores surrounding blanks itself (the test above has trimmed them already)
    return BigInt(s.trim());
  },
  format: (a) => a.toString(),
  toNumber: (a) => Number(a),
};
