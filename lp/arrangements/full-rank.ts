/**
 * Every pattern occurs, certified by a rank: when the label differences
 * w_i − w_{k−1} (i < k−1) are linearly independent — rank(DW) = rank of the
 * centered W = k − 1 — the map x ↦ (z_i − z_{k−1})_i of the logits z = Wx + b
 * is onto F^{k−1}, so every ranking of the k labels occurs: |R(W)| = k!, with
 * or without a bias (notes §4, Def. 5.4: "if the centered W has rank k − 1,
 * all k! rankings occur"; Cover 1967 at d ≥ k − 1). Likewise rank W = k makes
 * x ↦ Wx + b onto F^k, so S(W) = {±1}^k (Def. 5.1). One exact right inverse
 * (`columnRightInverse`) then gives an exact witness for any ranking or sign
 * vector without a decision: this is how R(W) of a real model with d ≫ k is
 * certified without enumerating k! regions of a 2 304-dimensional space.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Model } from '../../src/models/model.ts';
import { assertModel } from '../../src/models/model.ts';
import { columnRightInverse, solveOnColumns, type ColumnRightInverse } from '../../src/linalg/right-inverse.ts';
import type { Ranking } from '../queries/ranking.ts';
import type { Sign } from '../queries/sign-vector.ts';

/** A surjective logit map: a right inverse of the rows it is onto, and exact inputs for any target. */
export interface SurjectiveLogits<T, P> {
  /** How many patterns occur: k! rankings, or 2^k sign vectors. */
  readonly count: bigint;
  /** The right inverse of the rows (k − 1 differences, or the k rows of W): its columns and S⁻¹. */
  readonly rightInverse: ColumnRightInverse<T>;
  /** An exact input x (d entries) whose logits Wx + b have the pattern. */
  input(pattern: P): T[];
  /**
   * The witness of the pattern's question system (`rankingQuestion` / `signVectorQuestion`
   * of the registry): x without a bias, (x, 1) with one (the homogenised input).
   */
  witness(pattern: P): T[];
  /** The exact logits Wx + b at `input(pattern)` (k entries), as M·(target − offset) + b with M = W[:, columns]·S⁻¹ computed once (x is zero off the columns). */
  logits(pattern: P): T[];
  /**
   * Re-checks the certificate of every pattern at once, exactly: S·S⁻¹ = I for the block S
   * of the rows on the columns. Then the rows map `input(p)` to `target(p) − offset` for
   * every p (x is zero off the columns), so each pattern's input has the pattern's logit
   * differences (rankings) or logits (sign vectors).
   */
  check(): boolean;
}

function factorial(k: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(k); i++) f *= i;
  return f;
}

/** The shared part: exact inputs of a right inverse of `rows` (targets minus the bias part `offset`). */
function surjective<T, P>(
  model: Model<T>,
  rows: T[][],
  count: bigint,
  target: (p: P) => T[],
  offset: T[],
): SurjectiveLogits<T, P> | null {
  const { F, W, bias } = model;
  const r = columnRightInverse(F, rows);
  if (r === null) return null;
  const d = W[0].length;
  const input = (p: P) => solveOnColumns(F, r, d, target(p).map((v, i) => F.sub(v, offset[i])));
  // Wx + b = M (target − offset) + b with M = W[:, columns]·S⁻¹ (k × m), computed once.
  const dotRow = (a: readonly T[], v: readonly T[]) => a.reduce((acc, x, t) => F.add(acc, F.mul(x, v[t])), F.zero);
  const M = W.map((w) => r.columns.map((_, u) => dotRow(r.columns.map((c) => w[c]), r.inverse.map((row) => row[u]))));
  const constant = M.map((row, i) => F.sub(bias === undefined ? F.zero : bias[i], dotRow(row, offset)));
  const logits = (p: P) => {
    const t = target(p);
    return M.map((row, i) => F.add(dotRow(row, t), constant[i]));
  };
  const check = () =>
    rows.every((row, i) => r.columns.every((_, u) => F.equals(dotRow(r.columns.map((c) => row[c]), r.inverse.map((inv) => inv[u])), i === u ? F.one : F.zero)));
  return { count, rightInverse: r, input, witness: (p) => (bias === undefined ? input(p) : [...input(p), F.one]), logits, check };
}

/**
 * Every ranking of the k labels occurs, certified by rank: returns
 * `SurjectiveLogits` when the k − 1 differences w_i − w_{k−1} of the model
 * (W k × d over F, optional bias) are linearly independent (decided exactly),
 * else `null` — and then some ranking does not occur (a braid arrangement of
 * rank < k − 1 has fewer than k! regions; `modelRankingPatterns` lists which
 * do). `input(π)` gives label π_t the logit c + k − 1 − t for one constant c (exactly):
 * the differences to the last label are fixed, its own logit is what x gives it.
 * Throws `RangeError` for a malformed model or a ranking that is not a
 * permutation of 0 … k−1. Source: notes §4 (Def. 5.4), Cover (1967).
 *
 * @example
 * ```ts
 * const W = [[1, 0], [0, 1], [0, 0]].map((r) => r.map((v) => Q.fromRational(v)));
 * const all = allRankingsByRank({ F: Q, W });
 * [all.count, all.logits([2, 0, 1]).map((v) => Q.format(v))]
 * // => [6n, ['-1', '-2', '0']]
 * allRankingsByRank({ F: Q, W: [[0], [1], [2]].map((r) => r.map((v) => Q.fromRational(v))) })
 * // => null
 * ```
 */
export function allRankingsByRank<T>(model: Model<T>): SurjectiveLogits<T, Ranking> | null {
  assertModel(model, 'allRankingsByRank');
  const { F, W, bias } = model;
  const k = W.length;
  const last = W[k - 1];
  const rows = W.slice(0, -1).map((w) => w.map((v, c) => F.sub(v, last[c])));
  const offset = bias === undefined ? rows.map(() => F.zero) : bias.slice(0, -1).map((b) => F.sub(b, bias[k - 1]));
  return surjective<T, Ranking>(model, rows, factorial(k), (ranking) => rankingScores(F, ranking, k), offset);
}

/** Scores k−1−t for the label at position t of π, as differences to the last label's score. */
function rankingScores<T>(F: OrderedField<T>, ranking: readonly number[], k: number): T[] {
  if (ranking.length !== k || new Set(ranking).size !== k || ranking.some((l) => !Number.isInteger(l) || l < 0 || l >= k)) {
    throw new RangeError(`allRankingsByRank: [${ranking.join(', ')}] is not a ranking of the k = ${k} labels (a permutation of 0 … ${k - 1})`);
  }
  const score = new Array<number>(k);
  ranking.forEach((l, t) => { score[l] = k - 1 - t; });
  return score.slice(0, -1).map((s) => F.fromRational(s - score[k - 1]));
}

/**
 * Every sign vector occurs, certified by rank: returns `SurjectiveLogits`
 * when the k rows of W (k × d over F) are linearly independent (decided
 * exactly; needs d ≥ k), else `null` — and then some sign vector does not
 * occur (a dependency cᵀW = 0 fixes the sign of cᵀ(Wx + b)). With a bias b
 * too: `input(s)` solves
 * Wx + b = s exactly (s ∈ {±1}^k). Throws `RangeError` for a malformed model
 * or a sign vector of the wrong length. Source: notes §4 (Def. 5.1: "when
 * d ≥ k (and rank k) it is all of {±1}^k").
 *
 * @example
 * ```ts
 * const W = [[1, 1, 0], [0, 1, 1]].map((r) => r.map((v) => Q.fromRational(v)));
 * const all = allSignVectorsByRank({ F: Q, W, bias: [Q.fromRational(5), Q.zero] });
 * [all.count, all.logits([-1, 1]).map((v) => Q.format(v))]
 * // => [4n, ['-1', '1']]
 * allSignVectorsByRank({ F: Q, W: [[1], [2]].map((r) => r.map((v) => Q.fromRational(v))) })
 * // => null
 * ```
 */
export function allSignVectorsByRank<T>(model: Model<T>): SurjectiveLogits<T, readonly Sign[]> | null {
  assertModel(model, 'allSignVectorsByRank');
  const { F, W, bias } = model;
  const k = W.length;
  const target = (s: readonly Sign[]) => {
    if (s.length !== k || s.some((v) => v !== 1 && v !== -1)) throw new RangeError(`allSignVectorsByRank: a sign vector needs k = ${k} entries ±1, got [${s.join(', ')}]`);
    return s.map((v) => F.fromRational(v));
  };
  return surjective<T, readonly Sign[]>(model, W.map((w) => w.slice()), 2n ** BigInt(k), target, bias === undefined ? W.map(() => F.zero) : bias.slice());
}
