import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField, type Rational } from '../../src/field/rational.ts';

/**
 * Exact sign of the inner product Σ_t a_t·b_t over F (vectors of one
 * length; the caller checks lengths). Over Q (`RationalField`) it sums the
 * fractions as one unreduced BigInt numerator/denominator pair (no gcd per
 * step), which is exact and several times faster than `F.add`/`F.mul`;
 * any other field uses its own exact operations.
 * Used by `checkCertificate` (witness rows a·x > 0, Aᵀy + Bᵀz = 0 column by column).
 */
export function dotSign<T>(F: OrderedField<T>, a: readonly T[], b: readonly T[]): -1 | 0 | 1 {
  if ((F as unknown) === RationalField) return rationalDotSign(a as unknown as readonly Rational[], b as unknown as readonly Rational[]);
  let s = F.zero;
  for (let t = 0; t < a.length; t++) s = F.add(s, F.mul(a[t], b[t]));
  return F.sign(s);
}

function rationalDotSign(a: readonly Rational[], b: readonly Rational[]): -1 | 0 | 1 {
  let num = 0n;
  let den = 1n;
  for (let t = 0; t < a.length; t++) {
    const x = a[t];
    const y = b[t];
    if (x.n === 0n || y.n === 0n) continue;
    const pn = x.s * y.s * x.n * y.n;
    const pd = x.d * y.d;
    if (pd === 1n) num += pn * den;
    else if (pd === den) num += pn;
    else {
      num = num * pd + pn * den;
      den *= pd;
    }
  }
  return num > 0n ? 1 : num < 0n ? -1 : 0;
}
