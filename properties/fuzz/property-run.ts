/**
 * Running one exact property over random models with a case count and a
 * certificate count: the randomized part of a `ClaimCheck`
 * (`properties/claims/`), and the check behind the built-in conjectures that
 * the paper proves (expected: true).
 */
import fc from 'fast-check';
import type { ClaimCheck, ClaimOutcome, ClaimRunOptions } from '../claims/claim.ts';
import { MIN_FALSIFICATION_BUDGET, runsFromEnv, seedFromEnv } from '../settings.ts';
import type { Conjecture } from './conjecture.ts';
import { fuzzConjecture, type FuzzRefuted } from './fuzz.ts';

/** What one exact check of one model established. */
export interface CountedCheck {
  /** The property held on the model. */
  readonly ok: boolean;
  /** Exact certificates checked on the way (witnesses, Gordan/Motzkin certificates, exact identities). */
  readonly certificates: number;
  /** When `ok` is false: what failed, exactly. */
  readonly detail?: string;
}

/** Totals of a property run. `failure` carries the shrunk failing model's detail, seed and path. */
export interface PropertyRun {
  readonly cases: number;
  readonly certificates: number;
  readonly failure: string | null;
}

/**
 * Runs `check` on `runs` models of `arbitrary` with fast-check (seeded; on a
 * failure fast-check shrinks and the failure text names the shrunk model's
 * detail, the seed and the path to replay). Cases and certificates count the
 * generated models only, not the shrinking steps. A check that throws is a
 * failure (its message is the detail); the detail of a failing check should
 * show the model (exact text), as it is reported for the shrunk model. `runs` defaults to
 * `runsFromEnv(defaultRuns)`, `seed` to `seedFromEnv()`; `onProgress` is
 * called after every generated model.
 * Throws `RangeError` for a non-positive `runs` or a non-integer `seed`.
 */
export function runCountedProperty<M>(
  arbitrary: fc.Arbitrary<M>,
  check: (model: M) => CountedCheck,
  opts: ClaimRunOptions & { defaultRuns: number },
): PropertyRun {
  const runs = opts.runs ?? runsFromEnv(opts.defaultRuns);
  const seed = opts.seed ?? seedFromEnv();
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`property run: runs must be a positive integer, got ${runs}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`property run: seed must be an integer, got ${seed}`);
  let cases = 0;
  let certificates = 0;
  let shrinking = false;
  let last: CountedCheck | null = null;
  const out = fc.check(
    fc.property(arbitrary, (m) => {
      let r: CountedCheck;
      try {
        r = check(m);
      } catch (e) {
        r = { ok: false, certificates: 0, detail: `threw: ${(e as Error).message}` };
      }
      if (!shrinking) {
        cases++;
        certificates += r.certificates;
        opts.onProgress?.(Math.min(cases, runs), runs);
        if (!r.ok) shrinking = true;
      }
      if (!r.ok) last = r;
      return r.ok;
    }),
    { seed, numRuns: runs },
  );
  if (!out.failed) return { cases, certificates, failure: null };
  const detail = (last as CountedCheck | null)?.detail ?? 'failed';
  return { cases, certificates, failure: `${detail} (seed ${seed}, path ${out.counterexamplePath})` };
}

/**
 * Combines the parts of a claim (exact examples, property runs) into one
 * `ClaimOutcome`: verified when no part failed, cases and certificates summed,
 * detail the first failure or `summary`.
 */
export function claimOutcome(parts: readonly PropertyRun[], summary: string): ClaimOutcome {
  const failed = parts.find((p) => p.failure !== null);
  return {
    verified: failed === undefined,
    cases: parts.reduce((s, p) => s + p.cases, 0),
    certificates: parts.reduce((s, p) => s + p.certificates, 0),
    detail: failed ? failed.failure! : summary,
  };
}

/** One exact part of a claim (an example, a construction) as a `PropertyRun` with one case; a throw is a failure. */
export function exactPart(what: string, f: () => CountedCheck): PropertyRun {
  try {
    const r = f();
    return { cases: 1, certificates: r.certificates, failure: r.ok ? null : `${what}: ${r.detail ?? 'failed'}` };
  } catch (e) {
    return { cases: 1, certificates: 0, failure: `${what}: threw: ${(e as Error).message}` };
  }
}

/**
 * Splits one progress callback over parts of known sizes: returns one
 * callback per part that reports `(done so far in all parts, total)`.
 */
export function splitProgress(onProgress: ((done: number, total: number) => void) | undefined, sizes: readonly number[]): ((done: number) => void)[] {
  const total = sizes.reduce((s, n) => s + n, 0);
  let offset = 0;
  return sizes.map((n) => {
    const start = offset;
    offset += n;
    return (done: number) => onProgress?.(start + Math.min(done, n), total);
  });
}

/**
 * The fuzzing part of a falsification claim (T5.5, T H.1): `conjecture` — a
 * false statement with a `certify` — must be refuted within `runs` models,
 * its evidence accepted by `certify` (exact), and `matchesModel` must confirm
 * that the evidence belongs to the shrunk model (e.g. its second matrix is
 * the one the generator builds from it). A part with a failure otherwise,
 * naming `what` was not found, the runs and the seed. Counts the refuting
 * run's models as cases and 3 certificates (the evidence's exact checks).
 */
export function falsificationPart<M, E>(
  conjecture: Conjecture<M, E>,
  opts: { runs: number; seed?: number },
  what: string,
  matchesModel: (r: FuzzRefuted<M, E>) => boolean,
): PropertyRun & { text?: string } {
  const r = fuzzConjecture(conjecture, opts);
  if (r.status !== 'refuted') return { cases: r.runs, certificates: 0, failure: `no ${what} found in ${r.runs} runs (seed ${r.seed})` };
  const ok = r.certified && matchesModel(r);
  return { cases: r.runs, certificates: ok ? 3 : 0, failure: ok ? null : `the fuzzer's ${what} did not re-certify`, text: r.text };
}

/** An exact example of a falsification claim: its check, with a one-line summary of what it found. */
export type SummarisedCheck = CountedCheck & { readonly summary: string };

/** A falsification claim (a statement the paper shows false): a certified example and a fuzzed, certified new counterexample. */
export interface FalsificationClaimSpec<M, E> {
  readonly id: string;
  readonly statement: string;
  readonly method: string;
  /** The example part: its name in failure texts (e.g. `Fig. 3 (H.1)`) and its exact check. */
  readonly example: { readonly name: string; check(): SummarisedCheck };
  /** The false conjecture the fuzzer must refute, and its default budget of models. */
  readonly conjecture: Conjecture<M, E>;
  readonly defaultRuns: number;
  /** What the fuzzer looks for, for messages (e.g. `counterexample to "C determines R"`). */
  readonly wanted: string;
  /** What the fuzzer found, for the summary (e.g. `a new counterexample`). */
  readonly found: string;
  /** Confirms that the evidence belongs to the shrunk model (see `falsificationPart`). */
  matchesModel(r: FuzzRefuted<M, E>): boolean;
}

/**
 * The `ClaimCheck` of a falsification claim (T5.5, T H.1): `run` checks the
 * example exactly (`exactPart`; a throw is a failure), then fuzzes for a new
 * certified counterexample (`falsificationPart`) within a budget of
 * `opts.runs ?? runsFromEnv(defaultRuns)` models, never below
 * `MIN_FALSIFICATION_BUDGET` (the budget is an upper limit: the search stops
 * at the first counterexample, so a small `--runs` for the random campaigns
 * of other claims must not starve it). Progress: 1 of 2 after the example,
 * 2 of 2 after the fuzzing. Verified only when both parts pass.
 */
export function falsificationClaim<M, E>(spec: FalsificationClaimSpec<M, E>): ClaimCheck {
  return {
    id: spec.id,
    statement: spec.statement,
    method: spec.method,
    run(opts: ClaimRunOptions = {}) {
      const runs = Math.max(opts.runs ?? runsFromEnv(spec.defaultRuns), MIN_FALSIFICATION_BUDGET);
      let summary = '';
      const example = exactPart(spec.example.name, () => {
        const r = spec.example.check();
        summary = r.summary;
        return r;
      });
      opts.onProgress?.(1, 2);
      const fuzz = falsificationPart(spec.conjecture, { runs, seed: opts.seed }, spec.wanted, (r) => spec.matchesModel(r));
      opts.onProgress?.(2, 2);
      return claimOutcome([example, fuzz], `${summary}; the fuzzer found and certified ${spec.found} after ${fuzz.cases} runs`);
    },
  };
}
