import type fc from 'fast-check';
import { RationalField, type Rational } from '../../src/field/rational.ts';
import { isInGeneralPosition } from './matrix-preconditions.ts';
import { rationalMatrixArb, type RationalMatrixArbOptions } from './rational-matrix.ts';

/**
 * Point configurations in homogeneous coordinates: [1 | A] (k × (d + 1)),
 * where A (k × d, one point per row) comes from `rationalMatrixArb(opts)`
 * (so `k`, `d` here are the number of points and their dimension). The
 * constant first column makes affine structure linear: these are the
 * classifiers with a bias of App. H.2 (T H.1). `generalPosition` means
 * affine general position, checked on [1 | A] with exact minors (every
 * min(k, d + 1) rows of [1 | A] independent: no d + 1 points on a common
 * hyperplane); `nonZeroRows` always holds; `distinctRows`, `degenerate`
 * (repeated points, collinear points, parallelograms, …) apply to A.
 * Shrinks as `rationalMatrixArb` (points towards the origin, fewer points),
 * keeping the preconditions. Throws `RangeError` on a bad size option or on
 * `degenerate` together with `generalPosition`.
 */
export function pointConfigurationArb(opts: RationalMatrixArbOptions = {}): fc.Arbitrary<Rational[][]> {
  const { generalPosition = false, ...rest } = opts;
  if (generalPosition && rest.degenerate) {
    throw new RangeError('pointConfigurationArb: `degenerate` and `generalPosition` exclude each other');
  }
  const lifted = rationalMatrixArb(rest).map((A) => A.map((row) => [RationalField.one, ...row]));
  return generalPosition ? lifted.filter((W) => isInGeneralPosition(RationalField, W)) : lifted;
}
