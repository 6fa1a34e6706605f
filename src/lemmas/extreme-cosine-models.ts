import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { translateRows } from '../linalg/scaling.ts';
import { cosine, cosineEquals, cosineMinusOne, cosineOne, type ExactCosine } from '../cosine/exact-cosine.ts';
import { softmaxEquivalent } from '../models/equivalence.ts';
import { assertLabelPair } from './label-pair.ts';
import { cosineMinusOneTranslation } from './cosine-minus-one.ts';
import { cosinePlusOneTranslation } from './cosine-plus-one.ts';

/** One model equivalent to W: the translation used, the translated unembeddings and the cosine of the pair. */
export interface TranslatedModel<T> {
  readonly v: T[];
  /** W + 1vᵀ (k × d). */
  readonly W: T[][];
  /** cos(w_i + v, w_j + v), recomputed exactly from the rows of W + 1vᵀ. */
  readonly cosine: ExactCosine<T>;
}

/** Result of `extremeCosineModels` (T3.4). */
export interface ExtremeCosineModels<T> {
  readonly i: number;
  readonly j: number;
  /** cos(w_i, w_j) in W, or `null` when w_i or w_j is zero (the cosine is then undefined; T3.4 still applies). */
  readonly original: ExactCosine<T> | null;
  /** Translated by L3.2's v = −(w_i + w_j)/2: cosine −1. */
  readonly minusOne: TranslatedModel<T>;
  /** Translated by L3.3's v = −w_i + ½(w_j − w_i): cosine +1. */
  readonly plusOne: TranslatedModel<T>;
  readonly verified: {
    /** W + 1vᵀ is softmax-equivalent to W (exact D-test) for the −1 model. */
    readonly minusOneEquivalent: boolean;
    /** Same for the +1 model. */
    readonly plusOneEquivalent: boolean;
    readonly cosineIsMinusOne: boolean;
    readonly cosineIsPlusOne: boolean;
  };
}

/**
 * T3.4 as a construction over F: for W (k × d, rows are labels) and labels
 * i ≠ j with w_i ≠ w_j, whatever cos(w_i, w_j) is, the two models W + 1vᵀ
 * equivalent to W (same softmax probabilities for every input, L3.1) in
 * which the cosine of labels i and j is −1 (v of L3.2) and +1 (v of L3.3).
 * Equivalence and both cosines are verified exactly on the translated
 * matrices. Throws `RangeError` for i = j, an index outside 0 … k−1, or
 * w_i = w_j (naming them), and for a ragged or empty W.
 */
export function extremeCosineModels<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number): ExtremeCosineModels<T> {
  assertLabelPair(F, W, i, j, 'T3.4', true);
  const zero = (r: readonly T[]) => r.every((x) => F.isZero(x));
  const original = zero(W[i]) || zero(W[j]) ? null : cosine(F, W[i], W[j]);
  const model = (v: T[]): TranslatedModel<T> => {
    const Wv = translateRows(F, W, v);
    return { v, W: Wv, cosine: cosine(F, Wv[i], Wv[j]) };
  };
  const minusOne = model(cosineMinusOneTranslation(F, W[i], W[j]).v);
  const plusOne = model(cosinePlusOneTranslation(F, W[i], W[j]).v);
  return {
    i,
    j,
    original,
    minusOne,
    plusOne,
    verified: {
      minusOneEquivalent: softmaxEquivalent(F, W, minusOne.W),
      plusOneEquivalent: softmaxEquivalent(F, W, plusOne.W),
      cosineIsMinusOne: cosineEquals(F, minusOne.cosine, cosineMinusOne(F)),
      cosineIsPlusOne: cosineEquals(F, plusOne.cosine, cosineOne(F)),
    },
  };
}
