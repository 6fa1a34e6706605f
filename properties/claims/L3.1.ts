/**
 * Claim L3.1 (translation invariance, proof App. A): replacing every
 * unembedding w_i by w_i + v leaves p(y | x) unchanged for every x.
 *
 * Checked exactly on random models over Q (with degenerate structure mixed
 * in) and over Q(√n), n ∈ {2, 3, 39}, with `translationInvariance`
 * (`src/lemmas/translation-invariance.ts`): symbolically, D(W + 1vᵀ) = DW
 * (every logit difference unchanged for every x), the translation is
 * recovered by the exact equivalence test, and at a random embedding x every
 * logit moves by the same vᵀx (so exp(vᵀx) cancels in the softmax).
 */
import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { dot, matEquals, type Matrix } from '../../src/linalg/matrix.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { translationInvariance } from '../../src/lemmas/translation-invariance.ts';
import { quadraticArb, quadraticMatrixArb, rationalArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { formatExactMatrix, formatExactVector } from '../fuzz/format.ts';
import { claimOutcome, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/** A random model W (k × d) with a translation v and an embedding x, over one field. */
export interface TranslationCase<T> {
  readonly F: OrderedField<T>;
  readonly W: T[][];
  readonly v: T[];
  readonly x: T[];
}

/** Radicands of the Q(√n) runs of the Section 3 claims (Q(√39) is the field of App. C.3). */
export const SECTION3_RADICANDS = [2, 3, 39] as const;

/**
 * Random `TranslationCase`s: over Q (W from `rationalMatrixArb`, k ≤ 6, d ≤ 4,
 * half of them with degenerate structure) when `field` is `'Q'`, else over
 * Q(√n) for n drawn from `SECTION3_RADICANDS` (k ≤ 5, d ≤ 3). v and x are
 * drawn entry by entry in the same field.
 */
export function translationCaseArb(field: 'Q' | 'Q(sqrt(n))'): fc.Arbitrary<TranslationCase<unknown>> {
  if (field === 'Q') {
    const F = RationalField;
    return fc
      .boolean()
      .chain((degenerate) => rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 4 }, degenerate }))
      .chain((W) => {
        const vec = fc.array(rationalArb(), { minLength: W[0].length, maxLength: W[0].length });
        return fc.tuple(vec, vec).map(([v, x]) => ({ F, W, v, x }) as TranslationCase<unknown>);
      });
  }
  return fc.constantFrom(...SECTION3_RADICANDS).chain((n) => {
    const F = quadraticField(n);
    return quadraticMatrixArb(F, { k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }).chain((W) => {
      const vec = fc.array(quadraticArb(F), { minLength: W[0].length, maxLength: W[0].length });
      return fc.tuple(vec, vec).map(([v, x]) => ({ F, W, v, x }) as TranslationCase<unknown>);
    });
  });
}

/** Text of a model with its translation (and embedding) for failure details. */
export function describeCase<T>(F: OrderedField<T>, W: Matrix<T>, extra: Record<string, readonly T[]>): string {
  const parts = Object.entries(extra).map(([name, vec]) => `${name} = ${formatExactVector(F, vec)}`);
  return `${formatExactMatrix(F, W, 'W')}\n${parts.join(', ')}`;
}

/**
 * The exact L3.1 check of one case: every flag of `translationInvariance` must hold; 3 exact
 * identities per case. Independently of those flags, W′ = W + 1vᵀ is rebuilt here from W and
 * v, and the returned translated matrix = W′, D·W′ = D·W (braid matrix) and
 * w′_i·x = w_i·x + vᵀx for every label i are checked.
 */
export function checkTranslationInvariance<T>(c: TranslationCase<T>): CountedCheck {
  const { F, W, v, x } = c;
  const r = translationInvariance(F, W, v, x);
  const W2 = W.map((row) => row.map((t, col) => F.add(t, v[col])));
  const vx = dot(F, v, x);
  const flags = {
    ...r.verified,
    independentTranslated: matEquals(F, r.translated, W2),
    independentBraidDifferences: matEquals(F, braidDifferences(F, W2), braidDifferences(F, W)),
    independentLogitShift: W.every((w, i) => F.equals(dot(F, W2[i], x), F.add(dot(F, w, x), vx))),
  };
  const failed = Object.entries(flags).filter(([, ok]) => ok !== true).map(([name]) => name);
  const ok = failed.length === 0;
  return {
    ok,
    certificates: ok ? 3 : 0,
    detail: ok ? undefined : `L3.1 failed (${failed.join(', ')}) for\n${describeCase(c.F, c.W, { v: c.v, x: c.x })}`,
  };
}

const RUNS_Q = 60;
const RUNS_K = 30;

/**
 * L3.1 as a runnable claim: `runs` random models over Q and ⌈runs/2⌉ over Q(√n)
 * (defaults 60 and 30, scaled by `COSINE_VERIFY_RUNS_FACTOR`).
 */
export const claimL3_1: ClaimCheck = {
  id: 'L3.1',
  statement: 'Translating every unembedding by the same v leaves every softmax probability unchanged (DW unchanged; every logit moves by vᵀx).',
  method: `property over random exact models, Q and Q(sqrt(n)), n in {${SECTION3_RADICANDS.join(', ')}}`,
  run(opts: ClaimRunOptions = {}) {
    const runsQ = opts.runs ?? runsFromEnv(RUNS_Q);
    const runsK = opts.runs === undefined ? runsFromEnv(RUNS_K) : Math.max(1, Math.ceil(opts.runs / 2));
    const [pq, pk] = splitProgress(opts.onProgress, [runsQ, runsK]);
    const q = runCountedProperty(translationCaseArb('Q'), checkTranslationInvariance, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: pq });
    const k = runCountedProperty(translationCaseArb('Q(sqrt(n))'), checkTranslationInvariance, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: pk });
    return claimOutcome([q, k], `D(W + 1vᵀ) = DW and every logit shifted by vᵀx on ${q.cases} models over Q and ${k.cases} over Q(sqrt(n))`);
  },
};
