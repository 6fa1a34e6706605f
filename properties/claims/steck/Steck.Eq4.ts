/**
 * Claim Steck.Eq4 (Steck, Ekanadham & Kallus 2024, Eq. 4): the cosines of a
 * solution of objective (1) move with the arbitrary D of its gauge freedom.
 * For the rescaled solution (Â D, B̂ D⁻¹) the item–item cosine matrix is
 * Ω_B B̂ D⁻² B̂ᵀ Ω_B, the user–user one Ω_A X Â D² Âᵀ Xᵀ Ω_A and the user–item
 * one Ω_A X Â B̂ᵀ Ω_B (Ω normalising rows), while the predictions X Â B̂ᵀ do not
 * depend on D.
 *
 * Checked exactly over Q, every cosine as sign and square:
 * 1. on random models of objective (1) (`gaugeModelArb`: data with rational
 *    SVD, the closed form (Â, B̂) of Eq. 5 at rank k, a random invertible
 *    diagonal D): X (Â D)(B̂ D⁻¹)ᵀ = X Â B̂ᵀ; the three formulas of Eq. 4
 *    (`rescaledCosines`) equal the cosines computed directly from the rows of
 *    B̂ D⁻¹ and X Â D (`cosineMatrix`, `cosine`); the run counts how often the
 *    item–item and user–user matrices moved;
 * 2. the notes' example (√λ = 12, σ = 35, 16, 9, 5; k = 4) with
 *    D = diag(2, 1, 1, 1): both matrices move (their first entry that moves is
 *    shown), the predictions do not.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { matEquals, matMul, type Matrix } from '../../../src/linalg/matrix.ts';
import { cosine, cosineEquals, cosineMatrix, cosineMatrixEntriesEqual, type ExactCosine } from '../../../src/cosine/index.ts';
import { closedForm1, predictions, rescale, rescaledCosines } from '../../../src/models/matrix-factorisation.ts';
import { gaugeModelArb, type GaugeModel } from '../../arbitraries/index.ts';
import { formatExactCosine } from '../../fuzz/format.ts';
import { claimOutcome, exactPart, runCountedProperty, type CountedCheck } from '../../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from '../claim.ts';
import { describeModel } from './describe.ts';
import { objective1Example } from './examples.ts';

/** What D did to one model: the cosines before (D = I) and after, and whether the predictions stayed. */
export interface RescalingEffect {
  readonly samePredictions: boolean;
  /** Eq. 4's three formulas equal the directly computed cosines (item–item, user–user, user–item). */
  readonly formulasMatch: { readonly itemItem: boolean; readonly userUser: boolean; readonly userItem: boolean };
  /** Item–item cosines of B̂ and of B̂ D⁻¹. */
  readonly itemItem: readonly [ExactCosine<Rational>[][], ExactCosine<Rational>[][]];
  /** User–user cosines of X Â and of X Â D. */
  readonly userUser: readonly [ExactCosine<Rational>[][], ExactCosine<Rational>[][]];
}

/** The effect of D = diag(d) on the closed-form solution of objective (1) at rank k for the model's data (exact; needs non-zero embeddings). */
export function rescalingEffect(m: Pick<GaugeModel, 'X' | 'V' | 'sigma' | 'lambda' | 'k' | 'd'>): RescalingEffect {
  const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
  const g = rescale(Q, f, m.d);
  const users = matMul(Q, m.X, g.A);
  const formula = rescaledCosines(Q, m.X, f, m.d);
  const direct = users.map((u) => g.B.map((b) => cosine(Q, u, b)));
  const itemItem = [cosineMatrix(Q, f.B), cosineMatrix(Q, g.B)] as const;
  const userUser = [cosineMatrix(Q, matMul(Q, m.X, f.A)), cosineMatrix(Q, users)] as const;
  return {
    samePredictions: matEquals(Q, predictions(Q, m.X, g.A, g.B), predictions(Q, m.X, f.A, f.B)),
    formulasMatch: {
      itemItem: cosineMatrixEntriesEqual(Q, formula.itemItem, itemItem[1]),
      userUser: cosineMatrixEntriesEqual(Q, formula.userUser, userUser[1]),
      userItem: cosineMatrixEntriesEqual(Q, formula.userItem, direct),
    },
    itemItem,
    userUser,
  };
}

/** The first (i, j), i < j, where two cosine matrices differ, or null. */
export function firstDifference(C1: readonly (readonly ExactCosine<Rational>[])[], C2: readonly (readonly ExactCosine<Rational>[])[]): [number, number] | null {
  for (let i = 0; i < C1.length; i++) for (let j = i + 1; j < C1.length; j++) if (!cosineEquals(Q, C1[i][j], C2[i][j])) return [i, j];
  return null;
}

/** "cos(name_i, name_j) = a under D = I but b under D" for the first entry that moved, or "unchanged". */
export function movedText(name: string, C: readonly [Matrix<ExactCosine<Rational>>, Matrix<ExactCosine<Rational>>]): string {
  const at = firstDifference(C[0], C[1]);
  if (at === null) return `${name} cosines unchanged`;
  const [i, j] = at;
  return `cos(${name}_${i}, ${name}_${j}) = ${formatExactCosine(Q, C[0][i][j])} at D = I but ${formatExactCosine(Q, C[1][i][j])} at D`;
}

/** The exact check of one model: predictions unchanged by D, the three formulas equal the direct cosines (4 identities). */
export function checkRescaledCosines(m: GaugeModel, onMoved?: (itemItem: boolean, userUser: boolean) => void): CountedCheck {
  const e = rescalingEffect(m);
  onMoved?.(firstDifference(...e.itemItem) !== null, firstDifference(...e.userUser) !== null);
  const flags = { predictions: e.samePredictions, ...e.formulasMatch };
  const failed = Object.entries(flags).filter(([, ok]) => !ok).map(([name]) => name);
  if (failed.length === 0) return { ok: true, certificates: 4 };
  return { ok: false, certificates: 0, detail: `Steck.Eq4 failed (${failed.join(', ')}) for\n${describeModel(m, { λ: m.lambda, k: m.k, d: m.d })}` };
}

const RUNS = 30;
/** D of the fixed example. */
const EXAMPLE_D = [2, 1, 1, 1].map((x) => Q.fromRational(x));

/** Steck.Eq4 as a runnable claim: the notes' example and `runs` random models (default 30). */
export const claimSteckEq4: ClaimCheck = {
  id: 'Steck.Eq4',
  statement: 'For a solution (A, B) of (1), the item–item and user–user cosines of (AD, BD⁻¹) change with D, the predictions XABᵀ do not; the formulas of Eq. 4 give the cosines.',
  method: 'property over random closed-form solutions of (1) + the notes\' example (cosines as sign and square)',
  run(opts: ClaimRunOptions = {}) {
    let example = '';
    const fixed = exactPart('the notes\' example with D = diag(2, 1, 1, 1)', () => {
      const data = objective1Example();
      const e = rescalingEffect({ ...data, k: data.sigma.length, d: EXAMPLE_D });
      const moved = firstDifference(...e.itemItem) !== null && firstDifference(...e.userUser) !== null;
      example = `notes' example, D = diag(2, 1, 1, 1): ${movedText('b', e.itemItem)}; ${movedText('u', e.userUser)}; predictions unchanged`;
      const ok = moved && e.samePredictions && Object.values(e.formulasMatch).every(Boolean);
      return { ok, certificates: ok ? 6 : 0, detail: ok ? undefined : example };
    });
    let items = 0;
    let users = 0;
    const random = runCountedProperty(gaugeModelArb(), (m) => checkRescaledCosines(m, (i, u) => { if (i) items++; if (u) users++; }), { ...opts, defaultRuns: RUNS });
    return claimOutcome(
      [fixed, random],
      `predictions unchanged and Eq. 4 = direct cosines on ${random.cases} random solutions (item–item moved in ${items}, user–user in ${users}); ${example}`,
    );
  },
};
