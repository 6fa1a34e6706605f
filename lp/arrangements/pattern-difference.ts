/**
 * Exact comparison of the patterns of two models, with certificates for
 * every difference: sign patterns S (Def. 5.1), ranking patterns R
 * (Def. 5.4) and argmaxable labels (Grivas et al. 2022), of models with or
 * without a bias (`Model`). A difference is a pattern with an exact witness
 * in the model that has it and a Gordan/Motzkin infeasibility certificate in
 * the model that has not, both for the system of the registry's question
 * (`lp/queries/`). Used by `compare` (`compare-models.ts`), the §5 claims
 * (L5.3, T5.5, T5.6, T H.1) and their conjectures.
 */
import type { Model } from '../../src/models/model.ts';
import { checkCertificate, type Infeasibility, type Witness } from '../engine/certificate.ts';
import type { StrictSystem } from '../queries/logit-system.ts';
import { formatSignVector } from '../queries/sign-vector.ts';
import { findQuestion } from '../queries/registry.ts';
import { decideQuestion, questionSystem, type AnyQuestion } from '../queries/question.ts';
import { modelSignPatterns } from './sign-patterns.ts';
import { modelRankingPatterns } from './ranking-patterns.ts';

/** Which patterns: sign vectors, rankings, or argmaxable labels. */
export type PatternKind = 'sign' | 'ranking' | 'argmax';

/**
 * A pattern that one model has and the other has not: `pattern` is its text
 * (`"+-+"`, `"2,0,1"`, or the label index), `presentIn` the model (0 or 1)
 * with the witness, the other model with the infeasibility certificate, both
 * for the systems of `patternSystem(kind, …)`.
 */
export interface PatternDifference<T> {
  readonly kind: PatternKind;
  readonly pattern: string;
  readonly presentIn: 0 | 1;
  readonly witness: Witness<T>;
  readonly infeasibility: Infeasibility<T>;
}

/** The two pattern sets, exactly, and the certified differences. */
export interface PatternComparison<T> {
  readonly kind: PatternKind;
  /** The patterns of each model as text, sorted as the enumerations return them. */
  readonly patterns: readonly [string[], string[]];
  /** An exact witness for each pattern, in the same order. */
  readonly witnesses: readonly [T[][], T[][]];
  /** Texts of the patterns only in model 0, resp. only in model 1. */
  readonly onlyIn: readonly [string[], string[]];
  readonly same: boolean;
  /** Certified differences: all of them with `all` (at most `maxDifferences`), else the first (or none when `same`). */
  readonly differences: PatternDifference<T>[];
  /** Exact certificates checked: every enumeration witness plus both certificates of each difference. */
  readonly certificates: number;
}

/** The question of the registry behind a pattern kind (`sign`, `ranking`, `argmax`). */
const questionOf = (kind: PatternKind): AnyQuestion => findQuestion(kind);

/**
 * The strict system whose feasibility means that the model (W k × d over F,
 * optional bias) has the pattern: that of the registry's question `kind`
 * (`lp/queries/`): rows s_i·w_i (sign), w_{π_t} − w_{π_{t+1}} (ranking) or
 * w_i − w_j, j ≠ i (argmax), on [W | b] plus the row asking t > 0 with a
 * bias. `pattern` is its text, parsed by the question: `"+-+"` (k
 * characters), `"2,0,1"` (a permutation of 0 … k−1, top first) or a label
 * index. Throws `SyntaxError`/`RangeError` naming the bad character, entry
 * or label.
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1]].map((r) => r.map((v) => Q.fromRational(v)));
 * patternSystem({ F: Q, W }, 'sign', '+-').A.map((r) => r.map((v) => Q.format(v)))
 * // => [['1', '0'], ['0', '-1']]
 * patternSystem({ F: Q, W, bias: [Q.one, Q.zero] }, 'ranking', '1,0').A.map((r) => r.map((v) => Q.format(v)))
 * // => [['-1', '1', '-1'], ['0', '0', '1']]
 * patternSystem({ F: Q, W }, 'ranking', '0,0')
 * // throws RangeError
 * ```
 */
export function patternSystem<T>(model: Model<T>, kind: PatternKind, pattern: string): StrictSystem<T> {
  const q = questionOf(kind);
  return questionSystem(model, q, q.parse(pattern, model.W.length));
}

/** The patterns of a model found by enumeration, with their witnesses. */
export interface PatternEnumeration<T> {
  /** The patterns as text, sorted as the enumerations return them. */
  readonly patterns: string[];
  /** An exact witness of each pattern's system (`patternSystem`), re-checked. */
  readonly witnesses: T[][];
  /** Witnesses checked exactly (one per pattern). */
  readonly certificates: number;
  /** False when the enumeration stopped at `limit` before finding every pattern. */
  readonly complete: boolean;
}

/**
 * All `kind` patterns of a model (W k × d over F, optional bias) as text
 * (`"+-+"`, `"2,0,1"`, label index), each with an exact witness re-checked
 * here with `checkCertificate` against `patternSystem`: sign vectors by
 * `modelSignPatterns`, rankings by `modelRankingPatterns`, argmaxable labels
 * by one decision per label. `opts.limit` stops a sign or ranking
 * enumeration after that many patterns (`complete: false`). Throws
 * `RangeError` for a malformed model or limit, `Error` when a witness fails
 * its check (a bug).
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1], [-1, -1]].map((r) => r.map((v) => Q.fromRational(v)));
 * const e = enumerateModelPatterns({ F: Q, W }, 'ranking');
 * [e.patterns.length, e.certificates, e.complete]
 * // => [6, 6, true]
 * enumerateModelPatterns({ F: Q, W }, 'sign', { limit: 2 }).complete
 * // => false
 * ```
 */
export function enumerateModelPatterns<T>(model: Model<T>, kind: PatternKind, opts: { limit?: number } = {}): PatternEnumeration<T> {
  const e = enumerate(model, kind, opts.limit);
  e.patterns.forEach((p, t) => {
    const s = patternSystem(model, kind, p);
    if (!checkCertificate(model.F, s.A, s.B.length === 0 ? undefined : s.B, { kind: 'witness', x: e.witnesses[t] })) {
      throw new Error(`${kind} patterns: the witness of ${p} does not check`);
    }
  });
  return { ...e, certificates: e.patterns.length };
}

function enumerate<T>(model: Model<T>, kind: PatternKind, limit: number | undefined): { patterns: string[]; witnesses: T[][]; complete: boolean } {
  if (kind === 'argmax') {
    const q = questionOf(kind);
    const patterns: string[] = [];
    const witnesses: T[][] = [];
    model.W.forEach((_, i) => {
      const c = decideQuestion(model, q, i).decision.certificate;
      if (c.kind === 'witness') {
        patterns.push(q.format(i));
        witnesses.push(c.x);
      }
    });
    return { patterns, witnesses, complete: true };
  }
  if (kind === 'sign') {
    const e = modelSignPatterns(model, { limit });
    return { patterns: e.patterns.map(formatSignVector), witnesses: e.witnesses, complete: e.complete };
  }
  const e = modelRankingPatterns(model, { limit });
  return { patterns: e.rankings.map((r) => r.join(',')), witnesses: e.witnesses, complete: e.complete };
}

/** Options of `compareModelPatterns`. */
export interface ComparePatternsOptions {
  /** Certify every difference (at most `maxDifferences`), not only the first. */
  readonly all?: boolean;
  /** With `all`: certify at most this many differences (default: all of them). */
  readonly maxDifferences?: number;
}

/**
 * Compares the `kind` patterns of two models (same number of labels k, any
 * dimensions, each with or without a bias, one field F) exactly: enumerates
 * both completely (`enumerateModelPatterns`, every witness re-checked), and
 * for each difference (all of them with `opts.all`, at most
 * `opts.maxDifferences`, else the first) takes the enumeration's witness
 * and decides the pattern in the other model, whose infeasibility
 * certificate is checked too (`certifyModelPatternDifference`). `onlyIn`
 * always lists every difference. Throws `RangeError` when the numbers of
 * labels differ, and `Error` when a certificate fails its check or the
 * engines disagree (a bug). Source: Def. 5.1, 5.4; the comparisons of
 * L5.3, T5.5, T5.6, T H.1.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const c = compareModelPatterns('ranking', [{ F: Q, W: M([[0], [1], [2]]) }, { F: Q, W: M([[0], [2], [1]]) }], { all: true });
 * [c.same, c.onlyIn, c.differences.map((d) => [d.pattern, d.presentIn, d.infeasibility.kind])]
 * // => [false, [['0,1,2', '2,1,0'], ['0,2,1', '1,2,0']], [['0,1,2', 0, 'infeasible'], ['2,1,0', 0, 'infeasible'], ['0,2,1', 1, 'infeasible'], ['1,2,0', 1, 'infeasible']]]
 * compareModelPatterns('sign', [{ F: Q, W: M([[1]]) }, { F: Q, W: M([[1], [2]]) }])
 * // throws RangeError: 1 and 2 labels
 * ```
 */
export function compareModelPatterns<T>(kind: PatternKind, models: readonly [Model<T>, Model<T>], opts: ComparePatternsOptions = {}): PatternComparison<T> {
  const [k0, k1] = models.map((m) => m.W.length);
  if (k0 !== k1) throw new RangeError(`compare ${kind} patterns: the models have ${k0} and ${k1} labels`);
  const enumerations = models.map((m) => enumerateModelPatterns(m, kind));
  let certificates = enumerations[0].certificates + enumerations[1].certificates;
  const sets = enumerations.map((e) => new Set(e.patterns));
  const onlyIn = [enumerations[0].patterns.filter((p) => !sets[1].has(p)), enumerations[1].patterns.filter((p) => !sets[0].has(p))] as [string[], string[]];
  const cap = opts.all ? (opts.maxDifferences ?? Infinity) : 1;
  const differences: PatternDifference<T>[] = [];
  for (const presentIn of [0, 1] as const) {
    for (const pattern of onlyIn[presentIn]) {
      if (differences.length >= cap) break;
      const other = models[1 - presentIn];
      const d = decideQuestion(other, questionOf(kind), questionOf(kind).parse(pattern, k0)).decision;
      if (d.certificate.kind !== 'infeasible') throw new Error(`compare ${kind} patterns: ${pattern} was not enumerated in model ${1 - presentIn} but is feasible there`);
      const x = enumerations[presentIn].witnesses[enumerations[presentIn].patterns.indexOf(pattern)];
      const diff: PatternDifference<T> = { kind, pattern, presentIn, witness: { kind: 'witness', x }, infeasibility: d.certificate };
      if (!certifyModelPatternDifference(models, diff)) throw new Error(`compare ${kind} patterns: the certificates of ${pattern} do not check`);
      certificates += 2;
      differences.push(diff);
    }
  }
  return {
    kind,
    patterns: [enumerations[0].patterns, enumerations[1].patterns],
    witnesses: [enumerations[0].witnesses, enumerations[1].witnesses],
    onlyIn,
    same: onlyIn[0].length === 0 && onlyIn[1].length === 0,
    differences,
    certificates,
  };
}

/**
 * Independent exact re-check of a `PatternDifference` between two models:
 * the witness solves the pattern's system (`patternSystem`) in model
 * `presentIn` and the infeasibility certificate refutes it in the other
 * (`checkCertificate`). Never throws: false also for a pattern or a
 * certificate that does not fit the models.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const models = [{ F: Q, W: M([[0], [1], [2]]) }, { F: Q, W: M([[0], [2], [1]]) }] as const;
 * const [diff] = compareModelPatterns('ranking', models).differences;
 * [certifyModelPatternDifference(models, diff), certifyModelPatternDifference([models[1], models[0]], diff)]
 * // => [true, false]
 * ```
 */
export function certifyModelPatternDifference<T>(models: readonly [Model<T>, Model<T>], diff: PatternDifference<T>): boolean {
  const check = (m: Model<T>, c: Witness<T> | Infeasibility<T>) => {
    try {
      const s = patternSystem(m, diff.kind, diff.pattern);
      return checkCertificate(m.F, s.A, s.B.length === 0 ? undefined : s.B, c);
    } catch {
      return false; // a pattern or certificate that does not fit the model
    }
  };
  return (
    diff.witness.kind === 'witness' &&
    diff.infeasibility.kind === 'infeasible' &&
    check(models[diff.presentIn], diff.witness) &&
    check(models[1 - diff.presentIn], diff.infeasibility)
  );
}
