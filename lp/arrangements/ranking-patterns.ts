/**
 * Ranking patterns R(W) (Def. 5.4; notes §4): the rankings of all labels
 * that a softmax classifier with unembedding W can produce. Two routes: the
 * chain of k − 1 constraints per ranking, searched over adjacent
 * transpositions, and R(W) = S(DW) through the sign-pattern engine. Every
 * answer is certified by an exact witness or an exact Gordan certificate.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import type { Model } from '../../src/models/model.ts';
import { homogenise } from '../../src/models/model.ts';
import { realisedWithBias } from './internal/affine-filter.ts';
import { assertRectangular, shape } from '../../src/linalg/matrix.ts';
import { braidDifferences, braidPairs } from '../../src/linalg/braid.ts';
import { rankingQuestion, rankingRows, type Ranking } from '../queries/ranking.ts';
import { enumerateSignPatterns } from './sign-patterns.ts';
import type { Sign } from '../queries/sign-vector.ts';
import { pointOffHyperplanes } from './internal/generic-point.ts';
import { decideStrictFast, unitFloatRows } from '../engine/nearest-point.ts';
import { isRefuted } from './internal/refutations.ts';
import { regionSearch } from './internal/region-search.ts';
import type { EnumerationOptions } from './enumeration-options.ts';
import { assertRankingPatternInvariants } from './invariants.ts';
import { crossings, hasEqualRows, scoresOf, tieGroups, type Crossing } from './internal/ranking-moves.ts';

/** Result of `enumerateRankingPatterns`. */
export interface RankingPatternEnumeration<T> {
  /** Rankings of R(W), sorted lexicographically. */
  rankings: Ranking[];
  /** `witnesses[i]`: an exact x (d entries) ranking the labels as rankings[i] (strictly). */
  witnesses: T[][];
  /**
   * Number of strict systems the search solved (certified decisions, "LPs");
   * candidates refuted by a Gordan certificate found earlier are not counted.
   */
  lps: number;
  /** False when the search stopped at `limit` before finding all of R(W). */
  complete: boolean;
}

/** Float unit chain rows of a ranking from the float unit rows of DW (row of pair {a, b} = w_a − w_b for a < b). */
function chainUnitRows(ranking: readonly number[], pairIndex: readonly (readonly number[])[], unitDiff: readonly (readonly number[])[]): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t + 1 < ranking.length; t++) {
    const [a, b] = [ranking[t], ranking[t + 1]];
    const u = unitDiff[pairIndex[a][b]];
    rows.push(a < b ? u.slice() : u.map((v) => -v));
  }
  return rows;
}

/** Lexicographic order of rankings. */
function compareRankings(a: readonly number[], b: readonly number[]): number {
  for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return a[t] - b[t];
  return 0;
}

/**
 * All of R(W) for W k × d over F, with exact witnesses, by an
 * output-sensitive search over adjacent ranking regions (Def. 5.4).
 *
 * Two equal rows make R(W) empty (they always tie; no LP). The ranking
 * regions are the regions of the arrangement {(w_i − w_j)ᵀx = 0}; pairs whose
 * differences are parallel (found exactly) share one hyperplane H, and the
 * labels they join fall into tie groups (labels whose scores coincide on H).
 * Crossing H out of the region of a ranking π reverses each tie group, which
 * must be a contiguous block of π (otherwise a label strictly between two
 * tied labels would tie too, so H is no facet of π and no LP is needed). In
 * general position every H is one pair and the move is the adjacent
 * transposition of positions t, t+1. The start ranking sorts the scores Wx at
 * an exact point x off every hyperplane. Breadth-first search: each candidate
 * neighbour is decided by one certified decision on its chain rows (a float
 * nearest-point solve whose witness or Gordan certificate is checked exactly,
 * else `decideStrictSystem`, as in `decideRanking`), unless already found
 * feasible or infeasible, or refuted by a Gordan certificate found earlier
 * (its rows w_a − w_b, a above b, are sums of the new chain rows whenever the
 * new ranking also puts every such a above b; `patterns-refutations.ts`); candidates come from the hyperplanes of the k − 1
 * adjacent pairs of π, so each ranking costs at most k − 1 decisions. The
 * region graph is connected, so every ranking is reached. Point
 * configurations (a constant column, App. H.2) need nothing special: the
 * constant cancels in every w_i − w_j.
 *
 * `opts.limit` stops once that many rankings are found (`complete: false`);
 * `opts.onProgress(found)` is called after each new ranking. Returns the
 * rankings sorted lexicographically, witnesses aligned. Throws `RangeError`
 * when W is not rectangular or limit is not a positive integer.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * enumerateRankingPatterns(Q, M([[0], [1], [2]])).rankings
 * // => [[0, 1, 2], [2, 1, 0]]
 * enumerateRankingPatterns(Q, M([[1, 2], [1, 2]])).rankings
 * // => []
 * ```
 */
export function enumerateRankingPatterns<T>(
  F: OrderedField<T>,
  W: Matrix<T>,
  opts: EnumerationOptions = {},
): RankingPatternEnumeration<T> {
  assertRectangular(W, 'enumerateRankingPatterns: W');
  const limit = opts.limit ?? Infinity;
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw new RangeError(`enumerateRankingPatterns: limit must be a positive integer, got ${limit}`);
  const [k, d] = shape(W);
  if (hasEqualRows(F, W)) return { rankings: [], witnesses: [], lps: 0, complete: true };
  const DW = braidDifferences(F, W);
  const ties = tieGroups(F, k, DW);
  const x0 = pointOffHyperplanes(F, DW, d);
  const scores = W.map((row) => row.reduce((acc, v, c) => F.add(acc, F.mul(v, x0[c])), F.zero));
  const pi0 = Array.from({ length: k }, (_, i) => i).sort((a, b) => F.compare(scores[b], scores[a]));
  // pair index of {a, b} and, for refutations, the sign "lower index above" of a chain row
  const pairs = braidPairs(k);
  const pairIndex = Array.from({ length: k }, () => new Array<number>(k).fill(-1));
  pairs.forEach(([a, b], r) => { pairIndex[a][b] = pairIndex[b][a] = r; });
  const unitDiff = unitFloatRows(F, DW); // row r = w_a − w_b for pair r = (a, b), a < b
  // A state is a ranking and the tie groups reversed to reach it (a stored refutation that
  // rules it out must involve one of their pairs: the ranking it came from is feasible).
  const { regions, lps, complete } = regionSearch<T, Crossing>(
    {
      start: { ranking: pi0, groups: [] },
      startWitness: x0,
      key: (st) => st.ranking.join(','),
      neighbours: (st) => crossings(st.ranking, ties),
      coordinates: pairs.length,
      refuted: (store, { ranking, groups }) => {
        const pos = new Array<number>(k);
        ranking.forEach((l, t) => { pos[l] = t; });
        const touched: number[] = [];
        for (const grp of groups) for (let u = 0; u < grp.length; u++) for (let v = u + 1; v < grp.length; v++) touched.push(pairIndex[grp[u]][grp[v]]);
        return isRefuted(store, touched, (r) => { const [a, b] = pairs[r]; return pos[a] < pos[b] ? 1 : -1; });
      },
      decide: ({ ranking }) => decideStrictFast(F, rankingRows(F, W, ranking), d, unitDiff ? chainUnitRows(ranking, pairIndex, unitDiff) : undefined, opts.solvers),
      // chain row t is the pair (ranking[t], ranking[t+1]) with ranking[t] above
      refutation: ({ ranking }, y) => {
        const support: number[] = [];
        const signs: Sign[] = [];
        y.forEach((v, t) => {
          if (F.sign(v) <= 0) return;
          support.push(pairIndex[ranking[t]][ranking[t + 1]]);
          signs.push(ranking[t] < ranking[t + 1] ? 1 : -1);
        });
        return { support, signs };
      },
    },
    limit,
    opts.onProgress,
  );
  const out = regions.sort((a, b) => compareRankings(a.state.ranking, b.state.ranking));
  const rankings = out.map((o) => o.state.ranking);
  const witnesses = out.map((o) => o.x);
  assertRankingPatternInvariants(F, W, { patterns: rankings, witnesses, complete }, 'enumerateRankingPatterns');
  return { rankings, witnesses, lps, complete };
}

/**
 * R(W) by the second route, R(W) = S(DW) (Def. 5.4, T5.6): enumerate the sign
 * patterns of the C(k,2) × d matrix DW (`enumerateSignPatterns`) and read
 * each sign vector over the pairs (i, j), i < j in lexicographic order, with +
 * meaning "i above j", as a ranking. Each such sign vector is a total order
 * (transitivity holds because a witness x realises it); this is asserted.
 * Equal rows give a zero row of DW, hence R(W) = ∅. Returns the rankings
 * sorted lexicographically. Throws `RangeError` when W is not rectangular,
 * `Error` if a sign vector is not a total order (an internal bug).
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * rankingPatternsViaBraid(Q, M([[0], [1], [2]]))
 * // => [[0, 1, 2], [2, 1, 0]]
 * rankingPatternsViaBraid(Q, M([[1, 0], [0, 1], [0, 0]])).length
 * // => 6
 * ```
 */
export function rankingPatternsViaBraid<T>(F: OrderedField<T>, W: Matrix<T>): Ranking[] {
  assertRectangular(W, 'rankingPatternsViaBraid: W');
  const k = W.length;
  const pairs = braidPairs(k);
  const { patterns } = enumerateSignPatterns(F, braidDifferences(F, W));
  const rankings = patterns.map((s) => rankingFromPairSigns(k, pairs, s)).sort(compareRankings);
  assertRankingPatternInvariants(F, W, { patterns: rankings, complete: true }, 'rankingPatternsViaBraid');
  return rankings;
}

/** The ranking whose pairwise comparisons are s (over braidPairs(k)); throws `Error` unless s is a total order. */
function rankingFromPairSigns(k: number, pairs: [number, number][], s: readonly Sign[]): Ranking {
  const wins = scoresOf(k, pairs, s);
  const ranking = Array.from({ length: k }, (_, i) => i).sort((a, b) => wins[b] - wins[a]);
  ranking.forEach((l, t) => {
    if (wins[l] !== k - 1 - t) throw new Error(`rankingPatternsViaBraid: sign vector over pairs is not a total order (label ${l})`);
  });
  const pos = new Array<number>(k);
  ranking.forEach((l, t) => { pos[l] = t; });
  pairs.forEach(([i, j], r) => {
    if ((pos[i] < pos[j]) !== (s[r] === 1)) throw new Error(`rankingPatternsViaBraid: pair (${i}, ${j}) contradicts the order`);
  });
  return ranking;
}

/**
 * The ranking patterns of a model (W k × d over F, optional bias b of k
 * entries): the rankings of its logits Wx + b over all inputs x, with exact
 * witnesses. Without a bias this is `enumerateRankingPatterns(F, W)`. With a
 * bias the candidates are R([W | b]) (`homogenise`), each re-decided as
 * `rankingQuestion` on the model (with the row (0, …, 0, 1) asking t > 0);
 * the kept ones carry witnesses (x, t) and `lps` counts the extra decisions.
 * Options and errors as `enumerateRankingPatterns`; `RangeError` for a
 * malformed model. Source: Def. 5.4.
 *
 * @example
 * ```ts
 * const W = [[0], [1], [2]].map((r) => r.map((v) => Q.fromRational(v)));
 * modelRankingPatterns({ F: Q, W }).rankings
 * // => [[0, 1, 2], [2, 1, 0]]
 * modelRankingPatterns({ F: Q, W, bias: [0, 0, 5].map((v) => Q.fromRational(v)) }).rankings.length
 * // => 4
 * ```
 */
export function modelRankingPatterns<T>(model: Model<T>, opts: EnumerationOptions = {}): RankingPatternEnumeration<T> {
  const { rows } = homogenise(model);
  const e = enumerateRankingPatterns(model.F, rows, opts);
  if (model.bias === undefined) return e;
  const { kept, witnesses } = realisedWithBias(model, rankingQuestion, e.rankings, opts.solvers);
  assertRankingPatternInvariants(model.F, rows, { patterns: kept, witnesses, complete: false }, 'modelRankingPatterns');
  return { rankings: kept, witnesses, lps: e.lps + e.rankings.length, complete: e.complete };
}
