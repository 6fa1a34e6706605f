/**
 * Claim T5.6 (proof App. G): the cosine matrix of the braid differences,
 * C(DW), determines the ranking pattern R(W) (for W with distinct rows).
 *
 * Checked exactly on random rational models: W' = αWR + 1vᵀ (α > 0, R
 * orthogonal, v a translation) has C(DW') = C(DW) and R(W') = R(W) (both
 * enumerated, witnesses re-checked, differences certified); and R(W)
 * enumerated as rankings (adjacent transpositions) equals S(DW) read as
 * rankings (`rankingPatternsViaBraid`, Def. 5.4).
 */
import fc from 'fast-check';
import { RationalField as Q } from '../../src/field/rational.ts';
import { braidDifferences } from '../../src/linalg/braid.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { rankingPatternsViaBraid } from '../../lp/arrangements/ranking-patterns.ts';
import { runsFromEnv } from '../settings.ts';
import { formatSimilarityTranslatedPair, similarityTranslated, similarityTranslatedPairArb, type SimilarityTranslatedPair } from '../fuzz/model-pairs.ts';
import { comparePatterns, formatPatternDifference } from '../fuzz/pattern-difference.ts';
import { claimOutcome, runCountedProperty, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/**
 * The T5.6 check on one pair (W, α, R, v): C(DW') = C(DW), R(W') = R(W), and
 * R(W) = S(DW) read as rankings, all exact. Certificates: the cosine
 * identity plus every witness and difference certificate.
 */
export function checkT5_6(p: SimilarityTranslatedPair): CountedCheck {
  const W2 = similarityTranslated(p);
  const fail = (what: string): CountedCheck => ({ ok: false, certificates: 0, detail: `${what}\n${formatSimilarityTranslatedPair(p)}` });
  if (!cosineMatrixEquals(Q, braidDifferences(Q, p.W), braidDifferences(Q, W2))) return fail("C(DW') ≠ C(DW)");
  const cmp = comparePatterns(Q, 'ranking', p.W, W2);
  if (!cmp.same) return fail(`R(W') ≠ R(W):\n${formatPatternDifference(Q, cmp.differences[0], ['W', "W'"])}`);
  const viaBraid = rankingPatternsViaBraid(Q, p.W).map((r) => r.join(','));
  const direct = cmp.patterns[0];
  const sameSet = viaBraid.length === direct.length && new Set([...viaBraid, ...direct]).size === direct.length;
  if (!sameSet) return fail(`R(W) enumerated by rankings (${direct.length}) ≠ S(DW) read as rankings (${viaBraid.length})`);
  return { ok: true, certificates: 1 + cmp.certificates };
}

/** Claim T5.6: `run` checks `runs` random pairs (default 25; half with degenerate structure). */
export const claimT5_6: ClaimCheck = {
  id: 'T5.6',
  statement: "C(DW) determines R(W): W' = αWR + 1vᵀ has C(DW') = C(DW) and R(W') = R(W); R(W) = S(DW) read as rankings.",
  method: 'property over N random exact models (ranking patterns enumerated two ways and certified, cosines compared exactly)',
  run(opts: ClaimRunOptions = {}) {
    const runs = opts.runs ?? runsFromEnv(25);
    const size = { k: { min: 2, max: 5 }, d: { min: 1, max: 3 }, distinctRows: true };
    const pairs = fc.oneof(similarityTranslatedPairArb(size), similarityTranslatedPairArb({ ...size, degenerate: true }));
    const part = runCountedProperty(pairs, checkT5_6, { seed: opts.seed, runs, defaultRuns: runs, onProgress: opts.onProgress });
    return claimOutcome([part], `C(DW) and R preserved by αWR + 1vᵀ, and R(W) = S(DW), on ${part.cases} random models`);
  },
};
