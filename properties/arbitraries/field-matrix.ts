import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { applyDegenerateStructures, degenerateStructureArb } from './degenerate-structure.ts';
import { hasDistinctRows, hasNonZeroRows, isInGeneralPosition } from './matrix-preconditions.ts';

/** A matrix dimension: a fixed number, or a range `{ min, max }` (inclusive). */
export type SizeOption = number | { readonly min: number; readonly max: number };

/** Shape and precondition options shared by the matrix arbitraries. */
export interface MatrixShapeOptions {
  /** Number of rows k (labels), ≥ 1; default `{ min: 1, max: 5 }`. */
  k?: SizeOption;
  /** Number of columns d (dimension), ≥ 1; default `{ min: 1, max: 3 }`. */
  d?: SizeOption;
  /** Every row non-zero (default false). */
  nonZeroRows?: boolean;
  /** Rows pairwise different (default false). */
  distinctRows?: boolean;
  /** Every min(k, d) rows linearly independent, checked with exact minors (default false). */
  generalPosition?: boolean;
  /**
   * Impose one to three pieces of non-generic structure (`DegenerateStructure`):
   * a repeated row, a parallel or anti-parallel row, a zero column, a
   * dependent column, three collinear rows, a parallelogram, a constant
   * column (default false). Cannot be combined with `generalPosition`.
   */
  degenerate?: boolean;
}

/** Checks a size option and returns it as `{ min, max }`; `RangeError` naming the option otherwise. */
export function sizeRange(size: SizeOption, name: string): { min: number; max: number } {
  const r = typeof size === 'number' ? { min: size, max: size } : size;
  if (!Number.isSafeInteger(r.min) || !Number.isSafeInteger(r.max) || r.min < 1 || r.max < r.min) {
    throw new RangeError(`matrix arbitrary: ${name} must be an integer ≥ 1 or { min, max } with 1 ≤ min ≤ max, got ${JSON.stringify(size)}`);
  }
  return r;
}

/**
 * k × d matrices over F with entries drawn from `entry`, honouring the
 * shape and precondition options (the building block of
 * `rationalMatrixArb` and `quadraticMatrixArb`).
 *
 * Generation: k and d are drawn in their ranges, a full k_max × d_max block
 * of entries is drawn and its top-left k × d corner is kept, then (with
 * `degenerate`) the structures are imposed, and finally the preconditions
 * are enforced with `.filter`.
 * Shrinking: k and d shrink towards their minimum, entries shrink as `entry`
 * does, structures shrink to fewer and simpler ones; the filter is honoured
 * by fast-check while shrinking, so shrunk values keep every precondition.
 * Throws `RangeError` on a bad size option and when `degenerate` and
 * `generalPosition` are both set.
 */
export function fieldMatrixArb<T>(F: OrderedField<T>, entry: fc.Arbitrary<T>, opts: MatrixShapeOptions = {}): fc.Arbitrary<T[][]> {
  const k = sizeRange(opts.k ?? { min: 1, max: 5 }, 'k');
  const d = sizeRange(opts.d ?? { min: 1, max: 3 }, 'd');
  if (opts.degenerate && opts.generalPosition) {
    throw new RangeError('matrix arbitrary: `degenerate` and `generalPosition` exclude each other');
  }
  const block = fc.array(fc.array(entry, { minLength: d.max, maxLength: d.max }), { minLength: k.max, maxLength: k.max });
  const structures = opts.degenerate ? fc.array(degenerateStructureArb(), { minLength: 1, maxLength: 3 }) : fc.constant([]);
  const arb = fc
    .tuple(fc.integer(k), fc.integer(d), block, structures)
    .map(([kk, dd, B, S]) => applyDegenerateStructures(F, B.slice(0, kk).map((row) => row.slice(0, dd)), S));
  const { nonZeroRows = false, distinctRows = false, generalPosition = false } = opts;
  if (!nonZeroRows && !distinctRows && !generalPosition) return arb;
  return arb.filter(
    (W) => (!nonZeroRows || hasNonZeroRows(F, W)) && (!distinctRows || hasDistinctRows(F, W)) && (!generalPosition || isInGeneralPosition(F, W)),
  );
}
