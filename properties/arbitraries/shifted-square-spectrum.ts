import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { sizeRange, type SizeOption } from './field-matrix.ts';
import { positiveScalarArb } from './positive-scalar.ts';
import { distinctUnitFractionsArb } from './unit-fractions.ts';

/** Two regularisations and singular values for objective (2) whose closed-form factors are rational for both. */
export interface ShiftedSquareSpectrum {
  /** λ_low < λ_high, both positive. */
  readonly lambdas: readonly [Rational, Rational];
  /** σ_0 > σ_1 > … > λ_high, each with σ_i − λ_low and σ_i − λ_high squares of positive rationals. */
  readonly sigma: Rational[];
}

/** Options of `shiftedSquareSpectrumArb`. */
export interface ShiftedSquareSpectrumOptions {
  /** Number p of singular values (default `{ min: 1, max: 4 }`). */
  p?: SizeOption;
  /** Largest denominator b of the parameters τ = a/b ∈ (0, 1) (default 5). */
  maxDenominator?: number;
}

/**
 * Spectra for the closed form of objective (2) (Steck.Eq6) at two values of
 * λ with rational square roots: λ_low > 0, λ_high = λ_low + q², and for p
 * distinct τ_i = a/b ∈ (0, 1) the singular value σ_i = λ_high + r_i² with
 * r_i = q(1 − τ_i²)/(2τ_i); then σ_i − λ_high = r_i² and
 * σ_i − λ_low = (q(1 + τ_i²)/(2τ_i))², so √(σ_i − λ) and √(σ_i − λ)/σ_i are
 * rational for both λ (no factor is clipped by (·)₊). σ is sorted
 * decreasingly. Shrinks p towards its minimum, τ towards small a and b,
 * λ_low and q towards 1. Throws `RangeError` on a bad size option or a
 * denominator bound below 2.
 */
export function shiftedSquareSpectrumArb(opts: ShiftedSquareSpectrumOptions = {}): fc.Arbitrary<ShiftedSquareSpectrum> {
  const p = sizeRange(opts.p ?? { min: 1, max: 4 }, 'p');
  const { maxDenominator = 5 } = opts;
  const taus = distinctUnitFractionsArb(p, maxDenominator, 'shiftedSquareSpectrumArb');
  const small = positiveScalarArb({ maxNumerator: 4, maxDenominator: 2 });
  return fc.tuple(small, small, taus).map(([low, q, ts]) => {
    const high = low.add(q.mul(q));
    const sigma = ts.map((t) => {
      const r = q.mul(Q.one.sub(t.mul(t))).div(t.mul(2));
      return high.add(r.mul(r));
    });
    return { lambdas: [low, high] as const, sigma: sigma.sort((x, y) => y.compare(x)) };
  });
}
