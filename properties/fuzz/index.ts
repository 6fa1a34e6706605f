/** The conjecture fuzzer: conjecture shape, fuzzing, loading user modules, the built-in conjectures. */
export { defineConjecture, assertConjecture, holds, refutedBy, type Conjecture, type ConjectureVerdict, type AnyConjecture } from './conjecture.ts';
export { fuzzConjecture, type FuzzOptions, type FuzzResult, type FuzzRefuted, type FuzzNotRefuted } from './fuzz.ts';
export { loadConjectureModule } from './load.ts';
export { builtInConjectures, findBuiltInConjecture, listBuiltInConjectures } from './built-in.ts';
export { formatExactMatrix, formatExactCosine, formatCertificate, formatExactVector } from './format.ts';
export { comparePatterns, certifyPatternDifference, formatPatternDifference, patternRows, type PatternKind, type PatternDifference, type PatternComparison } from './pattern-difference.ts';
export { tieForTopConjecture, findTieForTopCounterexample, certifyTieForTopEvidence, tieForTopSystem, type TieForTopEvidence } from './tie-for-top.ts';
export { cosineDeterminesConjecture, cosineDeterminesCounterexample, type CosineDeterminesEvidence } from './cosine-determines.ts';
export { scaledRotatedPairArb, similarityTranslatedPairArb, scaledRotated, similarityTranslated, type ScaledRotatedPair, type SimilarityTranslatedPair } from './model-pairs.ts';
export { symmetricUnitMatrixArb, unitVectorFromStereographic } from './symmetric-unit-matrix.ts';
export { runCountedProperty, claimOutcome, exactPart, type CountedCheck, type PropertyRun } from './property-run.ts';
