import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { matMul } from '../../src/linalg/matrix.ts';
import { closedForm1 } from '../../src/models/matrix-factorisation.ts';
import { sizeRange } from './field-matrix.ts';
import { invertibleDiagonalArb } from './invertible-diagonal.ts';
import { hasNonZeroRows } from './matrix-preconditions.ts';
import { pythagoreanSpectrumArb, type PythagoreanSpectrum } from './pythagorean-spectrum.ts';
import { MODEL_ITEMS, rankedSvdModelArb, type RankedSvdModelOptions } from './ranked-svd-model.ts';
import type { SvdData } from './svd-data.ts';

/** A model of objective (1) with its gauge: data, rank k of the closed form, and an invertible diagonal D = diag(d). */
export type GaugeModel = PythagoreanSpectrum & SvdData & { readonly k: number; readonly d: Rational[] };

/**
 * Models of objective (1) of Steck et al. (2024) with their gauge freedom
 * (Steck.Eq3, Eq4, Remedy): exact data X = U Σ Vᵀ over
 * `pythagoreanSpectrumArb` (so the closed form `closedForm1` is rational)
 * with a rank k ∈ [minK, p] (`rankedSvdModelArb`), and an invertible
 * diagonal D = diag(d), d ∈ (Q∖{0})^k (the head of an `invertibleDiagonalArb`
 * of the largest size, so shrinking keeps it). Only models whose item
 * embeddings (rows of B̂) and user embeddings (rows of X Â) are all non-zero
 * are kept (`.filter`, honoured while shrinking), so every cosine of Eq. 4 is
 * defined. Shrinks towards full rank, few items, small data and d → ±1.
 * Throws `RangeError` on a bad size option or minK.
 */
export function gaugeModelArb(opts: RankedSvdModelOptions = {}): fc.Arbitrary<GaugeModel> {
  const maxItems = sizeRange(opts.p ?? MODEL_ITEMS, 'p').max;
  return fc
    .tuple(rankedSvdModelArb((p) => pythagoreanSpectrumArb({ p }), opts, 'gaugeModelArb'), invertibleDiagonalArb(maxItems))
    .map(([m, d]) => ({ ...m, d: d.slice(0, m.k) }))
    .filter((m) => {
      const f = closedForm1(Q, m.V, m.sigma, m.lambda, m.k);
      return hasNonZeroRows(Q, f.B) && hasNonZeroRows(Q, matMul(Q, m.X, f.A));
    });
}
