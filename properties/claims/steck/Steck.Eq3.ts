/**
 * Claim Steck.Eq3 (Steck, Ekanadham & Kallus 2024, Eq. 3): the gauge freedom
 * of objective (1). ‖X − X A Bᵀ‖²_F + λ‖A Bᵀ‖²_F depends on A and B only
 * through A Bᵀ, so (A D, B D⁻¹) for every invertible diagonal D — indeed
 * (A M, B M⁻ᵀ) for every invertible M — takes the same value; objective (2)
 * ‖X − X A Bᵀ‖²_F + λ(‖X A‖²_F + ‖B‖²_F) does not; both are unchanged by
 * (A R, B R) for R orthogonal.
 *
 * Checked exactly over Q:
 * 1. on random rational X (n × p), A, B (p × k), λ > 0, invertible diagonal D,
 *    invertible M = LU and rational orthogonal R (Cayley transform): objective
 *    (1) at (A D, B D⁻¹), (A M, B M⁻ᵀ) and (A R, B R) equals its value at
 *    (A, B), and objective (2) at (A R, B R) equals its value at (A, B);
 * 2. a counterexample for objective (2), with its values: at the closed-form
 *    minimiser (Â, B̂) of (2) on the notes' data (λ = 1, σ = 17, 10, 5, 2;
 *    a stationary point, gradient exactly zero) and D = diag(2, 1, 1, 1),
 *    objective (2) takes a larger value at (Â D, B̂ D⁻¹), while objective (1)
 *    does not move; the random run also counts how often (2) moved under D.
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { inverse } from '../../../src/linalg/inverse.ts';
import { matMul, transpose } from '../../../src/linalg/matrix.ts';
import { closedForm2, gradient2, isStationary, objective1, objective2, rescale, type Factorisation } from '../../../src/models/matrix-factorisation.ts';
import { invertibleDiagonalArb, orthogonalMatrixArb, positiveScalarArb, rationalMatrixArb } from '../../arbitraries/index.ts';
import { formatExactMatrix } from '../../fuzz/format.ts';
import { claimOutcome, exactPart, runCountedProperty, type CountedCheck } from '../../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from '../claim.ts';
import { invertibleMatrixArb } from '../Symmetries.ts';
import { objective2Example } from './examples.ts';

/** A random model (X, A, B, λ) with the three transformations of Eq. 3: D = diag(d), M invertible, R orthogonal (all k × k). */
export interface GaugeCase {
  readonly X: Rational[][];
  readonly A: Rational[][];
  readonly B: Rational[][];
  readonly lambda: Rational;
  readonly d: Rational[];
  readonly M: Rational[][];
  readonly R: Rational[][];
}

/** Random `GaugeCase`s: n, p, k ∈ [1, 3], entries from `rationalArb` (|p| ≤ 5, q ≤ 3), λ a positive rational. */
export function gaugeCaseArb(): fc.Arbitrary<GaugeCase> {
  const size = fc.integer({ min: 1, max: 3 });
  const entries = { maxNumerator: 5, maxDenominator: 3 };
  return fc.tuple(size, size, size).chain(([n, p, k]) =>
    fc.record({
      X: rationalMatrixArb({ k: n, d: p, ...entries }),
      A: rationalMatrixArb({ k: p, d: k, ...entries }),
      B: rationalMatrixArb({ k: p, d: k, ...entries }),
      lambda: positiveScalarArb({ maxNumerator: 5, maxDenominator: 3 }),
      d: invertibleDiagonalArb(k),
      M: invertibleMatrixArb(k),
      R: orthogonalMatrixArb(k),
    }),
  );
}

/** The four transformed factorisations of a case: (A D, B D⁻¹), (A M, B M⁻ᵀ), (A R, B R). */
export function gaugeTransforms(c: GaugeCase): { D: Factorisation<Rational>; M: Factorisation<Rational>; R: Factorisation<Rational> } {
  return {
    D: rescale(Q, { A: c.A, B: c.B }, c.d),
    M: { A: matMul(Q, c.A, c.M), B: matMul(Q, c.B, transpose(inverse(Q, c.M))) },
    R: { A: matMul(Q, c.A, c.R), B: matMul(Q, c.B, c.R) },
  };
}

/**
 * The exact check of one case: objective (1) unchanged under D, M and R,
 * objective (2) unchanged under R (4 exact identities). Reports through
 * `onObjective2` whether objective (2) moved under D.
 */
export function checkGaugeCase(c: GaugeCase, onObjective2?: (moved: boolean) => void): CountedCheck {
  const t = gaugeTransforms(c);
  const l1 = objective1(Q, c.X, c.A, c.B, c.lambda);
  const l2 = objective2(Q, c.X, c.A, c.B, c.lambda);
  const flags = {
    'objective (1) under D': Q.equals(objective1(Q, c.X, t.D.A, t.D.B, c.lambda), l1),
    'objective (1) under M': Q.equals(objective1(Q, c.X, t.M.A, t.M.B, c.lambda), l1),
    'objective (1) under R': Q.equals(objective1(Q, c.X, t.R.A, t.R.B, c.lambda), l1),
    'objective (2) under R': Q.equals(objective2(Q, c.X, t.R.A, t.R.B, c.lambda), l2),
  };
  onObjective2?.(!Q.equals(objective2(Q, c.X, t.D.A, t.D.B, c.lambda), l2));
  const failed = Object.entries(flags).filter(([, ok]) => !ok).map(([name]) => name);
  if (failed.length === 0) return { ok: true, certificates: 4 };
  const text = [formatExactMatrix(Q, c.X, 'X'), formatExactMatrix(Q, c.A, 'A'), formatExactMatrix(Q, c.B, 'B'), formatExactMatrix(Q, c.M, 'M'), formatExactMatrix(Q, c.R, 'R')];
  return { ok: false, certificates: 0, detail: `Steck.Eq3 failed (${failed.join(', ')}) for λ = ${Q.format(c.lambda)}, d = (${c.d.map((x) => Q.format(x)).join(', ')}),\n${text.join('\n')}` };
}

/** The objective values of the (2) counterexample. */
export interface Objective2Counterexample {
  /** The closed-form minimiser is a stationary point of (2) (gradient exactly zero). */
  readonly stationary: boolean;
  readonly d: Rational[];
  /** Objective (2) at (Â, B̂) and at (Â D, B̂ D⁻¹). */
  readonly objective2: readonly [Rational, Rational];
  /** Objective (1) (same λ) at (Â, B̂) and at (Â D, B̂ D⁻¹). */
  readonly objective1: readonly [Rational, Rational];
}

/** Objectives (1) and (2) at the closed-form minimiser of (2) on `objective2Example()` and at its rescaling by D = diag(2, 1, 1, 1). */
export function objective2Counterexample(): Objective2Counterexample {
  const e = objective2Example();
  const f = closedForm2(Q, e.V, e.sigma, e.lambda, e.sigma.length);
  const d = [Q.fromRational(2), Q.one, Q.one, Q.one];
  const g = rescale(Q, f, d);
  return {
    stationary: isStationary(Q, gradient2(Q, e.X, f.A, f.B, e.lambda)),
    d,
    objective2: [objective2(Q, e.X, f.A, f.B, e.lambda), objective2(Q, e.X, g.A, g.B, e.lambda)],
    objective1: [objective1(Q, e.X, f.A, f.B, e.lambda), objective1(Q, e.X, g.A, g.B, e.lambda)],
  };
}

/** The text of the counterexample: both objectives at both points. */
function counterexampleText(c: Objective2Counterexample): string {
  return (
    `at the minimiser (Â, B̂) of (2) for λ = 1, σ = (17, 10, 5, 2) and D = diag(${c.d.map((x) => Q.format(x)).join(', ')}): ` +
    `objective (2) = ${Q.format(c.objective2[0])} at (Â, B̂) but ${Q.format(c.objective2[1])} at (ÂD, B̂D⁻¹); ` +
    `objective (1) = ${Q.format(c.objective1[0])} at both`
  );
}

const RUNS = 40;

/** Steck.Eq3 as a runnable claim: the exact counterexample for (2) and `runs` random cases (default 40). */
export const claimSteckEq3: ClaimCheck = {
  id: 'Steck.Eq3',
  statement: 'Objective (1) takes the same value at (AD, BD⁻¹) and (AM, BM⁻ᵀ) as at (A, B); objective (2) does not; both are invariant under (AR, BR), R orthogonal.',
  method: 'property over random exact models (D, M, R) + exact counterexample for (2) at its minimiser',
  run(opts: ClaimRunOptions = {}) {
    let example = '';
    const counter = exactPart('objective (2) counterexample', () => {
      const c = objective2Counterexample();
      example = counterexampleText(c);
      const ok = c.stationary && Q.compare(c.objective2[1], c.objective2[0]) > 0 && Q.equals(c.objective1[0], c.objective1[1]);
      return { ok, certificates: ok ? 3 : 0, detail: ok ? undefined : `${c.stationary ? '' : 'the closed form of (2) is not stationary; '}${example}` };
    });
    let moved = 0;
    const random = runCountedProperty(gaugeCaseArb(), (c) => checkGaugeCase(c, (m) => { if (m) moved++; }), { ...opts, defaultRuns: RUNS });
    return claimOutcome(
      [counter, random],
      `objective (1) unchanged under D, M and R, objective (2) under R, on ${random.cases} random models (objective (2) moved under D in ${moved}); ${example}`,
    );
  },
};
