import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { dot, matSub, scale, shape } from '../linalg/matrix.ts';
import { braidPairs } from '../linalg/braid.ts';
import { translateRows } from '../linalg/scaling.ts';
import { assertUnembedding, logits } from '../models/logits.ts';
import { softmaxEquivalent } from '../models/equivalence.ts';
import { assertLabelPair } from './label-pair.ts';
import { cosineMinusOneTranslation } from './cosine-minus-one.ts';
import { cosinePlusOneTranslation } from './cosine-plus-one.ts';

/** ‖a − b‖² over F (squared Euclidean distance, exact); throws `RangeError` on a length mismatch. */
export function squaredDistance<T>(F: OrderedField<T>, a: Vector<T>, b: Vector<T>): T {
  if (a.length !== b.length) throw new RangeError(`squaredDistance: vector lengths ${a.length} and ${b.length} differ`);
  const diff = matSub(F, [a], [b])[0];
  return dot(F, diff, diff);
}

/** Result of `rescaleModel` (App. D). */
export interface RescaledModel<T> {
  readonly alpha: T;
  /** αW (k × d). */
  readonly scaled: T[][];
  /** x/α (length d). */
  readonly embedding: T[];
  /** Exact logits Wx = (αW)(x/α). */
  readonly logits: T[];
  readonly verified: {
    /** (αW)(x/α) = Wx entry by entry: every logit, hence every probability, is unchanged. */
    readonly logitsUnchanged: boolean;
    /** ‖αw_i − αw_j‖² = α²‖w_i − w_j‖² for every pair i < j. */
    readonly squaredDistancesScaled: boolean;
    /** Some Euclidean distance between unembeddings differs between W and αW (true iff α ≠ 1 and W has two different rows). */
    readonly distancesChanged: boolean;
  };
}

/**
 * App. D (Euclidean distance) as a construction over F: scales the
 * unembeddings W (k × d, rows are labels) by α > 0 and the embedding x ∈ F^d
 * by 1/α. Every logit w_iᵀx is unchanged (checked exactly), while every
 * squared distance ‖w_i − w_j‖² is multiplied by α², so Euclidean distances
 * between unembeddings are not determined by the classifier.
 * Throws `RangeError` when α ≤ 0 (naming it), when W is ragged or empty, or
 * when x has not d entries.
 */
export function rescaleModel<T>(F: OrderedField<T>, W: Matrix<T>, x: Vector<T>, alpha: T): RescaledModel<T> {
  assertUnembedding(W, 'App. D: W');
  if (F.sign(alpha) <= 0) throw new RangeError(`App. D: the scale α = ${F.format(alpha)} must be positive`);
  const [k, d] = shape(W);
  if (x.length !== d) throw new RangeError(`App. D: W is ${k} × ${d} but the embedding x has ${x.length} entries`);
  const scaled = scale(F, alpha, W);
  const embedding = x.map((t) => F.div(t, alpha));
  const before = logits(F, W, x);
  const after = logits(F, scaled, embedding);
  const a2 = F.mul(alpha, alpha);
  let squaredDistancesScaled = true;
  let distancesChanged = false;
  for (const [i, j] of braidPairs(k)) {
    const d0 = squaredDistance(F, W[i], W[j]);
    const d1 = squaredDistance(F, scaled[i], scaled[j]);
    if (!F.equals(d1, F.mul(a2, d0))) squaredDistancesScaled = false;
    if (!F.equals(d1, d0)) distancesChanged = true;
  }
  return {
    alpha,
    scaled,
    embedding,
    logits: before,
    verified: {
      logitsUnchanged: before.every((z, i) => F.equals(z, after[i])),
      squaredDistancesScaled,
      distancesChanged,
    },
  };
}

/** Result of `dotProductSignTranslation` (App. D). */
export interface DotProductSignTranslation<T> {
  readonly v: T[];
  /** W + 1vᵀ (k × d). */
  readonly translated: T[][];
  /** w_iᵀw_j in W. */
  readonly dotBefore: T;
  /** (w_i + v)ᵀ(w_j + v) in W + 1vᵀ. */
  readonly dotAfter: T;
  readonly verified: {
    /** sign((w_i + v)ᵀ(w_j + v)) is the requested sign. */
    readonly signIsTarget: boolean;
    /** W + 1vᵀ is softmax-equivalent to W (exact D-test). */
    readonly equivalent: boolean;
  };
}

/**
 * App. D (dot product) as a construction over F: a translation W + 1vᵀ of W
 * (k × d, rows are labels) — an equivalent softmax model, L3.1 — in which
 * the dot product (w_i + v)ᵀ(w_j + v) of labels i ≠ j has sign `target`.
 * - target −1: L3.2's v = −(w_i + w_j)/2 gives −‖(w_i − w_j)/2‖² < 0;
 * - target +1: L3.3's v gives 3‖a + v‖² > 0 (or ‖w_i + v‖² > 0 when w_i = w_j).
 * Returns `null` exactly when no such translation exists: target −1 with
 * w_i = w_j, because then (w_i + v)ᵀ(w_j + v) = ‖w_i + v‖² ≥ 0 for every v.
 * So the dot product can change sign between equivalent models for every
 * pair of DIFFERENT unembeddings. Throws `RangeError` for i = j, an index
 * outside 0 … k−1, a target other than ±1, or a ragged or empty W.
 */
export function dotProductSignTranslation<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number, target: -1 | 1): DotProductSignTranslation<T> | null {
  assertLabelPair(F, W, i, j, 'App. D', false);
  if (target !== -1 && target !== 1) throw new RangeError(`App. D: target sign must be -1 or 1, got ${String(target)}`);
  const equal = W[i].every((x, c) => F.equals(x, W[j][c]));
  if (target === -1 && equal) return null;
  const v = target === -1 ? cosineMinusOneTranslation(F, W[i], W[j]).v : cosinePlusOneTranslation(F, W[i], W[j]).v;
  const translated = translateRows(F, W, v);
  const dotAfter = dot(F, translated[i], translated[j]);
  return {
    v,
    translated,
    dotBefore: dot(F, W[i], W[j]),
    dotAfter,
    verified: {
      signIsTarget: F.sign(dotAfter) === target,
      equivalent: softmaxEquivalent(F, W, translated),
    },
  };
}
