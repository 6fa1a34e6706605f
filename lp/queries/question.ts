/**
 * A question asked of a classifier, as plain data (`Question<A>`, one file
 * per question in `lp/queries/`, listed in `registry.ts`): its name, how its
 * argument A is parsed and printed (and the command-line option that carries
 * it), the label-level strict system it asks about (`LogitSystem`), and how
 * the question and its answer read. `decideQuestion` decides any question on
 * any `Model` (with or without bias) with a checked certificate; the CLI's
 * `decide` and `analyze` and the fuzzer iterate over the registry and know no
 * question by name.
 */
import type { Model } from '../../src/models/model.ts';
import { decideStrictSystem, type Decision } from '../engine/strict-system.ts';
import type { FloatSolvers } from '../engine/float-solvers.ts';
import { logitSystemMatrices, type LogitSystem, type StrictSystem } from './logit-system.ts';

/**
 * A question decided for every argument of a small family (every label,
 * every pair of labels) by `surveyQuestion`, as `cosine-verify analyze`
 * reports it.
 */
export interface Survey<A> {
  /** The key of the survey in `analyze --json` (e.g. `"argmaxable"`). */
  readonly key: string;
  /** Every argument of the family for k labels, in report order. */
  arguments(k: number): A[];
  /**
   * The arguments about the labels `labels` only (each argument's `labelsOf` ⊆ labels, in
   * the order of `labels`), generated lazily: `analyze` decides them one by one within its
   * budget, so a family of C(k, 2) pairs is never built whole for a large k.
   */
  among(labels: readonly number[]): Iterable<A>;
  /** How many arguments `among` yields for n labels (for progress and budget messages). */
  countAmong(n: number): number;
  /** The section name of the survey in `analyze --sections` (e.g. `"argmax"`, `"ties"`). */
  readonly section: string;
  /** What one argument is, in the plural, for budget messages (`"labels"`, `"pairs"`). */
  readonly units: string;
  /** The labels an argument is about (analyze prints the cosine beside an argument of two labels). */
  labelsOf(arg: A): number[];
  /** The JSON value of the survey, from the arguments and their answers (aligned). */
  toJSON(args: readonly A[], feasible: readonly boolean[]): unknown;
  /** Heading of the arguments with answer yes, and of those with answer no. */
  readonly yes: string;
  readonly no: string;
  /** `'inline'`: `yes: 0, 1, 2`; `'rows'`: one line per yes-argument (with the cosine of its two labels), then `no: a  b`. */
  readonly layout: 'inline' | 'rows';
}

/** The command-line option that carries the argument of a question (`decide --sign +-+`). */
export interface QuestionOption {
  /** The flag, e.g. `--sign`. */
  readonly flag: string;
  /** The value's placeholder in `--help`, e.g. `signs`. */
  readonly value: string;
  /** One line of `--help`. */
  readonly help: string;
  /** The rows of the system in words, for any argument (e.g. `s_i·w_i, i = 0 … k−1`). */
  readonly rows: string;
}

/**
 * A question about a model with k labels, whose argument is an A (a sign
 * vector, a ranking, a label, a pair of labels, …). Methods are plain
 * functions of their arguments; none of them sees W.
 */
export interface Question<A> {
  /** The registry name, also `"question"` in `decide --json`: `sign`, `ranking`, `argmax`, `tie`, `top`. */
  readonly name: string;
  readonly option: QuestionOption;
  /** What the question asks, in a few words (for `--help`). */
  readonly summary: string;
  /** The argument from its text for k labels; throws `RangeError`/`SyntaxError` naming the bad entry. */
  parse(text: string, k: number): A;
  /** The argument as text, read back by `parse`. */
  format(arg: A): string;
  /**
   * The strict system over the labels whose feasibility answers the question
   * for k labels, rows in the documented order. Throws `RangeError` naming the
   * bad entry when the argument does not fit k labels.
   */
  system(arg: A, k: number): LogitSystem;
  /** The question and its rows in words, e.g. `can label 2 be the top label? rows w_2 − w_j, j ≠ 2 in increasing j`. */
  describe(arg: A, k: number): string;
  /** The answer in words for a feasible (witness) or infeasible (certificate) system. */
  answer(arg: A, feasible: boolean): string;
  /** Present when `analyze` decides the question for a whole family of arguments. */
  readonly survey?: Survey<A>;
}

/** A question of any argument type (the registry's element type). */
export type AnyQuestion = Question<any>;

/** A decided question: the exact system on the model and its certified decision. */
export interface QuestionDecision<T> {
  readonly system: StrictSystem<T>;
  readonly decision: Decision<T>;
}

/**
 * The exact strict system of question `q` with argument `arg` on a model
 * (W k × d over F, optional bias): `logitSystemMatrices(model, q.system(arg, k))`.
 * Throws `RangeError` for a malformed model or an argument that does not fit it.
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1], [-1, -1]].map((r) => r.map((v) => Q.fromRational(v)));
 * questionSystem({ F: Q, W }, argmaxQuestion, 2).A.map((r) => r.map((v) => Q.format(v)))
 * // => [['-2', '-1'], ['-1', '-2']]
 * ```
 */
export function questionSystem<T, A>(model: Model<T>, q: Question<A>, arg: A): StrictSystem<T> {
  return logitSystemMatrices(model, q.system(arg, model.W.length));
}

/**
 * Certified decision of question `q` with argument `arg` on a model (W k × d
 * over F, optional bias b): the system of `questionSystem` decided by
 * `decideStrictSystem`, so the answer carries a witness x (d entries, or
 * d + 1 = (x, t) with a bias: x/t is the input) or a Gordan/Motzkin
 * certificate, checked exactly. `opts.solvers` replaces the float solvers
 * (see `FloatSolvers`; for fault-injection tests). Throws `RangeError` as
 * `questionSystem`.
 * Source: notes §5.
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * decideQuestion({ F: Q, W }, argmaxQuestion, 2).decision.feasible
 * // => false
 * decideQuestion({ F: Q, W, bias: [0, 0, 5, 0].map((v) => Q.fromRational(v)) }, argmaxQuestion, 2).decision.feasible
 * // => true
 * ```
 */
export function decideQuestion<T, A>(model: Model<T>, q: Question<A>, arg: A, opts: { solvers?: FloatSolvers } = {}): QuestionDecision<T> {
  const system = questionSystem(model, q, arg);
  const decision = decideStrictSystem(model.F, system.A, system.B.length === 0 ? undefined : system.B, { columns: system.columns, solvers: opts.solvers });
  return { system, decision };
}

/**
 * Decides question `q` for every argument of its survey on the model
 * (`q.survey.arguments(k)`, one certified decision each) and returns the
 * arguments with their answers, aligned (`opts` as in `decideQuestion`).
 * Throws `TypeError` when `q` has no
 * survey, `RangeError` for a malformed model.
 *
 * @example
 * ```ts
 * const W = [[-1, 0], [1, 0], [0, 1], [0, 2]].map((r) => r.map((v) => Q.fromRational(v)));
 * surveyQuestion({ F: Q, W }, argmaxQuestion).feasible
 * // => [true, true, false, true]
 * surveyQuestion({ F: Q, W }, rankingQuestion)
 * // throws TypeError: has no survey
 * ```
 */
export function surveyQuestion<T, A>(model: Model<T>, q: Question<A>, opts: { solvers?: FloatSolvers } = {}): { arguments: A[]; feasible: boolean[] } {
  if (q.survey === undefined) throw new TypeError(`question ${q.name} has no survey`);
  const args = q.survey.arguments(model.W.length);
  return { arguments: args, feasible: args.map((a) => decideQuestion(model, q, a, opts).decision.feasible) };
}
