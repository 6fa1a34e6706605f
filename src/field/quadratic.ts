import { signOf, type OrderedField } from './ordered-field.ts';
import { RationalField as Q, parseRational, formatRational, rationalToNumber, numerator, denominator, type Rational } from './rational.ts';

/** An element a + b·√n of Q(√n), with exact rational a, b. */
export interface Quadratic {
  readonly a: Rational;
  readonly b: Rational;
}

/** Q(√n) as an ordered field (the real embedding, √n > 0), plus its radicand. */
export interface QuadraticField extends OrderedField<Quadratic> {
  /** The square-free radicand n ≥ 2. */
  readonly n: number;
  /** The element a + b√n. */
  of(a: Rational, b: Rational): Quadratic;
}

/**
 * True when n ≥ 2 is an integer with no square factor > 1.
 *
 * @example
 * ```ts
 * isSquareFree(15)
 * // => true
 * isSquareFree(12)
 * // => false
 * isSquareFree(1)
 * // => false
 * ```
 */
export function isSquareFree(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 2) return false;
  for (let p = 2; p * p <= n; p++) if (n % (p * p) === 0) return false;
  return true;
}

/**
 * One root term after whitespace removal, in one of three shapes:
 * `[c*]sqrt(m)[/q]` (c a rational literal, q an integer) or `p/sqrt(m)`
 * (p an integer or decimal literal). Groups: sign, c, m, q, p-form numerator, p-form radicand.
 */
const SQRT_TERM = /^([+-]?)(?:(?:(\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?)\*)?sqrt\((\d+)\)(?:\/(\d+))?|(\d+(?:\.\d+)?)\/sqrt\((\d+)\))$/;

/**
 * Writes a radicand m ≥ 0 as s²·r with r square-free (r = 1 when m is a
 * square, r = 0 when m = 0). Throws `SyntaxError` when m is not a safe integer.
 */
function squareFreePart(m: number, s: string): { outside: bigint; radicand: number } {
  if (!Number.isSafeInteger(m)) throw new SyntaxError(`sqrt(${m}) in ${JSON.stringify(s)}: the radicand must be a safe integer`);
  if (m === 0) return { outside: 0n, radicand: 0 };
  let r = m;
  let outside = 1n;
  for (let p = 2; p * p <= r; p++) {
    while (r % (p * p) === 0) {
      r /= p * p;
      outside *= BigInt(p);
    }
  }
  return { outside, radicand: r };
}

/**
 * Splits an exact entry string into terms: rational literals and multiples
 * of sqrt(m). Returns the rational part, and the coefficient and radicand of
 * the root part (radicand 0 when there is none; coefficient 0 then).
 * Accepted: `3`, `-19/20`, `0.95`, `sqrt(2)`, `-5/2*sqrt(2)`,
 * `1/20*sqrt(39)`, `-8/sqrt(185)` (= −8/185·sqrt(185)), `sqrt(2)/2`,
 * `1+3*sqrt(2)`, `1 - sqrt(2)/2`. A radicand with a square factor is reduced
 * (`sqrt(8)` = 2·sqrt(2), `sqrt(9)` = 3, `sqrt(0)` = 0).
 * Throws `SyntaxError` naming the string for anything else: the empty string,
 * `NaN`, `Infinity`, exponents (`1e5`), parentheses other than `sqrt(m)`, and
 * two different square roots in one string (`sqrt(2)+sqrt(3)`); `RangeError`
 * on a zero denominator (`1/0`, `sqrt(2)/0`, `1/sqrt(0)`).
 *
 * @example
 * ```ts
 * const t = splitRootTerms('1 + 3*sqrt(8)');
 * [Q.format(t.rational), Q.format(t.coeff), t.radicand]
 * // => ['1', '6', 2]
 * splitRootTerms('sqrt(2)+sqrt(3)')
 * // throws SyntaxError: two different square roots
 * ```
 */
export function splitRootTerms(s: string): { rational: Rational; coeff: Rational; radicand: number } {
  const text = s.replace(/\s/g, '');
  if (text === '') throw new SyntaxError('empty entry');
  const bad = (): SyntaxError => new SyntaxError(`not an exact number: ${JSON.stringify(s)}`);
  // Split on + or - that start a new term.
  const terms = text.match(/[+-]?[^+-]+/g);
  if (!terms || terms.join('') !== text) throw bad();
  let rational = Q.zero;
  let coeff = Q.zero;
  let radicand = 0;
  for (const term of terms) {
    if (!term.includes('sqrt')) {
      try {
        rational = rational.add(parseRational(term));
      } catch (e) {
        if (e instanceof RangeError) throw e;
        throw bad();
      }
      continue;
    }
    const m = SQRT_TERM.exec(term);
    if (!m) throw bad();
    const [, sg, c, rad, divisor, pNum, pRad] = m;
    const reciprocal = pRad !== undefined;
    const { outside, radicand: r } = squareFreePart(Number(reciprocal ? pRad : rad), s);
    let k: Rational;
    if (reciprocal) {
      // p/sqrt(m) = p/(o·sqrt(r)) = p/(o·r) · sqrt(r)
      if (outside === 0n) throw new RangeError(`zero denominator in ${JSON.stringify(s)}`);
      k = parseRational(pNum).div(Q.fromRational(outside * BigInt(Math.max(r, 1))));
    } else {
      k = (c === undefined ? Q.one : parseRational(c)).mul(Q.fromRational(outside));
      if (divisor !== undefined) {
        if (BigInt(divisor) === 0n) throw new RangeError(`zero denominator in ${JSON.stringify(s)}`);
        k = k.div(Q.fromRational(BigInt(divisor)));
      }
    }
    if (sg === '-') k = k.neg();
    if (r <= 1) {
      rational = rational.add(k); // sqrt of a square (or of 0): a rational term
      continue;
    }
    if (radicand !== 0 && radicand !== r) throw new SyntaxError(`two different square roots (sqrt(${radicand}), sqrt(${r})) in ${JSON.stringify(s)}`);
    radicand = r;
    coeff = coeff.add(k);
  }
  return { rational, coeff, radicand };
}

/**
 * Exact sign of p/pd + (r/rd)·√n, in BigInt: p, r any integers, pd, rd > 0,
 * n a square-free integer ≥ 2 (√n irrational, so the two terms never cancel
 * unless both are 0). When the signs differ it compares p²·rd² with n·r²·pd².
 * The sign and order of Q(√n), the exact dot products of `dotSign` and the
 * certificate recovery over Q(√n) all go through it. No errors thrown (the
 * preconditions are the caller's).
 *
 * @example
 * ```ts
 * quadraticSignOf(-3n, 2n, 3n, 1n, 2n) // −3/2 + 3√2
 * // => 1
 * quadraticSignOf(1n, 1n, -3n, 4n, 2n) // 1 − (3/4)√2
 * // => -1
 * quadraticSignOf(0n, 1n, 0n, 1n, 2n)
 * // => 0
 * ```
 */
export function quadraticSignOf(p: bigint, pd: bigint, r: bigint, rd: bigint, n: bigint): -1 | 0 | 1 {
  const sp = signOf(p);
  const sr = signOf(r);
  // equivalent mutants (ConditionalExpression): for r = 0 the comparison below returns sp too (p² > 0 = n·r²)
  if (sr === 0) return sp;
  // equivalent mutants (ConditionalExpression): a shortcut: for p = 0 the comparison below gives sr (0 < n·r²), and for equal signs too, since p² = n·r² has no solution with r ≠ 0 for square-free n ≥ 2
  // Stryker disable next-line LogicalOperator: a shortcut: for p = 0 the comparison below gives sr (0 < n·r²), and for equal signs too, since p² = n·r² has no solution with r ≠ 0 for square-free n ≥ 2
  if (sp === 0 || sp === sr) return sr;
  // signs differ: compare p²/pd² with n r²/rd²
  const lhs = p * p * rd * rd;
  const rhs = n * r * r * pd * pd;
  // equivalent mutants (ConditionalExpression, EqualityOperator): lhs = rhs would need p²·rd² = n·r²·pd² with r ≠ 0, impossible for square-free n ≥ 2 (√n is irrational); the 0 is kept for safety
  return lhs === rhs ? 0 : lhs > rhs ? sp : sr;
}

/** Sign of a + b√n for rationals a, b, exactly (`quadraticSignOf` on their numerators and denominators). */
const quadraticSign = (a: Rational, b: Rational, n: bigint): -1 | 0 | 1 =>
  quadraticSignOf(numerator(a), denominator(a), numerator(b), denominator(b), n);

const cache = new Map<number, QuadraticField>();

/**
 * The field Q(√n) if `quadraticField(n)` has already made it, else undefined;
 * never throws, whatever `n` is (a non-number is simply not a key). For
 * recognising a field by identity (`fieldKind`).
 *
 * @example
 * ```ts
 * cachedQuadraticField(2) === quadraticField(2)
 * // => true
 * [cachedQuadraticField(4), cachedQuadraticField('2'), cachedQuadraticField(undefined)]
 * // => [undefined, undefined, undefined]
 * ```
 */
export function cachedQuadraticField(n: unknown): QuadraticField | undefined {
  return cache.get(n as number);
}

/**
 * The ordered field Q(√n) for a square-free integer n ≥ 2: elements
 * a + b√n with exact rational a, b; sign and order are exact (√n is the
 * positive root). Throws `RangeError` when n is not square-free or n < 2.
 * The paper's C.3 example lives in Q(√39), its Fig. 3 (T5.5) example in Q(√2).
 *
 * @example
 * ```ts
 * const K = quadraticField(2);
 * K.format(K.mul(K.parse('1+sqrt(2)'), K.parse('1-sqrt(2)')))
 * // => '-1'
 * K.compare(K.parse('sqrt(2)'), K.parse('7/5'))
 * // => 1
 * quadraticField(8)
 * // throws RangeError: square-free
 * ```
 */
export function quadraticField(n: number): QuadraticField {
  if (!isSquareFree(n)) throw new RangeError(`Q(sqrt(${n})): the radicand must be a square-free integer ≥ 2`);
  const hit = cache.get(n);
  if (hit) return hit;
  const of = (a: Rational, b: Rational): Quadratic => ({ a, b });
  const nBig = BigInt(n);
  const F: QuadraticField = {
    name: `Q(sqrt(${n}))`,
    n,
    of,
    zero: of(Q.zero, Q.zero),
    one: of(Q.one, Q.zero),
    add: (x, y) => of(x.a.add(y.a), x.b.add(y.b)),
    sub: (x, y) => of(x.a.sub(y.a), x.b.sub(y.b)),
    mul: (x, y) => of(x.a.mul(y.a).add(x.b.mul(y.b).mul(n)), x.a.mul(y.b).add(x.b.mul(y.a))),
    div: (x, y) => {
      // x / y = x · (y.a − y.b√n) / (y.a² − n y.b²); the norm is non-zero for y ≠ 0 as √n is irrational.
      const norm = y.a.mul(y.a).sub(y.b.mul(y.b).mul(n));
      if (Q.isZero(norm)) throw new RangeError('division by zero');
      const na = x.a.mul(y.a).sub(x.b.mul(y.b).mul(n));
      const nb = x.b.mul(y.a).sub(x.a.mul(y.b));
      return of(na.div(norm), nb.div(norm));
    },
    neg: (x) => of(x.a.neg(), x.b.neg()),
    sign: (x) => quadraticSign(x.a, x.b, nBig),
    compare: (x, y) => quadraticSign(x.a.sub(y.a), x.b.sub(y.b), nBig),
    equals: (x, y) => x.a.equals(y.a) && x.b.equals(y.b),
    isZero: (x) => Q.isZero(x.a) && Q.isZero(x.b),
    fromRational: (p, q = 1) => of(Q.fromRational(p, q), Q.zero),
    parse: (s) => {
      const { rational, coeff, radicand } = splitRootTerms(s);
      if (radicand !== 0 && radicand !== n) throw new SyntaxError(`${JSON.stringify(s)} has sqrt(${radicand}), not in Q(sqrt(${n}))`);
      return of(rational, coeff);
    },
    format: (x) => {
      if (Q.isZero(x.b)) return formatRational(x.a);
      const root = `${formatRational(x.b)}*sqrt(${n})`;
      if (Q.isZero(x.a)) return root;
      return `${formatRational(x.a)}${Q.sign(x.b) === -1 ? '' : '+'}${root}`; // the root term prints its own −
    },
    // NOT exact (glpk, display): each rational part via `rationalToNumber`, right to one ulp
    // whatever the size of its numerator and denominator (fraction.js's valueOf gives NaN
    // for 10^400/10^399 although the value is 10).
    toNumber: (x) => rationalToNumber(x.a) + rationalToNumber(x.b) * Math.sqrt(n),
  };
  cache.set(n, F);
  return F;
}
