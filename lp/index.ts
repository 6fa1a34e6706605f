/**
 * The public entry of `lp/`, in three layers (each imports only the ones above it):
 *
 * - `engine/` — the certified decision engine: strict homogeneous systems
 *   {A x > 0, B x = 0} decided by glpk (floating point) and certified exactly
 *   (a witness x, or a Gordan/Motzkin certificate y), with an exact simplex as
 *   the fallback; certificates and their JSON form; the engine's counters.
 * - `queries/` — the questions asked of the engine about a classifier with
 *   unembedding W (k × d, rows are labels): can label i be the top label, can
 *   labels i and j tie for the top, is a sign vector in S(W), …
 * - `scale/` — the same questions at vocabulary scale on a dense float
 *   unembedding (`src/dense/`): constraint generation on logit systems, the
 *   filtered exact predicates, sparse certificates (argmax, top-m prefixes).
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
export { decideStrictFast, fastCertificate, fastDecideStats, resetFastDecideStats, unitFloatRows } from './engine/nearest-point.ts';
export { engineStats, resetEngineStats } from './engine/engine-stats.ts';

export { argmaxableRows, decideArgmaxable, argmaxableLabels } from './queries/argmax.ts';
export { decideTieForTop, tieForTopPairs } from './queries/tie-for-top.ts';
export { formatSignVector, parseSignVector, type Sign, type SignVector } from './queries/sign-vector.ts';

export {
  signVectorRows, decideSignVector, enumerateSignPatterns, bruteForceSignPatterns, type SignPatternEnumeration,
} from './arrangements/sign-patterns.ts';
export {
  rankingRows, decideRanking, enumerateRankingPatterns, rankingPatternsViaBraid, type Ranking, type RankingPatternEnumeration,
} from './arrangements/ranking-patterns.ts';
export { cover1965, cover1967, unsignedStirling1 } from './arrangements/counting/cover.ts';
export { inGeneralPositionForRankings } from './arrangements/counting/general-position.ts';
export { regionCount } from './arrangements/counting/zaslavsky.ts';
export { chirotope, sameChirotope, subsetKey } from './arrangements/oriented-matroid/chirotope.ts';
export { circuits, type SignedCircuit } from './arrangements/oriented-matroid/circuits.ts';
export { conformsTo, signPatternsFromCircuits } from './arrangements/oriented-matroid/topes.ts';

export { argmaxableAtScale, selectLabels, type ArgmaxResult, type ArgmaxScaleOptions } from './scale/argmax-at-scale.ts';
export { topPrefixAtScale, type TopPrefixResult } from './scale/top-prefix-at-scale.ts';
export { decideSystemsAtScale, type ScaleOptions, type ScaleProgress, type ScaleSummary, type SystemResult, type KernelChoice } from './scale/decide-at-scale.ts';
export { argmaxSystem, topPrefixSystem, type LogitForm, type LogitSystem, type DominatesBlock } from './scale/logit-system.ts';
export { checkScaleCertificate, type ScaleCertificate, type RowRef } from './scale/scale-certificate.ts';
export { reduceToRowSpace } from './engine/row-space.ts';
