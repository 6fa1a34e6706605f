import type { OrderedField } from '../field/ordered-field.ts';
import type { Vector } from '../linalg/matrix.ts';
import { matAdd, matEquals, scale } from '../linalg/matrix.ts';
import { translateRows } from '../linalg/scaling.ts';
import { cosine, cosineEquals, cosineMinusOne, type ExactCosine } from '../cosine/exact-cosine.ts';

/** Result of `cosineMinusOneTranslation` (L3.2). */
export interface CosineMinusOneResult<T> {
  /** v = −(a + b)/2. */
  readonly v: T[];
  /** [a + v, b + v] = [(a − b)/2, (b − a)/2]. */
  readonly translated: [T[], T[]];
  /** cos(a + v, b + v), computed exactly. */
  readonly cosine: ExactCosine<T>;
  readonly verified: {
    /** a + v = −(b + v). */
    readonly opposite: boolean;
    /** a + v ≠ 0 (so the cosine is defined). */
    readonly nonZero: boolean;
    /** The computed cosine equals −1 exactly. */
    readonly cosineIsMinusOne: boolean;
  };
}

/**
 * L3.2 (App. B.1) as a construction over F: for a ≠ b in F^d, the
 * translation v = −a − ½(b − a) = −(a + b)/2 gives a + v = (a − b)/2 =
 * −(b + v) ≠ 0, hence cos(a + v, b + v) = −1; the cosine is recomputed
 * exactly from the translated vectors.
 * Throws `RangeError` when a = b (no translation makes their cosine −1:
 * a + v = b + v) or when the lengths differ.
 */
export function cosineMinusOneTranslation<T>(F: OrderedField<T>, a: Vector<T>, b: Vector<T>): CosineMinusOneResult<T> {
  if (a.length !== b.length) throw new RangeError(`L3.2: vector lengths ${a.length} and ${b.length} differ`);
  if (a.every((x, c) => F.equals(x, b[c]))) throw new RangeError('L3.2: a = b, so a + v = b + v for every v and the cosine can never be -1');
  const v = scale(F, F.fromRational(-1, 2), matAdd(F, [a], [b]))[0];
  const [av, bv] = translateRows(F, [a, b], v);
  const c = cosine(F, av, bv);
  return {
    v,
    translated: [av, bv],
    cosine: c,
    verified: {
      opposite: matEquals(F, [av], scale(F, F.neg(F.one), [bv])),
      nonZero: av.some((x) => !F.isZero(x)),
      cosineIsMinusOne: cosineEquals(F, c, cosineMinusOne(F)),
    },
  };
}
