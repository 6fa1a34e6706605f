/**
 * Exact centered matrices with unit-length rows over Q, for the conjecture
 * "a higher centered cosine with unit-length rows means the labels can tie"
 * (App. C.3 is such a matrix, in Q(√39)).
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { dot } from '../../src/linalg/matrix.ts';
import { rationalArb } from '../arbitraries/rational.ts';

/**
 * The rational unit vector of R^d that is the inverse stereographic
 * projection of t ∈ Q^{d−1} from the pole (0, …, 0, 1):
 * u = (2t, |t|² − 1) / (|t|² + 1), so that ‖u‖² = 1 exactly.
 * Every rational point of the unit sphere except the pole arises this way.
 */
export function unitVectorFromStereographic(t: readonly Rational[]): Rational[] {
  const tt = dot(Q, t, t);
  const den = Q.add(tt, Q.one);
  return [...t.map((x) => Q.div(Q.mul(Q.fromRational(2), x), den)), Q.div(Q.sub(tt, Q.one), den)];
}

/** Options of `symmetricUnitMatrixArb`. */
export interface SymmetricUnitMatrixOptions {
  /** Number m of antipodal pairs (k = 2m labels); default `{ min: 2, max: 3 }`. */
  readonly pairs?: { readonly min: number; readonly max: number };
  /** Dimension d ≥ 2 (default 2). */
  readonly d?: number;
  /** Size of the projection parameters t (`rationalArb`; default numerators ≤ 4, denominators ≤ 4). */
  readonly maxNumerator?: number;
  readonly maxDenominator?: number;
}

/**
 * Exact rational matrices W (k × d, k = 2m, rows are labels) that are
 * centered (columns sum to 0) and have unit-length rows: rows
 * u_0 … u_{m−1}, −u_0 … −u_{m−1} with u_i rational unit vectors
 * (`unitVectorFromStereographic`), pairwise different and not antipodal, so
 * all rows are distinct. The row order is that of App. C.3
 * (w_{i+m} = −w_i). Shrinks the parameters t towards 0 (u towards the
 * south pole) and m towards its minimum; shrunk values keep every property.
 * Throws `RangeError` for d < 2 or a bad pair range.
 */
export function symmetricUnitMatrixArb(opts: SymmetricUnitMatrixOptions = {}): fc.Arbitrary<Rational[][]> {
  const { pairs = { min: 2, max: 3 }, d = 2, maxNumerator = 4, maxDenominator = 4 } = opts;
  if (!Number.isSafeInteger(d) || d < 2) throw new RangeError(`symmetricUnitMatrixArb: d must be an integer ≥ 2, got ${d}`);
  if (!Number.isSafeInteger(pairs.min) || !Number.isSafeInteger(pairs.max) || pairs.min < 1 || pairs.max < pairs.min) {
    throw new RangeError(`symmetricUnitMatrixArb: pairs must be { min, max } with 1 ≤ min ≤ max, got ${JSON.stringify(pairs)}`);
  }
  const t = fc.array(rationalArb({ maxNumerator, maxDenominator }), { minLength: d - 1, maxLength: d - 1 });
  return fc
    .array(t, { minLength: pairs.min, maxLength: pairs.max })
    .map((ts) => {
      const us = ts.map(unitVectorFromStereographic);
      return [...us, ...us.map((u) => u.map((x) => Q.neg(x)))];
    })
    .filter((W) => W.every((w, i) => W.every((v, j) => j <= i || !w.every((x, c) => Q.equals(x, v[c])))));
}
