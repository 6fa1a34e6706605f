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
import { MIN_FALSIFICATION_BUDGET, runsFromEnv } from '../settings.ts';
import cosineDeterminesRankingPattern from '../fuzz/conjectures/cosine-determines-ranking-pattern.ts';
import { scaledRotated } from '../fuzz/model-pairs.ts';
import { comparePatterns, type PatternComparison } from '../fuzz/pattern-difference.ts';
import { claimOutcome, exactPart, falsificationPart, type CountedCheck, type PropertyRun } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

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

function figure3Part(): PropertyRun & { summary: string } {
  let summary = '';
  const part = exactPart('Fig. 3 (H.1)', (): CountedCheck => {
    const ex = loadExamples()['H.1'];
    const f = figure3Facts(ex.field, ex.W1, ex.W2);
    const expected2 = [ex.label2ArgmaxableIn.includes('W1'), ex.label2ArgmaxableIn.includes('W2')];
    summary = `Fig. 3: C(W1) = C(W2), |R(W1)| = ${f.rankings.patterns[0].length}, |R(W2)| = ${f.rankings.patterns[1].length} (${f.rankings.differences.length} differences certified), label 2 argmaxable in (W1, W2) = (${f.label2Argmaxable.join(', ')})`;
    if (!f.sameCosineMatrix) return { ok: false, certificates: f.certificates, detail: 'C(W1) ≠ C(W2)' };
    if (f.rankings.same) return { ok: false, certificates: f.certificates, detail: 'R(W1) = R(W2)' };
    if (f.label2Argmaxable[0] !== expected2[0] || f.label2Argmaxable[1] !== expected2[1] || !f.label2Argmaxable[0] || f.label2Argmaxable[1]) {
      return { ok: false, certificates: f.certificates, detail: `label 2 argmaxable in (W1, W2) = (${f.label2Argmaxable}), the paper says only in W1` };
    }
    return { ok: true, certificates: f.certificates };
  });
  return { ...part, summary };
}

/**
 * The fuzzing part: `cosine-determines-ranking-pattern` must be refuted within
 * `runs`; its evidence is certified exactly (the conjecture's `certify`) and W' is checked to be Λ[W 0]R of the shrunk W. Returns a failing part
 * when nothing is found (the claim then fails loudly).
 */
export function t5_5FuzzPart(runs: number, seed?: number): PropertyRun & { text?: string } {
  return falsificationPart(cosineDeterminesRankingPattern, { runs, seed }, 'counterexample to "C determines R"', (r) =>
    matEquals(Q, scaledRotated(r.counterexample), r.evidence.transformed),
  );
}

/**
 * Claim T5.5: `run` checks Fig. 3 exactly and fuzzes for a new counterexample
 * within a budget of `runs` models (default 100). The budget is an upper limit
 * (the search stops at the first counterexample), so it is never set below
 * `MIN_FALSIFICATION_BUDGET`: a small `--runs` shortens the random campaigns
 * of other claims without starving this search.
 */
export const claimT5_5: ClaimCheck = {
  id: 'T5.5',
  statement: 'C(W), and so S(W), does not determine R(W): equal cosine matrices, different ranking patterns.',
  method: 'certified counterexample (Fig. 3, exact in Q(√2)) + fuzzer counterexample (shrunk, certified)',
  run(opts: ClaimRunOptions = {}) {
    const runs = Math.max(opts.runs ?? runsFromEnv(100), MIN_FALSIFICATION_BUDGET);
    const fig3 = figure3Part();
    opts.onProgress?.(1, 2);
    const fuzz = t5_5FuzzPart(runs, opts.seed);
    opts.onProgress?.(2, 2);
    return claimOutcome([fig3, fuzz], `${fig3.summary}; the fuzzer found and certified a new counterexample after ${fuzz.cases} runs`);
  },
};
