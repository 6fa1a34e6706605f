/**
 * The question "is the ranking π in R(W)?" (Def. 5.4; notes §4): can some
 * input rank all k labels as π (top first, strictly)? Rows
 * w_{π_t} − w_{π_{t+1}}, t = 0 … k−2 (the chain of adjacent comparisons).
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import type { Decision } from '../engine/strict-system.ts';
import { parseRanking } from './arguments.ts';
import { difference } from './logit-system.ts';
import { decideQuestion, questionSystem, type Question } from './question.ts';

/** A ranking of the k labels: label indices, most likely first. */
export type Ranking = number[];

/** Throws `RangeError` unless `ranking` is a permutation of 0 … k−1 (naming the entry). */
function assertRanking(ranking: readonly number[], k: number, what: string): void {
  if (!Array.isArray(ranking) || ranking.length !== k) {
    throw new RangeError(`${what}: ranking has ${Array.isArray(ranking) ? ranking.length : 'no'} entries, W has k = ${k} labels`);
  }
  const seen = new Array<boolean>(k).fill(false);
  ranking.forEach((l, t) => {
    if (!Number.isInteger(l) || l < 0 || l >= k) throw new RangeError(`${what}: entry ${t} of the ranking is ${l}, not a label index 0 … ${k - 1}`);
    if (seen[l]) throw new RangeError(`${what}: label ${l} appears twice in the ranking (again at position ${t})`);
    seen[l] = true;
  });
}

/**
 * The question "is π in R(W)?": strict rows z_{π_t} − z_{π_{t+1}},
 * t = 0 … k−2 (with a bias, on [W | b] plus the row (0, …, 0, 1)).
 * Argument text: the labels top first, comma-separated (`decide --ranking 2,0,1`).
 *
 * @example
 * ```ts
 * rankingQuestion.system([2, 0, 1], 3).strict.map(formText)
 * // => ['w_2 − w_0', 'w_0 − w_1']
 * rankingQuestion.parse('1,0', 2)
 * // => [1, 0]
 * ```
 */
export const rankingQuestion: Question<Ranking> = {
  name: 'ranking',
  option: { flag: '--ranking', value: 'labels', help: 'ranking, comma-separated 0-based labels, top first (e.g. 2,0,1): is it in R(W)?', rows: 'w_{π_t} − w_{π_{t+1}}, t = 0 … k−2' },
  summary: 'a ranking',
  parse: (text, k) => parseRanking(text, k),
  format: (r) => r.join(','),
  system(r, k) {
    assertRanking(r, k, 'ranking');
    return { strict: r.slice(0, -1).map((a, t) => difference(a, r[t + 1])), equal: [] };
  },
  describe: (r, k) => `ranking ${r.join(' > ')} in R(W)? rows w_{π_t} − w_{π_{t+1}}, t = 0 … ${k - 2}`,
  answer: (r, feasible) => (feasible ? `some input ranks the labels ${r.join(' > ')}` : `no input ranks the labels ${r.join(' > ')}`),
};

/**
 * The k − 1 chain rows w_{π_t} − w_{π_{t+1}}, t = 0 … k−2, for W k × d over
 * F and a ranking π (a permutation of 0 … k−1, top first): π ∈ R(W) iff
 * some x makes all of them · x > 0 (Def. 5.4). Throws `RangeError` when W is
 * not rectangular or π is not a permutation of the labels (naming the entry).
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1], [0, 0]].map((r) => r.map((v) => Q.fromRational(v)));
 * rankingRows(Q, W, [2, 0, 1]).map((r) => r.map((v) => Q.format(v)))
 * // => [['-1', '0'], ['1', '-1']]
 * rankingRows(Q, W, [0, 0, 1])
 * // throws RangeError: label 0 appears twice
 * ```
 */
export function rankingRows<T>(F: OrderedField<T>, W: Matrix<T>, ranking: readonly number[]): T[][] {
  return questionSystem({ F, W }, rankingQuestion, ranking as Ranking).A;
}

/**
 * Certified decision whether the ranking π is in R(W), W k × d over F
 * (Def. 5.4): a witness x (d entries) with w_{π_0}ᵀx > … > w_{π_{k−1}}ᵀx, or
 * a Gordan certificate on the chain rows. Errors as `rankingRows`.
 *
 * @example
 * ```ts
 * const W = [[0, 0], [1, 0], [2, 0]].map((r) => r.map((v) => Q.fromRational(v)));
 * decideRanking(Q, W, [2, 1, 0]).feasible
 * // => true
 * decideRanking(Q, W, [1, 2, 0]).feasible
 * // => false
 * ```
 */
export function decideRanking<T>(F: OrderedField<T>, W: Matrix<T>, ranking: readonly number[]): Decision<T> {
  return decideQuestion({ F, W }, rankingQuestion, ranking as Ranking).decision;
}
