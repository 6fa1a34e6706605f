/**
 * The question "can labels π_0 ≻ π_1 ≻ … ≻ π_{m−1} be the m most likely
 * labels, in this order?" (a top-m prefix of a ranking; m = 1 is "can π_0 be
 * the top label", m = k is "is π in R(W)"): some input ranks π_0 above π_1
 * above … above π_{m−1}, and π_{m−1} above every label outside the prefix.
 * Rows w_{π_t} − w_{π_{t+1}} for t < m − 1, then w_{π_{m−1}} − w_l for every
 * label l outside the prefix in increasing l.
 */
import { parseDistinctLabels } from './arguments.ts';
import { assertLabel } from './internal/validate.ts';
import { difference } from './logit-system.ts';
import type { Question } from './question.ts';

/**
 * The question "is π_0 ≻ … ≻ π_{m−1} the top-m prefix of some input's
 * ranking?": strict rows z_{π_t} − z_{π_{t+1}} (t < m − 1), then
 * z_{π_{m−1}} − z_l for l outside the prefix, increasing (the block
 * `dominates: { top: π_{m−1}, except: π_0 … π_{m−2} }`). Argument text: the
 * m distinct labels, top first (`decide --top 2,0`).
 *
 * @example
 * ```ts
 * topPrefixQuestion.system([2, 0], 4)
 * // => { strict: [difference(2, 0)], equal: [], dominates: { top: 0, except: [2] } }
 * strictForms(topPrefixQuestion.system([2, 0], 4), 4).map(formText)
 * // => ['w_2 − w_0', 'w_0 − w_1', 'w_0 − w_3']
 * topPrefixQuestion.system([], 4)
 * // throws RangeError: at least one label
 * ```
 */
export const topPrefixQuestion: Question<number[]> = {
  name: 'top',
  option: { flag: '--top', value: 'labels', help: 'comma-separated distinct labels, top first (e.g. 2,0): can they be the most likely labels, in this order?', rows: 'w_{π_t} − w_{π_{t+1}}, t < m−1, then w_{π_{m−1}} − w_l, l outside the prefix increasing' },
  summary: 'a top-m prefix of a ranking',
  parse: (text, k) => parseDistinctLabels(text, k),
  format: (p) => p.join(','),
  system(prefix, k) {
    if (prefix.length === 0) throw new RangeError('top prefix: needs at least one label');
    prefix.forEach((l) => assertLabel(k, l, 'top prefix'));
    if (new Set(prefix).size !== prefix.length) throw new RangeError(`top prefix: labels must differ, got ${prefix.join(',')}`);
    const last = prefix[prefix.length - 1];
    return { strict: prefix.slice(0, -1).map((a, t) => difference(a, prefix[t + 1])), equal: [], dominates: { top: last, except: prefix.slice(0, -1) } };
  },
  describe: (p) => {
    const m = p.length;
    return `can ${p.join(' > ')} be the ${m} most likely label${m === 1 ? '' : 's'}, in this order? rows w_{π_t} − w_{π_{t+1}}, t = 0 … ${m - 2}, then w_${p[m - 1]} − w_l for l outside the prefix in increasing l`;
  },
  answer: (p, feasible) => (feasible ? `some input ranks ${p.join(' > ')} above all other labels` : `no input ranks ${p.join(' > ')} above all other labels`),
};
