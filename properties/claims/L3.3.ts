/**
 * Claim L3.3 (App. B.2): for any a, b there is v with cos(a + v, b + v) = +1.
 * If a ≠ b, v = −a + ½(b − a) gives a + v = ½(b − a) and b + v = 3(a + v);
 * if a = b, any v with a + v ≠ 0 works.
 *
 * Checked exactly with `cosinePlusOneTranslation`
 * (`src/lemmas/cosine-plus-one.ts`) on random pairs over Q (degenerate ones
 * included: equal, parallel, zero) and over Q(√n), n ∈ {2, 3, 39}, plus the
 * two special cases a = b ≠ 0 and a = b = 0 in every dimension 1 … 3: b + v
 * is a positive multiple of a + v ≠ 0 and the cosine, recomputed exactly, is +1.
 */
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { cosinePlusOneTranslation } from '../../src/lemmas/cosine-plus-one.ts';
import { claimOutcome, exactPart, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';
import { describeCase } from './L3.1.ts';
import { failedFlags, pairCaseArb, translatedCosine, type PairCase } from './L3.2.ts';
import { cosineEquals, cosineOne } from '../../src/cosine/exact-cosine.ts';

/**
 * The exact L3.3 check of one pair: positive multiple, non-zero, cosine +1 (3 exact facts),
 * the cosine also recomputed independently from v (`translatedCosine`).
 */
export function checkCosinePlusOne<T>(c: PairCase<T>): CountedCheck {
  const r = cosinePlusOneTranslation(c.F, c.a, c.b);
  const failed = failedFlags({ ...r.verified, independentCosineIsPlusOne: cosineEquals(c.F, translatedCosine(c.F, c.a, c.b, r.v), cosineOne(c.F)) });
  return failed.length === 0
    ? { ok: true, certificates: 3 }
    : { ok: false, certificates: 0, detail: `L3.3 failed (${failed.join(', ')}) for ${describeCase(c.F, [c.a, c.b], { v: r.v })}` };
}

/** The special pairs a = b = 0 and a = b ≠ 0 in dimensions 1 … 3, over Q and Q(√39). */
export function equalPairCases(): PairCase<unknown>[] {
  const out: PairCase<unknown>[] = [];
  const add = <T>(F: OrderedField<T>, x: T) => {
    for (let d = 1; d <= 3; d++) {
      const zero = Array.from({ length: d }, () => F.zero);
      const w = Array.from({ length: d }, (_, c) => (c === d - 1 ? x : F.zero));
      out.push({ F, a: zero, b: [...zero] } as PairCase<unknown>, { F, a: w, b: [...w] } as PairCase<unknown>);
    }
  };
  add(RationalField, RationalField.fromRational(-3, 2));
  const K = quadraticField(39);
  add(K, K.parse('1/20*sqrt(39)'));
  return out;
}

const RUNS_Q = 80;
const RUNS_K = 40;

/** L3.3 as a runnable claim: 12 special cases, `runs` random pairs over Q and ⌈runs/2⌉ over Q(√n) (defaults 80 and 40). */
export const claimL3_3: ClaimCheck = {
  id: 'L3.3',
  statement: 'For any a, b there is v with cos(a + v, b + v) = +1 (v = −a + ½(b − a) when a ≠ b, then b + v = 3(a + v)).',
  method: 'exact special cases a = b plus a property over random exact pairs, Q and Q(sqrt(n))',
  run(opts: ClaimRunOptions = {}) {
    const special = equalPairCases();
    const runsQ = opts.runs ?? runsFromEnv(RUNS_Q);
    const runsK = opts.runs === undefined ? runsFromEnv(RUNS_K) : Math.max(1, Math.ceil(opts.runs / 2));
    const [ps, pq, pk] = splitProgress(opts.onProgress, [special.length, runsQ, runsK]);
    const parts = special.map((c, t) => {
      const p = exactPart(`a = b case ${t}`, () => checkCosinePlusOne(c));
      ps(t + 1);
      return p;
    });
    const q = runCountedProperty(pairCaseArb('Q', false), checkCosinePlusOne, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: pq });
    const k = runCountedProperty(pairCaseArb('Q(sqrt(n))', false), checkCosinePlusOne, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: pk });
    return claimOutcome([...parts, q, k], `cos(a + v, b + v) = +1 exactly on ${special.length} cases a = b, ${q.cases} pairs over Q and ${k.cases} over Q(sqrt(n))`);
  },
};
