import fc from 'fast-check';
import type { Rational } from '../../src/field/rational.ts';
import { sizeRange, type SizeOption } from './field-matrix.ts';
import { svdDataArb, type SvdData } from './svd-data.ts';

/** Options of the matrix-factorisation model arbitraries (`rankedSvdModelArb`, `gaugeModelArb`, `weightDecayModelArb`). */
export interface RankedSvdModelOptions {
  /** Number p of items (default `MODEL_ITEMS`, 2 to 3). */
  p?: SizeOption;
  /** Users beyond p (default 1), as in `svdDataArb`. */
  maxExtraUsers?: number;
  /** Smallest rank k of the factorisation (default 1; at most the largest p). */
  minK?: number;
}

/** The default number of items of the model arbitraries. */
export const MODEL_ITEMS: SizeOption = { min: 2, max: 3 };

/**
 * Exact SVD data X = U Σ Vᵀ (`svdDataArb`) over the spectra
 * `spectrum({ min, max })` with p ∈ [max(p.min, minK), p.max] singular values,
 * and a rank k = max(minK, p − gap) for a closed-form factorisation, gap ∈
 * [0, p.max − minK]. No `chain`: shrinking moves k towards p (full rank) first,
 * then drops singular values (U and V shrink to leading blocks), then shrinks
 * the data. The building block of `gaugeModelArb` and `weightDecayModelArb`.
 * Throws `RangeError` (naming `what`) on a bad size option or a minK outside
 * [1, p.max].
 */
export function rankedSvdModelArb<S extends { readonly sigma: readonly Rational[] }>(
  spectrum: (p: { min: number; max: number }) => fc.Arbitrary<S>,
  opts: RankedSvdModelOptions = {},
  what = 'rankedSvdModelArb',
): fc.Arbitrary<S & SvdData & { readonly k: number }> {
  const p = sizeRange(opts.p ?? MODEL_ITEMS, 'p');
  const { minK = 1 } = opts;
  if (!Number.isSafeInteger(minK) || minK < 1 || minK > p.max) throw new RangeError(`${what}: minK must be an integer in [1, ${p.max}], got ${minK}`);
  const data = svdDataArb(spectrum({ min: Math.max(p.min, minK), max: p.max }), { maxItems: p.max, maxExtraUsers: opts.maxExtraUsers });
  return fc.tuple(fc.integer({ min: 0, max: p.max - minK }), data).map(([gap, s]) => ({ ...s, k: Math.max(minK, s.sigma.length - gap) }));
}
