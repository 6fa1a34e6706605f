/**
 * The paper's central comparison of two classifiers with the same k labels
 * (Nielsen & Grivas §5): are their cosine matrices C(W), their braid cosine
 * matrices C(DW), their sign patterns S (Def. 5.1) and their ranking
 * patterns R (Def. 5.4) equal? L5.3: equal C ⟹ equal S; T5.6: equal C(DW) ⟹
 * equal R; T5.5 / T H.1: equal C (or S) does not give equal R. Cosines are
 * compared exactly (sign and square); pattern sets are decided by complete
 * certified enumerations, every difference carrying a witness in the model
 * that has it and a Gordan certificate in the other
 * (`pattern-difference.ts`), or by rank when a model realises every pattern
 * (`full-rank.ts`). Budgets keep large k honest: what is not compared is
 * said, with the reason.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import type { Model } from '../../src/models/model.ts';
import { assertModel, homogenise } from '../../src/models/model.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { rank } from '../../src/linalg/echelon.ts';
import { braidCosineMatrix, cosineMatrix } from '../../src/cosine/cosine-matrix.ts';
import { cosineEquals, type ExactCosine } from '../../src/cosine/exact-cosine.ts';
import { cover1965, cover1967 } from './counting/cover.ts';
import { allRankingsByRank, allSignVectorsByRank } from './full-rank.ts';
import { compareModelPatterns, type PatternComparison } from './pattern-difference.ts';

/** One entry (i < j) where two cosine matrices differ, with both exact cosines. */
export interface CosineEntryDifference<T> {
  readonly i: number;
  readonly j: number;
  readonly a: ExactCosine<T>;
  readonly b: ExactCosine<T>;
}

/** Two cosine matrices compared entry by entry (off the diagonal, i < j). */
export interface CosineComparison<T> {
  /** `compared`; `undefined` when a cosine is undefined (a zero row, or two equal rows for C(DW)); `skipped` over the budget. */
  readonly status: 'compared' | 'undefined' | 'skipped';
  /** Exact equality, or null when not compared. */
  readonly equal: boolean | null;
  /** Why not compared (status `undefined` or `skipped`). */
  readonly reason?: string;
  /** Off-diagonal entries i < j compared, and how many of them differ. */
  readonly entries: number;
  readonly differing: number;
  /** The first differing entries (at most `maxDifferences`), row-major. */
  readonly differences: CosineEntryDifference<T>[];
}

/** How a pattern comparison was decided. */
export type PatternMethod =
  /** Both enumerated completely with certified decisions (`comparison` holds the sets and certified differences). */
  | 'enumerated'
  /** Both models realise every pattern, certified by rank (`full-rank.ts`): equal. */
  | 'rank'
  /** One realises every pattern (by rank), the other cannot (its rank is too small): different. */
  | 'rank-differs'
  /** Not enumerated, but equal by a theorem of the paper from the exact cosine comparison (L5.3 for S, T5.6 for R; models without bias). */
  | 'implied'
  /** Not compared: over the budget and nothing implies the answer. */
  | 'skipped';

/** Two pattern sets compared (S or R). */
export interface PatternSetComparison<T> {
  readonly kind: 'sign' | 'ranking';
  readonly method: PatternMethod;
  readonly equal: boolean | null;
  /** How it was decided, or why it was not, in words. */
  readonly reason: string;
  /** |S| or |R| of each model when known (enumerated, or every pattern by rank). */
  readonly counts: readonly [bigint | null, bigint | null];
  /** Cover's general-position count of each model (an upper bound; the budget is checked against it). */
  readonly coverBounds: readonly [bigint, bigint];
  /** The enumerations and their certified differences (method `enumerated`). */
  readonly comparison?: PatternComparison<T>;
}

/** The whole comparison of two models. */
export interface ModelComparison<T> {
  readonly k: number;
  /** C(W): the cosine matrices of the unembeddings (no bias). */
  readonly cosine: CosineComparison<T>;
  /** C(DW): the cosine matrices of the braid differences w_i − w_j, indexed by `braidPairs(k)`. */
  readonly braidCosine: CosineComparison<T>;
  readonly sign: PatternSetComparison<T>;
  readonly ranking: PatternSetComparison<T>;
}

/** Budgets of `compareModels`. */
export interface CompareOptions {
  /** Enumerate S or R only when Cover's count of both models is at most this (default 5000, as `analyze --max-regions`). */
  readonly maxRegions?: number;
  /** Compare a cosine matrix only when it has at most this many entries i < j (default 1 000 000: C(DW) up to k = 45). */
  readonly maxCosines?: number;
  /** Certify at most this many pattern differences per kind and list at most this many cosine differences (default 20). */
  readonly maxDifferences?: number;
  /** Called before each of the four steps (C(W), C(DW), S, R), for progress display: `done` of 4 steps and what comes next. */
  readonly onStep?: (done: number, total: number, what: string) => void;
}

export const DEFAULT_COMPARE_MAX_REGIONS = 5000;
export const DEFAULT_COMPARE_MAX_COSINES = 1_000_000;
export const DEFAULT_COMPARE_MAX_DIFFERENCES = 20;

/** Entries i < j of an n × n matrix. */
const offDiagonal = (n: number) => (n * (n - 1)) / 2;

/** Compares two cosine matrices produced by `matrix` (which throws `RangeError` for an undefined cosine). */
function compareCosines<T>(
  F: OrderedField<T>,
  models: readonly [Model<T>, Model<T>],
  size: number,
  matrix: (W: Model<T>['W']) => ExactCosine<T>[][],
  maxCosines: number,
  maxDifferences: number,
): CosineComparison<T> {
  const entries = offDiagonal(size);
  if (entries > maxCosines) {
    return { status: 'skipped', equal: null, reason: `${entries} cosines per model, above the budget of ${maxCosines}`, entries: 0, differing: 0, differences: [] };
  }
  const Cs: ExactCosine<T>[][][] = [];
  for (const [t, m] of models.entries()) {
    try {
      Cs.push(matrix(m.W));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return { status: 'undefined', equal: null, reason: `model ${t === 0 ? 'A' : 'B'}: ${e.message}`, entries: 0, differing: 0, differences: [] };
    }
  }
  const differences: CosineEntryDifference<T>[] = [];
  let differing = 0;
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      if (cosineEquals(F, Cs[0][i][j], Cs[1][i][j])) continue;
      differing++;
      if (differences.length < maxDifferences) differences.push({ i, j, a: Cs[0][i][j], b: Cs[1][i][j] });
    }
  }
  return { status: 'compared', equal: differing === 0, entries, differing, differences };
}

/** Compares S or R of two models: by rank, by enumeration, by a theorem, or not at all (see `PatternMethod`). */
function comparePatternSets<T>(
  kind: 'sign' | 'ranking',
  models: readonly [Model<T>, Model<T>],
  cosinesEqual: boolean | null,
  maxRegions: number,
  maxDifferences: number,
): PatternSetComparison<T> {
  const k = models[0].W.length;
  const byRank = models.map((m) => (kind === 'sign' ? allSignVectorsByRank(m) : allRankingsByRank(m)));
  let everything = 1n;
  for (let i = 1; i <= k; i++) everything *= kind === 'sign' ? 2n : BigInt(i);
  const rankText = kind === 'sign' ? `rank W = k = ${k}` : `rank DW = k − 1 = ${k - 1}`;
  const bounds = models.map((m, t) => {
    if (byRank[t] !== null) return everything;
    const { rows } = homogenise(m);
    return kind === 'sign' ? cover1965(k, rank(m.F, rows)) : cover1967(k, rank(m.F, braidDifferences(m.F, rows)));
  }) as [bigint, bigint];
  const base = { kind, coverBounds: bounds };
  if (byRank[0] !== null && byRank[1] !== null) {
    return { ...base, method: 'rank', equal: true, counts: [everything, everything], reason: `both models realise all ${everything} (${rankText} in both: the logit map is onto)` };
  }
  if (bounds.every((b) => b <= BigInt(maxRegions))) {
    const comparison = compareModelPatterns(kind, models, { all: true, maxDifferences });
    const counts = comparison.patterns.map((p) => BigInt(p.length)) as [bigint, bigint];
    return { ...base, method: 'enumerated', equal: comparison.same, counts, comparison, reason: `both enumerated completely (${comparison.certificates} certificates checked)` };
  }
  if (byRank[0] !== null || byRank[1] !== null) {
    const full = byRank[0] !== null ? 'A' : 'B';
    const counts = (byRank[0] !== null ? [everything, null] : [null, everything]) as [bigint | null, bigint | null];
    return { ...base, method: 'rank-differs', equal: false, counts, reason: `${full} realises all ${everything} (${rankText}), the other does not (its rank is smaller); not enumerated (Cover's count above ${maxRegions})` };
  }
  const theorem = kind === 'sign' ? 'L5.3 (C(W) determines S(W))' : 'T5.6 (C(DW) determines R(W))';
  if (cosinesEqual === true && models.every((m) => m.bias === undefined)) {
    return { ...base, method: 'implied', equal: true, counts: [null, null], reason: `not enumerated (Cover's count above ${maxRegions}); equal by ${theorem}, the ${kind === 'sign' ? 'cosine' : 'braid cosine'} matrices being exactly equal` };
  }
  return { ...base, method: 'skipped', equal: null, counts: [null, null], reason: `not compared: Cover's count ${bounds.join(' and ')} is above --max-regions ${maxRegions} and nothing implies the answer` };
}

/**
 * Compares two models with the same k labels (W k × d_A and k × d_B over one
 * field F, each with an optional bias; the dimensions may differ): C(W) and
 * C(DW) exactly (of W alone: a bias has no cosine), then S and R — equal when
 * both models realise every pattern by rank, else enumerated and compared
 * with a certified witness and Gordan certificate per difference (at most
 * `maxDifferences` certified, all counted) when Cover's count of both is
 * within `maxRegions`, else decided by rank when only one realises every
 * pattern, else implied equal by L5.3 / T5.6 from equal cosine matrices
 * (models without bias), else skipped with the reason. A cosine matrix with
 * more than `maxCosines` entries is not compared (`skipped`); one with an
 * undefined cosine (a zero row; for C(DW) two equal rows) is `undefined`.
 * Throws `RangeError` for malformed models, different numbers of labels, or
 * a bad budget. Source: notes §4–5 (L5.3, T5.5, T5.6, T H.1).
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * const c = compareModels({ F: Q, W: M([[1, 0], [0, 1], [-1, -1]]) }, { F: Q, W: M([[1, 1], [0, 1], [-1, -1]]) });
 * [c.cosine.equal, c.cosine.differing, c.braidCosine.equal, c.sign.equal, c.ranking.method, c.ranking.equal]
 * // => [false, 2, false, false, 'rank', true]
 * compareModels({ F: Q, W: M([[1]]) }, { F: Q, W: M([[1], [2]]) })
 * // throws RangeError: 1 and 2 labels
 * ```
 */
export function compareModels<T>(a: Model<T>, b: Model<T>, opts: CompareOptions = {}): ModelComparison<T> {
  assertModel(a, 'compareModels: A');
  assertModel(b, 'compareModels: B');
  const k = a.W.length;
  if (b.W.length !== k) throw new RangeError(`compareModels: the models have ${k} and ${b.W.length} labels (the comparison needs the same labels)`);
  const maxRegions = opts.maxRegions ?? DEFAULT_COMPARE_MAX_REGIONS;
  const maxCosines = opts.maxCosines ?? DEFAULT_COMPARE_MAX_COSINES;
  const maxDifferences = opts.maxDifferences ?? DEFAULT_COMPARE_MAX_DIFFERENCES;
  for (const [name, v] of [['maxRegions', maxRegions], ['maxCosines', maxCosines], ['maxDifferences', maxDifferences]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`compareModels: ${name} must be a non-negative integer, got ${v}`);
  }
  const F = a.F;
  const models = [a, b] as const;
  const step = (done: number, what: string) => opts.onStep?.(done, 4, what);
  step(0, 'C(W)');
  const cosine = compareCosines(F, models, k, (W) => cosineMatrix(F, W), maxCosines, maxDifferences);
  step(1, 'C(DW)');
  const braidCosine = compareCosines(F, models, offDiagonal(k), (W) => braidCosineMatrix(F, W), maxCosines, maxDifferences);
  step(2, 'S');
  const sign = comparePatternSets('sign', models, cosine.equal, maxRegions, maxDifferences);
  step(3, 'R');
  const ranking = comparePatternSets('ranking', models, braidCosine.equal, maxRegions, maxDifferences);
  step(4, 'done');
  return { k, cosine, braidCosine, sign, ranking };
}
