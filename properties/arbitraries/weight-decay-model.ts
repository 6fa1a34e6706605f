import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { sizeRange, type SizeOption } from './field-matrix.ts';
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
 * cosine is defined. No `chain` (k = max(minK, p − gap)): shrinking drops
 * singular values, with U and V shrinking to leading blocks (`svdDataArb`),
 * and moves k towards p.
 * Throws `RangeError` on a bad size option or a minK outside [1, p_max].
 */
export function weightDecayModelArb(opts: WeightDecayModelOptions = {}): fc.Arbitrary<WeightDecayModel> {
  const p = sizeRange(opts.p ?? { min: 2, max: 3 }, 'p');
  const { minK = 1 } = opts;
  if (!Number.isSafeInteger(minK) || minK < 1 || minK > p.max) throw new RangeError(`weightDecayModelArb: minK must be an integer in [1, ${p.max}], got ${minK}`);
  const spectrum = shiftedSquareSpectrumArb({ p: { min: Math.max(p.min, minK), max: p.max } });
  return fc
    .tuple(fc.integer({ min: 0, max: p.max - minK }), svdDataArb(spectrum, { maxItems: p.max, maxExtraUsers: opts.maxExtraUsers }))
    .map(([gap, s]) => ({ ...s, k: Math.max(minK, s.sigma.length - gap) }))
    .filter((m) => hasNonZeroRows(Q, m.V.map((row) => row.slice(0, m.k))));
}
