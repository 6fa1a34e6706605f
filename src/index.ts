/**
 * The package entry `cosine-verify`: exact label geometry and certified decisions for
 * your own code. Every name below is exported on purpose; modules not listed (the CLI,
 * the grid, `internal/` folders, float engine internals) are not part of the API.
 * Arbitraries, claims and the conjecture fuzzer are in `cosine-verify/properties`; the
 * HTML report builders in `cosine-verify/report`.
 *
 * ```js
 * import { RationalField as Q, loadMatrixFile, cosineMatrix, modelRankingPatterns } from 'cosine-verify';
 * const { F, W } = loadMatrixFile('W.npy');          // exact dyadic rationals, k × d
 * modelRankingPatterns({ F, W }).rankings.length      // |R(W)|, every ranking certified
 * ```
 *
 * Conventions: W is k × d (rows are labels), entries are elements of an ordered field F
 * (`RationalField`, or `quadraticField(n)` for Q(√n)); a `Model` is { F, W, bias?, labels? };
 * every decision carries a certificate (a witness x, or a Gordan/Motzkin certificate y)
 * checked exactly before it is returned.
 */

// Fields: exact rationals, Q(√n), exact conversions of floats, exact decimals for display.
export type { Ring, OrderedField } from './field/ordered-field.ts';
export { RationalField, rat, parseRational, formatRational, type Rational } from './field/rational.ts';
export { quadraticField, type Quadratic, type QuadraticField } from './field/quadratic.ts';
export { fieldKind, rationalValue } from './field/field-kind.ts';
export { rationalFromFloat64 } from './field/dyadic.ts';
export { rationalFromFloat16Bits, rationalFromBfloat16Bits } from './field/half-float.ts';
export { formatDecimal } from './field/decimal.ts';
export {
  parseEntryMatrix, parseEntryVector, withField,
  type FieldMatrix, type FieldVector, type AnyField, type AnyFieldMatrix, type AnyFieldVector, type NumberReading,
} from './field/entry-matrix.ts';

// Exact linear algebra over any ordered field.
export {
  transpose, matMul, matVec, matEquals, dot, identity, shape, formatMatrix, parseMatrix, type Matrix, type Vector,
} from './linalg/matrix.ts';
export { rank, rref, nullspace, solve, independentRows } from './linalg/echelon.ts';
export { determinant } from './linalg/determinant.ts';
export { inverse } from './linalg/inverse.ts';
export { columnRightInverse, solveOnColumns, type ColumnRightInverse } from './linalg/right-inverse.ts';
export { braidMatrix, braidDifferences, braidPairs } from './linalg/braid.ts';
export { centerColumns, columnMeans, isCentered } from './linalg/centering.ts';
export { gramMatrix, squaredRowNorms } from './linalg/gram.ts';

// Cosines as sign and square (Def. 5.2): decided exactly even when irrational.
export {
  cosine, cosineEquals, compareCosines, cosineValue, cosineFromInnerProducts, type ExactCosine,
} from './cosine/exact-cosine.ts';
export { cosineMatrix, centeredCosineMatrix, braidCosineMatrix, cosineMatrixEquals } from './cosine/cosine-matrix.ts';
export { cosineToText, cosineFromText, formatCosine } from './cosine/cosine-text.ts';

// Models: the one model type, logits, probabilities (float64, said so), equivalence.
export { assertModel, homogenise, type Model } from './models/model.ts';
export { logits } from './models/logits.ts';
export { softmaxProbabilitiesFloat64 } from './models/softmax.ts';
export { sigmoidProbabilitiesFloat64 } from './models/sigmoid.ts';
export { softmaxEquivalent, equivalenceTranslation } from './models/equivalence.ts';

// §3 of the paper as constructions: translations that change cosines but no probability.
export { extremeCosineModels, type ExtremeCosineModels } from './lemmas/extreme-cosine-models.ts';
export { translationInvariance } from './lemmas/translation-invariance.ts';

// The paper's worked examples (App. C, H), exact.
export { loadExamples, listExampleMatrices, type PaperExamples, type NamedExampleMatrix } from './examples/examples.ts';

// Reading models: every format exactly (JSON, CSV/savetxt, .npy, .npz, safetensors, TF.js), labels.
export { loadMatrixFile, readMatrixEntries, readVectorEntries, type MatrixFileOptions, type MatrixEntries } from './io/matrix-file.ts';
export { listTensors, readTensor } from './io/tensor-file.ts';
export { tensorRationalRows, type Tensor, type TensorInfo, type TensorDtype, type LabelAxis } from './io/tensor.ts';
export { readLabelFile, parseLabelList as parseLabelNames, checkLabels } from './io/labels.ts';

// The certified decision engine.
export { decideStrictSystem, type Decision, type StrictSystemOptions } from '../lp/engine/strict-system.ts';
export { checkCertificate, type Certificate, type Witness, type Infeasibility } from '../lp/engine/certificate.ts';
export { certificateToJSON, certificateFromJSON, type CertificateJSON } from '../lp/engine/certificate-json.ts';
export { decideStrictSystemExact } from '../lp/engine/exact-simplex.ts';
export { engineStats, resetEngineStats } from '../lp/engine/engine-stats.ts';

// Questions as data: one registry, one decision function for any question and any Model.
export { logitSystemMatrices, difference, type LogitSystem, type StrictSystem } from '../lp/queries/logit-system.ts';
export { decideQuestion, questionSystem, surveyQuestion, type Question, type AnyQuestion, type QuestionDecision } from '../lp/queries/question.ts';
export { QUESTIONS, findQuestion } from '../lp/queries/registry.ts';
export { argmaxQuestion, decideArgmaxable, argmaxableLabels } from '../lp/queries/argmax.ts';
export { tieForTopQuestion, decideTieForTop, tieForTopPairs } from '../lp/queries/tie-for-top.ts';
export { signVectorQuestion, decideSignVector, formatSignVector, parseSignVector, type Sign, type SignVector } from '../lp/queries/sign-vector.ts';
export { rankingQuestion, decideRanking, type Ranking } from '../lp/queries/ranking.ts';
export { topPrefixQuestion } from '../lp/queries/top-prefix.ts';

// Arrangements: S(W) and R(W), counts, oriented matroids, everything-by-rank, comparisons.
export { enumerateSignPatterns, modelSignPatterns, type SignPatternEnumeration } from '../lp/arrangements/sign-patterns.ts';
export { enumerateRankingPatterns, modelRankingPatterns, rankingPatternsViaBraid, type RankingPatternEnumeration } from '../lp/arrangements/ranking-patterns.ts';
export { allRankingsByRank, allSignVectorsByRank, type SurjectiveLogits } from '../lp/arrangements/full-rank.ts';
export { cover1965, cover1967 } from '../lp/arrangements/counting/cover.ts';
export { regionCount } from '../lp/arrangements/counting/zaslavsky.ts';
export { chirotope, sameChirotope } from '../lp/arrangements/oriented-matroid/chirotope.ts';
export { circuits, type SignedCircuit } from '../lp/arrangements/oriented-matroid/circuits.ts';
export {
  compareModelPatterns, certifyModelPatternDifference, enumerateModelPatterns, patternSystem,
  type PatternKind, type PatternDifference, type PatternComparison,
} from '../lp/arrangements/pattern-difference.ts';
export { compareModels, type ModelComparison, type CompareOptions, type CosineComparison, type PatternSetComparison } from '../lp/arrangements/compare-models.ts';

// The scale path: the same questions, certified, on a dense float unembedding (docs/scale.md).
export { denseMatrix, loadDenseMatrix, type DenseMatrix, type DenseLoadOptions, type FloatArray } from './dense/dense-matrix.ts';
export {
  decideSystemsAtScale, collectAtScale,
  type ScaleOptions, type ScaleProgress, type ScaleSummary, type SystemResult, type KernelChoice,
} from '../lp/scale/decide-at-scale.ts';
export { decideQuestionAtScale, type QuestionResult } from '../lp/scale/question-at-scale.ts';
export { argmaxableAtScale, type ArgmaxResult, type ArgmaxScaleOptions } from '../lp/scale/argmax-at-scale.ts';
export { topPrefixAtScale, type TopPrefixResult } from '../lp/scale/top-prefix-at-scale.ts';
export { checkScaleCertificate, sparseCertificateJSON, type ScaleCertificate, type SparseCertificateJSON } from '../lp/scale/scale-certificate.ts';
export { nearestLabels } from './dense/nearest-labels.ts';

