import type { OrderedField } from '../field/ordered-field.ts';
import { RationalField, denominator, embedRational, formatRational, numerator, type Rational } from '../field/rational.ts';
import { embedQuadratic } from '../field/field-kind.ts';
import { quadraticField, splitRootTerms } from '../field/quadratic.ts';
import { formatSignedSqrtDecimal } from '../field/decimal.ts';
import { assertExactCosine, exactIntegerSqrt, rationalOf, type ExactCosine } from './exact-cosine.ts';

const SQRT_OF_SQUARE = /^([+-]?)\s*sqrt\((.*)\)$/;

/**
 * Reads a cosine written as text into an exact cosine (sign and square).
 *
 * Accepted forms:
 * - an exact value as in examples.json: `4/5`, `12/37`, `-161/200`, `0.8`,
 *   `-8/sqrt(185)`, `1/2*sqrt(3)`, `1/4+1/4*sqrt(2)` (parsed by
 *   `splitRootTerms` of `src/field/quadratic.ts`);
 * - `sqrt(X)` or `-sqrt(X)` with X the SQUARE as an element of F (e.g.
 *   `-sqrt(64/185)`, `sqrt(1/2+1/4*sqrt(2))`): the exact text form written
 *   by `cosineToText` when no nicer form exists. (For a rational X this
 *   agrees with the value reading of `sqrt(m)`.)
 *
 * Field: only the SQUARE has to lie in F, not the value: the paper's
 * −8/√185 is not in Q, but its square 64/185 is, so `cosineFromText(text)`
 * (F = Q) reads every cosine the paper prints. A value a + b√m with a·b ≠ 0
 * has square a² + m·b² + 2ab√m and needs F = Q(√m) (pass it as first
 * argument: `cosineFromText(quadraticField(m), text)`).
 *
 * Throws `SyntaxError` naming the text when it is not of these forms,
 * `RangeError` when the square does not lie in F, or when the value is
 * outside [−1, 1].
 */
export function cosineFromText(text: string): ExactCosine<Rational>;
export function cosineFromText<T>(F: OrderedField<T>, text: string): ExactCosine<T>;
export function cosineFromText<T>(a: OrderedField<T> | string, b?: string): ExactCosine<T> | ExactCosine<Rational> {
  if (typeof a === 'string') return cosineFromTextIn(RationalField, a);
  if (typeof b !== 'string') throw new TypeError('cosineFromText(F, text): text must be a string');
  return cosineFromTextIn(a, b);
}

function cosineFromTextIn<T>(F: OrderedField<T>, text: string): ExactCosine<T> {
  const where = `cosine ${JSON.stringify(text)}`;
  const t = text.trim();
  const m = SQRT_OF_SQUARE.exec(t);
  let c: ExactCosine<T>;
  if (m) {
    let square: T;
    try {
      square = F.parse(m[2]);
    } catch (e) {
      throw new SyntaxError(`${where}: the square inside sqrt(...) is not an element of ${F.name}: ${(e as Error).message}`);
    }
    c = { sign: F.isZero(square) ? 0 : m[1] === '-' ? -1 : 1, square };
  } else {
    let parts;
    try {
      parts = splitRootTerms(t);
    } catch (e) {
      throw new SyntaxError(`${where}: not an exact number: ${(e as Error).message}`);
    }
    const { rational: r, coeff: q, radicand } = parts;
    if (radicand === 0 || RationalField.isZero(q)) {
      c = { sign: RationalField.sign(r), square: embedRational(F, r.mul(r)) };
    } else {
      const K = quadraticField(radicand);
      const value = K.of(r, q);
      const sq = K.mul(value, value);
      let square: T;
      try {
        square = embedQuadratic(F, sq.a, sq.b, radicand);
      } catch {
        throw new RangeError(`${where}: its square ${K.format(sq)} lies in ${K.name}, not in ${F.name}`);
      }
      c = { sign: K.sign(value), square };
    }
  }
  assertExactCosine(F, c, where);
  return c;
}

/**
 * An exact text form of a cosine over F, read back by `cosineFromText(F, …)`:
 * - `0`, or the rational value (`4/5`, `-161/200`) when √square is rational;
 * - the paper's `p/sqrt(m)` (`-8/sqrt(185)`) or `c*sqrt(m)` (m square-free)
 *   when the square is rational but not a rational square;
 * - otherwise `sqrt(X)` / `-sqrt(X)` with X the square in F's exact text
 *   (also used when the square-free part is too costly to find by trial
 *   division up to 2·10⁵).
 */
export function cosineToText<T>(F: OrderedField<T>, c: ExactCosine<T>): string {
  assertExactCosine(F, c, 'cosineToText');
  if (c.sign === 0) return '0';
  const minus = c.sign < 0 ? '-' : '';
  const r = rationalOf(F, c.square);
  if (r !== null) {
    // square = p/q (lowest terms, p > 0); value = ±√(pq)/q = ±(s/q)·√m with pq = s²m, m square-free.
    const dec = squareFreeDecomposition(r.n * r.d);
    if (dec !== null) {
      const coeff = RationalField.fromRational(dec.s, r.d);
      if (dec.m === 1n) return minus + formatRational(coeff);
      const cm = coeff.mul(dec.m);
      if (denominator(cm) === 1n) return `${minus}${numerator(cm)}/sqrt(${dec.m})`;
      return `${minus}${formatRational(coeff)}*sqrt(${dec.m})`;
    }
  }
  return `${minus}sqrt(${F.format(c.square)})`;
}

/**
 * N = s²·m with m square-free, for a bigint N ≥ 1, by trial division up to
 * `bound` (and up to the cube root of the unfactored part: a cofactor r with
 * no prime factor below d and d³ > r is 1, p, p² or p·q, told apart by an
 * exact square test). Returns `null` when the search would pass `bound`.
 * Throws `RangeError` for N < 1.
 */
export function squareFreeDecomposition(N: bigint, bound = 200_000n): { s: bigint; m: bigint } | null {
  if (N < 1n) throw new RangeError(`squareFreeDecomposition: ${N} is not a positive integer`);
  let r = N;
  let s = 1n;
  let m = 1n;
  for (let d = 2n; d * d * d <= r; d++) {
    if (d > bound) return null;
    const dd = d * d;
    while (r % dd === 0n) {
      r /= dd;
      s *= d;
    }
    if (r % d === 0n) {
      r /= d;
      m *= d;
    }
  }
  const t = exactIntegerSqrt(r);
  if (t !== null) s *= t;
  else m *= r;
  return { s, m };
}

/**
 * The cosine as a decimal string with `digits` digits after the point,
 * correctly rounded (half away from zero) from the exact sign and square
 * via `formatSignedSqrtDecimal` of `src/field/decimal.ts`; e.g. −8/√185 →
 * `-0.588172` (digits = 6). For display; the stored cosine stays exact.
 */
export function formatCosine<T>(F: OrderedField<T>, c: ExactCosine<T>, digits = 6): string {
  assertExactCosine(F, c, 'formatCosine');
  return formatSignedSqrtDecimal(F, c.sign, c.square, digits);
}
