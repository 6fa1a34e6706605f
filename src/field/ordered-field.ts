/**
 * The one number-type interface of cosine-verify (after CGAL's separation of
 * the number type from the geometry): every algorithm in `src/linalg`, `lp/`
 * and `properties/` is written once against `OrderedField<T>` and runs
 * unchanged over the rationals (`RationalField`) and over Q(√n)
 * (`quadraticField(n)`).
 *
 * Elements are plain immutable values; the field object carries the
 * operations. All operations are exact. Algorithms that never divide (matrix
 * products, Gram and braid matrices) take the weaker `Ring<T>`, so that they
 * also run over the integers (`IntegerRing` in `integers.ts`).
 *
 * `Ring<T>` is an ordered commutative ring with exact operations.
 */
export interface Ring<T> {
  /** Human-readable name: `"Z"`, `"Q"` or `"Q(sqrt(n))"`. */
  readonly name: string;
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  neg(a: T): T;
  /** Exact sign: -1, 0 or 1. */
  sign(a: T): -1 | 0 | 1;
  /** Exact comparison: sign(a − b). */
  compare(a: T, b: T): -1 | 0 | 1;
  equals(a: T, b: T): boolean;
  isZero(a: T): boolean;
  /**
   * Parses an exact entry string as written in `examples.json`: an integer,
   * a decimal (`0.95`), a fraction (`19/20`) and, for Q(√n), terms such as
   * `-5/2*sqrt(2)`, `1+3*sqrt(2)`, `-8/sqrt(185)` or `sqrt(2)/2` (see
   * `splitRootTerms` in `quadratic.ts`); the integers Z accept integers only.
   * Throws `SyntaxError` naming the string for anything else, including
   * `NaN`, `Infinity` and the empty string.
   */
  parse(s: string): T;
  /** Exact text: `"p/q"` for rationals, `"a+b*sqrt(n)"` for Q(√n), decimal digits for Z. */
  format(a: T): string;
  /**
   * A float64 approximation (NOT exact: for glpk, plotting and display only):
   * the nearest float over Z and Q; over Q(√n) the float sum a + b·√n, which may
   * lose digits to cancellation. Beyond the float64 range it is ±Infinity (NaN
   * over Q(√n) when both parts overflow): callers use it only as a hint.
   */
  toNumber(a: T): number;
}

/**
 * An ordered field: an ordered ring with exact division and the rationals
 * embedded (`fromRational`).
 */
export interface OrderedField<T> extends Ring<T> {
  /** a / b; throws `RangeError` when b is zero. */
  div(a: T, b: T): T;
  /** The field element of an integer or of an exact rational p/q (q ≠ 0). */
  fromRational(p: bigint | number, q?: bigint | number): T;
}

/**
 * Sign of a number-like value as -1 | 0 | 1.
 *
 * @example
 * ```ts
 * signOf(-3)
 * // => -1
 * signOf(0n)
 * // => 0
 * ```
 */
export function signOf(x: number | bigint): -1 | 0 | 1 {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}
