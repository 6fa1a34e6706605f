import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import type { SizeOption } from './field-matrix.ts';
import { hasNonZeroRows } from './matrix-preconditions.ts';
import { shiftedSquareSpectrumArb, type ShiftedSquareSpectrum } from './shifted-square-spectrum.ts';
import { svdDataArb, type SvdData } from './svd-data.ts';

/** A model of objective (2) at two regularisations: data and the rank k of the closed form. */
export type WeightDecayModel = ShiftedSquareSpectrum & SvdData & { readonly k: number };

/** Options of `weightDecayModelArb`. */
export interface WeightDecayModelOptions {
  /** Number p of items (default `{ min: 2, max: 3 }`). */
  p?: SizeOption;
  /** Users beyond p (default 1), as in `svdDataArb`. */
  maxExtraUsers?: number;
  /** Smallest rank k of the factorisation (default 1; at most p). */
  minK?: number;
}

/**
 * Models of objective (2) of Steck et al. (2024) at two values of λ
 * (Steck.Eq6): exact data X = U Σ Vᵀ (`svdDataArb` over
 * `shiftedSquareSpectrumArb`, so `closedForm2` is rational at both λ) and a
 * rank k ∈ [minK, p]. Only models whose first k columns of V have no zero
 * row are kept (`.filter`), so that no item embedding (row of
 * B̂₍₂₎ = V_k · dMat(√(σ_i − λ))) is zero at either λ and every item–item
 * cosine is defined. Shrinks p, the spectrum, U and V, then k.
 * Throws `RangeError` on a bad size option.
 */
export function weightDecayModelArb(opts: WeightDecayModelOptions = {}): fc.Arbitrary<WeightDecayModel> {
  const { minK = 1 } = opts;
  const data = svdDataArb(shiftedSquareSpectrumArb({ p: opts.p ?? { min: 2, max: 3 } }), { maxExtraUsers: opts.maxExtraUsers }).filter((s) => s.sigma.length >= minK);
  return data
    .chain((s) => fc.integer({ min: minK, max: s.sigma.length }).map((k) => ({ ...s, k })))
    .filter((m) => hasNonZeroRows(Q, m.V.map((row) => row.slice(0, m.k))));
}
