import type { OrderedField } from '../field/ordered-field.ts';
import type { Vector } from '../linalg/matrix.ts';
import { matEquals, matSub, scale } from '../linalg/matrix.ts';
import { translateRows } from '../linalg/scaling.ts';
import { cosine, cosineEquals, cosineOne, type ExactCosine } from '../cosine/exact-cosine.ts';

/** Result of `cosinePlusOneTranslation` (L3.3). */
export interface CosinePlusOneResult<T> {
  /** The translation: −a + ½(b − a) when a ≠ b; 0, or e_0 when a = b = 0, when a = b. */
  readonly v: T[];
  /** [a + v, b + v]. */
  readonly translated: [T[], T[]];
  /** α > 0 with b + v = α(a + v): 3 when a ≠ b, 1 when a = b. */
  readonly factor: T;
  /** cos(a + v, b + v), computed exactly. */
  readonly cosine: ExactCosine<T>;
  readonly verified: {
    /** b + v = factor·(a + v) and factor > 0. */
    readonly positiveMultiple: boolean;
    /** a + v ≠ 0 (so the cosine is defined). */
    readonly nonZero: boolean;
    /** The computed cosine equals +1 exactly. */
    readonly cosineIsPlusOne: boolean;
  };
}

/**
 * L3.3 (App. B.2) as a construction over F: for any a, b ∈ F^d (d ≥ 1) a
 * translation v with cos(a + v, b + v) = +1.
 * - a ≠ b: v = −a + ½(b − a), so a + v = ½(b − a) ≠ 0 and b + v = (3/2)(b − a) = 3(a + v);
 * - a = b ≠ 0: v = 0 (any v with a + v ≠ 0 works; notes §2);
 * - a = b = 0: v = e_0, the first unit vector.
 * The cosine is recomputed exactly from the translated vectors.
 * Throws `RangeError` when the lengths differ or d = 0 (R⁰ has no non-zero vector).
 */
export function cosinePlusOneTranslation<T>(F: OrderedField<T>, a: Vector<T>, b: Vector<T>): CosinePlusOneResult<T> {
  if (a.length !== b.length) throw new RangeError(`L3.3: vector lengths ${a.length} and ${b.length} differ`);
  if (a.length === 0) throw new RangeError('L3.3: the vectors have no entries (d = 0), so no cosine is defined');
  const equal = a.every((x, c) => F.equals(x, b[c]));
  let v: T[];
  let factor: T;
  if (!equal) {
    // v = −a + ½(b − a)
    v = matSub(F, scale(F, F.fromRational(1, 2), matSub(F, [b], [a])), [a])[0];
    factor = F.fromRational(3);
  } else {
    const aIsZero = a.every((x) => F.isZero(x));
    v = a.map((_, c) => (aIsZero && c === 0 ? F.one : F.zero));
    factor = F.one;
  }
  const [av, bv] = translateRows(F, [a, b], v);
  const c = cosine(F, av, bv);
  return {
    v,
    translated: [av, bv],
    factor,
    cosine: c,
    verified: {
      positiveMultiple: F.sign(factor) > 0 && matEquals(F, [bv], scale(F, factor, [av])),
      nonZero: av.some((x) => !F.isZero(x)),
      cosineIsPlusOne: cosineEquals(F, c, cosineOne(F)),
    },
  };
}
