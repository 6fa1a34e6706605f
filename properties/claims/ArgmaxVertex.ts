/**
 * Claim "ArgmaxVertex" (Grivas, Bogoychev & Lopez, ACL 2022; notes §5): in a
 * softmax classifier without bias, label i can be the top label iff w_i is a
 * vertex of conv(w_0 … w_{k−1}) and no other row equals it — i.e. iff w_i is
 * not a convex combination of the other rows.
 *
 * Checked on random exact models (over Q, with degenerate structure mixed in,
 * and over Q(√2)) by comparing two independent exact procedures per label:
 * the certified strict-system decision `decideArgmaxable` (witness or Gordan
 * certificate, re-checked with `checkCertificate`) and a SEPARATE exact LP,
 * "w_i is a convex combination of the others" (λ ≥ 0, Σλ = 1,
 * Σ λ_j w_j = w_i), solved by the exact simplex, whose own certificate — the
 * combination λ, or a Farkas vector that strictly separates w_i from the
 * others — is re-checked exactly.
 */
import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { dot, shape } from '../../src/linalg/matrix.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { argmaxableRows, decideArgmaxable } from '../../lp/queries/argmax.ts';
import { simplexStandardForm } from '../../lp/engine/exact-simplex.ts';
import { quadraticMatrixArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { claimOutcome, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

/**
 * Result of the convex-combination LP for label i: either the combination
 * (λ of length k, λ_i = 0, λ ≥ 0, Σλ = 1, Σ λ_j w_j = w_i) or a separator g
 * with gᵀw_i > gᵀw_j for every j ≠ i (from the LP's Farkas certificate).
 */
export type HullCertificate<T> = { readonly kind: 'combination'; readonly lambda: T[] } | { readonly kind: 'separator'; readonly g: T[] };

/**
 * Decides exactly, by a linear program separate from the strict-system
 * engine, whether row w_i of W (k × d, rows are labels) is a convex
 * combination of the other rows: the standard-form LP
 * {λ ≥ 0 : Σ_{j≠i} λ_j w_j = w_i, Σ λ_j = 1} is solved by the exact simplex
 * (`simplexStandardForm`, Bland's rule). Feasible → the combination λ;
 * infeasible → its Farkas certificate (g, h) with gᵀw_j + h ≤ 0 < gᵀw_i + h,
 * returned as the separator g. With k = 1, w_0 is a vertex (separator 0).
 * The result is NOT yet checked: use `checkHullCertificate`.
 * Throws `RangeError` for a label index out of range or a ragged W.
 * Source: Grivas, Bogoychev & Lopez (2022); Farkas' lemma.
 */
export function convexCombinationOfOthers<T>(F: OrderedField<T>, W: Matrix<T>, i: number): HullCertificate<T> {
  const [k, d] = shape(W);
  if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`convex combination: label ${i} is out of range 0 … ${k - 1}`);
  if (k === 1) return { kind: 'separator', g: Array.from({ length: d }, () => F.zero) };
  const others = W.flatMap((_, j) => (j === i ? [] : [j]));
  const A = [...Array.from({ length: d }, (_, c) => others.map((j) => W[j][c])), others.map(() => F.one)];
  const b = [...W[i], F.one];
  const r = simplexStandardForm(F, A, b, others.map(() => F.zero));
  if (r.status === 'optimal') {
    const lambda = Array.from({ length: k }, () => F.zero);
    others.forEach((j, t) => { lambda[j] = r.x[t]; });
    return { kind: 'combination', lambda };
  }
  if (r.status === 'infeasible') return { kind: 'separator', g: r.farkas.slice(0, d) };
  throw new Error(`convex combination LP for label ${i}: unexpected status ${r.status} (zero objective cannot be unbounded)`);
}

/**
 * Checks a `HullCertificate` for label i of W exactly over F: a combination
 * has λ_i = 0, λ ≥ 0, Σλ = 1 and Σ λ_j w_j = w_i; a separator g has
 * gᵀw_i > gᵀw_j for every j ≠ i (so w_i is a strictly exposed vertex and
 * equals no other row).
 */
export function checkHullCertificate<T>(F: OrderedField<T>, W: Matrix<T>, i: number, c: HullCertificate<T>): boolean {
  const [k, d] = shape(W);
  if (c.kind === 'separator') {
    if (c.g.length !== d) return false;
    const top = dot(F, c.g, W[i]);
    return W.every((w, j) => j === i || F.compare(top, dot(F, c.g, w)) > 0);
  }
  const { lambda } = c;
  if (lambda.length !== k || !F.isZero(lambda[i]) || lambda.some((x) => F.sign(x) < 0)) return false;
  if (!F.equals(lambda.reduce((s, x) => F.add(s, x), F.zero), F.one)) return false;
  return Array.from({ length: d }, (_, col) => col).every((col) =>
    F.equals(W.reduce((s, w, j) => F.add(s, F.mul(lambda[j], w[col])), F.zero), W[i][col]),
  );
}

/**
 * The claim's check on one model W (k × d) over F: for every label i, the
 * certified decision `decideArgmaxable` (re-checked with `checkCertificate`
 * on `argmaxableRows`) agrees with `convexCombinationOfOthers` (re-checked
 * with `checkHullCertificate`): argmaxable ⟺ separator. Two certificates per label.
 */
export function checkArgmaxVertex<T>(F: OrderedField<T>, W: Matrix<T>): CountedCheck {
  let certificates = 0;
  for (let i = 0; i < W.length; i++) {
    const decision = decideArgmaxable(F, W, i);
    const hull = convexCombinationOfOthers(F, W, i);
    const fail = (what: string): CountedCheck => ({ ok: false, certificates, detail: `label ${i}: ${what}\n${formatExactMatrix(F, W, 'W')}` });
    if (!checkCertificate(F, argmaxableRows(F, W, i), undefined, decision.certificate)) return fail('the argmaxable certificate does not check');
    certificates++;
    if (!checkHullCertificate(F, W, i, hull)) return fail(`the convex-combination LP's ${hull.kind} does not check`);
    certificates++;
    if (decision.feasible !== (hull.kind === 'separator')) {
      return fail(decision.feasible ? 'argmaxable, yet a convex combination of the others' : 'not argmaxable, yet strictly separated from the others');
    }
  }
  return { ok: true, certificates };
}

const Q2 = quadraticField(2);

/** The ArgmaxVertex claim: `run` checks `runs` rational models (default 60, half with degenerate structure) and runs/3 (default 20) over Q(√2). */
export const claimArgmaxVertex: ClaimCheck = {
  id: 'ArgmaxVertex',
  statement: 'Label i can be the top label (softmax, no bias) iff w_i is a vertex of the convex hull of the rows and no other row equals it.',
  method: 'property over N random models (Q with degenerate structure, Q(√2)): certified LP decision vs a separate exact convex-combination LP',
  run(opts: ClaimRunOptions = {}) {
    const qRuns = opts.runs ?? runsFromEnv(60);
    const q2Runs = opts.runs === undefined ? runsFromEnv(20) : Math.max(1, Math.round(opts.runs / 3));
    const [pq, pq2] = splitProgress(opts.onProgress, [qRuns, q2Runs]);
    const size = { k: { min: 1, max: 7 }, d: { min: 1, max: 3 } };
    const rational = fc.oneof(rationalMatrixArb(size), rationalMatrixArb({ ...size, degenerate: true }));
    const partQ = runCountedProperty(rational, (W) => checkArgmaxVertex(RationalField, W), { seed: opts.seed, runs: qRuns, defaultRuns: qRuns, onProgress: pq });
    const q2Models = quadraticMatrixArb(Q2, { k: { min: 2, max: 5 }, d: { min: 1, max: 2 } });
    const partQ2 = runCountedProperty(q2Models, (W) => checkArgmaxVertex(Q2, W), { seed: opts.seed, runs: q2Runs, defaultRuns: q2Runs, onProgress: pq2 });
    return claimOutcome([partQ, partQ2], `argmaxable ⟺ hull vertex on ${partQ.cases + partQ2.cases} models (Q and Q(√2)), every label by two exact certificates`);
  },
};
