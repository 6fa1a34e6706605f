/**
 * Claim Steck.Eq5 (Steck, Ekanadham & Kallus 2024, Eq. 5): the closed form of
 * objective (1). Â₍₁₎B̂₍₁₎ᵀ = V_k · dMat(…, 1/(1 + λ/σ_i²), …)_k · V_kᵀ with one
 * solution Â₍₁₎ = B̂₍₁₎ = V_k · dMat(…, 1/(1 + λ/σ_i²), …)_k^{1/2}; at full rank
 * (k = p), D = dMat(…)^{1/2} gives B̂ D⁻¹ = V and the item–item cosine matrix
 * I, while D = dMat(…)^{−1/2} gives the user embeddings X V, whose cosines are
 * those of the rows of X.
 *
 * Checked exactly over Q on data built so that every square root is rational
 * (σ_i and √λ legs of rational right triangles, `pythagoreanSpectrumArb`;
 * X = U Σ Vᵀ with Cayley-transform U, V):
 * 1. the gradient of objective (1) at (Â₍₁₎, B̂₍₁₎) is exactly zero, and
 *    Â₍₁₎B̂₍₁₎ᵀ = V_k dMat(σ_i²/(σ_i² + λ)) V_kᵀ, for every rank k;
 * 2. at k = p: B̂ D⁻¹ = V and every off-diagonal item–item cosine is 0 for
 *    D = dMat^{1/2}; X Â D = X V and C(X Â D) = C(X) for D = dMat^{−1/2}
 *    (when no row of X is zero);
 * on random data and on the notes' example (√λ = 12, σ = 35, 16, 9, 5).
 */
import fc from 'fast-check';
import { RationalField as Q } from '../../../src/field/rational.ts';
import { matEquals, matMul, transpose } from '../../../src/linalg/matrix.ts';
import { cosineMatrix, cosineMatrixEquals } from '../../../src/cosine/index.ts';
import { closedForm1, gradient1, isStationary, rationalSquareRoot, rescale, scaleColumns, shrinkage1 } from '../../../src/models/matrix-factorisation.ts';
import { hasNonZeroRows, pythagoreanSpectrumArb, svdDataArb, type PythagoreanSpectrum, type SvdData } from '../../arbitraries/index.ts';
import { claimOutcome, exactPart, runCountedProperty, type CountedCheck } from '../../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from '../claim.ts';
import { describeModel } from './describe.ts';
import { objective1Example } from './examples.ts';

/** Data of objective (1) with a rank k of the closed form. */
export type Objective1Case = PythagoreanSpectrum & SvdData & { readonly k: number };

/** Random `Objective1Case`s: p ∈ [1, 4] items, n ∈ [p, p + 1] users; k = p half of the time, else k ∈ [1, p]. */
export function objective1CaseArb(): fc.Arbitrary<Objective1Case> {
  return svdDataArb(pythagoreanSpectrumArb({ p: { min: 1, max: 4 } })).chain((s) =>
    fc.oneof(fc.constant(s.sigma.length), fc.integer({ min: 1, max: s.sigma.length })).map((k) => ({ ...s, k })),
  );
}

/** The facts Eq. 5 states for one case, each decided exactly; `fullRank` only when k = p. */
export interface Eq5Facts {
  readonly stationary: boolean;
  readonly productFormula: boolean;
  readonly fullRank?: {
    /** B̂ D⁻¹ = V for D = dMat^{1/2}. */
    readonly itemsAreV: boolean;
    /** Every off-diagonal cosine of B̂ D⁻¹ is 0 and every diagonal one 1: C = I. */
    readonly itemCosinesIdentity: boolean;
    /** X Â D = X V for D = dMat^{−1/2}. */
    readonly usersAreXV: boolean;
    /** C(X Â D) = C(X); null when X has a zero row (the cosines are undefined). */
    readonly userCosinesOfX: boolean | null;
  };
}

/** The Eq. 5 facts of one case, exactly over Q. Throws (from `closedForm1`) when a shrinkage factor is not a rational square. */
export function eq5Facts(c: Objective1Case): Eq5Facts {
  const f = closedForm1(Q, c.V, c.sigma, c.lambda, c.k);
  const s = shrinkage1(Q, c.sigma.slice(0, c.k), c.lambda);
  const Vk = c.V.map((row) => row.slice(0, c.k));
  const facts = {
    stationary: isStationary(Q, gradient1(Q, c.X, f.A, f.B, c.lambda)),
    productFormula: matEquals(Q, matMul(Q, f.A, transpose(f.B)), matMul(Q, scaleColumns(Q, Vk, s), transpose(Vk))),
  };
  if (c.k !== c.sigma.length) return facts;
  const roots = s.map((x) => rationalSquareRoot(Q, x));
  const items = rescale(Q, f, roots).B;
  const C = cosineMatrix(Q, items);
  const users = matMul(Q, c.X, rescale(Q, f, roots.map((r) => Q.div(Q.one, r))).A);
  return {
    ...facts,
    fullRank: {
      itemsAreV: matEquals(Q, items, c.V),
      itemCosinesIdentity: C.every((row, i) => row.every((x, j) => (i === j ? x.sign === 1 && Q.equals(x.square, Q.one) : x.sign === 0))),
      usersAreXV: matEquals(Q, users, matMul(Q, c.X, c.V)),
      userCosinesOfX: hasNonZeroRows(Q, c.X) ? cosineMatrixEquals(Q, users, c.X) : null,
    },
  };
}

/** The names of the facts of `eq5Facts` that fail (empty when all hold; an undefined user–user check is not a failure). */
export function failedEq5Facts(f: Eq5Facts): string[] {
  const flat: Record<string, boolean | null> = { stationary: f.stationary, productFormula: f.productFormula, ...(f.fullRank ?? {}) };
  return Object.entries(flat).filter(([, ok]) => ok === false).map(([name]) => name);
}

/** The exact check of one case: every fact of `eq5Facts` holds (2, or 5–6 at full rank, exact identities). */
export function checkEq5(c: Objective1Case): CountedCheck {
  const f = eq5Facts(c);
  const failed = failedEq5Facts(f);
  const certificates = 2 + (f.fullRank ? 3 + (f.fullRank.userCosinesOfX === null ? 0 : 1) : 0);
  if (failed.length === 0) return { ok: true, certificates };
  return { ok: false, certificates: 0, detail: `Steck.Eq5 failed (${failed.join(', ')}) for\n${describeModel(c, { λ: c.lambda, k: c.k })}` };
}

const RUNS = 30;

/** Steck.Eq5 as a runnable claim: the notes' example and `runs` random cases (default 30). */
export const claimSteckEq5: ClaimCheck = {
  id: 'Steck.Eq5',
  statement: 'A = B = V_k dMat(1/(1 + λ/σ_i²))^{1/2} is a stationary point of (1); at full rank D = dMat^{±1/2} gives item–item cosines I and user–user cosines of X.',
  method: 'property over random exact SVD data (Pythagorean σ, √λ) + the notes\' example; gradients exactly zero',
  run(opts: ClaimRunOptions = {}) {
    const fixed = exactPart('the notes\' example (√λ = 12, σ = 35, 16, 9, 5)', () => {
      const data = objective1Example();
      return checkEq5({ ...data, k: data.sigma.length });
    });
    let full = 0;
    const random = runCountedProperty(objective1CaseArb(), (c) => { if (c.k === c.sigma.length) full++; return checkEq5(c); }, { ...opts, defaultRuns: RUNS });
    return claimOutcome(
      [fixed, random],
      `gradient of (1) exactly zero at the closed form on the notes' example and ${random.cases} random data sets (${full} at full rank: B̂D⁻¹ = V with C = I, XÂD = XV with C(XV) = C(X))`,
    );
  },
};
