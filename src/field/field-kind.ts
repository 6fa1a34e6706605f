/**
 * The one place that recognises which concrete field an `OrderedField` is
 * (`fieldKind`), for the BigInt fast paths of the engine and the exact linear
 * algebra, and the exact maps between fields that follow from it: a rational
 * element read out of any field (`rationalValue`) and an element of Q(√m)
 * brought into another field (`embedQuadratic`). No value moves between
 * fields through text.
 */
import type { OrderedField } from './ordered-field.ts';
import { RationalField as Q, embedRational, type Rational } from './rational.ts';
import { cachedQuadraticField, type Quadratic, type QuadraticField } from './quadratic.ts';

/**
 * Which concrete field F is: 'Q' for `RationalField`, the `QuadraticField`
 * itself for a cached `quadraticField(n)`, and 'other' for any other
 * implementation (which then uses its own exact operations).
 *
 * @example
 * ```ts
 * fieldKind(Q)
 * // => 'Q'
 * fieldKind(quadraticField(2)) === quadraticField(2)
 * // => true
 * fieldKind({ ...Q })
 * // => 'other'
 * ```
 */
export function fieldKind<T>(F: OrderedField<T>): 'Q' | QuadraticField | 'other' {
  if ((F as unknown) === Q) return 'Q';
  // by identity: a look-alike object, or a field whose n was never made, is 'other'
  const K = cachedQuadraticField((F as unknown as { n?: unknown }).n);
  return (K as unknown) === F ? K! : 'other';
}

/**
 * The element x of F as an exact rational when it is one (over Q always;
 * over Q(√n) when its √n part is 0), else null. Throws `TypeError` for a field
 * that `fieldKind` does not recognise.
 *
 * @example
 * ```ts
 * const K = quadraticField(2);
 * Q.format(rationalValue(K, K.parse('3/4'))!)
 * // => '3/4'
 * rationalValue(K, K.parse('1+sqrt(2)'))
 * // => null
 * ```
 */
export function rationalValue<T>(F: OrderedField<T>, x: T): Rational | null {
  const kind = fieldKind(F);
  if (kind === 'Q') return x as unknown as Rational;
  if (kind === 'other') throw new TypeError(`rationalValue: unknown field ${F.name}`);
  const q = x as unknown as Quadratic;
  return Q.isZero(q.b) ? q.a : null;
}

/**
 * The element a + b·√m (a, b rational; m a square-free integer ≥ 2, or 0 for
 * "no root") as an element of F, exactly: a rational goes into any field; a
 * non-zero root part needs F = Q(√m). Throws `RangeError` naming both fields
 * when the element does not lie in F.
 *
 * @example
 * ```ts
 * const K = quadraticField(39);
 * K.format(embedQuadratic(K, rat(1), rat(1, 20), 39))
 * // => '1+1/20*sqrt(39)'
 * Q.format(embedQuadratic(Q, rat(5), rat(0), 39))
 * // => '5'
 * embedQuadratic(Q, rat(0), rat(1), 2)
 * // throws RangeError: not in Q
 * ```
 */
export function embedQuadratic<T>(F: OrderedField<T>, a: Rational, b: Rational, m: number): T {
  if (Q.isZero(b)) return embedRational(F, a);
  const kind = fieldKind(F);
  // 'Q' and 'other' are strings, which have no n: only F = Q(√m) itself passes (no type guard here,
  // whose weakened forms no input could tell apart)
  if ((kind as { readonly n?: number }).n === m) return (kind as QuadraticField).of(a, b) as unknown as T;
  throw new RangeError(`${Q.format(a)}+${Q.format(b)}*sqrt(${m}) lies in Q(sqrt(${m})), not in ${F.name}`);
}
