/**
 * Sign patterns S(W) (Def. 5.1; notes §4): the sign vectors sign(Wx) with no
 * zero entry, i.e. the label combinations a sigmoid classifier with
 * unembedding W can output. Every answer is certified by an exact witness or
 * an exact Gordan certificate (`decideStrictSystem`).
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import type { Model } from '../../src/models/model.ts';
import { homogenise } from '../../src/models/model.ts';
import { realisedWithBias } from './internal/affine-filter.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import { decideSignVector, formatSignVector, signVectorQuestion, type Sign, type SignVector } from '../queries/sign-vector.ts';
import { parallelClasses } from './internal/parallel-classes.ts';
import { pointOffHyperplanes } from './internal/generic-point.ts';
import { dotSign } from '../../src/linalg/dot-sign.ts';
import { decideStrictFast, unitFloatRows } from '../engine/nearest-point.ts';
import { isRefuted } from './internal/refutations.ts';
import { regionSearch } from './internal/region-search.ts';
import type { EnumerationOptions } from './enumeration-options.ts';
import { assertSignPatternInvariants } from './invariants.ts';

/** Result of `enumerateSignPatterns`. */
export interface SignPatternEnumeration<T> {
  /** Sign vectors of S(W), sorted by their `formatSignVector` string. */
  patterns: SignVector[];
  /** `witnesses[i]`: an exact x (d entries) with sign(Wx) = patterns[i]. */
  witnesses: T[][];
  /**
   * Number of strict systems the search solved (certified decisions, "LPs");
   * candidates refuted by a Gordan certificate found earlier are not counted.
   */
  lps: number;
  /** False when the search stopped at `limit` before finding all of S(W). */
  complete: boolean;
}

/**
 * All of S(W) for W k × d over F, with exact witnesses, by an
 * output-sensitive search over adjacent regions (not 2^k brute force).
 *
 * Rows are grouped exactly into hyperplanes (positive and negative multiples
 * of one row form one group; their signs are tied); a zero row makes S(W)
 * empty (no LP). The start region is that of an exact point off every
 * hyperplane (moment curve, `pointOffHyperplanes`). Breadth-first search:
 * from a region, the sign vector with one group flipped is decided by one
 * certified decision on one row per group (a float nearest-point solve whose
 * witness or Gordan certificate is checked exactly, else
 * `decideStrictSystem`), unless it was already found feasible or infeasible,
 * or a Gordan certificate found earlier already refutes it (its support
 * carries the same signs; `patterns-refutations.ts`). The region graph (adjacency
 * across one hyperplane) of a central arrangement is connected, so every
 * region is reached; each region costs at most (number of groups) ≤ k
 * decisions. Parallel and anti-parallel rows, rank-deficient W and d ≥ k are
 * handled (k = 0 gives the single empty sign vector).
 *
 * `opts.limit` stops the search once that many patterns are found
 * (`complete: false`); `opts.onProgress(found)` is called after each new
 * pattern. Returns patterns sorted by `formatSignVector`, witnesses aligned.
 * Throws `RangeError` when W is not rectangular or limit is not a positive
 * integer. Source: Def. 5.1; Edelsbrunner, Algorithms in Combinatorial
 * Geometry (1987) for the region graph of an arrangement.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const e = enumerateSignPatterns(Q, M([[1, 0], [0, 1], [1, 1]]));
 * [e.patterns.map(formatSignVector), e.complete]
 * // => [['+++', '+-+', '+--', '-++', '-+-', '---'], true]
 * enumerateSignPatterns(Q, M([[1, 0], [0, 1]]), { limit: 1 }).complete
 * // => false
 * ```
 */
export function enumerateSignPatterns<T>(
  F: OrderedField<T>,
  W: Matrix<T>,
  opts: EnumerationOptions = {},
): SignPatternEnumeration<T> {
  assertRectangular(W, 'enumerateSignPatterns: W');
  const limit = opts.limit ?? Infinity;
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw new RangeError(`enumerateSignPatterns: limit must be a positive integer, got ${limit}`);
  const [k, d] = shape(W);
  const { zeroRows, classes } = parallelClasses(F, W);
  if (zeroRows.length > 0) return { patterns: [], witnesses: [], lps: 0, complete: true };
  const reps = classes.map((c) => W[c.members[0]]);
  const negReps = reps.map((row) => row.map((v) => F.neg(v)));
  const g = reps.length;
  const expand = (sigma: readonly Sign[]): SignVector => {
    const s: Sign[] = new Array(k);
    classes.forEach((c, h) => c.members.forEach((i, t) => { s[i] = (c.orient[t] * sigma[h]) as Sign; }));
    return s;
  };
  const x0 = pointOffHyperplanes(F, reps, d);
  const sigma0 = reps.map((row) => dotSign(F, row, x0) as Sign);
  const unit = unitFloatRows(F, reps);
  const unitNeg = unit?.map((row) => row.map((v) => -v));
  // A state is a sign vector over the classes and the class flipped to reach it (a stored
  // refutation that rules it out must involve that class: the region it came from is feasible).
  type State = { sigma: Sign[]; flipped: number };
  const rows = (sigma: readonly Sign[]) => sigma.map((v, t) => (v === 1 ? reps[t] : negReps[t]));
  const unitRows = (sigma: readonly Sign[]) => (unit && unitNeg ? sigma.map((v, t) => (v === 1 ? unit[t] : unitNeg[t])) : undefined);
  const { regions, lps, complete } = regionSearch<T, State>(
    {
      start: { sigma: sigma0, flipped: -1 },
      startWitness: x0,
      key: (st) => formatSignVector(st.sigma),
      *neighbours({ sigma }) {
        for (let h = 0; h < g; h++) {
          const flipped = sigma.slice();
          flipped[h] = -flipped[h] as Sign;
          yield { sigma: flipped, flipped: h };
        }
      },
      coordinates: g,
      refuted: (store, { sigma, flipped }) => isRefuted(store, [flipped], (t) => sigma[t]),
      decide: ({ sigma }) => decideStrictFast(F, rows(sigma), d, unitRows(sigma), opts.solvers),
      refutation: ({ sigma }, y) => {
        const support = sigma.map((_, t) => t).filter((t) => F.sign(y[t]) > 0);
        return { support, signs: support.map((t) => sigma[t]) };
      },
    },
    limit,
    opts.onProgress,
  );
  const out = regions.map(({ state, x }) => ({ s: expand(state.sigma), x }));
  const keyed = out.map((o) => ({ ...o, key: formatSignVector(o.s) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = { patterns: keyed.map((o) => o.s), witnesses: keyed.map((o) => o.x), lps, complete };
  assertSignPatternInvariants(F, W, result, 'enumerateSignPatterns');
  return result;
}

/**
 * S(W) by brute force: all 2^k sign vectors, each decided by
 * `decideSignVector` (2^k certified decisions). For cross-checks with small
 * k only; throws `RangeError` when k > 20 or W is not rectangular.
 * Returns the feasible sign vectors sorted by `formatSignVector`.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * bruteForceSignPatterns(Q, M([[1, 0], [0, 1], [1, 1]])).map(formatSignVector)
 * // => ['+++', '+-+', '+--', '-++', '-+-', '---']
 * ```
 */
export function bruteForceSignPatterns<T>(F: OrderedField<T>, W: Matrix<T>): SignVector[] {
  assertRectangular(W, 'bruteForceSignPatterns: W');
  const k = W.length;
  if (k > 20) throw new RangeError(`bruteForceSignPatterns: k = ${k} is too large for 2^k decisions (at most 20)`);
  const out: SignVector[] = [];
  // counting up from code 0 (all plus; bit k−1−i set = entry i is '-') gives the '+' < '-' string order directly
  for (let code = 0; code < 2 ** k; code++) {
    const s: Sign[] = Array.from({ length: k }, (_, i) => ((code >> (k - 1 - i)) & 1 ? -1 : 1));
    if (decideSignVector(F, W, s).feasible) out.push(s);
  }
  assertSignPatternInvariants(F, W, { patterns: out, complete: true }, 'bruteForceSignPatterns');
  return out;
}

/**
 * The sign patterns of a model (W k × d over F, optional bias b of k
 * entries): the sign vectors of its logits Wx + b over all inputs x, with
 * exact witnesses. Without a bias this is `enumerateSignPatterns(F, W)`.
 * With a bias the candidates are S([W | b]) (the homogenisation of
 * `homogenise`; every sign vector of Wx + b is one at t = 1), and each is
 * re-decided as `signVectorQuestion` on the model, i.e. with the extra row
 * (0, …, 0, 1) asking t > 0: the kept ones carry witnesses (x, t) (the input
 * is x/t) and `lps` counts the extra decisions. Options and errors as
 * `enumerateSignPatterns`; `RangeError` for a malformed model.
 * Source: Def. 5.1; the homogenisation of Grivas, Bogoychev & Lopez (2022).
 *
 * @example
 * ```ts
 * const W = [[1], [1]].map((r) => r.map((v) => Q.fromRational(v)));
 * modelSignPatterns({ F: Q, W }).patterns.map(formatSignVector)
 * // => ['++', '--']
 * modelSignPatterns({ F: Q, W, bias: [1, -1].map((v) => Q.fromRational(v)) }).patterns.map(formatSignVector)
 * // => ['++', '+-', '--']
 * ```
 */
export function modelSignPatterns<T>(model: Model<T>, opts: EnumerationOptions = {}): SignPatternEnumeration<T> {
  const { rows } = homogenise(model);
  const e = enumerateSignPatterns(model.F, rows, opts);
  if (model.bias === undefined) return e;
  const { kept, witnesses } = realisedWithBias(model, signVectorQuestion, e.patterns, opts.solvers);
  assertSignPatternInvariants(model.F, rows, { patterns: kept, witnesses, complete: false }, 'modelSignPatterns');
  return { patterns: kept, witnesses, lps: e.lps + e.patterns.length, complete: e.complete };
}
