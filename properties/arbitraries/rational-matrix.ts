import type fc from 'fast-check';
import { RationalField, type Rational } from '../../src/field/rational.ts';
import { fieldMatrixArb, type MatrixShapeOptions } from './field-matrix.ts';
import { rationalArb } from './rational.ts';

/** Options of `rationalMatrixArb`: shape and preconditions, plus the entry size. */
export interface RationalMatrixArbOptions extends MatrixShapeOptions {
  /** Largest absolute numerator of an entry (default 9). */
  maxNumerator?: number;
  /** Largest denominator of an entry (default 6). */
  maxDenominator?: number;
}

/**
 * Exact rational matrices W (k × d, rows are labels) with entries p/q,
 * |p| ≤ maxNumerator, 1 ≤ q ≤ maxDenominator (`rationalArb`), and the
 * options of `MatrixShapeOptions`: `k`, `d` fixed or `{ min, max }`,
 * `nonZeroRows`, `distinctRows`, `generalPosition` (every min(k, d) rows
 * independent, exact minors), `degenerate` (repeated / parallel /
 * anti-parallel rows, zero or dependent columns, collinear rows,
 * parallelograms, constant columns imposed on every value).
 * Shrinks k and d towards their minimum and entries towards 0 with small
 * denominators, exactly, keeping every requested precondition (`.filter`).
 * Throws `RangeError` on a bad size option or on `degenerate` together with
 * `generalPosition`.
 */
export function rationalMatrixArb(opts: RationalMatrixArbOptions = {}): fc.Arbitrary<Rational[][]> {
  const entry = rationalArb({ maxNumerator: opts.maxNumerator, maxDenominator: opts.maxDenominator });
  return fieldMatrixArb(RationalField, entry, opts);
}
