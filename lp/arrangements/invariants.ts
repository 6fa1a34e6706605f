/**
 * Exact invariants that every enumeration of S(W) and R(W) asserts on its own
 * result before returning it (issue 13, item 3): cheap necessary conditions
 * that a wrong answer of the engine — say a float witness returned without
 * its exact check — would break. A violation throws `Error` (an internal
 * error: the CLI prints `internal error: …` and exits 1), never an answer.
 *
 * - Cover (1965): a central arrangement of k hyperplanes whose normals span
 *   a space of dimension r has at most C(k, r) = `cover1965(k, r)` regions,
 *   the general-position count; so |S(W)| ≤ cover1965(k, rank W).
 * - Cover (1967): k points whose differences span dimension r have at most
 *   `cover1967(k, r)` linearly inducible rankings; so
 *   |R(W)| ≤ cover1967(k, rank DW), rank DW = rank of the rows w_i − w_0.
 *   (Both maxima are attained in general position: a small perturbation of
 *   W keeps every region, so no configuration has more.)
 * - Symmetry of a central arrangement: x ↦ −x maps regions to regions, so a
 *   complete S(W) is closed under negation and a complete R(W) under reversal.
 * - Every reported pattern is distinct and its witness x is re-checked
 *   exactly (sign(Wx) = s; the scores of x strictly in the ranking's order).
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { rank } from '../../src/linalg/echelon.ts';
import { dotSign } from '../../src/linalg/dot-sign.ts';
import { cover1965, cover1967 } from './counting/cover.ts';
import type { Sign } from '../queries/sign-vector.ts';

/** A found set of patterns with aligned witnesses (or none, for enumerations without witnesses). */
export interface FoundPatterns<P, T> {
  readonly patterns: readonly P[];
  readonly witnesses?: readonly (readonly T[])[];
  /** False when the enumeration stopped at a limit (then symmetry is not asserted). */
  readonly complete: boolean;
}

function violated(who: string, what: string): never {
  throw new Error(`${who}: ${what} (an internal error of the certified engine: no answer is given)`);
}

/**
 * Asserts the invariants of a sign-pattern enumeration of W (k × d over F):
 * at most `cover1965(k, rank W)` patterns, each a vector of k signs ±1,
 * all distinct, each witness x (d entries) with sign(Wx) equal to its
 * pattern exactly, and, when complete, S(W) = −S(W). Throws `Error` naming
 * the enumeration `who` and the violation; returns nothing.
 * Source: Cover (1965), Thm. 1; Def. 5.1.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const W = M([[1, 0], [0, 1]]);
 * assertSignPatternInvariants(Q, W, { patterns: [[1, 1], [-1, -1]], witnesses: M([[1, 1], [-1, -1]]), complete: true }, 'demo')
 * // => undefined
 * assertSignPatternInvariants(Q, W, { patterns: [[1, 1]], witnesses: M([[1, 1]]), complete: true }, 'demo')
 * // throws Error: -S(W)
 * assertSignPatternInvariants(Q, W, { patterns: [[1, -1]], witnesses: M([[1, 1]]), complete: false }, 'demo')
 * // throws Error: witness
 * ```
 */
export function assertSignPatternInvariants<T>(F: OrderedField<T>, W: Matrix<T>, found: FoundPatterns<readonly Sign[], T>, who: string): void {
  const k = W.length;
  const { patterns, witnesses } = found;
  const r = rank(F, W);
  const bound = cover1965(k, r);
  if (BigInt(patterns.length) > bound) {
    violated(who, `|S(W)| = ${patterns.length} exceeds Cover's bound ${bound} for k = ${k} vectors of rank ${r} (Cover 1965)`);
  }
  const keys = new Set<string>();
  patterns.forEach((s, i) => {
    if (s.length !== k || !s.every((v) => v === 1 || v === -1)) violated(who, `pattern ${i} is not a vector of ${k} signs ±1`);
    const key = s.join(',');
    if (keys.has(key)) violated(who, `pattern ${i} is reported twice`);
    keys.add(key);
    const x = witnesses?.[i];
    if (witnesses !== undefined && (x === undefined || !W.every((row, t) => row.length === x.length && dotSign(F, row, x) === s[t]))) {
      violated(who, `the witness of pattern ${i} does not give sign(Wx) = that pattern exactly`);
    }
  });
  if (found.complete) {
    patterns.forEach((s, i) => {
      if (!keys.has(s.map((v) => -v).join(','))) violated(who, `pattern ${i} is in S(W) but its negation is not, although S(W) = -S(W)`);
    });
  }
}

/**
 * Asserts the invariants of a ranking-pattern enumeration of W (k × d over
 * F): at most `cover1967(k, r)` rankings with r the rank of the differences
 * w_i − w_0, each a permutation of 0…k−1, all distinct, each witness x with
 * (w_a − w_b)·x > 0 exactly for every a ranked directly above b, and, when
 * complete, R(W) closed under reversal. Throws `Error` naming `who` and the
 * violation. Source: Cover (1967); Def. 5.4.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const W = M([[0], [1], [2]]);
 * assertRankingPatternInvariants(Q, W, { patterns: [[0, 1, 2], [2, 1, 0]], witnesses: M([[-1], [1]]), complete: true }, 'demo')
 * // => undefined
 * assertRankingPatternInvariants(Q, W, { patterns: [[0, 1, 2], [2, 1, 0], [1, 0, 2]], complete: false }, 'demo')
 * // throws Error: Cover's bound 2
 * assertRankingPatternInvariants(Q, W, { patterns: [[0, 1, 2]], witnesses: M([[1]]), complete: false }, 'demo')
 * // throws Error: witness
 * ```
 */
export function assertRankingPatternInvariants<T>(F: OrderedField<T>, W: Matrix<T>, found: FoundPatterns<readonly number[], T>, who: string): void {
  const k = W.length;
  const { patterns, witnesses } = found;
  const r = k < 2 ? 0 : rank(F, W.slice(1).map((row) => row.map((v, c) => F.sub(v, W[0][c]))));
  const bound = cover1967(k, r);
  if (BigInt(patterns.length) > bound) {
    violated(who, `|R(W)| = ${patterns.length} exceeds Cover's bound ${bound} for k = ${k} points whose differences have rank ${r} (Cover 1967)`);
  }
  // difference rows w_a − w_b, made once per ordered pair met
  const diff = new Map<number, T[]>();
  const diffRow = (a: number, b: number): T[] => {
    let row = diff.get(a * k + b);
    if (row === undefined) diff.set(a * k + b, (row = W[a].map((v, c) => F.sub(v, W[b][c]))));
    return row;
  };
  const keys = new Set<string>();
  patterns.forEach((pi, i) => {
    const seen = new Set(pi);
    if (pi.length !== k || seen.size !== k || !pi.every((l) => Number.isInteger(l) && l >= 0 && l < k)) violated(who, `ranking ${i} is not a permutation of the ${k} labels`);
    const key = pi.join(',');
    if (keys.has(key)) violated(who, `ranking ${i} is reported twice`);
    keys.add(key);
    const x = witnesses?.[i];
    if (witnesses === undefined) return;
    const ok = x !== undefined && W.every((row) => row.length === x.length) && pi.every((a, t) => t + 1 === k || dotSign(F, diffRow(a, pi[t + 1]), x) > 0);
    if (!ok) violated(who, `the witness of ranking ${i} does not score the labels strictly in that order`);
  });
  if (found.complete) {
    patterns.forEach((pi, i) => {
      if (!keys.has([...pi].reverse().join(','))) violated(who, `ranking ${i} is in R(W) but its reversal is not, although x ↦ -x reverses every ranking`);
    });
  }
}
