import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { svdProduct } from '../../src/models/matrix-factorisation.ts';
import { orthogonalMatrixArb } from './orthogonal.ts';

/** Data X = U Σ Vᵀ with its exact SVD (rows of X are users, columns items). */
export interface SvdData {
  /** X, n × p. */
  readonly X: Rational[][];
  /** U, n × p, orthonormal columns (the first p columns of a rational orthogonal n × n matrix). */
  readonly U: Rational[][];
  /** V, p × p, rational orthogonal; column i is the right singular vector of σ_i. */
  readonly V: Rational[][];
}

/** Options of `svdDataArb`. */
export interface SvdDataOptions {
  /** Largest number of users beyond p: n = p + extra, extra ∈ [0, maxExtraUsers] (default 1). */
  maxExtraUsers?: number;
}

/**
 * Exact data with a known SVD for the matrix-factorisation claims
 * (steck-notes.md, "Making it exact"): for every spectrum `{ sigma, ... }` of
 * `spectrum` (p = sigma.length values), rational orthogonal U₀ (n × n) and V
 * (p × p) from the Cayley transform (`orthogonalMatrixArb`, reflections
 * included), U = the first p columns of U₀ and X = U · diag(σ) · Vᵀ
 * (`svdProduct`), so XᵀX = V diag(σ²) Vᵀ exactly. The spectrum's own fields
 * are kept. Shrinks the spectrum first, then U₀ and V towards I.
 * Throws `RangeError` when maxExtraUsers is not a non-negative integer.
 */
export function svdDataArb<S extends { readonly sigma: readonly Rational[] }>(spectrum: fc.Arbitrary<S>, opts: SvdDataOptions = {}): fc.Arbitrary<S & SvdData> {
  const { maxExtraUsers = 1 } = opts;
  if (!Number.isSafeInteger(maxExtraUsers) || maxExtraUsers < 0) throw new RangeError(`svdDataArb: maxExtraUsers must be a non-negative integer, got ${maxExtraUsers}`);
  return spectrum.chain((s) => {
    const p = s.sigma.length;
    const users = fc.integer({ min: 0, max: maxExtraUsers }).chain((extra) => orthogonalMatrixArb(p + extra));
    return fc.tuple(users, orthogonalMatrixArb(p)).map(([U0, V]) => {
      const U = U0.map((row) => row.slice(0, p));
      return { ...s, X: svdProduct(Q, U, s.sigma, V), U, V };
    });
  });
}
