/**
 * A question of the registry (`lp/queries/registry.ts`) asked at vocabulary
 * scale: "a question asked of the engine is data in one file" holds at both
 * scales — the question's `system(arg, k)` (its `LogitSystem`, compact
 * `dominates` block and all) goes unchanged to the scale engine
 * (`decideSystemsAtScale`) instead of `logitSystemMatrices`. Argmax, ties for
 * the top and top-m prefixes are O(1)-size systems whatever k; sign vectors
 * and rankings work too (their k listed forms join the active sets as they
 * are violated), at the cost of long systems.
 * Source: notes §5; Grivas, Bogoychev & Lopez (ACL 2022); App. C.2, C.3 (ties).
 */
import type { DenseMatrix } from '../../src/dense/dense-matrix.ts';
import type { Question } from '../queries/question.ts';
import type { ScaleCertificate } from './scale-certificate.ts';
import { decideSystemsAtScale, type ScaleOptions, type ScaleSummary } from './decide-at-scale.ts';

/** One argument's certified answer at scale. */
export interface QuestionResult<A> {
  readonly argument: A;
  readonly feasible: boolean;
  /** A witness (x, and t with a bias), or a sparse Gordan / Motzkin certificate on the rows of `question.system(argument, k)`. */
  readonly certificate: ScaleCertificate;
  readonly method: 'first-witness' | 'constraint-generation';
  readonly rounds: number;
}

/** The systems of q for the arguments, lazily (an array stays an array, so that it is validated before any work). */
function systemsOf<A>(q: Question<A>, args: Iterable<A>, k: number): Iterable<{ id: A; s: ReturnType<Question<A>['system']> }> {
  if (Array.isArray(args)) return (args as A[]).map((a) => ({ id: a, s: q.system(a, k) }));
  return (function* () {
    for (const a of args) yield { id: a, s: q.system(a, k) };
  })();
}

/**
 * Decides question `q` for every argument of `args` (an array, or any
 * iterable read lazily) on the dense W (k × d, rows are labels, W.bias when
 * present), yielding one certified `QuestionResult` per argument as soon as
 * it is decided (not in input order); returns the run's `ScaleSummary`
 * (arguments left undecided by the budget). Throws `RangeError` for an
 * argument that does not fit k labels (as `q.system`), `Error` as
 * `decideSystemsAtScale`.
 *
 * @example
 * ```ts
 * // App. C.2 (exact in float64: tenths are not, so the matrix is scaled by 10; cones are unchanged)
 * const W = denseMatrix(new Float64Array([14, -10, 14, 10, -9, 3, -10, 0, -9, -3]), 5, 2);
 * const { results } = await collectAtScale(decideQuestionAtScale(W, tieForTopQuestion, [[2, 1], [2, 3], [2, 4], [2, 0]], { kernel: 'js' }));
 * results.filter((r) => r.feasible).map((r) => r.argument).sort()
 * // => [[2, 1], [2, 3]]
 * const top = await collectAtScale(decideQuestionAtScale(W, topPrefixQuestion, [[1, 0], [0, 2]], { kernel: 'js' }));
 * top.results.map((r) => [r.argument, r.feasible]).sort()
 * // => [[[0, 2], false], [[1, 0], true]]
 * ```
 */
export async function* decideQuestionAtScale<A>(W: DenseMatrix, q: Question<A>, args: Iterable<A>, opts: ScaleOptions = {}): AsyncGenerator<QuestionResult<A>, ScaleSummary<A>> {
  const gen = decideSystemsAtScale(W, systemsOf(q, args, W.k), opts);
  for (;;) {
    const r = await gen.next();
    if (r.done) return r.value;
    const { id, feasible, certificate, method, rounds } = r.value;
    yield { argument: id, feasible, certificate, method, rounds };
  }
}
