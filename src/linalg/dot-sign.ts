import { signOf, type OrderedField } from '../field/ordered-field.ts';
import { denominator, numerator, type Rational } from '../field/rational.ts';
import { quadraticSignOf, type Quadratic } from '../field/quadratic.ts';
import { fieldKind } from '../field/field-kind.ts';

/**
 * Exact sign of the inner product Σ_t a_t·b_t over F (vectors of one
 * length; the caller checks lengths). Over Q and Q(√n) it sums the products
 * as unreduced BigInt numerator/denominator pairs (no gcd per step; the sign
 * of P + R√n is settled by comparing P² with n·R²), which is exact and much
 * faster than fraction.js arithmetic; any other field uses its own exact
 * operations. Used by `checkCertificate`.
 */
export function dotSign<T>(F: OrderedField<T>, a: readonly T[], b: readonly T[]): -1 | 0 | 1 {
  const kind = fieldKind(F);
  if (kind === 'Q') return rationalDotSign(a as unknown as readonly Rational[], b as unknown as readonly Rational[]);
  // equivalent mutants (ConditionalExpression): Q(√n) sent to the generic loop below gets the same exact sign by the field's own arithmetic (only slower); sending any other field to quadraticDotSign is killed by the generic-field test
  if (kind !== 'other') return quadraticDotSign(a as unknown as readonly Quadratic[], b as unknown as readonly Quadratic[], BigInt(kind.n));
  let s = F.zero;
  for (let t = 0; t < a.length; t++) s = F.add(s, F.mul(a[t], b[t]));
  return F.sign(s);
}

/** An unreduced exact rational num/den (den > 0) accumulator. */
interface Acc { num: bigint; den: bigint }

/** acc += k · x · y for rationals x, y and an integer k. */
function addProduct(acc: Acc, x: Rational, y: Rational, k: bigint): void {
  const xn = numerator(x);
  const yn = numerator(y);
  // equivalent mutants (ConditionalExpression): a zero product adds 0 by the general formula too (a shortcut)
  // Stryker disable next-line LogicalOperator: a zero product adds 0 by the general formula too (a shortcut)
  if (xn === 0n || yn === 0n) return;
  const pn = k * xn * yn;
  const pd = denominator(x) * denominator(y);
  // equivalent mutants (ConditionalExpression): common-denominator shortcut; the general formula below gives the same value
  // Stryker disable next-line BlockStatement: common-denominator shortcut; the general formula below gives the same value
  if (pd === acc.den) { acc.num += pn; return; }
  // equivalent mutants (ConditionalExpression): integer-product shortcut; the general formula below gives the same value
  // Stryker disable next-line BlockStatement: integer-product shortcut; the general formula below gives the same value
  if (pd === 1n) { acc.num += pn * acc.den; return; }
  acc.num = acc.num * pd + pn * acc.den;
  acc.den *= pd;
}

function rationalDotSign(a: readonly Rational[], b: readonly Rational[]): -1 | 0 | 1 {
  const acc: Acc = { num: 0n, den: 1n };
  for (let t = 0; t < a.length; t++) addProduct(acc, a[t], b[t], 1n);
  return signOf(acc.num);
}

function quadraticDotSign(a: readonly Quadratic[], b: readonly Quadratic[], n: bigint): -1 | 0 | 1 {
  const P: Acc = { num: 0n, den: 1n }; // rational part
  const R: Acc = { num: 0n, den: 1n }; // coefficient of √n
  for (let t = 0; t < a.length; t++) {
    const x = a[t];
    const y = b[t];
    addProduct(P, x.a, y.a, 1n);
    addProduct(P, x.b, y.b, n);
    addProduct(R, x.a, y.b, 1n);
    addProduct(R, x.b, y.a, 1n);
  }
  return quadraticSignOf(P.num, P.den, R.num, R.den, n);
}
