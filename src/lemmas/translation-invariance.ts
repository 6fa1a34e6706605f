import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import { dot, matEquals, shape } from '../linalg/matrix.ts';
import { braidDifferences } from '../linalg/braid.ts';
import { translateRows } from '../linalg/scaling.ts';
import { assertUnembedding, logits } from '../models/logits.ts';
import { equivalenceTranslation } from '../models/equivalence.ts';

/** Logits of the original and the translated model at one embedding x (L3.1). */
export interface TranslatedLogits<T> {
  readonly x: T[];
  /** Wx. */
  readonly original: T[];
  /** (W + 1vᵀ)x. */
  readonly translated: T[];
  /** vᵀx: the common amount every logit moves by. */
  readonly shift: T;
}

/** Result of `translationInvariance`: the translated model and what was checked exactly. */
export interface TranslationInvarianceResult<T> {
  readonly v: T[];
  /** W + 1vᵀ (k × d). */
  readonly translated: T[][];
  /** Present when an embedding x was given. */
  readonly logits?: TranslatedLogits<T>;
  readonly verified: {
    /** D(W + 1vᵀ) = DW exactly: every logit difference (w_i − w_j)ᵀx is unchanged for every x. */
    readonly braidDifferencesUnchanged: boolean;
    /** `equivalenceTranslation(W, W + 1vᵀ)` returns exactly v. */
    readonly translationRecovered: boolean;
    /** With x: every logit moved by the same vᵀx, so exp(vᵀx) cancels in the softmax. */
    readonly everyLogitShiftedByVx?: boolean;
    /** With x: every pairwise logit difference is unchanged at x. */
    readonly logitDifferencesUnchanged?: boolean;
  };
}

/**
 * L3.1 (translation invariance, App. A) as a construction over F: translates
 * every row of W (k × d, rows are labels) by v ∈ F^d and verifies exactly
 * that the softmax classifier is unchanged — symbolically (DW unchanged,
 * D the braid matrix) and, when an embedding x ∈ F^d is given, at x (every
 * logit moves by vᵀx, every logit difference is unchanged).
 * Throws `RangeError` when W is ragged or empty, or when v or x has not d entries.
 */
export function translationInvariance<T>(F: OrderedField<T>, W: Matrix<T>, v: Vector<T>, x?: Vector<T>): TranslationInvarianceResult<T> {
  assertUnembedding(W, 'L3.1: W');
  const [, d] = shape(W);
  if (v.length !== d) throw new RangeError(`L3.1: W has ${d} columns but the translation v has ${v.length} entries`);
  const translated = translateRows(F, W, v);
  const recovered = equivalenceTranslation(F, W, translated);
  const braidDifferencesUnchanged = matEquals(F, braidDifferences(F, W), braidDifferences(F, translated));
  const translationRecovered = recovered !== null && recovered.every((t, c) => F.equals(t, v[c]));
  if (x === undefined) {
    return { v: [...v], translated, verified: { braidDifferencesUnchanged, translationRecovered } };
  }
  if (x.length !== d) throw new RangeError(`L3.1: W has ${d} columns but the embedding x has ${x.length} entries`);
  const original = logits(F, W, x);
  const moved = logits(F, translated, x);
  const shift = dot(F, v, x);
  const everyLogitShiftedByVx = original.every((z, i) => F.equals(moved[i], F.add(z, shift)));
  const logitDifferencesUnchanged = original.every((zi, i) =>
    original.every((zj, j) => F.equals(F.sub(zi, zj), F.sub(moved[i], moved[j]))),
  );
  return {
    v: [...v],
    translated,
    logits: { x: [...x], original, translated: moved, shift },
    verified: { braidDifferencesUnchanged, translationRecovered, everyLogitShiftedByVx, logitDifferencesUnchanged },
  };
}
