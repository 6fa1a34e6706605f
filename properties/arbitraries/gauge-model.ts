import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { matMul } from '../../src/linalg/matrix.ts';
import { closedForm1 } from '../../src/models/matrix-factorisation.ts';
import { sizeRange, type SizeOption } from './field-matrix.ts';
import { invertibleDiagonalArb } from './invertible-diagonal.ts';
import { hasNonZeroRows } from './matrix-preconditions.ts';
import { pythagoreanSpectrumArb, type PythagoreanSpectrum } from './pythagorean-spectrum.ts';
import { svdDataArb, type SvdData } from './svd-data.ts';

/** A model of objective (1) with its gauge: data, rank k of the closed form, and an invertible diagonal D = diag(d). */
export type GaugeModel = PythagoreanSpectrum & SvdData & { readonly k: number; readonly d: Rational[] };

/** Options of `gaugeModelArb`. */
export interface GaugeModelOptions {
  /** Number p of items (default `{ min: 2, max: 3 }`). */
  p?: SizeOption;
  /** Users beyond p (default 1), as in `svdDataArb`. */
  maxExtraUsers?: number;
  /** Smallest rank k of the factorisation (default 1; at most p). */
  minK?: number;
}

/**
 * Models of objective (1) of Steck et al. (2024) with their gauge freedom
 * (Steck.Eq3, Eq4, Remedy): exact data X = U Σ Vᵀ (`svdDataArb` over
 * `pythagoreanSpectrumArb`, so the closed form `closedForm1` is rational), a
 * rank k ∈ [minK, p] and an invertible diagonal D = diag(d), d ∈ (Q∖{0})^k
 * (`invertibleDiagonalArb`). Only models whose item embeddings (rows of B̂)
 * and user embeddings (rows of X Â) are all non-zero are kept (`.filter`,
 * honoured while shrinking), so every cosine of Eq. 4 is defined. Shrinks p,
 * the spectrum, U and V, then k and d towards ±1.
 * Throws `RangeError` on a bad size option.
 */
export function gaugeModelArb(opts: GaugeModelOptions = {}): fc.Arbitrary<GaugeModel> {
  const p = sizeRange(opts.p ?? { min: 2, max: 3 }, 'p');
  const { minK = 1 } = opts;
  if (!Number.isSafeInteger(minK) || minK < 1 || minK > p.max) throw new RangeError(`gaugeModelArb: minK must be an integer in [1, ${p.max}], got ${minK}`);
  const spectrum = pythagoreanSpectrumArb({ p: { min: Math.max(p.min, minK), max: p.max } });
  return fc
    .tuple(fc.integer({ min: 0, max: p.max - minK }), svdDataArb(spectrum, { maxItems: p.max, maxExtraUsers: opts.maxExtraUsers }), invertibleDiagonalArb(p.max))
    .map(([gap, s, d]) => {
      const k = Math.max(minK, s.sigma.length - gap);
      return { ...s, k, d: d.slice(0, k) };
    })
    .filter((m) => {
      const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
      return hasNonZeroRows(Q, f.B) && hasNonZeroRows(Q, matMul(Q, m.X, f.A));
    });
}
