import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import { assertLabel } from './internal/validate.ts';
import type { Decision } from '../engine/strict-system.ts';
import { decideStrictSystem } from '../engine/strict-system.ts';

/**
 * The Motzkin system of "labels i and j can tie for the highest probability"
 * for W (k × d, rows are labels): A has rows w_i − w_l for l ∉ {i, j} in
 * increasing l ((k−2) × d) and B = [w_i − w_j] (1 × d).
 */
function tieSystem<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number): { A: T[][]; B: T[][] } {
  const diff = (l: number) => W[i].map((v, c) => F.sub(v, W[l][c]));
  const A: T[][] = [];
  for (let l = 0; l < W.length; l++) if (l !== i && l !== j) A.push(diff(l));
  return { A, B: [diff(j)] };
}

/**
 * Certified decision whether labels i and j of W (k × d) can tie for the
 * highest probability: some x with (w_i − w_j)ᵀx = 0 and (w_i − w_l)ᵀx > 0
 * for every other label l. The system passed to `decideStrictSystem` is
 * A = rows w_i − w_l (l ∉ {i, j}, increasing), B = [w_i − w_j]; the
 * certificate refers to it. With k = 2 the answer is yes (x = 0).
 * Throws `RangeError` naming the label and k for a bad index, or when i = j.
 * Source: App. C.2, C.3 (notes §3).
 */
export function decideTieForTop<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number): Decision<T> {
  assertLabel(W, i, 'tie for top');
  assertLabel(W, j, 'tie for top');
  if (i === j) throw new RangeError(`tie for top: labels i and j must differ, both are ${i}`);
  const { A, B } = tieSystem(F, W, i, j);
  return decideStrictSystem(F, A, B);
}

/**
 * All pairs [i, j], i < j in lexicographic order, of labels of W (k × d)
 * that can tie for the highest probability (`decideTieForTop`, C(k, 2)
 * certified decisions). Throws `RangeError` when W is not rectangular.
 * Source: App. C.2, C.3.
 */
export function tieForTopPairs<T>(F: OrderedField<T>, W: Matrix<T>): [number, number][] {
  assertRectangular(W, 'tieForTopPairs: W');
  const [k] = shape(W);
  const out: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (decideTieForTop(F, W, i, j).feasible) out.push([i, j]);
  return out;
}
