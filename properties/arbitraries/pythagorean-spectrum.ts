import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { sizeRange, type SizeOption } from './field-matrix.ts';
import { positiveScalarArb } from './positive-scalar.ts';
import { distinctUnitFractionsArb } from './unit-fractions.ts';

/** A regularisation λ and singular values for objective (1) whose shrinkage factors have rational square roots. */
export interface PythagoreanSpectrum {
  /** λ = m², m > 0 rational. */
  readonly lambda: Rational;
  /** σ_0 > σ_1 > … > 0, each with σ_i² + λ the square of a rational (σ_i and √λ legs of a rational right triangle). */
  readonly sigma: Rational[];
}

/** Options of `pythagoreanSpectrumArb`. */
export interface PythagoreanSpectrumOptions {
  /** Number p of singular values (default `{ min: 1, max: 4 }`). */
  p?: SizeOption;
  /** Largest denominator b of the parameters τ = a/b ∈ (0, 1) (default 6). */
  maxDenominator?: number;
  /** Largest numerator of √λ (default 12; its denominator is at most 2). */
  maxRoot?: number;
}

/**
 * Spectra for the closed form of objective (1) (Steck.Eq5) with rational
 * square roots: λ = m² and σ_i = m(1 − τ_i²)/(2τ_i) for p distinct rationals
 * τ_i = a/b ∈ (0, 1), so that σ_i² + λ = (m(1 + τ_i²)/(2τ_i))² and
 * √(σ_i²/(σ_i² + λ)) = (1 − τ_i²)/(1 + τ_i²) are rational (the rational points
 * of the circle). m = 12 with τ ∈ {1/6, 1/3, 1/2, 2/3} gives the notes'
 * √λ = 12, σ ∈ {35, 16, 9, 5}. σ is sorted decreasingly (distinct, positive).
 * Shrinks p towards its minimum, τ towards small a and b, m towards 1.
 * Throws `RangeError` on a bad size option or a bound below 2 (denominator) or 1 (root).
 */
export function pythagoreanSpectrumArb(opts: PythagoreanSpectrumOptions = {}): fc.Arbitrary<PythagoreanSpectrum> {
  const p = sizeRange(opts.p ?? { min: 1, max: 4 }, 'p');
  const { maxDenominator = 6, maxRoot = 12 } = opts;
  const taus = distinctUnitFractionsArb(p, maxDenominator, 'pythagoreanSpectrumArb');
  return fc.tuple(positiveScalarArb({ maxNumerator: maxRoot, maxDenominator: 2 }), taus).map(([m, ts]) => ({
    lambda: m.mul(m),
    sigma: ts.map((t) => m.mul(Q.one.sub(t.mul(t))).div(t.mul(2))).sort((x, y) => y.compare(x)),
  }));
}
