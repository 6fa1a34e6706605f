/**
 * Claim Steck.Eq6 (Steck, Ekanadham & Kallus 2024, Eq. 6): the closed form of
 * objective (2), Â₍₂₎ = V_k · dMat(√((1/σ_i)(1 − λ/σ_i)₊))_k and
 * B̂₍₂₎ = V_k · dMat(√(σ_i(1 − λ/σ_i)₊))_k, so X Â₍₂₎ = U_k · dMat(√(σ_i − λ)₊)_k.
 * It is unique up to a rotation R, which leaves its cosines unchanged, but its
 * cosines depend on the regularisation λ.
 *
 * Checked exactly over Q on data with σ_i − λ rational squares for two values
 * λ_low < λ_high (`weightDecayModelArb`):
 * 1. at both λ the gradient of objective (2) at (Â₍₂₎, B̂₍₂₎) is exactly zero
 *    and X Â₍₂₎ = U_k · dMat(√(σ_i − λ)); for a random rational orthogonal R,
 *    (Â₍₂₎R, B̂₍₂₎R) is stationary too and has the same item–item cosines;
 *    the run counts how often the item–item cosines differ between λ_low and
 *    λ_high;
 * 2. the notes' data (λ = 1, σ = 17, 10, 5, 2) is stationary, and on
 *    λ ∈ {4, 100}, σ = (629, 200, 125, 104) the two item–item cosine matrices
 *    differ exactly (the first entry that differs is shown).
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { matEquals, matMul, type Matrix } from '../../../src/linalg/matrix.ts';
import { cosineMatrix, cosineMatrixEntriesEqual, type ExactCosine } from '../../../src/cosine/index.ts';
import { closedForm2, gradient2, isStationary, rationalSquareRoot, scaleColumns } from '../../../src/models/matrix-factorisation.ts';
import { orthogonalMatrixArb, weightDecayModelArb, type SvdData, type WeightDecayModel } from '../../arbitraries/index.ts';
import { formatExactCosine } from '../../fuzz/format.ts';
import { claimOutcome, exactPart, runCountedProperty, type CountedCheck } from '../../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from '../claim.ts';
import { describeModel } from './describe.ts';
import { objective2Example, twoLambdaExample } from './examples.ts';
import { firstDifference } from './Steck.Eq4.ts';

/** The facts of Eq. 6 at one λ: stationarity, the user embeddings U_k dMat(√(σ − λ)), and, given R, the rotated solution. */
export interface Eq6Facts {
  readonly stationary: boolean;
  readonly userEmbeddings: boolean;
  readonly rotatedStationary?: boolean;
  readonly rotatedSameCosines?: boolean;
  /** The item–item cosines of B̂₍₂₎ (null when an item embedding is zero). */
  readonly itemCosines: ExactCosine<Rational>[][] | null;
}

/** The Eq. 6 facts of the closed form at rank k and regularisation λ for the data (exact); with R (k × k orthogonal) also the rotated solution. */
export function eq6Facts(m: SvdData & { readonly sigma: readonly Rational[] }, lambda: Rational, k: number, R?: Matrix<Rational>): Eq6Facts {
  const f = closedForm2(Q, m.V, m.sigma, lambda, k);
  const Uk = m.U.map((row) => row.slice(0, k));
  const roots = m.sigma.slice(0, k).map((s) => (Q.compare(s, lambda) > 0 ? rationalSquareRoot(Q, Q.sub(s, lambda)) : Q.zero));
  const itemCosines = f.B.every((row) => row.some((x) => !Q.isZero(x))) ? cosineMatrix(Q, f.B) : null;
  const facts = {
    stationary: isStationary(Q, gradient2(Q, m.X, f.A, f.B, lambda)),
    userEmbeddings: matEquals(Q, matMul(Q, m.X, f.A), scaleColumns(Q, Uk, roots)),
    itemCosines,
  };
  if (R === undefined) return facts;
  const A = matMul(Q, f.A, R);
  const B = matMul(Q, f.B, R);
  return {
    ...facts,
    rotatedStationary: isStationary(Q, gradient2(Q, m.X, A, B, lambda)),
    rotatedSameCosines: itemCosines !== null && cosineMatrixEntriesEqual(Q, cosineMatrix(Q, B), itemCosines),
  };
}

/** A model of `weightDecayModelArb` with a rotation R (k × k). */
export type RotatedWeightDecayModel = WeightDecayModel & { readonly R: Rational[][] };

/** `weightDecayModelArb()` with a random rational orthogonal R of size k. */
export function rotatedWeightDecayModelArb(): fc.Arbitrary<RotatedWeightDecayModel> {
  return weightDecayModelArb({ p: { min: 1, max: 3 } }).chain((m) => orthogonalMatrixArb(m.k).map((R) => ({ ...m, R })));
}

/** The names of the facts that fail (empty when all hold). */
function failedFacts(name: string, f: Eq6Facts): string[] {
  return Object.entries(f)
    .filter(([key, ok]) => key !== 'itemCosines' && ok === false)
    .map(([key]) => `${key} at ${name}`);
}

/** The exact check of one model at both λ: 4 exact identities per λ. Reports through `onDiffer` whether the item–item cosines differ between the two λ. */
export function checkEq6(m: RotatedWeightDecayModel, onDiffer?: (differ: boolean) => void): CountedCheck {
  const [low, high] = m.lambdas.map((l) => eq6Facts(m, l, m.k, m.R));
  const failed = [...failedFacts('λ_low', low), ...failedFacts('λ_high', high)];
  if (low.itemCosines !== null && high.itemCosines !== null) onDiffer?.(!cosineMatrixEntriesEqual(Q, low.itemCosines, high.itemCosines));
  if (failed.length === 0) return { ok: true, certificates: 8 };
  return { ok: false, certificates: 0, detail: `Steck.Eq6 failed (${failed.join(', ')}) for\n${describeModel(m, { λ_low: m.lambdas[0], λ_high: m.lambdas[1], k: m.k })}` };
}

/** "cos(b_i, b_j) = a at λ = x but b at λ = y" for the first entry that differs, or null when the two matrices are equal. */
export function lambdaDifferenceText(C: readonly [Matrix<ExactCosine<Rational>>, Matrix<ExactCosine<Rational>>], lambdas: readonly [Rational, Rational]): string | null {
  const at = firstDifference(C[0], C[1]);
  if (at === null) return null;
  const [i, j] = at;
  return `cos(b_${i}, b_${j}) = ${formatExactCosine(Q, C[0][i][j])} at λ = ${Q.format(lambdas[0])} but ${formatExactCosine(Q, C[1][i][j])} at λ = ${Q.format(lambdas[1])}`;
}

const RUNS = 30;

/** Steck.Eq6 as a runnable claim: the two fixed examples and `runs` random models (default 30). */
export const claimSteckEq6: ClaimCheck = {
  id: 'Steck.Eq6',
  statement: 'A = V_k dMat(√(σ_i − λ)₊/σ_i), B = V_k dMat(√(σ_i − λ)₊) is a stationary point of (2), unique up to rotation; its item–item cosines depend on λ.',
  method: 'property over random exact SVD data at two λ (σ − λ squares) + fixed examples; gradients exactly zero',
  run(opts: ClaimRunOptions = {}) {
    const notes = exactPart('the notes\' example (λ = 1, σ = 17, 10, 5, 2)', () => {
      const e = objective2Example();
      const f = eq6Facts(e, e.lambda, e.sigma.length);
      const failed = failedFacts('λ = 1', f);
      return { ok: failed.length === 0, certificates: failed.length === 0 ? 2 : 0, detail: failed.join(', ') };
    });
    let example = '';
    const two = exactPart('λ ∈ {4, 100}, σ = (629, 200, 125, 104)', () => {
      const e = twoLambdaExample();
      const facts = e.lambdas.map((l) => eq6Facts(e, l, e.sigma.length));
      const failed = facts.flatMap((f, t) => failedFacts(`λ = ${Q.format(e.lambdas[t])}`, f));
      const C = facts.map((f) => f.itemCosines);
      const text = C[0] !== null && C[1] !== null ? lambdaDifferenceText([C[0], C[1]], e.lambdas) : null;
      example = text ?? 'the item–item cosines are equal at λ = 4 and λ = 100';
      const ok = failed.length === 0 && text !== null;
      return { ok, certificates: ok ? 5 : 0, detail: ok ? undefined : [...failed, example].join('; ') };
    });
    let differ = 0;
    const random = runCountedProperty(rotatedWeightDecayModelArb(), (m) => checkEq6(m, (d) => { if (d) differ++; }), { ...opts, defaultRuns: RUNS });
    return claimOutcome(
      [notes, two, random],
      `gradient of (2) exactly zero at the closed form (and rotated by R) at two λ on ${random.cases} random data sets (item–item cosines differ between the two λ in ${differ}); ${example}`,
    );
  },
};
