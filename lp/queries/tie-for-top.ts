/**
 * The question "can labels i and j tie for the highest probability?"
 * (App. C.2, C.3; notes §3): does some input give labels i and j equal
 * logits, above every other label's? Rows w_i − w_l for l ∉ {i, j} in
 * increasing l, and the equation w_i − w_j = 0 (a Motzkin system).
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular } from '../../src/linalg/matrix.ts';
import { braidPairs } from '../../src/linalg/braid.ts';
import type { Decision } from '../engine/strict-system.ts';
import { parseLabelPair } from './arguments.ts';
import { assertLabel } from './internal/validate.ts';
import { difference } from './logit-system.ts';
import { decideQuestion, surveyQuestion, type Question } from './question.ts';

/**
 * The question "can labels i and j tie for the top?": strict rows z_i − z_l
 * for l ∉ {i, j} in increasing l (the block `dominates: { top: i, except: [j] }`;
 * with a bias, on [W | b] plus the row
 * (0, …, 0, 1)) and the equation z_i − z_j = 0. Argument text: `i,j`
 * (`decide --tie 1,2`). Survey: every pair i < j in lexicographic order
 * (`analyze`'s `"canTieForTop"`, the pairs that can).
 *
 * @example
 * ```ts
 * const sys = tieForTopQuestion.system([1, 3], 4);
 * sys.dominates
 * // => { top: 1, except: [3] }
 * [strictForms(sys, 4).map(formText), sys.equal.map(formText)]
 * // => [['w_1 − w_0', 'w_1 − w_2'], ['w_1 − w_3']]
 * tieForTopQuestion.system([2, 2], 4)
 * // throws RangeError: labels i and j must differ
 * ```
 */
export const tieForTopQuestion: Question<[number, number]> = {
  name: 'tie',
  option: { flag: '--tie', value: 'i,j', help: 'can labels i and j tie for the highest probability?', rows: 'w_i − w_l, l ∉ {i, j} increasing; equation w_i − w_j' },
  summary: 'whether two labels can tie for the top',
  parse: (text, k) => parseLabelPair(text, k),
  format: ([i, j]) => `${i},${j}`,
  system([i, j], k) {
    assertLabel(k, i, 'tie for top');
    assertLabel(k, j, 'tie for top');
    if (i === j) throw new RangeError(`tie for top: labels i and j must differ, both are ${i}`);
    return { strict: [], equal: [difference(i, j)], dominates: { top: i, except: [j] } };
  },
  describe: ([i, j]) => `can labels ${i} and ${j} tie for the top? rows w_${i} − w_l, l ∉ {${i}, ${j}} in increasing l; equation (w_${i} − w_${j})·x = 0`,
  answer: ([i, j], feasible) =>
    feasible ? `labels ${i} and ${j} tie for the highest probability at some input` : `labels ${i} and ${j} never tie for the highest probability`,
  survey: {
    key: 'canTieForTop',
    arguments: (k) => braidPairs(k),
    *among(labels) {
      const sorted = [...labels].sort((a, b) => a - b);
      for (let u = 0; u < sorted.length; u++) for (let v = u + 1; v < sorted.length; v++) yield [sorted[u], sorted[v]] as [number, number];
    },
    countAmong: (n) => (n * (n - 1)) / 2,
    section: 'ties',
    units: 'pairs',
    labelsOf: (pair) => [...pair],
    toJSON: (pairs, feasible) => pairs.filter((_, t) => feasible[t]),
    yes: 'pairs that can tie for the top',
    no: 'pairs that cannot tie for the top',
    layout: 'rows',
  },
};

/**
 * Certified decision whether labels i and j of W (k × d, optional bias b of
 * k entries) can tie for the highest probability: some x with
 * (w_i − w_j)ᵀx = 0 and (w_i − w_l)ᵀx > 0 for every other label l. The
 * system passed to `decideStrictSystem` is A = rows w_i − w_l (l ∉ {i, j},
 * increasing), B = [w_i − w_j] (with a bias: on [W | b], and A gains the last
 * row (0, …, 0, 1)); the certificate refers to it. With k = 2 and no bias the
 * answer is yes (x = 0). Throws `RangeError` naming the label and k for a bad
 * index, when i = j, or for a bias of the wrong length.
 * Source: App. C.2, C.3 (notes §3).
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * decideTieForTop(Q, W, 0, 2).feasible
 * // => false
 * decideTieForTop(Q, W, 0, 2, [0, 0, 5, 0].map((v) => Q.fromRational(v))).feasible
 * // => true
 * ```
 */
export function decideTieForTop<T>(F: OrderedField<T>, W: Matrix<T>, i: number, j: number, bias?: readonly T[]): Decision<T> {
  return decideQuestion({ F, W, bias }, tieForTopQuestion, [i, j]).decision;
}

/**
 * All pairs [i, j], i < j in lexicographic order, of labels of W (k × d,
 * optional bias) that can tie for the highest probability
 * (`decideTieForTop`, C(k, 2) certified decisions); `[]` when W has no rows.
 * Throws `RangeError` when W is not rectangular or the bias length is wrong.
 * Source: App. C.2, C.3.
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * tieForTopPairs(Q, W)
 * // => [[0, 1], [0, 3], [1, 3]]
 * ```
 */
export function tieForTopPairs<T>(F: OrderedField<T>, W: Matrix<T>, bias?: readonly T[]): [number, number][] {
  assertRectangular(W, 'tieForTopPairs: W');
  if (W.length === 0) return [];
  const s = surveyQuestion({ F, W, bias }, tieForTopQuestion);
  return s.arguments.filter((_, t) => s.feasible[t]);
}
