/**
 * Claim D (App. D, other measures): (1) scaling W by α > 0 and the
 * embeddings by 1/α leaves every logit unchanged while every Euclidean
 * distance between unembeddings is multiplied by α (so distances change
 * unless α = 1 or all rows are equal); (2) the dot product w_iᵀw_j can change
 * sign between equivalent models — for every pair of different unembeddings
 * both signs occur, while for w_i = w_j it is ≥ 0 in every equivalent model;
 * (3) normalised Euclidean distance inherits T3.4: in the two equivalent
 * models of T3.4 the squared normalised distance ‖â − b̂‖² = 2 − 2cos is 4 and 0.
 *
 * Checked exactly over Q (degenerate structure mixed in) and over Q(√n),
 * with `rescaleModel`, `dotProductSignTranslation`
 * (`src/lemmas/other-measures.ts`) and `extremeCosineModels`.
 */
import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField, embedRational } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { cosineValue } from '../../src/cosine/exact-cosine.ts';
import { dot, matEquals } from '../../src/linalg/matrix.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { dotProductSignTranslation, rescaleModel } from '../../src/lemmas/other-measures.ts';
import { extremeCosineModels } from '../../src/lemmas/extreme-cosine-models.ts';
import { positiveScalarArb, quadraticArb, quadraticMatrixArb, rationalArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { claimOutcome, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';
import { SECTION3_RADICANDS } from './L3.1.ts';
import { failedFlags } from './L3.2.ts';
import { labelPairCaseArb, type LabelPairCase } from './T3.4.ts';

/** A model W with an embedding x and a scale α > 0 (App. D). */
export interface ScalingCase<T> {
  readonly F: OrderedField<T>;
  readonly W: T[][];
  readonly x: T[];
  readonly alpha: T;
}

/** Random `ScalingCase`s over Q (half degenerate) or Q(√n); α is a positive rational (1 occurs as the shrink target). */
export function scalingCaseArb(field: 'Q' | 'Q(sqrt(n))'): fc.Arbitrary<ScalingCase<unknown>> {
  const alphaArb = fc.oneof(positiveScalarArb(), fc.constant(RationalField.one));
  if (field === 'Q') {
    const F = RationalField;
    return fc
      .boolean()
      .chain((degenerate) => rationalMatrixArb({ k: { min: 1, max: 6 }, d: { min: 1, max: 4 }, degenerate }))
      .chain((W) =>
        fc.tuple(fc.array(rationalArb(), { minLength: W[0].length, maxLength: W[0].length }), alphaArb).map(([x, alpha]) => ({ F, W, x, alpha }) as ScalingCase<unknown>),
      );
  }
  return fc.constantFrom(...SECTION3_RADICANDS).chain((n) => {
    const F = quadraticField(n);
    return quadraticMatrixArb(F, { k: { min: 1, max: 5 }, d: { min: 1, max: 3 } }).chain((W) =>
      fc
        .tuple(fc.array(quadraticArb(F), { minLength: W[0].length, maxLength: W[0].length }), alphaArb)
        .map(([x, a]) => ({ F, W, x, alpha: embedRational(F, a) }) as ScalingCase<unknown>),
    );
  });
}

/** Part (1) on one case: logits unchanged, distances scaled by α², changed iff α ≠ 1 and two rows differ (3 exact facts). */
export function checkScaling<T>(c: ScalingCase<T>): CountedCheck {
  const { F, W } = c;
  const r = rescaleModel(F, W, c.x, c.alpha);
  const failed = failedFlags({ logitsUnchanged: r.verified.logitsUnchanged, squaredDistancesScaled: r.verified.squaredDistancesScaled });
  const twoRowsDiffer = W.some((row) => row.some((x, col) => !F.equals(x, W[0][col])));
  const expectChange = !F.equals(c.alpha, F.one) && twoRowsDiffer;
  if (r.verified.distancesChanged !== expectChange) failed.push(`distancesChanged is ${r.verified.distancesChanged}, expected ${expectChange}`);
  return failed.length === 0
    ? { ok: true, certificates: 3 }
    : { ok: false, certificates: 0, detail: `App. D scaling failed (${failed.join(', ')}) for α = ${F.format(c.alpha)}, ${formatExactMatrix(F, W, 'W')}` };
}

/**
 * Parts (2) and (3) on one model and pair i ≠ j: if w_i ≠ w_j, translations
 * with dot-product sign −1 and +1 both exist and are verified, and the T3.4
 * models have normalised squared distances 4 and 0 exactly; if w_i = w_j,
 * the sign −1 is refused (null) and +1 is found, and w_iᵀw_j ≥ 0.
 */
export function checkDotProductAndNormalisedDistance<T>(c: LabelPairCase<T>): CountedCheck {
  const { F, W, i, j } = c;
  const failed: string[] = [];
  let certificates = 0;
  const equal = W[i].every((x, col) => F.equals(x, W[j][col]));
  for (const target of [-1, 1] as const) {
    const r = dotProductSignTranslation(F, W, i, j, target);
    if (r === null) {
      if (!(equal && target === -1)) failed.push(`no translation with dot-product sign ${target}`);
      else if (F.sign(dot(F, W[i], W[j])) < 0) failed.push('w_i = w_j but w_iᵀw_j < 0');
      continue;
    }
    if (equal && target === -1) failed.push('a translation with negative ‖w + v‖² was claimed');
    // the construction's flags, and the returned model re-checked here: same D·W, dot-product sign = target
    const bad = failedFlags({
      ...r.verified,
      independentEquivalent: matEquals(F, braidDifferences(F, r.translated), braidDifferences(F, W)),
      independentSign: F.sign(dot(F, r.translated[i], r.translated[j])) === target,
    });
    if (bad.length > 0) failed.push(`sign ${target}: ${bad.join(', ')}`);
    else certificates += 2;
  }
  if (!equal) {
    const m = extremeCosineModels(F, W, i, j);
    const two = F.fromRational(2);
    const normalised = (cv: T | null) => (cv === null ? null : F.sub(two, F.mul(two, cv)));
    const dMinus = normalised(cosineValue(F, m.minusOne.cosine));
    const dPlus = normalised(cosineValue(F, m.plusOne.cosine));
    if (dMinus === null || !F.equals(dMinus, F.fromRational(4))) failed.push('normalised squared distance of the cos −1 model is not 4');
    else certificates++;
    if (dPlus === null || !F.isZero(dPlus)) failed.push('normalised squared distance of the cos +1 model is not 0');
    else certificates++;
  }
  return failed.length === 0
    ? { ok: true, certificates }
    : { ok: false, certificates: 0, detail: `App. D failed (${failed.join('; ')}) for labels ${i}, ${j} of ${formatExactMatrix(F, W, 'W')}` };
}

/** `labelPairCaseArb` (rows may repeat) where a third of the cases set w_j := w_i, so the case w_i = w_j is always exercised. */
export function dotProductCaseArb(field: 'Q' | 'Q(sqrt(n))'): fc.Arbitrary<LabelPairCase<unknown>> {
  return fc.tuple(labelPairCaseArb(field, false), fc.integer({ min: 0, max: 2 })).map(([c, t]) =>
    t === 0 ? { ...c, W: c.W.map((row, r) => (r === c.j ? [...c.W[c.i]] : row)) } : c,
  );
}

const RUNS_Q = 60;
const RUNS_K = 20;

/** App. D as a runnable claim: per part `runs` random cases over Q and ⌈runs/3⌉ over Q(√n) (defaults 60 and 20). */
export const claimD: ClaimCheck = {
  id: 'D',
  statement:
    'Scaling W by α > 0 and the embeddings by 1/α keeps every logit but scales Euclidean distances; the dot product can change sign between equivalent models; normalised Euclidean distance inherits T3.4.',
  method: 'property over random exact models, Q and Q(sqrt(n)) (scaling; dot-product sign translations; T3.4 normalised distances)',
  run(opts: ClaimRunOptions = {}) {
    const runsQ = opts.runs ?? runsFromEnv(RUNS_Q);
    const runsK = opts.runs === undefined ? runsFromEnv(RUNS_K) : Math.max(1, Math.ceil(opts.runs / 3));
    const [p1, p2, p3, p4] = splitProgress(opts.onProgress, [runsQ, runsK, runsQ, runsK]);
    const sQ = runCountedProperty(scalingCaseArb('Q'), checkScaling, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: p1 });
    const sK = runCountedProperty(scalingCaseArb('Q(sqrt(n))'), checkScaling, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: p2 });
    const dQ = runCountedProperty(dotProductCaseArb('Q'), checkDotProductAndNormalisedDistance, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: p3 });
    const dK = runCountedProperty(dotProductCaseArb('Q(sqrt(n))'), checkDotProductAndNormalisedDistance, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: p4 });
    return claimOutcome(
      [sQ, sK, dQ, dK],
      `scaling on ${sQ.cases + sK.cases} models; dot-product sign flips and normalised distances on ${dQ.cases + dK.cases} models (Q and Q(sqrt(n)))`,
    );
  },
};
