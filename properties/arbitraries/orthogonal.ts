import fc from 'fast-check';
import { RationalField, type Rational } from '../../src/field/rational.ts';
import { cayleyOrthogonal } from '../../src/linalg/cayley.ts';
import { build } from '../../src/linalg/matrix.ts';
import { rationalArb } from './rational.ts';

/** Options of `orthogonalMatrixArb`. */
export interface OrthogonalMatrixArbOptions {
  /** Largest absolute numerator of an entry of the skew-symmetric S (default 3). */
  maxNumerator?: number;
  /** Largest denominator of an entry of S (default 3). */
  maxDenominator?: number;
  /** Also produce improper orthogonal matrices (det = −1) by negating column 0 (default true). */
  reflections?: boolean;
}

/**
 * Exact rational orthogonal d × d matrices R (RᵀR = I): the Cayley
 * transform (I − S)(I + S)⁻¹ (`cayleyOrthogonal`) of a random
 * skew-symmetric rational S whose d(d−1)/2 upper entries come from
 * `rationalArb`, times diag(−1, 1, …, 1) half of the time when
 * `reflections` is on (so det R = −1 occurs). The R of L5.3's corollary
 * C(ΛWR) = C(W). Shrinks S towards 0 (R towards I) and drops the reflection,
 * exactly; every shrunk value is still orthogonal. Throws `RangeError` when
 * d is not a non-negative integer.
 */
export function orthogonalMatrixArb(d: number, opts: OrthogonalMatrixArbOptions = {}): fc.Arbitrary<Rational[][]> {
  if (!Number.isSafeInteger(d) || d < 0) throw new RangeError(`orthogonalMatrixArb: d must be a non-negative integer, got ${d}`);
  const { maxNumerator = 3, maxDenominator = 3, reflections = true } = opts;
  const upper = d * (d - 1) / 2;
  const entries = fc.array(rationalArb({ maxNumerator, maxDenominator }), { minLength: upper, maxLength: upper });
  return fc.tuple(entries, reflections ? fc.boolean() : fc.constant(false)).map(([s, reflect]) => {
    const Q = cayleyOrthogonal(RationalField, skewSymmetricFromUpper(d, s));
    return reflect && d > 0 ? Q.map((row) => row.map((x, j) => (j === 0 ? x.neg() : x))) : Q;
  });
}

/**
 * The skew-symmetric d × d rational matrix S whose strict upper triangle, row by row, is
 * `upper` (d(d−1)/2 entries): S_ij = upper[t], S_ji = −S_ij. Every leading block of S is
 * skew-symmetric too. Throws `RangeError` when
 * `upper` has not d(d−1)/2 entries.
 */
export function skewSymmetricFromUpper(d: number, upper: readonly Rational[]): Rational[][] {
  if (upper.length !== (d * (d - 1)) / 2) throw new RangeError(`skewSymmetricFromUpper: a ${d} × ${d} matrix needs ${(d * (d - 1)) / 2} upper entries, got ${upper.length}`);
  const S = build(d, d, () => RationalField.zero);
  let t = 0;
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      S[i][j] = upper[t++];
      S[j][i] = S[i][j].neg();
    }
  }
  return S;
}
