/**
 * Claim L3.2 (App. B.1): for a ≠ b there is v with cos(a + v, b + v) = −1,
 * namely v = −(a + b)/2, so that a + v = (a − b)/2 = −(b + v) ≠ 0.
 *
 * Checked exactly with `cosineMinusOneTranslation`
 * (`src/lemmas/cosine-minus-one.ts`) on random pairs a ≠ b over Q and over
 * Q(√n), n ∈ {2, 3, 39}: the translated vectors are opposite and non-zero,
 * and their cosine, recomputed exactly from them, is −1.
 */
import fc from 'fast-check';
import type { OrderedField } from '../../src/field/ordered-field.ts';
import { RationalField } from '../../src/field/rational.ts';
import { quadraticField } from '../../src/field/quadratic.ts';
import { cosineMinusOneTranslation } from '../../src/lemmas/cosine-minus-one.ts';
import { cosine, cosineEquals, cosineMinusOne, type ExactCosine } from '../../src/cosine/exact-cosine.ts';
import { quadraticMatrixArb, rationalMatrixArb } from '../arbitraries/index.ts';
import { claimOutcome, runCountedProperty, splitProgress, type CountedCheck } from '../fuzz/property-run.ts';
import { runsFromEnv } from '../settings.ts';
import type { ClaimCheck, ClaimRunOptions } from './claim.ts';
import { SECTION3_RADICANDS, describeCase } from './L3.1.ts';

/** Two vectors a, b (the rows of a 2 × d matrix) over one field. */
export interface PairCase<T> {
  readonly F: OrderedField<T>;
  readonly a: T[];
  readonly b: T[];
}

/**
 * Random pairs (a, b) ∈ F^d × F^d, d ≤ 4 over Q, d ≤ 3 over Q(√n) (n from
 * `SECTION3_RADICANDS`). With `distinct`, a ≠ b; otherwise half of the Q
 * pairs carry degenerate structure (equal, parallel, anti-parallel, zero).
 */
export function pairCaseArb(field: 'Q' | 'Q(sqrt(n))', distinct: boolean): fc.Arbitrary<PairCase<unknown>> {
  const toPair = <T>(F: OrderedField<T>) => (W: T[][]) => ({ F, a: W[0], b: W[1] }) as PairCase<unknown>;
  if (field === 'Q') {
    return fc
      .boolean()
      .chain((degenerate) => rationalMatrixArb({ k: 2, d: { min: 1, max: 4 }, distinctRows: distinct, degenerate: degenerate && !distinct }))
      .map(toPair(RationalField));
  }
  return fc.constantFrom(...SECTION3_RADICANDS).chain((n) => {
    const F = quadraticField(n);
    return quadraticMatrixArb(F, { k: 2, d: { min: 1, max: 3 }, distinctRows: distinct }).map(toPair(F));
  });
}

/** Names of the verified flags that do not hold. */
export function failedFlags(flags: Readonly<Record<string, boolean | undefined>>): string[] {
  return Object.entries(flags).filter(([, ok]) => ok !== true).map(([name]) => name);
}

/**
 * cos(a + v, b + v) over F, recomputed here from the inputs and the returned v alone, so a
 * claim check does not rest on the construction's own `verified` flags. Throws `RangeError`
 * when a + v or b + v is zero (the cosine of a zero vector) or the lengths differ.
 */
export function translatedCosine<T>(F: OrderedField<T>, a: readonly T[], b: readonly T[], v: readonly T[]): ExactCosine<T> {
  if (v.length !== a.length) throw new RangeError(`translatedCosine: v has ${v.length} entries but a has ${a.length}`);
  return cosine(F, a.map((x, c) => F.add(x, v[c])), b.map((x, c) => F.add(x, v[c])));
}

/**
 * The exact L3.2 check of one pair a ≠ b: opposite, non-zero, cosine −1 (3 exact facts),
 * the cosine also recomputed independently from v (`translatedCosine`).
 */
export function checkCosineMinusOne<T>(c: PairCase<T>): CountedCheck {
  const r = cosineMinusOneTranslation(c.F, c.a, c.b);
  const failed = failedFlags({ ...r.verified, independentCosineIsMinusOne: cosineEquals(c.F, translatedCosine(c.F, c.a, c.b, r.v), cosineMinusOne(c.F)) });
  return failed.length === 0
    ? { ok: true, certificates: 3 }
    : { ok: false, certificates: 0, detail: `L3.2 failed (${failed.join(', ')}) for ${describeCase(c.F, [c.a, c.b], { v: r.v })}` };
}

const RUNS_Q = 80;
const RUNS_K = 40;

/** L3.2 as a runnable claim: `runs` random pairs over Q and ⌈runs/2⌉ over Q(√n) (defaults 80 and 40). */
export const claimL3_2: ClaimCheck = {
  id: 'L3.2',
  statement: 'For a ≠ b, v = −(a + b)/2 gives cos(a + v, b + v) = −1.',
  method: `property over random exact pairs a ≠ b, Q and Q(sqrt(n)), n in {${SECTION3_RADICANDS.join(', ')}}`,
  run(opts: ClaimRunOptions = {}) {
    const runsQ = opts.runs ?? runsFromEnv(RUNS_Q);
    const runsK = opts.runs === undefined ? runsFromEnv(RUNS_K) : Math.max(1, Math.ceil(opts.runs / 2));
    const [pq, pk] = splitProgress(opts.onProgress, [runsQ, runsK]);
    const q = runCountedProperty(pairCaseArb('Q', true), checkCosineMinusOne, { ...opts, runs: runsQ, defaultRuns: RUNS_Q, onProgress: pq });
    const k = runCountedProperty(pairCaseArb('Q(sqrt(n))', true), checkCosineMinusOne, { ...opts, runs: runsK, defaultRuns: RUNS_K, onProgress: pk });
    return claimOutcome([q, k], `cos(a + v, b + v) = −1 exactly on ${q.cases} pairs over Q and ${k.cases} over Q(sqrt(n))`);
  },
};
