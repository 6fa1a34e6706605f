/**
 * Argmaxable labels at vocabulary scale: for a dense unembedding W (k × d,
 * rows are labels, optional bias b), whether each label i can be the unique
 * top label (ℓ_i > ℓ_j for all j ≠ i at some x; with a bias at some (x, t),
 * t > 0), each answer with a sparse certificate checked as described in
 * `decide-at-scale.ts`:
 * - argmaxable: a witness x (d exact strings; with bias also t), at which
 *   label i is the strict argmax of W x (+ b t);
 * - not argmaxable: `{ rows: [j…], y: [...] }`, y ≥ 0 with Σ y_r (w_i − w_{j_r}) = 0
 *   (with bias Σ y_r (b_i − b_{j_r}) + yT = 0), at most d + 1 rows (d + 2).
 * Source: Grivas, Bogoychev & Lopez (ACL 2022); notes §5.
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import { argmaxQuestion } from '../queries/argmax.ts';
import type { ScaleCertificate } from './scale-certificate.ts';
import type { ScaleOptions, ScaleSummary } from './decide-at-scale.ts';
import { decideQuestionAtScale } from './question-at-scale.ts';

/** One label's answer, ready for one JSON line. */
export interface ArgmaxResult {
  readonly label: number;
  readonly argmaxable: boolean;
  readonly certificate: ScaleCertificate;
  readonly method: 'first-witness' | 'constraint-generation';
  readonly rounds: number;
}

/** Options of `argmaxableAtScale`: the engine's, plus which labels. */
export interface ArgmaxScaleOptions extends ScaleOptions {
  /** The labels to decide: a list, or a half-open range `{ from, to }` (a shard); default all. */
  readonly labels?: readonly number[] | { readonly from: number; readonly to: number };
  /** Labels already decided (e.g. read back from a JSONL file): skipped (resume). */
  readonly skip?: ReadonlySet<number>;
}

/**
 * The labels an options object asks for, in the order of the list /
 * range, minus `skip`. Throws `RangeError` for a label outside 0 … k−1 or a
 * bad range, naming it and k.
 *
 * @example
 * ```ts
 * selectLabels(6, { from: 2, to: 4 })
 * // => [2, 3]
 * selectLabels(6, [5, 0], new Set([0]))
 * // => [5]
 * selectLabels(6, { from: 4, to: 9 })
 * // throws RangeError: labels 4:9 is not a range of labels of W (k = 6)
 * ```
 */
export function selectLabels(k: number, labels?: ArgmaxScaleOptions['labels'], skip?: ReadonlySet<number>): number[] {
  let list: number[];
  if (labels === undefined) list = Array.from({ length: k }, (_, i) => i);
  else if (Array.isArray(labels)) list = [...labels];
  else {
    const { from, to } = labels as { from: number; to: number };
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > k || from > to) throw new RangeError(`labels ${from}:${to} is not a range of labels of W (k = ${k})`);
    list = Array.from({ length: to - from }, (_, t) => from + t);
  }
  for (const i of list) if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`label ${i} is not a label of W (k = ${k}; valid 0 … ${k - 1})`);
  return skip ? list.filter((i) => !skip.has(i)) : list;
}

/**
 * Decides for every requested label of W (with W.bias when present) whether
 * it is argmaxable, yielding one `ArgmaxResult` per label as soon as it is
 * certified (not in label order); returns the run's `ScaleSummary` (kernel,
 * counters, labels left undecided by the budget).
 * Throws `RangeError` for bad labels; `Error` as `decideSystemsAtScale`.
 * The registry's `argmaxQuestion` through `decideQuestionAtScale`.
 *
 * @example
 * ```ts
 * const W = denseMatrix(new Float32Array([1, 0, 0, 1, -1, 0, 0, 0]), 4, 2);
 * const { results } = await collectAtScale(argmaxableAtScale(W, { kernel: 'js' }));
 * results.map((r) => [r.label, r.argmaxable]).sort() // the origin lies in the hull of the others
 * // => [[0, true], [1, true], [2, true], [3, false]]
 * results.find((r) => r.label === 3).certificate
 * // => { kind: 'infeasible', rows: [0, 2], y: ['1', '1'] }
 * ```
 */
export async function* argmaxableAtScale(W: DenseMatrix, opts: ArgmaxScaleOptions = {}): AsyncGenerator<ArgmaxResult, ScaleSummary<number>> {
  const gen = decideQuestionAtScale(W, argmaxQuestion, selectLabels(W.k, opts.labels, opts.skip), opts);
  for (;;) {
    const r = await gen.next();
    if (r.done) return r.value;
    const { argument, feasible, certificate, method, rounds } = r.value;
    yield { label: argument, argmaxable: feasible, certificate, method, rounds };
  }
}
