/**
 * The question "can label i be the top label?" (argmaxable; Grivas,
 * Bogoychev & Lopez (ACL 2022), "Low-rank softmax can have unargmaxable
 * classes in theory but rarely in practice"; notes §5): is label i the unique
 * argmax of the logits of some input? Rows w_i − w_j for j ≠ i in increasing j.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { assertRectangular } from '../../src/linalg/matrix.ts';
import type { Decision } from '../engine/strict-system.ts';
import { parseLabelIndex } from './arguments.ts';
import { assertLabel } from './internal/validate.ts';
import { decideQuestion, questionSystem, surveyQuestion, type Question } from './question.ts';

/**
 * The question "can label i be the top label?": strict rows z_i − z_j for
 * j ≠ i in increasing j — the block `dominates: { top: i, except: [] }`, O(1)
 * data for any k — (with a bias, on [W | b] plus the row (0, …, 0, 1)).
 * Argument text: the label (`decide --argmax 2`). Survey: every label
 * (`analyze`'s `"argmaxable"`, one boolean per label).
 *
 * @example
 * ```ts
 * argmaxQuestion.system(1, 3)
 * // => { strict: [], equal: [], dominates: { top: 1, except: [] } }
 * strictForms(argmaxQuestion.system(1, 3), 3).map(formText)
 * // => ['w_1 − w_0', 'w_1 − w_2']
 * argmaxQuestion.system(3, 3)
 * // throws RangeError: label 3 is not a label index
 * ```
 */
export const argmaxQuestion: Question<number> = {
  name: 'argmax',
  option: { flag: '--argmax', value: 'i', help: 'can label i be the top label of the softmax?', rows: 'w_i − w_j, j ≠ i increasing' },
  summary: 'whether a label can be the top label',
  parse: (text, k) => parseLabelIndex(text, k),
  format: (i) => String(i),
  system(i, k) {
    assertLabel(k, i, 'argmaxable');
    return { strict: [], equal: [], dominates: { top: i, except: [] } };
  },
  describe: (i) => `can label ${i} be the top label? rows w_${i} − w_j, j ≠ ${i} in increasing j`,
  answer: (i, feasible) => (feasible ? `label ${i} is the unique top label of some input (argmaxable)` : `label ${i} is never the unique top label (not argmaxable)`),
  survey: {
    key: 'argmaxable',
    arguments: (k) => Array.from({ length: k }, (_, i) => i),
    among: (labels) => labels,
    countAmong: (n) => n,
    section: 'argmax',
    units: 'labels',
    labelsOf: (i) => [i],
    toJSON: (_args, feasible) => [...feasible],
    yes: 'argmaxable labels (can be the top label)',
    no: 'not argmaxable',
    layout: 'inline',
  },
};

/**
 * The rows of the strict system "label i can be the top label" for the
 * unembedding W (k × d, rows are labels) over F:
 * - without bias: w_i − w_j for j ≠ i in increasing j ((k−1) × d), so that
 *   label i is the unique argmax of W x iff these rows · x > 0;
 * - with bias b (k entries): (w_i − w_j, b_i − b_j) for j ≠ i, then the row
 *   (0, …, 0, 1), a k × (d+1) matrix in the homogenised variable (x, t):
 *   (w_i − w_j)ᵀx + (b_i − b_j) t > 0 with t > 0 (divide by t for the input x/t).
 * Throws `RangeError` naming the label and k for a bad index, or naming the
 * lengths when the bias does not have k entries.
 * Source: Grivas, Bogoychev & Lopez (2022); notes §5.
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1], [0, 0]].map((r) => r.map((v) => Q.fromRational(v)));
 * argmaxableRows(Q, W, 2).map((r) => r.map((v) => Q.format(v)))
 * // => [['-1', '0'], ['0', '-1']]
 * argmaxableRows(Q, W, 2, [Q.zero, Q.zero, Q.one]).map((r) => r.map((v) => Q.format(v)))
 * // => [['-1', '0', '1'], ['0', '-1', '1'], ['0', '0', '1']]
 * ```
 */
export function argmaxableRows<T>(F: OrderedField<T>, W: Matrix<T>, i: number, bias?: readonly T[]): T[][] {
  return questionSystem({ F, W, bias }, argmaxQuestion, i).A;
}

/**
 * Certified decision whether label i can be the (unique) top label of the
 * softmax with unembedding W (k × d) and optional bias b: the strict system
 * of `argmaxableRows` decided by `decideStrictSystem`. A witness x (length d,
 * or d+1 = (x, t) with bias) makes label i the strict argmax; an infeasibility
 * certificate y ≥ 0 combines the rows to zero (for no bias: w_i is a convex
 * combination of the others, or equals one of them). With k = 1 the label is
 * trivially argmaxable (witness 0). Throws `RangeError` as `argmaxableRows`.
 * Source: Grivas, Bogoychev & Lopez (2022); notes §5, T5.5 / App. H.1.
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * decideArgmaxable(Q, W, 2).certificate.kind
 * // => 'infeasible'
 * decideArgmaxable(Q, W, 3).feasible
 * // => true
 * ```
 */
export function decideArgmaxable<T>(F: OrderedField<T>, W: Matrix<T>, i: number, bias?: readonly T[]): Decision<T> {
  return decideQuestion({ F, W, bias }, argmaxQuestion, i).decision;
}

/**
 * For each label of W (k × d, optional bias of length k), whether it can be
 * the top label (`decideArgmaxable`; k certified decisions); `[]` when W has
 * no rows. Throws `RangeError` when W is not rectangular or the bias length is wrong.
 * Source: Grivas, Bogoychev & Lopez (2022).
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * argmaxableLabels(Q, W)
 * // => [true, true, false, true]
 * argmaxableLabels(Q, [])
 * // => []
 * ```
 */
export function argmaxableLabels<T>(F: OrderedField<T>, W: Matrix<T>, bias?: readonly T[]): boolean[] {
  assertRectangular(W, 'argmaxableLabels: W');
  if (W.length === 0) return [];
  return surveyQuestion({ F, W, bias }, argmaxQuestion).feasible;
}
