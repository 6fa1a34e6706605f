/**
 * Claim Steck.Remedy (Steck, Ekanadham & Kallus 2024, Sec. 4): cosines taken
 * in the original space — on the rows of the predictions X Â B̂ᵀ (users) or of
 * Â B̂ᵀ (items) — do not depend on the D of the gauge freedom, unlike the
 * cosines of the embeddings (Steck.Eq4).
 *
 * Checked exactly over Q on random models of objective (1) (`gaugeModelArb`:
 * the closed form (Â, B̂) of Eq. 5 and a random invertible diagonal D) and on
 * the notes' example with D = diag(2, 1, 1, 1): X (Â D)(B̂ D⁻¹)ᵀ = X Â B̂ᵀ and
 * (Â D)(B̂ D⁻¹)ᵀ = Â B̂ᵀ, and the cosine matrices of their rows are equal
 * (sign and square) whenever defined (no zero row), while the run counts how
 * often the item embeddings' cosines C(B̂ D⁻¹) moved for the same D.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { matEquals, matMul, transpose, type Matrix } from '../../../src/linalg/matrix.ts';
import { cosineMatrixEquals } from '../../../src/cosine/index.ts';
import { closedForm1, predictions, rescale } from '../../../src/models/matrix-factorisation.ts';
import { gaugeModelArb, hasNonZeroRows, type GaugeModel } from '../../arbitraries/index.ts';
import { claimOutcome, exactPart, runCountedProperty, type CountedCheck } from '../../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from '../claim.ts';
import { describeModel } from './describe.ts';
import { objective1Example } from './examples.ts';

/** Cosine matrices of the rows of M and M′ equal, or null when M has a zero row (the cosines are undefined; M = M′ is checked separately). */
function sameRowCosines(M: Matrix<Rational>, M2: Matrix<Rational>): boolean | null {
  return hasNonZeroRows(Q, M) && hasNonZeroRows(Q, M2) ? cosineMatrixEquals(Q, M, M2) : null;
}

/** The Remedy facts for one model: the products in the original space and their row cosines, for (Â, B̂) and (Â D, B̂ D⁻¹). */
export function remedyFacts(m: Pick<GaugeModel, 'X' | 'V' | 'sigma' | 'lambda' | 'k' | 'd'>): {
  readonly samePredictions: boolean;
  readonly sameItemProduct: boolean;
  readonly userCosines: boolean | null;
  readonly itemCosines: boolean | null;
  readonly embeddingCosinesMoved: boolean;
} {
  const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
  const g = rescale(Q, f, m.d);
  const P = [predictions(Q, m.X, f.A, f.B), predictions(Q, m.X, g.A, g.B)];
  const AB = [matMul(Q, f.A, transpose(f.B)), matMul(Q, g.A, transpose(g.B))];
  return {
    samePredictions: matEquals(Q, P[0], P[1]),
    sameItemProduct: matEquals(Q, AB[0], AB[1]),
    userCosines: sameRowCosines(P[0], P[1]),
    itemCosines: sameRowCosines(AB[0], AB[1]),
    embeddingCosinesMoved: !cosineMatrixEquals(Q, f.B, g.B),
  };
}

/** The exact check of one model (2 to 4 exact identities); reports through `onMoved` whether C(B̂ D⁻¹) ≠ C(B̂). */
export function checkRemedy(m: GaugeModel, onMoved?: (moved: boolean) => void): CountedCheck {
  const r = remedyFacts(m);
  onMoved?.(r.embeddingCosinesMoved);
  const checks = { samePredictions: r.samePredictions, sameItemProduct: r.sameItemProduct, userCosines: r.userCosines, itemCosines: r.itemCosines };
  const failed = Object.entries(checks).filter(([, ok]) => ok === false).map(([name]) => name);
  if (failed.length === 0) return { ok: true, certificates: Object.values(checks).filter((x) => x === true).length };
  return { ok: false, certificates: 0, detail: `Steck.Remedy failed (${failed.join(', ')}) for\n${describeModel(m, { λ: m.lambda, k: m.k, d: m.d })}` };
}

const RUNS = 30;

/** Steck.Remedy as a runnable claim: the notes' example and `runs` random models (default 30). */
export const claimSteckRemedy: ClaimCheck = {
  id: 'Steck.Remedy',
  statement: 'Cosines of the rows of XABᵀ (users) and of ABᵀ (items), in the original space, do not depend on D.',
  method: 'property over random closed-form solutions of (1) with random D + the notes\' example',
  run(opts: ClaimRunOptions = {}) {
    const fixed = exactPart('the notes\' example with D = diag(2, 1, 1, 1)', () => {
      const data = objective1Example();
      const m = { ...data, k: data.sigma.length, d: [2, 1, 1, 1].map((x) => Q.fromRational(x)) };
      let moved = false;
      const r = checkRemedy(m, (x) => { moved = x; });
      const defined = r.certificates === 4;
      return r.ok && moved && defined ? r : { ok: false, certificates: 0, detail: r.detail ?? `embedding cosines moved: ${moved}; original-space cosines defined: ${defined}` };
    });
    let moved = 0;
    const random = runCountedProperty(gaugeModelArb(), (m) => checkRemedy(m, (x) => { if (x) moved++; }), { ...opts, defaultRuns: RUNS });
    return claimOutcome(
      [fixed, random],
      `C(rows of XÂB̂ᵀ) and C(rows of ÂB̂ᵀ) unchanged by D on the notes' example and ${random.cases} random solutions, while C(B̂D⁻¹) moved in ${moved}`,
    );
  },
};
