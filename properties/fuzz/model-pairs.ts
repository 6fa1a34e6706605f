/**
 * Pairs of models related by the transformations of Section 5, as fast-check
 * arbitraries over Q:
 * - L5.3's corollary: W' = Λ[W 0]R (positive diagonal Λ, zero padding,
 *   orthogonal R) has C(W') = C(W);
 * - T5.6: W' = αWR + 1vᵀ (α > 0, orthogonal R, translation v) has
 *   C(DW') = C(DW).
 * Models shrink towards small W, Λ → I, α → 1, R → I, no padding, v → 0.
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { identity, matMul, scale } from '../../src/linalg/matrix.ts';
import { padColumns, scaleRows, translateRows } from '../../src/linalg/scaling.ts';
import {
  orthogonalMatrixArb,
  positiveDiagonalArb,
  positiveScalarArb,
  rationalMatrixArb,
  sizeRange,
  translationArb,
  type RationalMatrixArbOptions,
} from '../arbitraries/index.ts';
import { formatExactMatrix, formatExactVector } from './format.ts';

/** W and the data of W' = Λ[W 0]R (L5.3). */
export interface ScaledRotatedPair {
  readonly W: Rational[][];
  /** Diagonal of Λ, k positive entries. */
  readonly lambdas: Rational[];
  /** Number of zero columns appended before rotating. */
  readonly pad: number;
  /** Orthogonal (d + pad) × (d + pad). */
  readonly R: Rational[][];
}

/** W and the data of W' = αWR + 1vᵀ (T5.6). */
export interface SimilarityTranslatedPair {
  readonly W: Rational[][];
  readonly alpha: Rational;
  /** Orthogonal d × d. */
  readonly R: Rational[][];
  /** Translation, d entries. */
  readonly v: Rational[];
}

/** W' = Λ[W 0]R, exactly over Q. Throws `RangeError` (from the linalg helpers) on inconsistent sizes. */
export function scaledRotated(p: ScaledRotatedPair): Rational[][] {
  return matMul(Q, scaleRows(Q, p.lambdas, padColumns(Q, p.W, p.pad)), p.R);
}

/** W' = αWR + 1vᵀ, exactly over Q. Throws `RangeError` on inconsistent sizes. */
export function similarityTranslated(p: SimilarityTranslatedPair): Rational[][] {
  return translateRows(Q, scale(Q, p.alpha, matMul(Q, p.W, p.R)), p.v);
}

/** Options of the pair arbitraries: the options of `rationalMatrixArb` for W, plus the transformation's. */
export interface ModelPairOptions extends RationalMatrixArbOptions {
  /** Largest number of zero columns appended (L5.3 pairs; default 1). */
  readonly maxPad?: number;
  /** Draw a random orthogonal R (default true); false keeps R = I. */
  readonly rotate?: boolean;
}

/** Orthogonal matrices of every size 1 … n, drawn together so that a size can be picked after W is drawn (shrinks well, unlike `chain`). */
function orthogonalBySize(n: number, rotate: boolean): fc.Arbitrary<Rational[][][]> {
  if (!rotate) return fc.constant(Array.from({ length: n + 1 }, (_, s) => identity(Q, s)));
  return fc.tuple(...Array.from({ length: n + 1 }, (_, s) => orthogonalMatrixArb(s)));
}

/**
 * Pairs (W, Λ, pad, R) for L5.3: W from `rationalMatrixArb(opts)` (pass
 * `nonZeroRows` for cosines), Λ from `positiveDiagonalArb`, pad in
 * 0 … maxPad, R orthogonal of size d + pad (`orthogonalMatrixArb`, exact
 * Cayley transform) or I when `rotate` is false.
 */
export function scaledRotatedPairArb(opts: ModelPairOptions = {}): fc.Arbitrary<ScaledRotatedPair> {
  const { maxPad = 1, rotate = true, ...matrix } = opts;
  const k = sizeRange(matrix.k ?? { min: 1, max: 5 }, 'k');
  const d = sizeRange(matrix.d ?? { min: 1, max: 3 }, 'd');
  return fc
    .tuple(rationalMatrixArb(matrix), positiveDiagonalArb(k.max), fc.integer({ min: 0, max: maxPad }), orthogonalBySize(d.max + maxPad, rotate))
    .map(([W, l, pad, Rs]) => ({ W, lambdas: l.slice(0, W.length), pad, R: Rs[W[0].length + pad] }));
}

/**
 * Pairs (W, α, R, v) for T5.6: W from `rationalMatrixArb(opts)` (pass
 * `distinctRows` so that DW has no zero row), α from `positiveScalarArb`, R
 * orthogonal d × d (or I when `rotate` is false), v from `translationArb`.
 */
export function similarityTranslatedPairArb(opts: ModelPairOptions = {}): fc.Arbitrary<SimilarityTranslatedPair> {
  const { rotate = true, maxPad: _unused, ...matrix } = opts;
  const d = sizeRange(matrix.d ?? { min: 1, max: 3 }, 'd');
  return fc
    .tuple(rationalMatrixArb(matrix), positiveScalarArb(), orthogonalBySize(d.max, rotate), translationArb(d.max))
    .map(([W, alpha, Rs, v]) => ({ W, alpha, R: Rs[W[0].length], v: v.slice(0, W[0].length) }));
}

/** Exact text of an L5.3 pair: W, Λ, pad, R and W'. */
export function formatScaledRotatedPair(p: ScaledRotatedPair): string {
  return [
    formatExactMatrix(Q, p.W, 'W'),
    `Λ = diag${formatExactVector(Q, p.lambdas)}, ${p.pad} zero column(s) appended`,
    formatExactMatrix(Q, p.R, 'R (orthogonal)'),
    formatExactMatrix(Q, scaledRotated(p), "W' = Λ[W 0]R"),
  ].join('\n');
}

/** Exact text of a T5.6 pair: W, α, R, v and W'. */
export function formatSimilarityTranslatedPair(p: SimilarityTranslatedPair): string {
  return [
    formatExactMatrix(Q, p.W, 'W'),
    `α = ${Q.format(p.alpha)}, v = ${formatExactVector(Q, p.v)}`,
    formatExactMatrix(Q, p.R, 'R (orthogonal)'),
    formatExactMatrix(Q, similarityTranslated(p), "W' = αWR + 1vᵀ"),
  ].join('\n');
}

