/**
 * Top-m prefixes at vocabulary scale: can labels π_0 ≻ π_1 ≻ … ≻ π_{m−1} be
 * the m most likely labels of the softmax of W (k × d, optional bias), in
 * this order? The registry's `topPrefixQuestion` through `decideQuestionAtScale`:
 * each answer is a witness x (and t with a bias) or a sparse Gordan / Motzkin
 * certificate whose rows are j (z_{π_{m−1}} − z_j, j outside the prefix) or
 * [a, b] (z_a − z_b between consecutive prefix labels).
 * Source: the ranking patterns R(W) of the paper (notes §5, Cover 1967) restricted to a prefix.
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { topPrefixQuestion } from '../queries/top-prefix.ts';
import type { ScaleCertificate } from './scale-certificate.ts';
import type { ScaleOptions, ScaleSummary } from './decide-at-scale.ts';
import { decideQuestionAtScale } from './question-at-scale.ts';

/** One prefix's answer, ready for one JSON line. */
export interface TopPrefixResult {
  readonly prefix: readonly number[];
  readonly possible: boolean;
  readonly certificate: ScaleCertificate;
}

/**
 * Decides every prefix (a list of distinct labels of W) and yields one
 * certified result per prefix as soon as it is decided (not in input
 * order); returns the run's `ScaleSummary` (prefixes left undecided).
 * Throws `RangeError` for an empty or repeating prefix or a label outside W.
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float64Array([1, 0, 0, 1, -1, -1]), 3, 2);
 * const { results } = await collectAtScale(topPrefixAtScale(W, [[0, 1]], { kernel: 'js' }));
 * results.map((r) => r.possible)
 * // => [true]
 * await topPrefixAtScale(W, [[0, 0]]).next()
 * // throws RangeError: labels must differ
 * ```
 */
export async function* topPrefixAtScale(W: DenseMatrix, prefixes: readonly (readonly number[])[], opts: ScaleOptions = {}): AsyncGenerator<TopPrefixResult, ScaleSummary<number[]>> {
  const gen = decideQuestionAtScale(W, topPrefixQuestion, prefixes.map((p) => [...p]), opts);
  for (;;) {
    const r = await gen.next();
    if (r.done) return r.value;
    yield { prefix: r.value.argument, possible: r.value.feasible, certificate: r.value.certificate };
  }
}
