/**
 * The question "is the sign vector s in S(W)?" (Def. 5.1; notes §4): can the
 * logits of some input have exactly the signs s ∈ {±1}^k? Sign vectors are
 * written as strings over `+`/`-` in row order. Rows s_i·w_i, i = 0 … k−1.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import type { Decision } from '../engine/strict-system.ts';
import { signedLogit } from './logit-system.ts';
import { decideQuestion, questionSystem, type Question } from './question.ts';

/** One strict sign. */
export type Sign = 1 | -1;
/** A sign vector in {±1}^k: entry i is the sign of (Wx)_i. */
export type SignVector = Sign[];

/**
 * The text of a sign vector, one character per entry: `+` for 1, `-` for −1
 * (e.g. `[1, -1, 1]` → `"+-+"`). Throws `TypeError` naming the position of
 * an entry that is neither 1 nor −1.
 *
 * @example
 * ```ts
 * formatSignVector([1, -1, 1])
 * // => '+-+'
 * formatSignVector([1, 0 as Sign])
 * // throws TypeError: entry 1 is 0
 * ```
 */
export function formatSignVector(s: readonly Sign[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === 1) out += '+';
    else if (s[i] === -1) out += '-';
    else throw new TypeError(`sign vector: entry ${i} is ${String(s[i])}, expected 1 or -1`);
  }
  return out;
}

/**
 * Parses a sign vector of length k from a string over `+`/`-` (inverse of
 * `formatSignVector`). Throws `RangeError` when k is not a non-negative
 * integer or the string does not have k characters, and `SyntaxError` naming
 * the first character (and its position) that is not `+` or `-`.
 *
 * @example
 * ```ts
 * parseSignVector('+-+', 3)
 * // => [1, -1, 1]
 * parseSignVector('+-', 3)
 * // throws RangeError: has 2 entries, expected k = 3
 * parseSignVector('+x+', 3)
 * // throws SyntaxError: character "x" at position 1
 * ```
 */
export function parseSignVector(text: string, k: number): SignVector {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`sign vector: length k must be a non-negative integer, got ${k}`);
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '+' && chars[i] !== '-') {
      throw new SyntaxError(`sign vector ${JSON.stringify(text)}: character ${JSON.stringify(chars[i])} at position ${i} is not '+' or '-'`);
    }
  }
  if (chars.length !== k) throw new RangeError(`sign vector ${JSON.stringify(text)}: has ${chars.length} entries, expected k = ${k}`);
  return chars.map((c) => (c === '+' ? 1 : -1));
}

/** Throws `RangeError`/`TypeError` unless s is a sign vector of length k. */
function assertSignVector(s: readonly Sign[], k: number, what: string): void {
  if (!Array.isArray(s) || s.length !== k) throw new RangeError(`${what}: sign vector has ${Array.isArray(s) ? s.length : 'no'} entries, W has k = ${k} rows`);
  s.forEach((v, i) => {
    if (v !== 1 && v !== -1) throw new TypeError(`${what}: sign vector entry ${i} is ${String(v)}, expected 1 or -1`);
  });
}

/**
 * The question "is s in S(W)?": strict rows s_i·z_i, i = 0 … k−1 (with a
 * bias (s_i w_i, s_i b_i) and the row (0, …, 0, 1)). Argument text: one `+`
 * or `-` per label (`decide --sign +-+`).
 *
 * @example
 * ```ts
 * signVectorQuestion.system([1, -1], 2).strict
 * // => [{ kind: 'logit', label: 0, sign: 1 }, { kind: 'logit', label: 1, sign: -1 }]
 * signVectorQuestion.describe([1, -1], 2)
 * // => 'sign vector +- in S(W)? rows s_i·w_i, i = 0 … 1'
 * ```
 */
export const signVectorQuestion: Question<SignVector> = {
  name: 'sign',
  option: { flag: '--sign', value: 'signs', help: "sign vector, one '+' or '-' per row of W: is it in S(W)?", rows: 's_i·w_i, i = 0 … k−1' },
  summary: 'a sign vector',
  parse: (text, k) => parseSignVector(text, k),
  format: (s) => formatSignVector(s),
  system(s, k) {
    assertSignVector(s, k, 'sign vector');
    return { strict: s.map((v, i) => signedLogit(i, v)), equal: [] };
  },
  describe: (s, k) => `sign vector ${formatSignVector(s)} in S(W)? rows s_i·w_i, i = 0 … ${k - 1}`,
  answer: (s, feasible) => (feasible ? `some input gives logits with the signs ${formatSignVector(s)}` : `no input gives logits with the signs ${formatSignVector(s)}`),
};

/**
 * The rows s_i·w_i of the strict system sign(Wx) = s, for W k × d over F
 * and s ∈ {±1}^k: s ∈ S(W) iff some x has (s_i w_i)ᵀx > 0 for all i
 * (`signVectorQuestion` on the model (F, W)). Throws `RangeError` when W is
 * not rectangular or s has the wrong length, `TypeError` naming an entry of
 * s that is not ±1.
 *
 * @example
 * ```ts
 * const W = [[1, 2], [3, 4]].map((r) => r.map((v) => Q.fromRational(v)));
 * signVectorRows(Q, W, [1, -1]).map((r) => r.map((v) => Q.format(v)))
 * // => [['1', '2'], ['-3', '-4']]
 * signVectorRows(Q, W, [1])
 * // throws RangeError: sign vector has 1 entries, W has k = 2 rows
 * ```
 */
export function signVectorRows<T>(F: OrderedField<T>, W: Matrix<T>, s: readonly Sign[]): T[][] {
  return questionSystem({ F, W }, signVectorQuestion, s as SignVector).A;
}

/**
 * Certified decision whether s ∈ S(W) (Def. 5.1), W k × d over F: a witness
 * x (d entries) with sign(Wx) = s, or y ≥ 0, y ≠ 0 with Σ y_i s_i w_i = 0
 * (Gordan). Errors as `signVectorRows`.
 *
 * @example
 * ```ts
 * const W = [[1, 0], [-1, 0]].map((r) => r.map((v) => Q.fromRational(v)));
 * decideSignVector(Q, W, [1, 1]).feasible
 * // => false
 * decideSignVector(Q, W, [1, -1]).feasible
 * // => true
 * ```
 */
export function decideSignVector<T>(F: OrderedField<T>, W: Matrix<T>, s: readonly Sign[]): Decision<T> {
  return decideQuestion({ F, W }, signVectorQuestion, s as SignVector).decision;
}
