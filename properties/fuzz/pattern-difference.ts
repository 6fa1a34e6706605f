/**
 * Exact comparison of the patterns of two models, with certificates for
 * every difference: sign patterns S (Def. 5.1), ranking patterns R
 * (Def. 5.4) and argmaxable labels (Grivas et al. 2022). A difference is a
 * pattern with an exact witness in the model that has it and a
 * Gordan/Motzkin infeasibility certificate in the model that has not.
 * Used by the §5 claims (L5.3, T5.5, T5.6, T H.1) and their conjectures.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { checkCertificate, type Infeasibility, type Witness } from '../../lp/engine/certificate.ts';
import type { Decision } from '../../lp/engine/strict-system.ts';
import { formatSignVector } from '../../lp/queries/sign-vector.ts';
import { enumerateSignPatterns } from '../../lp/arrangements/sign-patterns.ts';
import { enumerateRankingPatterns } from '../../lp/arrangements/ranking-patterns.ts';
import { findQuestion } from '../../lp/queries/registry.ts';
import { decideQuestion, questionSystem, type AnyQuestion } from '../../lp/queries/question.ts';
import { formatCertificate } from './format.ts';

/** Which patterns: sign vectors, rankings, or argmaxable labels. */
export type PatternKind = 'sign' | 'ranking' | 'argmax';

/**
 * A pattern that one model has and the other has not: `pattern` is its text
 * (`"+-+"`, `"2,0,1"`, or the label index), `presentIn` the model (0 or 1)
 * with the witness, the other model with the infeasibility certificate, both
 * for the systems `patternRows(kind, …)`.
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
  /** Certified differences: all of them with `all`, else the first (or none when `same`). */
  readonly differences: PatternDifference<T>[];
  /** Exact certificates checked: every enumeration witness plus both certificates of each difference. */
  readonly certificates: number;
}

/** The question of the registry behind a pattern kind (`sign`, `ranking`, `argmax`). */
const questionOf = (kind: PatternKind): AnyQuestion => findQuestion(kind);

/**
 * The rows of the strict system (no equations) whose feasibility means that W
 * (k × d, rows are labels) has the pattern: those of the registry's question
 * `kind` (`lp/queries/`): rows s_i·w_i (sign), w_{π_t} − w_{π_{t+1}}
 * (ranking) or w_i − w_j, j ≠ i (argmax). `pattern` is its text, parsed by
 * the question: `"+-+"` (k characters), `"2,0,1"` (a permutation of
 * 0 … k−1, top first) or a label index. Throws `SyntaxError`/`RangeError`
 * naming the bad character, entry or label.
 */
export function patternRows<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>, pattern: string): T[][] {
  const q = questionOf(kind);
  return questionSystem({ F, W }, q, q.parse(pattern, W.length)).A;
}

function decidePattern<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>, pattern: string): Decision<T> {
  const q = questionOf(kind);
  return decideQuestion({ F, W }, q, q.parse(pattern, W.length)).decision;
}

/** All patterns of W with an exact witness each (enumeration must be complete). */
function enumeratePatterns<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>): { patterns: string[]; witnesses: T[][] } {
  if (kind === 'argmax') {
    const q = questionOf(kind);
    const patterns: string[] = [];
    const witnesses: T[][] = [];
    W.forEach((_, i) => {
      const d = decideQuestion({ F, W }, q, i).decision;
      if (d.certificate.kind === 'witness') {
        patterns.push(q.format(i));
        witnesses.push(d.certificate.x);
      }
    });
    return { patterns, witnesses };
  }
  if (kind === 'sign') {
    const e = enumerateSignPatterns(F, W);
    if (!e.complete) throw new Error('sign pattern enumeration stopped early');
    return { patterns: e.patterns.map(formatSignVector), witnesses: e.witnesses };
  }
  const e = enumerateRankingPatterns(F, W);
  if (!e.complete) throw new Error('ranking pattern enumeration stopped early');
  return { patterns: e.rankings.map((r) => r.join(',')), witnesses: e.witnesses };
}

/**
 * All `kind` patterns of W (k × d) over F as text (`"+-+"`, `"2,0,1"`, label
 * index), sorted as the enumerations return them, each with an exact witness
 * that is re-checked here with `checkCertificate` against `patternRows`;
 * `certificates` counts those checks. Throws `Error` when a witness fails or
 * an enumeration stops early (a bug).
 */
export function enumerateCertifiedPatterns<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>): { patterns: string[]; witnesses: T[][]; certificates: number } {
  const e = enumeratePatterns(F, kind, W);
  e.patterns.forEach((p, t) => {
    if (!checkCertificate(F, patternRows(F, kind, W, p), undefined, { kind: 'witness', x: e.witnesses[t] })) {
      throw new Error(`${kind} patterns: the witness of ${p} does not check`);
    }
  });
  return { ...e, certificates: e.patterns.length };
}

/**
 * Compares the `kind` patterns of W0 and W1 (same number of rows k, any
 * dimensions) over F exactly: enumerates both (every witness re-checked with
 * `checkCertificate` against `patternRows`), and for each difference (all of
 * them with `opts.all`, else the first) takes the enumeration's witness and
 * decides the pattern in the other model, whose infeasibility certificate is
 * checked too. Throws `RangeError` when the numbers of rows differ, and
 * `Error` when a certificate fails its check or the engines disagree (a bug).
 */
export function comparePatterns<T>(F: OrderedField<T>, kind: PatternKind, W0: Matrix<T>, W1: Matrix<T>, opts: { all?: boolean } = {}): PatternComparison<T> {
  if (W0.length !== W1.length) throw new RangeError(`compare ${kind} patterns: the models have ${W0.length} and ${W1.length} rows (labels)`);
  const models = [W0, W1] as const;
  const enumerations = models.map((W) => enumerateCertifiedPatterns(F, kind, W));
  let certificates = enumerations[0].certificates + enumerations[1].certificates;
  const sets = enumerations.map((e) => new Set(e.patterns));
  const onlyIn = [enumerations[0].patterns.filter((p) => !sets[1].has(p)), enumerations[1].patterns.filter((p) => !sets[0].has(p))] as [string[], string[]];
  const differences: PatternDifference<T>[] = [];
  for (const presentIn of [0, 1] as const) {
    for (const pattern of onlyIn[presentIn]) {
      if (!opts.all && differences.length > 0) break;
      const other = models[1 - presentIn];
      const d = decidePattern(F, kind, other, pattern);
      if (d.certificate.kind !== 'infeasible') throw new Error(`compare ${kind} patterns: ${pattern} was not enumerated in model ${1 - presentIn} but is feasible there`);
      const x = enumerations[presentIn].witnesses[enumerations[presentIn].patterns.indexOf(pattern)];
      const diff: PatternDifference<T> = { kind, pattern, presentIn, witness: { kind: 'witness', x }, infeasibility: d.certificate };
      if (!certifyPatternDifference(F, [W0, W1], diff)) throw new Error(`compare ${kind} patterns: the certificates of ${pattern} do not check`);
      certificates += 2;
      differences.push(diff);
    }
  }
  return { kind, patterns: [enumerations[0].patterns, enumerations[1].patterns], witnesses: [enumerations[0].witnesses, enumerations[1].witnesses], onlyIn, same: onlyIn[0].length === 0 && onlyIn[1].length === 0, differences, certificates };
}

/**
 * Independent exact re-check of a `PatternDifference` between models
 * [W0, W1]: the witness solves the pattern's system in model `presentIn` and
 * the infeasibility certificate refutes it in the other (`checkCertificate`
 * on `patternRows`).
 */
export function certifyPatternDifference<T>(F: OrderedField<T>, models: readonly [Matrix<T>, Matrix<T>], diff: PatternDifference<T>): boolean {
  const has = models[diff.presentIn];
  const hasNot = models[1 - diff.presentIn];
  return (
    diff.witness.kind === 'witness' &&
    diff.infeasibility.kind === 'infeasible' &&
    checkCertificate(F, patternRows(F, diff.kind, has, diff.pattern), undefined, diff.witness) &&
    checkCertificate(F, patternRows(F, diff.kind, hasNot, diff.pattern), undefined, diff.infeasibility)
  );
}

const KIND_TEXT: Record<PatternKind, string> = { sign: 'sign vector', ranking: 'ranking (top first)', argmax: 'top label' };

/** Readable exact text of a difference; `names` are the two models' names (e.g. `['W', "W'"]`). */
export function formatPatternDifference<T>(F: OrderedField<T>, diff: PatternDifference<T>, names: readonly [string, string]): string {
  return [
    `${KIND_TEXT[diff.kind]} ${diff.pattern} occurs in ${names[diff.presentIn]} but not in ${names[1 - diff.presentIn]} (rows ${questionOf(diff.kind).option.rows}):`,
    `  witness in ${names[diff.presentIn]}: ${formatCertificate(F, diff.witness)}`,
    `  Gordan certificate in ${names[1 - diff.presentIn]}: ${formatCertificate(F, diff.infeasibility)}`,
  ].join('\n');
}
