/**
 * Claim T3.4: given a softmax model with w_i ≠ w_j (i ≠ j) and any cosine
 * cos(w_i, w_j) = c ∈ [−1, 1], there are two models equivalent to it (same
 * probabilities for every input) in which the cosine of those two
 * unembeddings is −1 and +1: translate all rows by the v of L3.2 / L3.3.
 *
 * Checked exactly with `extremeCosineModels`
 * (`src/lemmas/extreme-cosine-models.ts`) on random models over Q (half with
 * degenerate structure: parallel, anti-parallel and zero rows, so c ranges
 * over −1, 0, +1 and undefined too) and over Q(√n), n ∈ {2, 3, 39}, for a
 * random pair of labels: both translated models pass the exact equivalence
 * test D·W' = D·W and their cosines, recomputed from the translated rows,
 * are exactly −1 and +1.
 */
import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { extremeCosineModels } from '../../src/lemmas/extreme-cosine-models.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { matEquals } from '../../src/linalg/matrix.ts';
import { cosine, cosineEquals, cosineMinusOne, cosineOne, type ExactCosine } from '../../src/cosine/exact-cosine.ts';
import { quadraticMatrixArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { claimOutcome, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';
import { SECTION3_RADICANDS } from './L3.1.ts';
import { failedFlags } from './L3.2.ts';

/** A random model W (k × d, k ≥ 2) with a pair of different labels i ≠ j. */
export interface LabelPairCase<T> {
  readonly F: OrderedField<T>;
  readonly W: T[][];
  readonly i: number;
  readonly j: number;
}

/**
 * Random `LabelPairCase`s: k ∈ 2 … 6, d ∈ 1 … 4 over Q (half with degenerate
 * structure), k ∈ 2 … 5, d ∈ 1 … 3 over Q(√n) (n from `SECTION3_RADICANDS`);
 * with `distinctRows` all rows differ (so w_i ≠ w_j). i ≠ j are drawn uniformly.
 */
export function labelPairCaseArb(field: 'Q' | 'Q(sqrt(n))', distinctRows: boolean): fc.Arbitrary<LabelPairCase<unknown>> {
  const withPair = <T>(F: OrderedField<T>) => (W: T[][]) =>
    fc.tuple(fc.nat(), fc.nat()).map(([s, t]) => {
      const k = W.length;
      const i = s % k;
      return { F, W, i, j: (i + 1 + (t % (k - 1))) % k } as LabelPairCase<unknown>;
    });
  if (field === 'Q') {
    return fc
      .boolean()
      .chain((degenerate) => rationalMatrixArb({ k: { min: 2, max: 6 }, d: { min: 1, max: 4 }, distinctRows, degenerate }))
      .chain(withPair(RationalField));
  }
  return fc.constantFrom(...SECTION3_RADICANDS).chain((n) => {
    const F = quadraticField(n);
    return quadraticMatrixArb(F, { k: { min: 2, max: 5 }, d: { min: 1, max: 3 }, distinctRows }).chain(withPair(F));
  });
}

/**
 * The exact T3.4 check of one model and pair: two equivalences and two cosines (4 exact
 * facts). Besides the construction's own `verified` flags, each returned model W′ is
 * re-checked here: D·W′ = D·W with the braid matrix (softmax equivalence, notes §1) and
 * cos(w′_i, w′_j) = −1, resp. +1, recomputed from the rows of W′.
 */
export function checkExtremeCosineModels<T>(c: LabelPairCase<T>): CountedCheck {
  const { F, W, i, j } = c;
  const r = extremeCosineModels(F, W, i, j);
  const DW = braidDifferences(F, W);
  const independent = (M: readonly T[][], target: ExactCosine<T>) => matEquals(F, braidDifferences(F, M), DW) && cosineEquals(F, cosine(F, M[i], M[j]), target);
  const failed = failedFlags({
    ...r.verified,
    independentMinusOneModel: independent(r.minusOne.W, cosineMinusOne(F)),
    independentPlusOneModel: independent(r.plusOne.W, cosineOne(F)),
  });
  return failed.length === 0
    ? { ok: true, certificates: 4 }
    : { ok: false, certificates: 0, detail: `T3.4 failed (${failed.join(', ')}) for labels ${c.i}, ${c.j} of ${formatExactMatrix(c.F, c.W, 'W')}` };
}

const RUNS_Q = 60;
const RUNS_K = 30;

/** T3.4 as a runnable claim: `runs` random models over Q and ⌈runs/2⌉ over Q(√n) (defaults 60 and 30). */
export const claimT3_4: ClaimCheck = {
  id: 'T3.4',
  statement: 'For w_i ≠ w_j and any cos(w_i, w_j), two models equivalent to W have cos(w_i′, w_j′) = −1 and = +1.',
  method: `property over random exact models and label pairs, Q and Q(sqrt(n)), n in {${SECTION3_RADICANDS.join(', ')}}`,
  run(opts: ClaimRunOptions = {}) {
    const runsQ = opts.runs ?? runsFromEnv(RUNS_Q);
    const runsK = opts.runs === undefined ? runsFromEnv(RUNS_K) : Math.max(1, Math.ceil(opts.runs / 2));
    const [pq, pk] = splitProgress(opts.onProgress, [runsQ, runsK]);
    const q = runCountedProperty(labelPairCaseArb('Q', true), checkExtremeCosineModels, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: pq });
    const k = runCountedProperty(labelPairCaseArb('Q(sqrt(n))', true), checkExtremeCosineModels, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: pk });
    return claimOutcome([q, k], `equivalent models with cos −1 and +1 found and verified for ${q.cases} models over Q and ${k.cases} over Q(sqrt(n))`);
  },
};
