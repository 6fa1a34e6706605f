import type { OrderedField } from '../field/ordered-field.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { shape } from '../linalg/matrix.ts';
import { assertUnembedding } from './logits.ts';

/**
 * The translation v ∈ F^d with W2 = W1 + 1vᵀ, or `null` when there is none,
 * for unembeddings W1, W2 (both k × d, rows are labels) over F. Such a v
 * exists exactly when D·W1 = D·W2 (D the braid matrix), i.e. when the two
 * softmax classifiers give the same probabilities for every input (notes
 * §1; L3.1, App. A). Decided exactly in O(kd): v = w2_0 − w1_0 and every
 * row difference must equal it.
 * Throws `RangeError` when a matrix is ragged or empty, or when the shapes
 * differ (naming both).
 */
export function equivalenceTranslation<T>(F: OrderedField<T>, W1: Matrix<T>, W2: Matrix<T>): T[] | null {
  assertUnembedding(W1, 'W1');
  assertUnembedding(W2, 'W2');
  const [k1, d1] = shape(W1);
  const [k2, d2] = shape(W2);
  if (k1 !== k2 || d1 !== d2) throw new RangeError(`softmax equivalence: W1 is ${k1} × ${d1} but W2 is ${k2} × ${d2}`);
  const v = W2[0].map((x, c) => F.sub(x, W1[0][c]));
  for (let i = 1; i < k1; i++) {
    for (let c = 0; c < d1; c++) if (!F.equals(F.sub(W2[i][c], W1[i][c]), v[c])) return null;
  }
  return v;
}

/**
 * True when the softmax classifiers with unembeddings W1 and W2 (both k × d,
 * same embeddings) give the same probabilities for every input, decided
 * exactly over F: D·W1 = D·W2 (notes §1), equivalently
 * `equivalenceTranslation(F, W1, W2) !== null`. Same errors as
 * `equivalenceTranslation`.
 */
export function softmaxEquivalent<T>(F: OrderedField<T>, W1: Matrix<T>, W2: Matrix<T>): boolean {
  return equivalenceTranslation(F, W1, W2) !== null;
}
