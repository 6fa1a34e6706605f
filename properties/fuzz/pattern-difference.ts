/**
 * Pattern comparisons of two unembeddings W0, W1 (no bias) for the §5 claims
 * and their conjectures: the matrix form of the model comparison of
 * `lp/arrangements/pattern-difference.ts` (sign patterns S, ranking patterns
 * R, argmaxable labels; every difference certified by a witness in one model
 * and a Gordan certificate in the other), and the exact text of a difference.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { findQuestion } from '../../lp/queries/registry.ts';
import {
  certifyModelPatternDifference, compareModelPatterns, enumerateModelPatterns, patternSystem,
  type ComparePatternsOptions, type PatternComparison, type PatternDifference, type PatternKind,
} from '../../lp/arrangements/pattern-difference.ts';
import { formatCertificate } from './format.ts';

export type { PatternComparison, PatternDifference, PatternKind };

/**
 * The rows of the strict system (no equations) whose feasibility means that W
 * (k × d, rows are labels) has the pattern (`patternSystem` of the model
 * {F, W}). Throws `SyntaxError`/`RangeError` naming the bad character, entry
 * or label.
 */
export function patternRows<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>, pattern: string): T[][] {
  return patternSystem({ F, W }, kind, pattern).A;
}

/**
 * All `kind` patterns of W (k × d) over F as text, each with an exact witness
 * re-checked against `patternRows` (`enumerateModelPatterns` of {F, W});
 * `certificates` counts those checks. Throws `Error` when a witness fails or
 * the enumeration stops early (a bug).
 */
export function enumerateCertifiedPatterns<T>(F: OrderedField<T>, kind: PatternKind, W: Matrix<T>): { patterns: string[]; witnesses: T[][]; certificates: number } {
  const e = enumerateModelPatterns({ F, W }, kind);
  if (!e.complete) throw new Error(`${kind} pattern enumeration stopped early`);
  return { patterns: e.patterns, witnesses: e.witnesses, certificates: e.certificates };
}

/**
 * Compares the `kind` patterns of W0 and W1 (same number of rows k, any
 * dimensions) over F exactly: `compareModelPatterns` of the models {F, W0}
 * and {F, W1} (every witness re-checked, each difference certified — all of
 * them with `opts.all`, else the first). Throws `RangeError` when the numbers
 * of rows differ, and `Error` when a certificate fails its check (a bug).
 */
export function comparePatterns<T>(F: OrderedField<T>, kind: PatternKind, W0: Matrix<T>, W1: Matrix<T>, opts: ComparePatternsOptions = {}): PatternComparison<T> {
  return compareModelPatterns(kind, [{ F, W: W0 }, { F, W: W1 }], opts);
}

/**
 * Independent exact re-check of a `PatternDifference` between models
 * [W0, W1]: the witness solves the pattern's system in model `presentIn` and
 * the infeasibility certificate refutes it in the other.
 */
export function certifyPatternDifference<T>(F: OrderedField<T>, models: readonly [Matrix<T>, Matrix<T>], diff: PatternDifference<T>): boolean {
  return certifyModelPatternDifference([{ F, W: models[0] }, { F, W: models[1] }], diff);
}

const KIND_TEXT: Record<PatternKind, string> = { sign: 'sign vector', ranking: 'ranking (top first)', argmax: 'top label' };

/** Readable exact text of a difference; `names` are the two models' names (e.g. `['W', "W'"]`). */
export function formatPatternDifference<T>(F: OrderedField<T>, diff: PatternDifference<T>, names: readonly [string, string]): string {
  return [
    `${KIND_TEXT[diff.kind]} ${diff.pattern} occurs in ${names[diff.presentIn]} but not in ${names[1 - diff.presentIn]} (rows ${findQuestion(diff.kind).option.rows}):`,
    `  witness in ${names[diff.presentIn]}: ${formatCertificate(F, diff.witness)}`,
    `  Gordan certificate in ${names[1 - diff.presentIn]}: ${formatCertificate(F, diff.infeasibility)}`,
  ].join('\n');
}
