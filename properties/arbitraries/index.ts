/**
 * Every arbitrary of cosine-verify's property tests, one per module, plus
 * the exact precondition predicates the matrix arbitraries filter on.
 */
export { rationalArb, type RationalArbOptions } from './rational.ts';
export { quadraticArb } from './quadratic.ts';
export { fieldMatrixArb, sizeRange, type MatrixShapeOptions, type SizeOption } from './field-matrix.ts';
export { rationalMatrixArb, type RationalMatrixArbOptions } from './rational-matrix.ts';
export { quadraticMatrixArb, type QuadraticMatrixArbOptions } from './quadratic-matrix.ts';
export { degenerateStructureArb, applyDegenerateStructures, type DegenerateStructure, type SmallRational } from './degenerate-structure.ts';
export { positiveScalarArb, type PositiveRationalOptions } from './positive-scalar.ts';
export { positiveDiagonalArb } from './positive-diagonal.ts';
export { orthogonalMatrixArb, skewSymmetricFromUpper, type OrthogonalMatrixArbOptions } from './orthogonal.ts';
export { translationArb } from './translation.ts';
export { pointConfigurationArb } from './point-configuration.ts';
export { signVectorArb } from './sign-vector.ts';
export { rankingArb } from './ranking.ts';
export { hasNonZeroRows, hasDistinctRows, isInGeneralPosition } from './matrix-preconditions.ts';
export { invertibleDiagonalArb } from './invertible-diagonal.ts';
export { pythagoreanSpectrumArb, type PythagoreanSpectrum, type PythagoreanSpectrumOptions } from './pythagorean-spectrum.ts';
export { shiftedSquareSpectrumArb, type ShiftedSquareSpectrum, type ShiftedSquareSpectrumOptions } from './shifted-square-spectrum.ts';
export { svdDataArb, type SvdData, type SvdDataOptions } from './svd-data.ts';
export { distinctUnitFractionsArb } from './unit-fractions.ts';
export { rankedSvdModelArb, MODEL_ITEMS, type RankedSvdModelOptions } from './ranked-svd-model.ts';
export { gaugeModelArb, type GaugeModel } from './gauge-model.ts';
export { weightDecayModelArb, type WeightDecayModel } from './weight-decay-model.ts';
