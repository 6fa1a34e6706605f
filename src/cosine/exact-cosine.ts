import type { OrderedField } from '../field/ordered-field.ts';
import { denominator, numerator } from '../field/rational.ts';
import { rationalValue } from '../field/field-kind.ts';
import { bitLength } from '../field/integers.ts';
import type { Vector } from '../linalg/matrix.ts';
import { dot } from '../linalg/matrix.ts';

/**
 * A cosine stored exactly as its sign and its square (notes §4, Def. 5.2):
 * cos(a, b) = sign·√square with square = ⟨a,b⟩² / (‖a‖²‖b‖²) ∈ F and
 * 0 ≤ square ≤ 1. The cosine itself is irrational in general (−8/√185 in
 * App. C.2), but sign and square lie in the field F of the vectors, so
 * equality and order of cosines are decided exactly. Canonical: sign is 0
 * exactly when square is 0.
 */
export interface ExactCosine<T> {
  readonly sign: -1 | 0 | 1;
  readonly square: T;
}

/**
 * Checks that (sign, square) is a canonical exact cosine over F: 0 ≤ square ≤ 1
 * and sign = 0 exactly when square = 0. Throws `RangeError` naming `what`
 * and the offending value otherwise.
 */
export function assertExactCosine<T>(F: OrderedField<T>, c: ExactCosine<T>, what = 'cosine'): void {
  if (c.sign !== -1 && c.sign !== 0 && c.sign !== 1) throw new RangeError(`${what}: sign must be -1, 0 or 1, got ${String(c.sign)}`);
  if (F.sign(c.square) < 0) throw new RangeError(`${what}: square ${F.format(c.square)} is negative`);
  if (F.compare(c.square, F.one) > 0) throw new RangeError(`${what}: square ${F.format(c.square)} exceeds 1, so the value is outside [-1, 1]`);
  if ((c.sign === 0) !== F.isZero(c.square)) {
    throw new RangeError(`${what}: sign ${c.sign} does not match square ${F.format(c.square)} (sign is 0 exactly when the square is 0)`);
  }
}

/**
 * The exact cosine of two vectors a, b ∈ F^d (Def. 5.2): sign of ⟨a,b⟩ and
 * ⟨a,b⟩² / (‖a‖²‖b‖²), all in F — no square root is taken.
 * Throws `RangeError` "cosine of a zero vector" naming the argument (first
 * argument `a` / second argument `b`) when a vector is zero (never NaN), and
 * `RangeError` when the lengths differ.
 */
export function cosine<T>(F: OrderedField<T>, a: Vector<T>, b: Vector<T>): ExactCosine<T> {
  if (a.length !== b.length) throw new RangeError(`cosine: vector lengths ${a.length} and ${b.length} differ`);
  const aa = dot(F, a, a);
  if (F.isZero(aa)) throw new RangeError('cosine of a zero vector: the first argument (a) is zero');
  const bb = dot(F, b, b);
  if (F.isZero(bb)) throw new RangeError('cosine of a zero vector: the second argument (b) is zero');
  return cosineFromInnerProducts(F, dot(F, a, b), aa, bb);
}

/**
 * The exact cosine from ⟨a,b⟩ and the squared norms ‖a‖², ‖b‖² (both > 0),
 * over F: sign(⟨a,b⟩) and ⟨a,b⟩²/(‖a‖²‖b‖²). Used with a Gram matrix
 * (`src/linalg/gram.ts`) to avoid recomputing inner products.
 * Throws `RangeError` when a squared norm is not positive.
 */
export function cosineFromInnerProducts<T>(F: OrderedField<T>, ab: T, aa: T, bb: T): ExactCosine<T> {
  if (F.sign(aa) <= 0 || F.sign(bb) <= 0) {
    throw new RangeError(`cosine: squared norms must be positive, got ${F.format(aa)} and ${F.format(bb)}`);
  }
  const sign = F.sign(ab);
  if (sign === 0) return { sign, square: F.zero };
  return { sign, square: F.div(F.mul(ab, ab), F.mul(aa, bb)) };
}

/**
 * The exact cosine of a known exact value c ∈ [−1, 1] of F: sign(c) and c².
 * Throws `RangeError` naming c when it lies outside [−1, 1].
 */
export function cosineFromValue<T>(F: OrderedField<T>, c: T): ExactCosine<T> {
  const sq = F.mul(c, c);
  if (F.compare(sq, F.one) > 0) throw new RangeError(`cosineFromValue: ${F.format(c)} is outside [-1, 1]`);
  const sign = F.sign(c);
  return { sign, square: sign === 0 ? F.zero : sq };
}

/** Exact equality of two exact cosines over F (same sign and same square). */
export function cosineEquals<T>(F: OrderedField<T>, x: ExactCosine<T>, y: ExactCosine<T>): boolean {
  return x.sign === y.sign && F.equals(x.square, y.square);
}

/**
 * Exact order of two cosines over F: −1 when x < y, 0 when equal, 1 when
 * x > y. Decided by the signs first, then by the squares (reversed for
 * negative cosines), so no square root is needed.
 */
export function compareCosines<T>(F: OrderedField<T>, x: ExactCosine<T>, y: ExactCosine<T>): -1 | 0 | 1 {
  if (x.sign !== y.sign) return x.sign < y.sign ? -1 : 1;
  if (x.sign === 0) return 0;
  const c = F.compare(x.square, y.square);
  return x.sign > 0 || c === 0 ? c : c > 0 ? -1 : 1;
}

/** The cosine +1 over F (e.g. cos(w, 3w), L3.3). */
export function cosineOne<T>(F: OrderedField<T>): ExactCosine<T> {
  return { sign: 1, square: F.one };
}

/** The cosine −1 over F (e.g. cos(w, −w), L3.2). */
export function cosineMinusOne<T>(F: OrderedField<T>): ExactCosine<T> {
  return { sign: -1, square: F.one };
}

/**
 * The exact value sign·√square of a cosine as an element of F when that
 * square root is rational, i.e. when the square is a rational number p/q
 * (in lowest terms) with p and q perfect squares — as for ±1, 0, 4/5,
 * 12/37, −161/200. Returns `null` otherwise (e.g. −8/√185, whose value is
 * not in Q). Decided exactly with integer square roots.
 */
export function cosineValue<T>(F: OrderedField<T>, c: ExactCosine<T>): T | null {
  if (c.sign === 0) return F.zero;
  const r = rationalOf(F, c.square);
  if (r === null) return null;
  const sn = exactIntegerSqrt(r.n);
  const sd = exactIntegerSqrt(r.d);
  if (sn === null || sd === null) return null;
  return F.fromRational(BigInt(c.sign) * sn, sd);
}

/**
 * The element x of F as a rational `{ n, d }` (d > 0, lowest terms, n signed)
 * when x is rational, else `null` (`rationalValue` of `src/field/field-kind.ts`:
 * over Q always, over Q(√n) when the √n part is 0). Throws `TypeError` for a
 * field that `fieldKind` does not recognise.
 */
export function rationalOf<T>(F: OrderedField<T>, x: T): { n: bigint; d: bigint } | null {
  const r = rationalValue(F, x);
  return r === null ? null : { n: numerator(r), d: denominator(r) };
}

/** ⌊√n⌋ for a bigint n ≥ 0 (Newton's method); throws `RangeError` for n < 0. */
export function integerSqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError(`integerSqrt of a negative number ${n}`);
  if (n < 2n) return n;
  // Start above √n (2^⌈bits/2⌉ ≥ √n); Newton's iterates then decrease to ⌊√n⌋.
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** √n when the bigint n ≥ 0 is a perfect square, else `null`. */
export function exactIntegerSqrt(n: bigint): bigint | null {
  if (n < 0n) return null;
  const s = integerSqrt(n);
  return s * s === n ? s : null;
}
