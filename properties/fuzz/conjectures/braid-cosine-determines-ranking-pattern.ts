/**
 * Built-in conjecture (true, T5.6): equal cosine matrices of the braid
 * differences, C(DW) = C(DW'), give equal ranking patterns R(W) = R(W').
 * Checked on W' = αWR + 1vᵀ (α > 0, R orthogonal, v a translation), for
 * which C(DW') = C(DW) is re-checked exactly.
 */
import { RationalField as Q, type Rational } from '../../../src/field/rational.ts';
import { braidDifferences } from '../../../src/linalg/braid.ts';
import { cosineMatrixEquals } from '../../../src/cosine/index.ts';
import { defineConjecture, holds, refutedBy } from '../conjecture.ts';
import { formatSimilarityTranslatedPair, similarityTranslated, similarityTranslatedPairArb, type SimilarityTranslatedPair } from '../model-pairs.ts';
import { certifyPatternDifference, comparePatterns, formatPatternDifference, type PatternDifference } from '../pattern-difference.ts';

/** Evidence: W' and a ranking of one model that the other lacks, certified. */
export interface BraidCosineEvidence {
  readonly transformed: Rational[][];
  readonly difference: PatternDifference<Rational>;
}

/**
 * The check on one pair: W' = αWR + 1vᵀ; throws `Error` if C(DW') ≠ C(DW)
 * (a broken construction), else compares R(W) and R(W') exactly and returns
 * the first certified difference, or `null`.
 */
export function braidCosineCounterexample(p: SimilarityTranslatedPair): BraidCosineEvidence | null {
  const transformed = similarityTranslated(p);
  if (!cosineMatrixEquals(Q, braidDifferences(Q, p.W), braidDifferences(Q, transformed))) throw new Error('C(DW′) ≠ C(DW): the T5.6 construction is broken');
  const cmp = comparePatterns(Q, 'ranking', p.W, transformed);
  return cmp.same ? null : { transformed, difference: cmp.differences[0] };
}

export default defineConjecture<SimilarityTranslatedPair, BraidCosineEvidence>({
  name: 'braid-cosine-determines-ranking-pattern',
  description: "C(DW) = C(DW') implies R(W) = R(W') (D the braid matrix: rows w_i − w_j), on W' = αWR + 1vᵀ with α > 0, R orthogonal and a translation v.",
  source: 'T5.6 (proof App. G)',
  expected: 'true',
  arbitrary: similarityTranslatedPairArb({ k: { min: 2, max: 5 }, d: { min: 1, max: 3 }, distinctRows: true }),
  runs: 30,
  check(p) {
    const e = braidCosineCounterexample(p);
    return e === null ? holds() : refutedBy(e);
  },
  certify: (p, e) =>
    cosineMatrixEquals(Q, braidDifferences(Q, p.W), braidDifferences(Q, e.transformed)) && certifyPatternDifference(Q, [p.W, e.transformed], e.difference),
  format: (p, e) => [formatSimilarityTranslatedPair(p), "C(DW') = C(DW) exactly.", formatPatternDifference(Q, e.difference, ['W', "W'"])].join('\n'),
});
