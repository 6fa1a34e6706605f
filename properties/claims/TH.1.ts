/**
 * Claim T H.1 (App. H.2): even for point configurations (W with a constant
 * column: classifiers with a bias), the sign pattern does not determine the
 * ranking pattern.
 *
 * A falsification claim, checked two ways:
 * 1. the paper's example (examples.json H.2, from Björner et al., Oriented
 *    Matroids, §1.10): S([1|A]) = S([1|B]) (both enumerated, every witness
 *    re-checked, and equal chirotopes), R(A) ≠ R(B), with R(A) \ R(B) and
 *    R(B) \ R(A) listed exactly and every ranking in them certified (witness
 *    in one, Gordan certificate in the other);
 * 2. a fuzz search for new pairs: `sign-pattern-determines-ranking-pattern`
 *    (move one point of a random configuration; keep pairs whose chirotopes
 *    agree) must be refuted within its budget, and the counterexample is
 *    re-certified here (chirotopes, sign patterns by the circuit engine,
 *    ranking certificates).
 */
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import { matEquals, type Matrix } from '../../src/linalg/matrix.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { sameChirotope } from '../../lp/arrangements/oriented-matroid/chirotope.ts';
import signPatternDeterminesRankingPattern, {
  homogenize,
  perturbed,
} from '../fuzz/conjectures/sign-pattern-determines-ranking-pattern.ts';
import { comparePatterns, type PatternComparison } from '../fuzz/pattern-difference.ts';
import { falsificationClaim, type SummarisedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck } from './claim.ts';

/** The facts of App. H.2 for point configurations A, B (k × d over Q). */
export interface SameSignDifferentRankingFacts {
  /** S([1|A]) vs S([1|B]), enumerated. */
  readonly signs: PatternComparison<Rational>;
  readonly sameChirotope: boolean;
  /** R(A) vs R(B), every difference certified. */
  readonly rankings: PatternComparison<Rational>;
  readonly certificates: number;
}

/**
 * Compares A and B as App. H.2 does: sign patterns of [1|A] and [1|B]
 * (enumerated), their chirotopes, and the ranking patterns R(A), R(B) with
 * every difference certified (`comparePatterns` with `all`). Exact over Q.
 */
export function sameSignDifferentRankingFacts(A: Matrix<Rational>, B: Matrix<Rational>): SameSignDifferentRankingFacts {
  const signs = comparePatterns(Q, 'sign', homogenize(A), homogenize(B));
  const rankings = comparePatterns(Q, 'ranking', A, B, { all: true });
  return { signs, sameChirotope: sameChirotope(Q, homogenize(A), homogenize(B)), rankings, certificates: signs.certificates + rankings.certificates };
}

/** The exact part: App. H.2's facts (examples.json H.2). */
function h2Check(): SummarisedCheck {
  const ex = loadExamples()['H.2'];
  const f = sameSignDifferentRankingFacts(ex.A, ex.B);
  const fmt = (rs: string[]) => rs.map((r) => `(${r})`).join(' ') || '∅';
  const summary = `H.2: |S| = ${f.signs.patterns[0].length} for both; |R(A)| = ${f.rankings.patterns[0].length}, |R(B)| = ${f.rankings.patterns[1].length}; R(A)\\R(B) = ${fmt(f.rankings.onlyIn[0])}; R(B)\\R(A) = ${fmt(f.rankings.onlyIn[1])}`;
  const fail = (detail: string) => ({ ok: false, certificates: f.certificates, detail, summary });
  if (!f.signs.same || !f.sameChirotope) return fail('S([1|A]) ≠ S([1|B])');
  if (f.rankings.same) return fail('R(A) = R(B)');
  if (f.rankings.differences.length !== f.rankings.onlyIn[0].length + f.rankings.onlyIn[1].length) return fail('not every ranking difference was certified');
  return { ok: true, certificates: f.certificates, summary };
}

/**
 * Claim T H.1: `run` certifies App. H.2 and fuzzes for a new pair with
 * `sign-pattern-determines-ranking-pattern` within a budget of `runs` models
 * (default 200, never below `MIN_FALSIFICATION_BUDGET`; `falsificationClaim`);
 * the evidence is certified by the conjecture and B is checked to be the
 * perturbation of the shrunk A.
 */
export const claimTH_1: ClaimCheck = falsificationClaim({
  id: 'TH.1',
  statement: 'S does not determine R, even for point configurations: S([1|A]) = S([1|B]) but R(A) ≠ R(B).',
  method: 'certified counterexample (App. H.2, Björner et al. §1.10) + fuzzer counterexample (shrunk, certified)',
  example: { name: 'App. H.2', check: h2Check },
  conjecture: signPatternDeterminesRankingPattern,
  defaultRuns: 200,
  wanted: 'new pair with S equal and R different',
  found: 'a new pair',
  matchesModel: (r) => matEquals(Q, perturbed(r.counterexample), r.evidence.B),
});
