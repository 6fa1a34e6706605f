/**
 * Claim T5.5 (proof App. H.1): the cosine matrix C(W) — and so S(W) — does
 * not determine the ranking pattern R(W).
 *
 * A falsification claim, checked two ways:
 * 1. the paper's Fig. 3 example (examples.json H.1, exact in Q(√2)): C(W1) =
 *    C(W2) exactly, R(W1) ≠ R(W2) with every difference certified (witness in
 *    one model, Gordan certificate in the other), and label 2 argmaxable in
 *    W1 (witness) but not in W2 (Gordan certificate);
 * 2. the fuzzer: the conjecture "C(W) = C(W') ⇒ R(W) = R(W')" run on
 *    non-uniform positive row scalings W' = ΛW must be refuted within its
 *    budget, and the shrunk counterexample is certified exactly (C(W') = C(W)
 *    exactly, the ranking's witness and infeasibility certificate).
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField as Q } from '../../src/field/rational.ts';
import { matEquals, type Matrix } from '../../src/linalg/matrix.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { loadExamples } from '../../src/examples/examples.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { argmaxableRows, decideArgmaxable } from '../../lp/queries/argmax.ts';
import cosineDeterminesRankingPattern from '../fuzz/conjectures/cosine-determines-ranking-pattern.ts';
import { scaledRotated } from '../fuzz/model-pairs.ts';
import { comparePatterns, type PatternComparison } from '../fuzz/pattern-difference.ts';
import { falsificationClaim, type SummarisedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck } from './claim.ts';

/** What the Fig. 3 check found: the ranking comparison and label 2's two decisions. */
export interface Figure3Facts<T> {
  readonly sameCosineMatrix: boolean;
  readonly rankings: PatternComparison<T>;
  /** Label 2 argmaxable in W1, in W2 (certified decisions, re-checked). */
  readonly label2Argmaxable: readonly [boolean, boolean];
  readonly certificates: number;
}

/**
 * The facts of T5.5's example for two models W1, W2 (k × d over F): exact
 * cosine-matrix equality, the ranking patterns compared with every
 * difference certified, and label 2's argmaxability in each model with its
 * certificate re-checked. Throws `Error` if a certificate fails its check.
 */
export function figure3Facts<T>(F: OrderedField<T>, W1: Matrix<T>, W2: Matrix<T>): Figure3Facts<T> {
  const rankings = comparePatterns(F, 'ranking', W1, W2, { all: true });
  let certificates = rankings.certificates + 1;
  const label2 = [W1, W2].map((W) => {
    const d = decideArgmaxable(F, W, 2);
    if (!checkCertificate(F, argmaxableRows(F, W, 2), undefined, d.certificate)) throw new Error('label 2: argmaxable certificate does not check');
    certificates++;
    return d.feasible;
  }) as [boolean, boolean];
  return { sameCosineMatrix: cosineMatrixEquals(F, W1, W2), rankings, label2Argmaxable: label2, certificates };
}

/** The exact part: Fig. 3's facts against what the paper prints (examples.json H.1). */
function figure3Check(): SummarisedCheck {
  const ex = loadExamples()['H.1'];
  const f = figure3Facts(ex.field, ex.W1, ex.W2);
  const expected2 = [ex.label2ArgmaxableIn.includes('W1'), ex.label2ArgmaxableIn.includes('W2')];
  const summary = `Fig. 3: C(W1) = C(W2), |R(W1)| = ${f.rankings.patterns[0].length}, |R(W2)| = ${f.rankings.patterns[1].length} (${f.rankings.differences.length} differences certified), label 2 argmaxable in (W1, W2) = (${f.label2Argmaxable.join(', ')})`;
  const fail = (detail: string) => ({ ok: false, certificates: f.certificates, detail, summary });
  if (!f.sameCosineMatrix) return fail('C(W1) ≠ C(W2)');
  if (f.rankings.same) return fail('R(W1) = R(W2)');
  if (f.label2Argmaxable[0] !== expected2[0] || f.label2Argmaxable[1] !== expected2[1] || !f.label2Argmaxable[0] || f.label2Argmaxable[1]) {
    return fail(`label 2 argmaxable in (W1, W2) = (${f.label2Argmaxable}), the paper says only in W1`);
  }
  return { ok: true, certificates: f.certificates, summary };
}

/**
 * Claim T5.5: `run` checks Fig. 3 exactly and fuzzes for a new counterexample
 * to `cosine-determines-ranking-pattern` (non-uniform positive row scalings
 * W' = Λ[W 0]R) within a budget of `runs` models (default 100, never below
 * `MIN_FALSIFICATION_BUDGET`; `falsificationClaim`); the shrunk evidence is
 * certified by the conjecture and W' is checked to be Λ[W 0]R of the shrunk W.
 */
export const claimT5_5: ClaimCheck = falsificationClaim({
  id: 'T5.5',
  statement: 'C(W), and so S(W), does not determine R(W): equal cosine matrices, different ranking patterns.',
  method: 'certified counterexample (Fig. 3, exact in Q(√2)) + fuzzer counterexample (shrunk, certified)',
  example: { name: 'Fig. 3 (H.1)', check: figure3Check },
  conjecture: cosineDeterminesRankingPattern,
  defaultRuns: 100,
  wanted: 'counterexample to "C determines R"',
  found: 'a new counterexample',
  matchesModel: (r) => matEquals(Q, scaledRotated(r.counterexample), r.evidence.transformed),
});
