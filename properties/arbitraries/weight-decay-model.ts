import type fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { hasNonZeroRows } from './matrix-preconditions.ts';
import { rankedSvdModelArb, type RankedSvdModelOptions } from './ranked-svd-model.ts';
import { shiftedSquareSpectrumArb, type ShiftedSquareSpectrum } from './shifted-square-spectrum.ts';
import type { SvdData } from './svd-data.ts';

/** A model of objective (2) at two regularisations: data and the rank k of the closed form. */
export type WeightDecayModel = ShiftedSquareSpectrum & SvdData & { readonly k: number };

/**
 * Models of objective (2) of Steck et al. (2024) at two values of λ
 * (Steck.Eq6): exact data X = U Σ Vᵀ over `shiftedSquareSpectrumArb` (so
 * `closedForm2` is rational at both λ) with a rank k ∈ [minK, p]
 * (`rankedSvdModelArb`). Only models whose first k columns of V have no zero
 * row are kept (`.filter`), so that no item embedding (row of
 * B̂₍₂₎ = V_k · dMat(√(σ_i − λ))) is zero at either λ and every item–item
 * cosine is defined. Shrinks towards full rank, few items and small data.
 * Throws `RangeError` on a bad size option or minK.
 */
export function weightDecayModelArb(opts: RankedSvdModelOptions = {}): fc.Arbitrary<WeightDecayModel> {
  return rankedSvdModelArb((p) => shiftedSquareSpectrumArb({ p }), opts, 'weightDecayModelArb').filter((m) => hasNonZeroRows(Q, m.V.map((row) => row.slice(0, m.k))));
}
