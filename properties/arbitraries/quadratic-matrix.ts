import type fc from 'fast-check';
import type { Quadratic, QuadraticField } from '../../src/field/quadratic.ts';
import { fieldMatrixArb, type MatrixShapeOptions } from './field-matrix.ts';
import { quadraticArb } from './quadratic.ts';

/** Options of `quadraticMatrixArb`: shape and preconditions, plus the size of the rational parts a, b. */
export interface QuadraticMatrixArbOptions extends MatrixShapeOptions {
  /** Largest absolute numerator of a and of b in a + b√n (default 9). */
  maxNumerator?: number;
  /** Largest denominator of a and of b (default 6). */
  maxDenominator?: number;
}

/**
 * Exact matrices W (k × d, rows are labels) over Q(√n) = F, entries
 * a + b√n from `quadraticArb(F)`, with the same options as
 * `rationalMatrixArb`: `k`, `d`, `nonZeroRows`, `distinctRows`,
 * `generalPosition`, `degenerate` (the structure coefficients are rational).
 * Shrinks k and d towards their minimum and a, b towards 0, exactly,
 * keeping every requested precondition (`.filter`).
 * Throws `RangeError` on a bad size option or on `degenerate` together with
 * `generalPosition`.
 */
export function quadraticMatrixArb(F: QuadraticField, opts: QuadraticMatrixArbOptions = {}): fc.Arbitrary<Quadratic[][]> {
  const entry = quadraticArb(F, { maxNumerator: opts.maxNumerator, maxDenominator: opts.maxDenominator });
  return fieldMatrixArb(F, entry, opts);
}
