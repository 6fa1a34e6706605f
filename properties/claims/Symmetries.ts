/**
 * Claim "Symmetries" (notes §4, Def. 5.1 and 5.4): S(W) = −S(W); R(W) is
 * closed under reversal; S and R are unchanged by W ↦ WM for invertible M
 * (they depend only on the column space / the arrangement), while the cosine
 * matrix C does change for some M.
 *
 * Checked exactly on random rational models (with degenerate structure mixed
 * in) and random invertible M = LU (L unit lower triangular, U upper
 * triangular with non-zero diagonal): for every s ∈ S(W), −s ∈ S(W) with the
 * witness −x re-checked; for every ranking π ∈ R(W), its reversal is in R(W)
 * with the witness −x re-checked; S(WM) = S(W) and R(WM) = R(W)
 * (enumerated, any difference certified); and across the run at least one
 * model has C(WM) ≠ C(W) exactly. That last part is an existence search: when
 * the `runs` models show no change, it goes on (cosines only, same seed) up to
 * `MIN_FALSIFICATION_BUDGET` models and stops at the first change, so that a
 * small `--runs` cannot make the true claim look failed (as for T5.5, T H.1).
 */
import fc from 'fast-check';
import { RationalField as Q, type Rational } from '../../src/field/rational.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { matMul } from '../../src/linalg/matrix.ts';
import { cosineMatrixEquals } from '../../src/cosine/index.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { hasNonZeroRows, rationalArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { MIN_FALSIFICATION_BUDGET, runsFromEnv, seedFromEnv } from '../settings.ts';
import { formatExactMatrix } from '../fuzz/format.ts';
import { comparePatterns, formatPatternDifference, patternRows } from '../fuzz/pattern-difference.ts';
import { claimOutcome, runCountedProperty, type CountedCheck } from '../fuzz/property-run.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';

const MAX_D = 3;

/**
 * Invertible n × n rational matrices M = LU, L unit lower triangular, U upper
 * triangular with non-zero diagonal; every top-left d × d block is L_d U_d,
 * invertible too. Shrinks towards M = I·diag(±1 …).
 */
export function invertibleMatrixArb(n: number): fc.Arbitrary<Rational[][]> {
  const entry = rationalArb({ maxNumerator: 3, maxDenominator: 2 });
  const square = (arb: fc.Arbitrary<Rational>) => fc.array(fc.array(arb, { minLength: n, maxLength: n }), { minLength: n, maxLength: n });
  return fc.tuple(square(entry), square(entry), fc.array(rationalArb({ maxNumerator: 3, maxDenominator: 2, nonZero: true }), { minLength: n, maxLength: n })).map(([l, u, diag]) => {
    const L = l.map((row, i) => row.map((x, j) => (j < i ? x : j === i ? Q.one : Q.zero)));
    const U = u.map((row, i) => row.map((x, j) => (j > i ? x : j === i ? diag[i] : Q.zero)));
    return matMul(Q, L, U);
  });
}

/** A model W and the top-left block of M used: WM with M d × d. */
export interface SymmetryModel {
  readonly W: Rational[][];
  readonly M: Rational[][];
}

/** The symmetric image of a pattern: −s for a sign vector, the reversed ranking. */
function mirror(kind: 'sign' | 'ranking', pattern: string): string {
  return kind === 'sign' ? [...pattern].map((c) => (c === '+' ? '-' : '+')).join('') : pattern.split(',').reverse().join(',');
}

/**
 * The check on one model: S(W) = −S(W) and R(W) closed under reversal (with
 * −x re-checked as the witness of the mirrored pattern), S(WM) = S(W),
 * R(WM) = R(W). Reports through `onCosine` whether C(WM) ≠ C(W) (for W with
 * non-zero rows). Exact over Q.
 */
export function checkSymmetries(m: SymmetryModel, onCosine?: (changed: boolean) => void): CountedCheck {
  const WM = matMul(Q, m.W, m.M);
  let certificates = 0;
  const fail = (what: string): CountedCheck => ({ ok: false, certificates, detail: `${what}\n${formatExactMatrix(Q, m.W, 'W')}\n${formatExactMatrix(Q, m.M, 'M')}` });
  for (const kind of ['sign', 'ranking'] as const) {
    const cmp = comparePatterns(Q, kind, m.W, WM);
    certificates += cmp.certificates;
    if (!cmp.same) return fail(`${kind} pattern changed under W ↦ WM:\n${formatPatternDifference(Q, cmp.differences[0], ['W', 'WM'])}`);
    const set = new Set(cmp.patterns[0]);
    for (const [t, p] of cmp.patterns[0].entries()) {
      const q = mirror(kind, p);
      if (!set.has(q)) return fail(`${kind} pattern ${p} is present but its mirror ${q} is not`);
      const minusX = cmp.witnesses[0][t].map((x: Rational) => Q.neg(x));
      if (!checkCertificate(Q, patternRows(Q, kind, m.W, q) as Matrix<Rational>, undefined, { kind: 'witness', x: minusX })) return fail(`−x is not a witness of ${q}`);
      certificates++;
    }
  }
  if (hasNonZeroRows(Q, m.W)) onCosine?.(!cosineMatrixEquals(Q, m.W, WM));
  return { ok: true, certificates };
}

/** Claim Symmetries: `run` checks `runs` random models (default 25; half with degenerate structure). */
export const claimSymmetries: ClaimCheck = {
  id: 'Symmetries',
  statement: 'S(W) = −S(W); R(W) is closed under reversal; S and R are unchanged by W ↦ WM for invertible M, while C changes.',
  method: 'property over N random exact models (patterns enumerated, mirrored witnesses re-checked, WM compared)',
  run(opts: ClaimRunOptions = {}) {
    const runs = opts.runs ?? runsFromEnv(25);
    const size = { k: { min: 1, max: 5 }, d: { min: 1, max: MAX_D } };
    const models = fc
      .tuple(fc.oneof(rationalMatrixArb(size), rationalMatrixArb({ ...size, degenerate: true })), invertibleMatrixArb(MAX_D))
      .map(([W, M]) => ({ W, M: M.slice(0, W[0].length).map((row) => row.slice(0, W[0].length)) }));
    let changed = 0;
    let compared = 0;
    const part = runCountedProperty(models, (m) => checkSymmetries(m, (c) => { compared++; if (c) changed++; }), {
      seed: opts.seed,
      runs,
      defaultRuns: runs,
      onProgress: opts.onProgress,
    });
    // Existence of an M with C(WM) ≠ C(W): if the pattern run saw none, search on, cosines only.
    let searched = 0;
    if (part.failure === null && changed === 0) {
      fc.check(
        fc.property(models, (m) => {
          searched++;
          if (!hasNonZeroRows(Q, m.W)) return true;
          compared++;
          const c = !cosineMatrixEquals(Q, m.W, matMul(Q, m.W, m.M));
          if (c) changed++;
          return !c;
        }),
        { seed: opts.seed ?? seedFromEnv(), numRuns: MIN_FALSIFICATION_BUDGET, endOnFailure: true },
      );
    }
    const cosinePart = {
      cases: searched,
      certificates: 0,
      failure: part.failure === null && changed === 0 ? `C(WM) = C(W) on all ${compared} models with non-zero rows: no M changed the cosine matrix` : null,
    };
    return claimOutcome([part, cosinePart], `symmetries hold on ${part.cases} random models; C(WM) ≠ C(W) on ${changed} of ${compared}${searched > 0 ? ` (${searched} further models searched for a change)` : ''}`);
  },
};
