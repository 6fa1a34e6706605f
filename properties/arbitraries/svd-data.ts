import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { cayleyOrthogonal } from '../../src/linalg/cayley.ts';
import { svdProduct } from '../../src/models/matrix-factorisation.ts';
import { skewSymmetricFromUpper } from './orthogonal.ts';
import { rationalArb } from './rational.ts';

/** Data X = U Σ Vᵀ with its exact SVD (rows of X are users, columns items). */
export interface SvdData {
  /** X, n × p. */
  readonly X: Rational[][];
  /** U, n × p, orthonormal columns (the first p columns of a rational orthogonal n × n matrix). */
  readonly U: Rational[][];
  /** V, p × p, rational orthogonal; column i is the right singular vector of σ_i. */
  readonly V: Rational[][];
}

/** Options of `svdDataArb`. */
export interface SvdDataOptions {
  /** The largest p the spectrum produces (default 4); a longer spectrum throws. */
  maxItems?: number;
  /** Largest number of users beyond p: n = p + extra, extra ∈ [0, maxExtraUsers] (default 1). */
  maxExtraUsers?: number;
}

/**
 * A rational orthogonal size × size matrix: the Cayley transform of the leading block of the
 * skew-symmetric matrix with strict upper triangle `upper` (of a larger matrix), times
 * diag(−1, 1, …, 1) when `reflect`.
 */
function leadingCayley(max: number, upper: readonly Rational[], size: number, reflect: boolean): Rational[][] {
  const S = skewSymmetricFromUpper(max, upper).slice(0, size).map((row) => row.slice(0, size));
  const R = cayleyOrthogonal(Q, S);
  return reflect ? R.map((row) => row.map((x, j) => (j === 0 ? x.neg() : x))) : R;
}

/**
 * Exact data with a known SVD for the matrix-factorisation claims
 * (steck-notes.md, "Making it exact"): for every spectrum `{ sigma, ... }` of
 * `spectrum` (p = sigma.length ≤ maxItems values), rational orthogonal U₀
 * (n × n, n = p + extra) and V (p × p) from the Cayley transform of the leading
 * block of a random skew-symmetric rational matrix of the largest size
 * (entries from `rationalArb`, |p| ≤ 3, q ≤ 3; a reflection half of the time),
 * U = the first p columns of U₀ and X = U · diag(σ) · Vᵀ (`svdProduct`), so
 * XᵀX = V diag(σ²) Vᵀ exactly. The spectrum's own fields are kept.
 * No `chain`: when shrinking drops a singular value, U and V shrink to the
 * Cayley transforms of the leading blocks of the same skew matrices, so a
 * smaller model stays close to the one that failed; the skew entries shrink
 * towards 0 (U, V towards I).
 * Throws `RangeError` when maxItems < 1 or maxExtraUsers < 0 (or is not an
 * integer), and when the spectrum has more than maxItems values.
 */
export function svdDataArb<S extends { readonly sigma: readonly Rational[] }>(spectrum: fc.Arbitrary<S>, opts: SvdDataOptions = {}): fc.Arbitrary<S & SvdData> {
  const { maxItems = 4, maxExtraUsers = 1 } = opts;
  if (!Number.isSafeInteger(maxItems) || maxItems < 1) throw new RangeError(`svdDataArb: maxItems must be an integer ≥ 1, got ${maxItems}`);
  if (!Number.isSafeInteger(maxExtraUsers) || maxExtraUsers < 0) throw new RangeError(`svdDataArb: maxExtraUsers must be a non-negative integer, got ${maxExtraUsers}`);
  const maxUsers = maxItems + maxExtraUsers;
  const skew = (d: number) => fc.tuple(fc.array(rationalArb({ maxNumerator: 3, maxDenominator: 3 }), { minLength: (d * (d - 1)) / 2, maxLength: (d * (d - 1)) / 2 }), fc.boolean());
  return fc.tuple(spectrum, fc.integer({ min: 0, max: maxExtraUsers }), skew(maxUsers), skew(maxItems)).map(([s, extra, [su, ru], [sv, rv]]) => {
    const p = s.sigma.length;
    if (p > maxItems) throw new RangeError(`svdDataArb: the spectrum has ${p} singular values, more than maxItems = ${maxItems}`);
    const U = leadingCayley(maxUsers, su, p + extra, ru).map((row) => row.slice(0, p));
    const V = leadingCayley(maxItems, sv, p, rv);
    return { ...s, X: svdProduct(Q, U, s.sigma, V), U, V };
  });
}
