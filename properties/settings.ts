/**
 * Run settings shared by every property of cosine-verify.
 *
 * - `COSINE_VERIFY_SEED` (integer): the fast-check seed; default 20260321, fixed so CI is reproducible.
 * - `COSINE_VERIFY_RUNS_FACTOR` (positive number): multiplies every property's default
 *   number of runs; e.g. `COSINE_VERIFY_RUNS_FACTOR=50 npm test` for a long fuzzing campaign.
 */
export const DEFAULT_SEED = 20260321;

/**
 * The smallest search budget of a falsification claim (T5.5, T H.1): the
 * fuzzer stops at its first counterexample, so the budget is a limit, not a
 * count of cases, and `--runs 2` must not make a true claim look failed.
 */
export const MIN_FALSIFICATION_BUDGET = 100;

/** Environment variables as `process.env` holds them (a plain record, so the declarations need no Node types). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The seed in force: `COSINE_VERIFY_SEED` or `DEFAULT_SEED`. Throws `RangeError` on a non-integer. */
export function seedFromEnv(env: Environment = process.env): number {
  const s = env.COSINE_VERIFY_SEED;
  if (s === undefined || s === '') return DEFAULT_SEED;
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new RangeError(`COSINE_VERIFY_SEED must be an integer, got ${JSON.stringify(s)}`);
  return n;
}

/** `base` scaled by `COSINE_VERIFY_RUNS_FACTOR` (at least 1). Throws `RangeError` on a non-positive factor. */
export function runsFromEnv(base: number, env: Environment = process.env): number {
  const s = env.COSINE_VERIFY_RUNS_FACTOR;
  if (s === undefined || s === '') return base;
  const f = Number(s);
  if (!(f > 0) || !Number.isFinite(f)) throw new RangeError(`COSINE_VERIFY_RUNS_FACTOR must be a positive number, got ${JSON.stringify(s)}`);
  return Math.max(1, Math.round(base * f));
}

/** fast-check parameters `{ seed, numRuns }` for a property whose CI default is `baseRuns` runs. */
export function fcParams(baseRuns: number, env: Environment = process.env): { seed: number; numRuns: number } {
  return { seed: seedFromEnv(env), numRuns: runsFromEnv(baseRuns, env) };
}
