/**
 * The public entry of `lp/`, in three layers (each imports only the ones above it):
 *
 * - `engine/` — the certified decision engine: strict homogeneous systems
 *   {A x > 0, B x = 0} decided by glpk (floating point) and certified exactly
 *   (a witness x, or a Gordan/Motzkin certificate y), with an exact simplex as
 *   the fallback; certificates and their JSON form; the engine's counters.
 * - `queries/` — the questions asked of the engine about a classifier (a
 *   `Model`: unembedding W, k × d, rows are labels, optional bias), as plain
 *   data in a registry: is a sign vector in S(W), is a ranking in R(W), can
 *   label i be the top label, can labels i and j tie for the top, can a
 *   prefix be the top-m labels; each is a label-level system of logit forms
 *   turned into exact matrices by ONE function (`logitSystemMatrices`).
 * - `scale/` — the same questions (the registry's `Question`s and their one
 *   `LogitSystem` type) at vocabulary scale on a dense float unembedding
 *   (`src/dense/`): constraint generation, the filtered exact predicates,
 *   witnesses on a tie's hyperplane, sparse certificates checked exactly.
 * - `arrangements/` — the combinatorics of the hyperplane arrangements behind
 *   S(W) and R(W): output-sensitive enumeration of sign and ranking patterns,
 *   Cover's and Zaslavsky's counts, chirotopes, circuits and topes.
 *
 * Code outside `lp/` imports from here; nobody outside a folder imports its `internal/`.
 */
export { decideStrictSystem, type Decision, type StrictSystemOptions } from './engine/strict-system.ts';
export { checkCertificate, systemColumns, type Certificate, type Witness, type Infeasibility } from './engine/certificate.ts';
export { certificateToJSON, certificateFromJSON, type CertificateJSON } from './engine/certificate-json.ts';
export { decideStrictSystemExact, simplexStandardForm, type SimplexResult } from './engine/exact-simplex.ts';
export { solveMaxMarginLP, NON_FINITE_INPUT, type MaxMarginResult } from './engine/max-margin-lp.ts';
export { decideStrictFast, fastCertificate, fastDecideStats, resetFastDecideStats, unitFloatRows, wolfeNearestPoint } from './engine/nearest-point.ts';
export { untrustedAnswer, isFloatVector, rowIndices, type FloatSolvers, type MaxMarginSolver, type NearestPointSolver, type NearestPoint } from './engine/float-solvers.ts';
export { engineStats, resetEngineStats } from './engine/engine-stats.ts';

export { type Model, homogenise, assertModel } from '../src/models/model.ts';
export {
  logitSystemMatrices, difference, signedLogit, formText, formTerms, inDominates, dominatedLabels, strictForms, strictRowCount, assertLogitSystem,
  type LogitForm, type LogitDifference, type SignedLogit, type DominatesBlock, type LogitSystem, type StrictSystem,
} from './queries/logit-system.ts';
export { decideQuestion, questionSystem, surveyQuestion, type Question, type AnyQuestion, type QuestionOption, type QuestionDecision, type Survey } from './queries/question.ts';
export { QUESTIONS, findQuestion } from './queries/registry.ts';
export { parseLabelIndex, parseLabelList, parseDistinctLabels, parseRanking, parseLabelPair } from './queries/arguments.ts';
export { argmaxQuestion, argmaxableRows, decideArgmaxable, argmaxableLabels } from './queries/argmax.ts';
export { tieForTopQuestion, decideTieForTop, tieForTopPairs } from './queries/tie-for-top.ts';
export { signVectorQuestion, signVectorRows, decideSignVector, formatSignVector, parseSignVector, type Sign, type SignVector } from './queries/sign-vector.ts';
export { rankingQuestion, rankingRows, decideRanking, type Ranking } from './queries/ranking.ts';
export { topPrefixQuestion } from './queries/top-prefix.ts';

export { enumerateSignPatterns, modelSignPatterns, bruteForceSignPatterns, type SignPatternEnumeration } from './arrangements/sign-patterns.ts';
export { enumerateRankingPatterns, modelRankingPatterns, rankingPatternsViaBraid, type RankingPatternEnumeration } from './arrangements/ranking-patterns.ts';
export { cover1965, cover1967, unsignedStirling1 } from './arrangements/counting/cover.ts';
export { assertSignPatternInvariants, assertRankingPatternInvariants, type FoundPatterns } from './arrangements/invariants.ts';
export type { EnumerationOptions } from './arrangements/enumeration-options.ts';
export { inGeneralPositionForRankings } from './arrangements/counting/general-position.ts';
export { regionCount } from './arrangements/counting/zaslavsky.ts';
export { chirotope, sameChirotope, subsetKey } from './arrangements/oriented-matroid/chirotope.ts';
export { circuits, type SignedCircuit } from './arrangements/oriented-matroid/circuits.ts';
export { conformsTo, signPatternsFromCircuits } from './arrangements/oriented-matroid/topes.ts';
export { allRankingsByRank, allSignVectorsByRank, type SurjectiveLogits } from './arrangements/full-rank.ts';
export {
  patternSystem, enumerateModelPatterns, compareModelPatterns, certifyModelPatternDifference,
  type PatternKind, type PatternDifference, type PatternComparison, type PatternEnumeration, type ComparePatternsOptions,
} from './arrangements/pattern-difference.ts';
export {
  compareModels, DEFAULT_COMPARE_MAX_REGIONS, DEFAULT_COMPARE_MAX_COSINES, DEFAULT_COMPARE_MAX_DIFFERENCES,
  type ModelComparison, type CosineComparison, type CosineEntryDifference, type PatternSetComparison, type PatternMethod, type CompareOptions,
} from './arrangements/compare-models.ts';

export {
  decideSystemsAtScale, collectAtScale,
  type ScaleOptions, type ScaleProgress, type ScaleSummary, type SystemResult, type KernelChoice, type ScaleStats, type ScaleFaults,
} from './scale/decide-at-scale.ts';
export { decideQuestionAtScale, type QuestionResult } from './scale/question-at-scale.ts';
export { argmaxableAtScale, selectLabels, type ArgmaxResult, type ArgmaxScaleOptions } from './scale/argmax-at-scale.ts';
export { topPrefixAtScale, type TopPrefixResult } from './scale/top-prefix-at-scale.ts';
export { floatRow, exactRow, scaleColumns } from './scale/dense-rows.ts';
export {
  checkScaleCertificate, rowIndex, sparseCertificateJSON, type ScaleCertificate, type SparseCertificateJSON, type RowRef,
} from './scale/scale-certificate.ts';
export { reduceToRowSpace } from './engine/row-space.ts';
